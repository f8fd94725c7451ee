"""Content that states facts says where they come from: every source id exists, and an item that names a law says
when that law was last checked (``wetgeving_gecontroleerd``). A check date older than twelve months is a warning
(``verouderde_wetgeving``), shown by ``flexteam check`` and in CI, not an error: the law may simply not have changed."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable, Sequence

from flexteam.basis.fout import Fout
from flexteam.basis.meldingen import (
    WAAR_BRONNEN,
    WET_ZONDER_BRON,
    WET_ZONDER_CONTROLEDATUM,
    WETGEVING_VEROUDERD,
    melding,
)
from flexteam.controle.kruisverwijzingen import onbekend
from flexteam.inhoud.model import Begrippen, Bronnen, Dienst, Kennisproduct, Praktijkvoorbeeld
from flexteam.lezen.record import Record
from flexteam.lezen.yamlbestand import Pad

WETTEN = re.compile(
    r"\b(Wgiw|Bgiw|Wcw|Energiewet|Omgevingswet|Gaswet|Warmtewet|Wet collectieve warmte|"
    r"Wet gemeentelijke instrumenten warmtetransitie)\b"
)
"""Laws an item can name; naming one asks for a check date and a source."""


def genoemde_wetten(item: Dienst | Kennisproduct) -> list[str]:
    tekst = " ".join([item.titel, item.samenvatting, item.beschrijving, *item.resultaat])
    return sorted({m.group(1) for m in WETTEN.finditer(tekst)})


def controleer_bronvermelding(
    items: Sequence[Record[Dienst | Kennisproduct]],
    praktijk: Sequence[Record[Praktijkvoorbeeld]],
    begrippen: Record[Begrippen],
    bronnen: Record[Bronnen],
) -> list[Fout]:
    bekend = {b.id for b in bronnen.model.bronnen}
    fouten: list[Fout] = []
    met_bronnen: list[Record[Any]] = [*items, *praktijk]
    for record in met_bronnen:
        fouten += _verwijzingen(record, ("bronnen",), record.model.bronnen, bekend)
    for index, term in enumerate(begrippen.model.begrippen):
        if term.bron is not None:
            fouten += _verwijzingen(begrippen, ("begrippen", index, "bron"), [term.bron], bekend, lijst=False)
    for record in items:
        wetten = genoemde_wetten(record.model)
        if wetten and record.model.wetgeving_gecontroleerd is None:
            fouten.append(record.fout(("beschrijving",), melding(WET_ZONDER_CONTROLEDATUM, wetten=", ".join(wetten))))
        if wetten and not record.model.bronnen:
            fouten.append(record.fout(("beschrijving",), melding(WET_ZONDER_BRON, wetten=", ".join(wetten))))
    return fouten


def _verwijzingen(record: Record[Any], pad: Pad, waarden: Iterable[Any], bekend: set[str], lijst: bool = True) -> list[Fout]:
    return [record.fout((*pad, index) if lijst else pad, onbekend(waarde.id, bekend, WAAR_BRONNEN))
            for index, waarde in enumerate(waarden) if waarde is not None and waarde.id is not None and waarde.id not in bekend]


def verouderde_wetgeving(items: Sequence[Record[Dienst | Kennisproduct]], vandaag: date) -> list[Fout]:
    """Warnings: an item whose law check is more than twelve months old."""
    grens = date(vandaag.year - 1, vandaag.month, min(vandaag.day, 28))
    return [record.fout(("wetgeving_gecontroleerd",), melding(WETGEVING_VEROUDERD, datum=record.model.wetgeving_gecontroleerd.isoformat()))
            for record in items
            if record.model.wetgeving_gecontroleerd is not None and record.model.wetgeving_gecontroleerd < grens]


__all__ = ["controleer_bronvermelding", "genoemde_wetten", "verouderde_wetgeving"]
