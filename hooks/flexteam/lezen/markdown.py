"""Contributed text is untrusted: how each kind of field reaches a page safely.

Policy (also on the site's colofon):
- Short fields (titles, labels, keywords, notes) are plain text: HTML-escaped everywhere.
  Where the theme prints a value unescaped (page title, description, tags), the characters
  ``< > " '`` are first replaced by look-alikes (‹ › ” ’), so the text stays readable and
  no theme filter (``striptags`` unescapes entities) can turn it back into markup.
- Markdown fields (``beschrijving``) are rendered by markdown-it-py with raw HTML off, then
  cleaned by nh3 (Ammonia) with an allowlist of tags, attributes and URL schemes.
- Text that ends up in Markdown syntax (link labels) is backslash-escaped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from flexteam.basis.meldingen import MARKDOWN_AFBEELDING, MARKDOWN_LINK_WERKT_NIET, MARKDOWN_MAILTO_VRAAGTEKEN, melding

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # here, not at the top: the site build renders in its second process (achtergrond.py)

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(["table", "strikethrough"])


_LINK_BEGIN = ("https://", "http://", "mailto:")
_LINK_TEKENS = ("](", "]:", "<", "][")
"""Markdown links and images need one of these: inline ``[x](…)``, a definition ``[x]: …``, an autolink ``<…>``,
or a reference ``[x][y]``."""


def markdown_problemen(tekst: str) -> list[str]:
    """What contributor Markdown asks for that the site would drop or break, in Dutch; empty when all is fine.

    Images would be removed by the sanitizer (and load from another host); a link that is not a web or
    mail address (``item.md``, ``../x``, ``javascript:``) goes nowhere on the site; a mail link with
    ``?`` can add recipients (``?bcc=``)."""
    problemen: list[str] = []
    if not any(teken in tekst for teken in _LINK_TEKENS):
        return problemen  # no link or image can be in it: no need to load and run the parser (the check stays fast)
    te_doen = list(markdown_parser().parse(tekst))
    while te_doen:
        token = te_doen.pop(0)
        te_doen[:0] = token.children or []
        if token.type == "image":
            problemen.append(melding(MARKDOWN_AFBEELDING, bron=token.attrGet("src")))
        elif token.type == "link_open":
            doel = str(token.attrGet("href") or "")
            if not doel.startswith(_LINK_BEGIN):
                problemen.append(melding(MARKDOWN_LINK_WERKT_NIET, doel=doel))
            elif doel.startswith("mailto:") and "?" in doel:
                problemen.append(melding(MARKDOWN_MAILTO_VRAAGTEKEN, doel=doel))
    return problemen
