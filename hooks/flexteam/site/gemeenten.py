"""The pages per municipality and the overview of municipalities."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from flexteam.basis.opmaak import telwoord
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Dienst, Gemeente, Item
from flexteam.inhoud.paden import GEMEENTEN_PAD, raad_bron
from flexteam.rekenen.herkomst import ONBEKEND, Onderbouwd, afgeleid, cijfer, herkomst_van
from flexteam.site.documenten import Documenten, Downloadlink
from flexteam.site.pagina import Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import gemeente_pad, item_pad, praktijk_pad
from flexteam.weergave.filters import Labels
from flexteam.weergave.kosten import GemeenteOverzicht, gemeente_overzichten
from flexteam.weergave.tekst import veilige_titel


def gemeente_paginas(catalogus: Catalogus, documenten: Documenten, raad_pdfs: Mapping[str, Downloadlink]) -> Iterable[Pagina]:
    labels = Labels(catalogus)
    fasen_volgorde = [f.id for f in catalogus.taxonomie.fasen]
    overzichten = gemeente_overzichten(catalogus)  # once for all pages
    for gemeente in catalogus.gemeenten:
        yield Pagina(gemeente_pad(gemeente), _gemeente(catalogus, gemeente, labels, fasen_volgorde,
                                                       overzichten[gemeente.id or gemeente.naam], documenten,
                                                       raad_pdfs.get(gemeente.id or "")),
                     bron=catalogus.bron("gemeente", gemeente.id or ""))


def _gemeente(catalogus: Catalogus, gemeente: Gemeente, labels: Labels, fasen_volgorde: list[str],
              bijdrage: GemeenteOverzicht, documenten: Documenten, raad_pdf: Downloadlink | None) -> str:
    pad = gemeente_pad(gemeente)
    processen = sorted(gemeente.lokale_processen, key=lambda p: fasen_volgorde.index(p.fase))
    meta = {"title": veilige_titel(gemeente.naam),
            "description": veilige_titel(f"De samenwerking van gemeente {gemeente.naam} met het {catalogus.regio.team_kort}: afspraken, lokale processen en bijdrage."),
            "hide": ["toc"]}
    lichaam = render(
        "gemeente.md.j2", pad, catalogus.regio, gemeente=gemeente, labels=labels, processen=processen,
        suggesties=suggesties_voor(catalogus, gemeente), item_per_id=catalogus.item_per_id, item_pad=item_pad,
        inwonertallen=[Peilcijfer(i.peildatum, cijfer(i, catalogus.bronnen)) for i in sorted(gemeente.inwoners, key=lambda i: i.peildatum)],
        bijdrage=bijdrage,
        praktijk=catalogus.praktijk_van_gemeente(gemeente.id or ""), praktijk_pad=praktijk_pad,
        downloads=documenten.per_item, raad_pdf=raad_pdf, raad_pad=raad_bron(gemeente.id or ""),
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




def gemeenten_overzicht(catalogus: Catalogus) -> Pagina:
    return Pagina(GEMEENTEN_PAD, _gemeenten(catalogus), in_navigatie=True)


def _gemeenten(catalogus: Catalogus) -> str:
    regio = catalogus.regio
    aantal = telwoord(len(catalogus.gemeenten))
    meta = {"title": "Gemeenten",
            "description": f"De {aantal} {regio.bijvoeglijk} gemeenten in het {regio.team_kort}: inwoners, afspraken en lokale processen.",
            "hide": ["toc"]}
    peildatum = laatste_peildatum(catalogus)
    rijen = [_Overzichtsrij(g, _inwoners_op(catalogus, g, peildatum), _afgesproken(catalogus, g)) for g in catalogus.gemeenten]
    lichaam = render("gemeenten.md.j2", GEMEENTEN_PAD, catalogus.regio, rijen=rijen, aantal=aantal, tegels=tegels(catalogus),
                     gemeente_pad=gemeente_pad, peildatum=peildatum)
    return met_voorwerk(meta, lichaam)


@dataclass(frozen=True)
class Peilcijfer:
    peildatum: date
    cijfer: Onderbouwd


@dataclass(frozen=True)
class _Overzichtsrij:
    gemeente: Gemeente
    inwoners: Onderbouwd
    afgesproken: Onderbouwd


def laatste_peildatum(catalogus: Catalogus) -> date | None:
    """The latest peildatum for which any municipality has a count: the one the overview shows."""
    return max((i.peildatum for g in catalogus.gemeenten for i in g.inwoners if i.aantal is not None), default=None)


def _inwoners_op(catalogus: Catalogus, gemeente: Gemeente, peildatum: date | None) -> Onderbouwd:
    inwoners = gemeente.inwoners_op(peildatum) if peildatum else None
    return cijfer(inwoners, catalogus.bronnen) if inwoners else ONBEKEND


def _afgesproken(catalogus: Catalogus, gemeente: Gemeente) -> Onderbouwd:
    return afgeleid(sum(a.uren_afgesproken or 0 for a in gemeente.afspraken), "de som van de afgesproken uren in alle jaren",
                    *(herkomst_van(a, catalogus.bronnen) for a in gemeente.afspraken))


def tegels(catalogus: Catalogus) -> dict[str, tuple[int, int]]:
    """(row, column) per municipality on the schematic map: from ``regio.yml``; one without a tile (a new one) in a row below."""
    kaart = catalogus.regio.tegelkaart
    onder = max((t.rij for t in kaart.values()), default=0) + 1
    zonder = (g for g in catalogus.gemeenten if (g.id or "") not in kaart)
    plekken = {ident: (tegel.rij, tegel.kolom) for ident, tegel in kaart.items()}
    plekken.update({g.id or "": (onder, kolom) for kolom, g in enumerate(zonder, start=1)})
    return plekken
