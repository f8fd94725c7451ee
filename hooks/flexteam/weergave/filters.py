"""Dutch labels for taxonomy ids and the filter groups of the menukaart, in one registry."""

from __future__ import annotations

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Dienst, Item, Kennisproduct

FILTERGROEPEN = ("soort", "type", "thema", "fase", "doelgroep")


class Labels:
    """Dutch labels for taxonomy ids, and the filter values of an item."""

    def __init__(self, catalogus: Catalogus) -> None:
        tax = catalogus.taxonomie
        self._labels = {naam: {b.id: b.label for b in tax.lijst(naam)} for naam in
                        ("themas", "fasen", "doelgroepen", "kennisproduct_types", "participatieniveaus")}
        self.taxonomie = tax

    def thema(self, ident: str) -> str:
        return self._labels["themas"][ident]

    def fase(self, ident: str) -> str:
        return self._labels["fasen"][ident]

    def doelgroep(self, ident: str) -> str:
        return self._labels["doelgroepen"][ident]

    def type(self, ident: str) -> str:
        return self._labels["kennisproduct_types"][ident]

    def niveau(self, ident: str) -> str:
        return self._labels["participatieniveaus"][ident]

    def soort(self, item: Item) -> str:
        return "Dienst" if isinstance(item, Dienst) else "Kennisproduct"

    def tags(self, item: Item) -> list[str]:
        return [self.thema(t) for t in item.thema] + [f"Fase: {self.fase(f)}" for f in item.fase]

    def filterwaarden(self, item: Item) -> dict[str, str]:
        """Space-separated ids per filter group, for the ``data-*`` attributes of a card."""
        return {
            "soort": "dienst" if isinstance(item, Dienst) else "kennisproduct",
            "type": item.type if isinstance(item, Kennisproduct) else "",
            "thema": " ".join(item.thema),
            "fase": " ".join(item.fase),
            "doelgroep": " ".join(item.doelgroep),
        }

    def filteropties(self, catalogus: Catalogus) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(group, legend, [(id, label)]) for the filter form, only values some item uses."""
        gebruikt: dict[str, set[str]] = {groep: set() for groep in FILTERGROEPEN}
        for item in catalogus.items:
            for groep, waarden in self.filterwaarden(item).items():
                gebruikt[groep].update(waarden.split())
        soorten = [("dienst", "Diensten"), ("kennisproduct", "Kennisproducten")]
        groepen = [
            ("soort", "Soort", soorten),
            ("type", "Type kennisproduct", [(b.id, b.label) for b in self.taxonomie.kennisproduct_types]),
            ("thema", "Thema", [(b.id, b.label) for b in self.taxonomie.themas]),
            ("fase", "Fase", [(b.id, b.label) for b in self.taxonomie.fasen]),
            ("doelgroep", "Doelgroep", [(b.id, b.label) for b in self.taxonomie.doelgroepen]),
        ]
        return [(groep, legenda, [o for o in opties if o[0] in gebruikt[groep]]) for groep, legenda, opties in groepen]
