"""Praktijkvoorbeelden and the glossary across files: a case names a real municipality and real menu items, an
afspraak points at a case that exists, and every glossary term is unique and refers to terms that exist."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from flexteam.basis.fout import Fout
from flexteam.basis.meldingen import (
    BEGRIP_TWEE_KEER,
    DUBBEL_IN_LIJST,
    WAAR_BEGRIPPEN,
    WAAR_GEMEENTEN,
    WAAR_ITEMS,
    WAAR_PRAKTIJK,
    melding,
)
from flexteam.controle.kruisverwijzingen import onbekend
from flexteam.inhoud.model import Begrippen, Gemeente, Praktijkvoorbeeld
from flexteam.lezen.record import Record


def controleer_praktijk(
    praktijk: Sequence[Record[Praktijkvoorbeeld]],
    gemeenten: Sequence[Record[Gemeente]],
    item_ids: set[str],
    begrippen: Record[Begrippen],
    gemeente_ids: set[str],
    praktijk_ids: set[str],
) -> list[Fout]:
    """``gemeente_ids`` and ``praktijk_ids``: every file found, also those refused, so that a broken file does not
    cascade into 'does not exist' errors elsewhere."""
    fouten: list[Fout] = []
    for record in praktijk:
        geval = record.model
        if geval.gemeente not in gemeente_ids:
            fouten.append(record.fout(("gemeente",), onbekend(geval.gemeente, gemeente_ids, WAAR_GEMEENTEN)))
        for index, item in enumerate(geval.items):
            if item not in item_ids:
                fouten.append(record.fout(("items", index), onbekend(item, item_ids, WAAR_ITEMS)))
        for waarde, aantal in Counter(geval.items).items():
            if aantal > 1:
                fouten.append(record.fout(("items",), melding(DUBBEL_IN_LIJST, waarde=waarde, aantal=aantal)))
    for gemeente in gemeenten:
        for index, afspraak in enumerate(gemeente.model.afspraken):
            if afspraak.praktijkvoorbeeld is not None and afspraak.praktijkvoorbeeld not in praktijk_ids:
                fouten.append(gemeente.fout(("afspraken", index, "praktijkvoorbeeld"),
                                          onbekend(afspraak.praktijkvoorbeeld, praktijk_ids, WAAR_PRAKTIJK)))
    termen = begrippen.model.begrippen
    ids = {t.id for t in termen}
    aantal_per_id = Counter(t.id for t in termen)
    gezien: set[str] = set()
    for index, term in enumerate(termen):
        if aantal_per_id[term.id] > 1 and term.id in gezien:
            fouten.append(begrippen.fout(("begrippen", index, "id"), melding(BEGRIP_TWEE_KEER, id=term.id)))
        gezien.add(term.id)
        for nummer, verwant in enumerate(term.zie_ook):
            if verwant not in ids:
                fouten.append(begrippen.fout(("begrippen", index, "zie_ook", nummer), onbekend(verwant, ids, WAAR_BEGRIPPEN)))
    return fouten
