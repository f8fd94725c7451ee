"""Contributed text is untrusted: how each kind of field reaches a page safely.

Policy (also on the site's colofon):
- Short fields (titles, labels, keywords, notes) are plain text: HTML-escaped everywhere.
  Where the theme prints a value unescaped (page title, description, tags), the characters
  ``< > " '`` are first replaced by look-alikes (‹ › ” ’), so the text stays readable and
  no theme filter (``striptags`` unescapes entities) can turn it back into markup.
- Markdown fields (``beschrijving``) are rendered by markdown-it-py with raw HTML off (the one
  parser of ``lezen/markdown.py``), then cleaned by nh3 (Ammonia) with an allowlist of tags,
  attributes and URL schemes.
- Text that ends up in Markdown syntax (link labels) is backslash-escaped.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import nh3
from markupsafe import Markup

from flexteam.lezen.markdown import markdown_parser

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


def markdown_naar_html(tekst: str) -> Markup:
    """Contributor Markdown → sanitized HTML. Headings go under the page's own (h2): the highest level the text uses
    becomes h3, the next one h4, and so on, so no level is skipped whether the contributor starts with # or ##."""
    tokens = markdown_parser().parse(tekst)
    niveaus = sorted({int(t.tag[1]) for t in tokens if t.type == "heading_open"})
    nieuw = {niveau: min(6, 3 + rang) for rang, niveau in enumerate(niveaus)}
    for token in tokens:
        if token.type in {"heading_open", "heading_close"}:
            token.tag = f"h{nieuw[int(token.tag[1])]}"
    ruw = markdown_parser().renderer.render(tokens, markdown_parser().options, {})
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


def css_tekst(tekst: str) -> Markup:
    """Text as the inside of a CSS string (a PDF's footer): quotes and backslashes escaped, no line break and no
    character that could end the style element."""
    veilig = tekst.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("<", "\\3C ").replace(">", "\\3E ")
    return Markup(veilig)


def json_in_script(waarde: Any) -> str:
    """JSON that is safe inside ``<script type="application/ld+json">``: no ``</script>`` breakout."""
    tekst = json.dumps(waarde, ensure_ascii=False, separators=(",", ":"))
    return tekst.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
