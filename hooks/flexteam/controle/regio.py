"""The region file against the municipalities: the tile map names only municipalities that exist, each on a tile of
its own. A municipality without a tile (a new one) is shown in an extra row below the map."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from flexteam.basis.fout import Fout
from flexteam.basis.meldingen import (
    HINT_BEDOELDE_JE,
    ONBEKENDE_GEMEENTE_OP_TEGELKAART,
    TEGEL_DUBBEL,
    melding,
)
from flexteam.inhoud.regio import Regio
from flexteam.lezen.record import Record


def controleer_regio(regio: Record[Regio], bekend: set[str]) -> Iterable[Fout]:
    """``bekend``: the file names of every municipality file, also one refused for another reason (no cascade)."""
    kaart = regio.model.tegelkaart
    bezet: dict[tuple[int, int], str] = {}
    for ident, tegel in kaart.items():
        if ident not in bekend:
            suggestie = difflib.get_close_matches(ident, sorted(bekend), n=1)
            hint = melding(HINT_BEDOELDE_JE, suggestie=suggestie[0]) if suggestie else ""
            yield regio.fout(("tegelkaart", ident), melding(ONBEKENDE_GEMEENTE_OP_TEGELKAART, gemeente=ident, hint=hint))
        plek = (tegel.rij, tegel.kolom)
        if plek in bezet:
            yield regio.fout(("tegelkaart", ident), melding(TEGEL_DUBBEL, rij=tegel.rij, kolom=tegel.kolom, ander=bezet[plek]))
        bezet.setdefault(plek, ident)

