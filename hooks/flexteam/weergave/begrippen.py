"""Which glossary terms a text uses: an abbreviation as a whole word (case as written, 'WUP'), a term in any case."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flexteam.inhoud.model import Term


def termen_in(tekst: str, termen: Sequence[Term]) -> list[Term]:
    """The terms of ``termen`` that ``tekst`` uses, in glossary order."""
    gevonden = []
    for term in termen:
        afkorting = term.afkorting and re.search(rf"(?<!\w){re.escape(term.afkorting)}(?!\w)", tekst)
        if afkorting or re.search(rf"(?<!\w){re.escape(term.term)}(?!\w)", tekst, re.IGNORECASE):
            gevonden.append(term)
    return gevonden
