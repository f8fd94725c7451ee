"""HTML the core rendered itself, kept out of the Markdown engine's way.

A generated page is Markdown with large blocks of finished HTML (the item's header, the sanitized
description, cards, tables). Python-Markdown copies such a block through unchanged, but first runs
its HTML parser over it: at 1,000 items most of the engine's time on our pages. ``apart`` swaps each
top-level HTML block for a short stand-in (an empty ``div`` with the block's ids) that the engine also copies through, and
``terug`` puts the blocks back into the engine's HTML: the same page, byte for byte (tested), with
headings, lists and links still Markdown, so the table of contents and link checks stay the engine's.
"""

from __future__ import annotations

import re

_BEGIN = re.compile(r"(?:\A|(?<=\A\n)|(?<=\n\n))<(div|ul|ol|dl|table|section|nav|form|details|figure|aside|p)\b")
"""A top-level block: a block-level tag at the start of a line after a blank line."""
_TAGS = {naam: re.compile(rf"<(/?){naam}\b") for naam in ("div", "ul", "ol", "dl", "table", "section", "nav", "form", "details",
                                                          "figure", "aside", "p")}
_PLEK = re.compile(r'<div data-fx-blok="(\d+)">(?:<a id="[^"]*"></a>)*</div>')
_ID = re.compile(r'\sid="([^"]+)"')


def apart(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with every top-level HTML block replaced by a stand-in, and the blocks. The stand-in keeps
    the block's ids (``<a id>``), so the engine still knows the anchors that links point to. A block runs,
    as for Python-Markdown, from its opening tag to the end of the line with the matching closing tag."""
    blokken: list[str] = []
    delen: list[str] = []
    positie = 0
    for begin in _BEGIN.finditer(markdown):
        if begin.start() < positie:
            continue  # inside the block before
        einde = _einde(markdown, begin.start(), _TAGS[begin.group(1)])
        if einde is None:
            return markdown, []  # not well nested: leave the page to the engine as it is
        blok = markdown[begin.start():einde]
        ankers = "".join(f'<a id="{anker}"></a>' for anker in _ID.findall(blok))
        delen += [markdown[positie:begin.start()], f'<div data-fx-blok="{len(blokken)}">{ankers}</div>']
        blokken.append(blok)
        positie = einde
    return "".join([*delen, markdown[positie:]]), blokken


def _einde(tekst: str, begin: int, tag: re.Pattern[str]) -> int | None:
    diepte = 0
    for treffer in tag.finditer(tekst, begin):
        diepte += -1 if treffer.group(1) else 1
        if diepte == 0:
            regeleinde = tekst.find("\n", treffer.end())
            return len(tekst) if regeleinde == -1 else regeleinde
    return None


def terug(html: str, blokken: list[str]) -> str:
    """The engine's HTML with the blocks back in place of their comments."""
    return _PLEK.sub(lambda treffer: blokken[int(treffer.group(1))], html) if blokken else html
