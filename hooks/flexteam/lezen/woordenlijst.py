"""The Dutch word list the search uses to split compound words (OpenTaal, Debian package ``wdutch``).

It is read once per process. Without it (a machine without ``wdutch``) the site still builds; compound words are then
not split for the search. ``MENUKAART_WOORDENLIJST`` points at another list, one word per line.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

STANDAARD = Path("/usr/share/dict/dutch")


@lru_cache(maxsize=4)
def _lees(pad: Path) -> frozenset[str]:
    try:
        tekst = pad.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(regel.strip().casefold() for regel in tekst.splitlines() if regel.strip().isalpha())


def woordenlijst() -> frozenset[str]:
    """Every word of the list in lower case (only words of letters: no abbreviations with dots, no hyphens)."""
    return _lees(Path(os.environ.get("MENUKAART_WOORDENLIJST") or STANDAARD))
