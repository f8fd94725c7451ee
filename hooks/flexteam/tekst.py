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

import html
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import nh3
from markupsafe import Markup

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_LOOK_ALIKES = str.maketrans({"<": "‹", ">": "›", '"': "”", "'": "’"})

TOEGESTANE_TAGS = {
    "p", "br", "ul", "ol", "li", "strong", "em", "a", "code", "pre", "blockquote",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr", "s",
}
TOEGESTANE_ATTRIBUTEN = {"a": {"href", "title"}, "th": {"style"}, "td": {"style"}, "ol": {"start"}}


def veilige_titel(tekst: str) -> str:
    """For values the theme prints without escaping: no character left that can start markup."""
    return html.escape(tekst.translate(_LOOK_ALIKES), quote=True)


def markdown_tekst(tekst: str) -> str:
    """Plain text as literal Markdown inline text (for link labels and list items)."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|~])", r"\\\1", html.escape(tekst, quote=False))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # here, not at the top: the site build renders in its second process (achtergrond.py)

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(["table", "strikethrough"])


def markdown_naar_html(tekst: str) -> Markup:
    """Contributor Markdown → sanitized HTML. Headings move down two levels (# → h3) under the page's own."""
    tokens = _parser().parse(tekst)
    for token in tokens:
        if token.type in {"heading_open", "heading_close"}:
            token.tag = f"h{min(6, int(token.tag[1]) + 2)}"
    ruw = _parser().renderer.render(tokens, _parser().options, {})
    schoon = nh3.clean(
        ruw,
        tags=TOEGESTANE_TAGS,
        attributes=TOEGESTANE_ATTRIBUTEN,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        filter_style_properties={"text-align"},
    )
    # Python-Markdown ends a raw HTML block at a blank line: keep the fragment in one block.
    return Markup(re.sub(r"\n\s*\n", "\n", schoon).strip())


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
    te_doen = list(_parser().parse(tekst))
    while te_doen:
        token = te_doen.pop(0)
        te_doen[:0] = token.children or []
        if token.type == "image":
            problemen.append(f"Afbeeldingen (![…]({token.attrGet('src')})) worden niet getoond: de site laadt niets van andere "
                             "sites. Zet een afbeelding als PNG of JPEG bij de bijlagen van een kennisproduct.")
        elif token.type == "link_open":
            doel = str(token.attrGet("href") or "")
            if not doel.startswith(_LINK_BEGIN):
                problemen.append(f"De link '{doel}' werkt niet op de site. Een link begint met https://, http:// of mailto:; "
                                 "verwijs naar een ander item met zijn volledige adres op de site.")
            elif doel.startswith("mailto:") and "?" in doel:
                problemen.append(f"De e-maillink '{doel}' bevat een '?': zo kan een link ongemerkt ontvangers of tekst "
                                 "toevoegen. Schrijf alleen mailto:adres.")
    return problemen


def json_in_script(waarde: Any) -> str:
    """JSON that is safe inside ``<script type="application/ld+json">``: no ``</script>`` breakout."""
    tekst = json.dumps(waarde, ensure_ascii=False, separators=(",", ":"))
    return tekst.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
