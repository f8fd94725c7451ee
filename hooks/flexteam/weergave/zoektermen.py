"""Extra words for the search index of an item page, so Dutch is found the way readers type it.

- **Parts of compound words.** Dutch writes compounds as one word ("energiearmoede", "bewonersparticipatie"); a reader
  types a part ("armoede", "participatie"). The parts of the long words in an item's title, summary and keywords are
  added, when both parts are words of the word list (with a linking -s- or -e(n)- allowed), so that no junk parts
  ("gem" + "eente") get in.
- **Synonyms and expansions** from ``synoniemen`` in taxonomie.yml: when an item uses one term of a group, the others
  are added ("VvE" → "vereniging van eigenaren", "aardgasvrij" → "gasloos").

The words go into an element the search index reads and readers do not see; any search engine that indexes the built
HTML uses them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from flexteam.inhoud.model import Item

MIN_WOORD = 10
"""Shorter words are not split: too many accidental parts."""
MIN_DEEL = 4
"""Every part has at least four letters ('wijk', 'plan'), so 'net' or 'gas' alone is never added."""
VOEGEN = ("", "s", "en")
"""What may join two parts: nothing, or a linking s (dorp-s-warmte) or en (huiz-en-blok)."""
NIET_ALS_DEEL = frozenset({
    "heid", "isch", "baar", "lijk", "loos", "tjes", "ende", "erij", "ster", "ting", "etten", "atie", "ingen", "sing", "ming",
    "ties", "ment", "schap", "inge", "enge", "williger", "rijkste", "schappelijk",
})
"""Endings and fragments that the word list also holds as words ('oplos|sing', 'corpora|ties', 'vrij|williger'): a split
there is no compound, so such a part is never added. Measured on every long word of this content (tests/test_zoektermen.py)."""

_WOORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _is_woord(deel: str, lijst: frozenset[str]) -> bool:
    return len(deel) >= MIN_DEEL and deel not in NIET_ALS_DEEL and deel in lijst


def _knippen(woord: str, lijst: frozenset[str]) -> list[tuple[str, str]]:
    """Every (left, right) split of ``woord`` whose right part is a word and whose left part, without a linking letter,
    is a word or itself a compound. A split without a linking letter wins: 'warmte|netten', not 'warmt-en|etten'."""
    zonder: list[tuple[str, str]] = []
    met: list[tuple[str, str]] = []
    for knip in range(MIN_DEEL, len(woord) - MIN_DEEL + 1):
        links, rechts = woord[:knip], woord[knip:]
        if not _is_woord(rechts, lijst):
            continue
        for voeg in VOEGEN:
            stam = links[: len(links) - len(voeg)] if voeg else links
            if links.endswith(voeg) and (_is_woord(stam, lijst) or (len(stam) >= MIN_WOORD and _knippen(stam, lijst))):
                (met if voeg else zonder).append((stam, rechts))
                break
    return zonder or met


def delen(woord: str, lijst: frozenset[str]) -> list[str]:
    """The parts of a compound ``woord`` that a reader might type, longest first; [] when it is not a compound."""
    woord = woord.casefold()
    if "-" in woord:
        stukken = [s for s in woord.split("-") if s]
        return sorted({d for s in stukken for d in [s, *delen(s, lijst)] if len(d) >= MIN_DEEL} - {woord}, key=lambda d: (-len(d), d))
    if len(woord) < MIN_WOORD:
        return []
    gevonden: set[str] = set()
    for links, rechts in _knippen(woord, lijst):
        for deel in (links, rechts):
            if _is_woord(deel, lijst):
                gevonden.add(deel)
            gevonden.update(delen(deel, lijst))
    return sorted(gevonden, key=lambda d: (-len(d), d))


def _woorden(teksten: Iterable[str]) -> list[str]:
    return [w for tekst in teksten for w in _WOORD.findall(tekst)]


def _noemt(tekst: str, term: str) -> bool:
    """Does ``tekst`` use ``term``, also inflected ('aardgasvrije', 'warmtenetten' for 'warmtenet')?"""
    return re.search(rf"(?<!\w){re.escape(term.casefold())}(?:e|en|s|n|ten)?(?!\w)", tekst) is not None


def titeldelen(item: Item, lijst: frozenset[str]) -> list[str]:
    """The parts of the compound words of ``item``'s title ('Participatieplan' → 'participatie', 'plan'): the search
    weighs them like the title, so a reader who types a part finds the item above pages that only mention it."""
    erbij: list[str] = []
    for woord in _woorden([item.titel]):
        erbij += [deel for deel in delen(woord, lijst) if deel not in erbij]
    return erbij


def zoektermen(item: Item, volledige_tekst: str, synoniemen: Sequence[Sequence[str]], lijst: frozenset[str]) -> list[str]:
    """The extra search words of ``item``: compound parts, then synonyms; each once, none the page already has as a word."""
    tekst = volledige_tekst.casefold()
    gezien = set(_woorden([tekst]))
    # the page's own words and every word added so far, lower case: nothing is added twice
    erbij: list[str] = []

    def voeg_toe(term: str) -> None:
        if term.casefold() not in gezien:
            gezien.add(term.casefold())
            erbij.append(term)

    for woord in _woorden([item.titel, item.samenvatting, *item.trefwoorden]):
        for deel in delen(woord, lijst):
            voeg_toe(deel)
    for groep in synoniemen:
        genoemd = [_noemt(tekst, term) for term in groep]
        if any(genoemd):
            for term, al_genoemd in zip(groep, genoemd):
                if not al_genoemd:
                    voeg_toe(term)
    return erbij
