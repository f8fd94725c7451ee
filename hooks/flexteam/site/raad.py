"""For council members: a one-page summary per municipality (what it pays, what it gets, which processes run) and
an overview at ``/voor-raadsleden/``. The figures are the appendix's own (``weergave.kosten``), with their herkomst."""

from __future__ import annotations

from collections.abc import Iterable

from flexteam.basis.opmaak import telwoord
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.paden import RAAD_PAD, raad_bron
from flexteam.site.pagina import Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import gemeente_pad, item_pad, praktijk_pad
from flexteam.weergave.filters import Labels
from flexteam.weergave.kosten import gemeente_overzichten
from flexteam.weergave.tekst import veilige_titel


def raad_paginas(catalogus: Catalogus) -> Iterable[Pagina]:
    overzichten = gemeente_overzichten(catalogus)
    labels = Labels(catalogus)
    for gemeente in catalogus.gemeenten:
        ident = gemeente.id or ""
        pad = raad_bron(ident)
        meta = {"title": veilige_titel(f"{gemeente.naam}: samenvatting voor de raad"),
                "description": veilige_titel(f"Wat {gemeente.naam} betaalt voor het {catalogus.regio.team_kort}, wat de gemeente "
                                             "ervoor krijgt en welke processen lopen.")}
        lichaam = render(
            "raad.md.j2", pad, catalogus.regio, gemeente=gemeente, bijdrage=overzichten[ident], labels=labels,
            item_per_id=catalogus.item_per_id, praktijk=catalogus.praktijk_van_gemeente(ident),
            item_pad=item_pad, gemeente_pad=gemeente_pad, praktijk_pad=praktijk_pad,
        )
        yield Pagina(pad, met_voorwerk(meta, lichaam), bron=catalogus.bron("gemeente", ident))


def raad_overzicht(catalogus: Catalogus) -> Pagina:
    regio = catalogus.regio
    meta = {"title": "Voor raadsleden",
            "description": f"Per gemeente op één pagina: wat de gemeente betaalt voor het {regio.team_kort}, wat ze ervoor krijgt "
                           "en welke processen lopen."}
    lichaam = render("raad-overzicht.md.j2", RAAD_PAD, regio, gemeenten=catalogus.gemeenten,
                     aantal=telwoord(len(catalogus.gemeenten)), raad_pad=lambda g: raad_bron(g.id or ""))
    return Pagina(RAAD_PAD, met_voorwerk(meta, lichaam), in_navigatie=True)
