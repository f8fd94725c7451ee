"""The search index of a built site: Pagefind over the finished HTML, and the word list for typing errors.

Pagefind (MIT, https://pagefind.app) reads every page that marks its text with ``data-pagefind-body``, stems Dutch
from ``<html lang="nl">``, folds accents and writes its index in small chunks that a reader's browser fetches only when
it searches. Because it reads the built HTML, the same search serves a MkDocs build and a build by any other engine
(``python -m flexteam afwerken --site DIR``, which also prunes the stylesheets).

Beside it goes ``zoeken/woorden.json``: the words of the indexed pages with their frequency, from which the search
(``docs/assets/js/zoeker.js``) corrects a typing error in a word of five letters or more. Pagefind's ready-made
interfaces are not published: the site has its own (Dutch, keyboard, screen reader).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from flexteam.basis.meldingen import ZOEKINDEX_MISLUKT, ZOEKINDEX_START_MISLUKT, melding

PAGEFIND_MAP = "pagefind"
WOORDEN_PAD = "zoeken/woorden.json"
MIN_WOORD = 5
"""Typing errors are corrected in words of at least this many letters; shorter words have too many neighbours."""
ONGEBRUIKT = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
)
"""Pagefind's own interfaces; the site does not load them, so they are not published."""

UITGESLOTEN = ("--exclude-selectors", ".headerlink")
"""Not indexed: the ¶ after each heading (a link to the heading, not text)."""

_WOORD = re.compile(r"[^\W\d_]{%d,}" % MIN_WOORD)
_GEINDEXEERD = re.compile(r"Indexed (\d+) pages?")


class ZoekindexFout(Exception):
    """Pagefind could not index the site."""


@dataclass(frozen=True)
class Zoekindex:
    paginas: int
    woorden: int
    seconden: float


class _Tekst(HTMLParser):
    """The text inside the elements marked ``data-pagefind-body``, without what is marked ``data-pagefind-ignore``."""

    LEEG = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stukken: list[str] = []
        self._stapel: list[tuple[bool, bool]] = []  # per open element: (inside the body, ignored)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.LEEG:
            return
        namen = {naam for naam, _ in attrs}
        binnen, genegeerd = self._stapel[-1] if self._stapel else (False, False)
        self._stapel.append((binnen or "data-pagefind-body" in namen,
                             genegeerd or "data-pagefind-ignore" in namen or tag in ("script", "style")))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.LEEG and self._stapel:
            self._stapel.pop()

    def handle_data(self, data: str) -> None:
        if self._stapel and self._stapel[-1] == (True, False):
            self.stukken.append(data)


def geindexeerde_tekst(html: str) -> str:
    """The text of a page that the search indexes (as Pagefind reads it: the body, without what it ignores)."""
    lezer = _Tekst()
    lezer.feed(html)
    return " ".join(lezer.stukken)


def _woorden(site: Path) -> Counter[str]:
    telling: Counter[str] = Counter()
    for pagina in sorted(site.rglob("*.html")):
        if pagina.is_symlink() or PAGEFIND_MAP in pagina.relative_to(site).parts:
            continue
        tekst = geindexeerde_tekst(pagina.read_text(encoding="utf-8", errors="replace"))
        telling.update(w.casefold() for w in _WOORD.findall(tekst))
    return telling


def maak_zoekindex(site: Path) -> Zoekindex:
    """Index ``site`` (a built site) in ``site/pagefind/`` and write its word list; raise ZoekindexFout if Pagefind fails."""
    begin = time.perf_counter()
    try:
        uitkomst = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), *UITGESLOTEN],
                                  capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as fout:
        raise ZoekindexFout(melding(ZOEKINDEX_START_MISLUKT, fout=fout)) from None
    if uitkomst.returncode != 0:
        uitvoer = (uitkomst.stderr or uitkomst.stdout).strip().splitlines()[-5:]
        raise ZoekindexFout(melding(ZOEKINDEX_MISLUKT, uitvoer="\n  ".join(uitvoer)))
    geteld = _GEINDEXEERD.search(uitkomst.stdout)
    for naam in ONGEBRUIKT:
        (site / PAGEFIND_MAP / naam).unlink(missing_ok=True)
    telling = _woorden(site)
    doel = site / WOORDEN_PAD
    doel.parent.mkdir(parents=True, exist_ok=True)
    # most frequent first: the search prefers the commoner of two equally close words
    doel.write_text(json.dumps([[w, n] for w, n in sorted(telling.items(), key=lambda x: (-x[1], x[0]))],
                               ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return Zoekindex(int(geteld.group(1)) if geteld else 0, len(telling), time.perf_counter() - begin)
