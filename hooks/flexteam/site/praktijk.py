"""The pages of real cases (``/praktijkvoorbeelden/<id>/`` and their overview) and the glossary (``/begrippen/``)."""

from __future__ import annotations

from collections.abc import Iterable

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Bron, BronInItem
from flexteam.inhoud.paden import BEGRIPPEN_PAD, PRAKTIJK_OVERZICHT_PAD
from flexteam.site.pagina import Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import gemeente_pad, item_pad, praktijk_pad
from flexteam.weergave.begrippen import termen_in
from flexteam.weergave.tekst import veilige_titel


def bronnen_van(catalogus: Catalogus, verwijzingen: Iterable[BronInItem | None]) -> list[Bron | BronInItem]:
    """The sources an item, case or term names: ids looked up in ``bronnen.yml``, blocks as written."""
    return [catalogus.bronnen[v.id] if v.id is not None else v for v in verwijzingen if v is not None]


def praktijk_paginas(catalogus: Catalogus) -> Iterable[Pagina]:
    gemeenten = {g.id: g for g in catalogus.gemeenten}
    for geval in catalogus.praktijkvoorbeelden:
        pad = praktijk_pad(geval)
        meta = {"title": veilige_titel(geval.titel), "description": veilige_titel(geval.samenvatting)}
        lichaam = render(
            "praktijkvoorbeeld.md.j2", pad, catalogus.regio, geval=geval, gemeente=gemeenten[geval.gemeente],
            items=[catalogus.item_per_id[i] for i in geval.items], bronnen=bronnen_van(catalogus, geval.bronnen),
            termen=termen_in(geval.verloop, catalogus.begrippen),
            item_pad=item_pad, gemeente_pad=gemeente_pad,
        )
        yield Pagina(pad, met_voorwerk(meta, lichaam), bron=catalogus.bron("praktijkvoorbeeld", geval.id or ""))


def praktijk_overzicht(catalogus: Catalogus) -> Pagina:
    regio = catalogus.regio
    meta = {"title": "Praktijkvoorbeelden",
            "description": f"Echte voorbeelden uit {regio.naam}: waar, wanneer, wie, wat er gebeurde en wat andere gemeenten ervan leren."}
    gemeenten = {g.id: g for g in catalogus.gemeenten}
    lichaam = render("praktijkvoorbeelden.md.j2", PRAKTIJK_OVERZICHT_PAD, regio, gevallen=catalogus.praktijkvoorbeelden,
                     gemeenten=gemeenten, praktijk_pad=praktijk_pad)
    return Pagina(PRAKTIJK_OVERZICHT_PAD, met_voorwerk(meta, lichaam), in_navigatie=True)


def begrippen_pagina(catalogus: Catalogus) -> Pagina:
    meta = {"title": "Begrippen",
            "description": "De begrippen en afkortingen van de warmtetransitie, in gewone taal uitgelegd."}
    termen = catalogus.begrippen
    per_id = {t.id: t for t in termen}
    lichaam = render("begrippen.md.j2", BEGRIPPEN_PAD, catalogus.regio, termen=termen, per_id=per_id,
                     bron=lambda term: bronnen_van(catalogus, [term.bron]))
    return Pagina(BEGRIPPEN_PAD, met_voorwerk(meta, lichaam), in_navigatie=True)
