"""The pages per municipality and the overview of municipalities."""

from __future__ import annotations

from collections.abc import Iterable

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Dienst, Gemeente, Item
from flexteam.inhoud.paden import GEMEENTEN_PAD
from flexteam.site.pagina import Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import gemeente_pad, item_pad
from flexteam.weergave.filters import Labels
from flexteam.weergave.kosten import GemeenteOverzicht, gemeente_overzichten
from flexteam.weergave.tekst import veilige_titel


def gemeente_paginas(catalogus: Catalogus) -> Iterable[Pagina]:
    labels = Labels(catalogus)
    fasen_volgorde = [f.id for f in catalogus.taxonomie.fasen]
    overzichten = gemeente_overzichten(catalogus)  # once for all pages
    for gemeente in catalogus.gemeenten:
        yield Pagina(gemeente_pad(gemeente), _gemeente(catalogus, gemeente, labels, fasen_volgorde,
                                                       overzichten[gemeente.id or gemeente.naam]),
                     bron=catalogus.bron("gemeente", gemeente.id or ""))


def _gemeente(catalogus: Catalogus, gemeente: Gemeente, labels: Labels, fasen_volgorde: list[str],
              bijdrage: GemeenteOverzicht) -> str:
    pad = gemeente_pad(gemeente)
    processen = sorted(gemeente.lokale_processen, key=lambda p: fasen_volgorde.index(p.fase))
    meta = {"title": veilige_titel(gemeente.naam),
            "description": veilige_titel(f"De samenwerking van gemeente {gemeente.naam} met het Flexteam Warmtetransitie: afspraken, lokale processen en bijdrage.")}
    lichaam = render(
        "gemeente.md.j2", pad, gemeente=gemeente, labels=labels, processen=processen,
        suggesties=suggesties_voor(catalogus, gemeente), item_per_id=catalogus.item_per_id, item_pad=item_pad,
        peildatum=catalogus.begroting.verdeelsleutel.peildatum_inwoners,
        bijdrage=bijdrage,
    )
    return met_voorwerk(meta, lichaam)


def suggesties_voor(catalogus: Catalogus, gemeente: Gemeente, aantal: int = 6) -> list[Item]:
    """Available items that fit the phases of the municipality's processes and are not yet agreed on."""
    fasen = {p.fase for p in gemeente.lokale_processen}
    al_afgesproken = {a.item for a in gemeente.afspraken}
    passend = [
        item for item in catalogus.items
        if item.status == "beschikbaar" and item.id not in al_afgesproken and fasen.intersection(item.fase)
    ]
    passend.sort(key=lambda i: (-len(fasen.intersection(i.fase)), not isinstance(i, Dienst), i.titel.casefold()))
    return passend[:aantal]


TEGELS: dict[str, tuple[int, int]] = {
    # (row, column) of a schematic tile map of Drenthe, north at the top.
    "noordenveld": (1, 2), "tynaarlo": (1, 3), "aa-en-hunze": (1, 4),
    "westerveld": (2, 1), "midden-drenthe": (2, 2), "assen": (2, 3), "borger-odoorn": (2, 4),
    "meppel": (3, 1), "de-wolden": (3, 2), "hoogeveen": (3, 3), "coevorden": (3, 4), "emmen": (3, 5),
}


def gemeenten_overzicht(catalogus: Catalogus) -> Pagina:
    return Pagina(GEMEENTEN_PAD, _gemeenten(catalogus), in_navigatie=True)


def _gemeenten(catalogus: Catalogus) -> str:
    meta = {"title": "Gemeenten", "description": "De twaalf Drentse gemeenten in het Flexteam Warmtetransitie: inwoners, afspraken en lokale processen."}
    peildatum = catalogus.begroting.verdeelsleutel.peildatum_inwoners
    lichaam = render("gemeenten.md.j2", GEMEENTEN_PAD, gemeenten=catalogus.gemeenten, tegels=TEGELS,
                     gemeente_pad=gemeente_pad, peildatum=peildatum)
    return met_voorwerk(meta, lichaam)
