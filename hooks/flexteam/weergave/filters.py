"""Dutch labels for taxonomy ids, and the filters of the menukaart in one registry.

``FILTERS`` lists every filter group in the order of the form and of a card's ``data-*`` attributes:
what it is called, which ids an item has for it and which options the vocabulary offers. The
overview template, the card macro and ``filters.js`` read only this registry, so a new filter is one
entry here (plus the field in the model, and the template that shows it on the item page).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Dienst, Item, Kennisproduct, Taxonomie
from flexteam.weergave.document import met_document

Optie = tuple[str, str]
"""(id, label) of one checkbox."""


@dataclass(frozen=True)
class Filter:
    naam: str
    """Name of the form field and of the card's ``data-<naam>`` attribute (also in the URL)."""
    legenda: str
    waarden: Callable[[Item], tuple[str, ...]]
    """The ids an item has in this group."""
    opties: Callable[[Taxonomie], list[Optie]]
    """Every option of the group, in the vocabulary's order."""


def _soort(item: Item) -> tuple[str, ...]:
    return ("dienst",) if isinstance(item, Dienst) else ("kennisproduct",)


def _type(item: Item) -> tuple[str, ...]:
    return (item.type,) if isinstance(item, Kennisproduct) else ()


def _lijst(naam: str) -> Callable[[Taxonomie], list[Optie]]:
    return lambda taxonomie: [(b.id, b.label) for b in taxonomie.lijst(naam)]


FILTERS: tuple[Filter, ...] = (
    Filter("soort", "Soort", _soort, lambda _: [("dienst", "Diensten"), ("kennisproduct", "Kennisproducten")]),
    Filter("type", "Type kennisproduct", _type, _lijst("kennisproduct_types")),
    Filter("document", "Document", lambda item: ("met-document",) if met_document(item) else (),
           lambda _: [("met-document", "Met document om te downloaden (Word of PDF)")]),
    Filter("thema", "Thema", lambda item: tuple(item.thema), _lijst("themas")),
    Filter("fase", "Fase", lambda item: tuple(item.fase), _lijst("fasen")),
    Filter("doelgroep", "Doelgroep", lambda item: tuple(item.doelgroep), _lijst("doelgroepen")),
)

FilterGroep = tuple[str, str, list[Optie]]
"""(field name, legend, options) as the form shows it."""


STATUS_LABELS = {"beschrijving": "alleen beschrijving, nog geen document"}


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

    def status(self, item: Item) -> str:
        """How a status reads: 'beschrijving' says there is no document yet."""
        return STATUS_LABELS.get(item.status, item.status)

    def tags(self, item: Item) -> list[str]:
        """Labels for search and the Labels page; a phase carries its number, so phases sort in process order."""
        fasen = [f.id for f in self.taxonomie.fasen]
        return [self.thema(t) for t in item.thema] + [f"Fase {fasen.index(f) + 1}: {self.fase(f)}" for f in item.fase]

    def filterwaarden(self, item: Item) -> dict[str, str]:
        """Space-separated ids per filter group, for the ``data-*`` attributes of a card."""
        return {filter.naam: " ".join(filter.waarden(item)) for filter in FILTERS}

    def filtergroepen(self, catalogus: Catalogus) -> list[FilterGroep]:
        """The form's filter groups; a group offers only the values some item uses."""
        groepen: list[FilterGroep] = []
        for filter in FILTERS:
            gebruikt = {waarde for item in catalogus.items for waarde in filter.waarden(item)}
            opties = [optie for optie in filter.opties(self.taxonomie) if optie[0] in gebruikt]
            groepen.append((filter.naam, filter.legenda, opties))
        return groepen
