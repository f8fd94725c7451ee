"""Markdown of a page → one tagged PDF (PDF/UA-1) with WeasyPrint, fully offline.

The same Markdown the site shows goes through Python-Markdown with the site's extensions, into
``document.html.j2`` (language, title, author, subject), with ``document.css`` and the shipped font. WeasyPrint
may read only the files in this folder (the stylesheet and the font): any other address (a web address, a file
elsewhere on the machine) stops the build, so no document can make a request or pick up a file a contributor
pointed to.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import markdown
from markupsafe import Markup

from flexteam.inhoud.regio import Regio
from flexteam.site.sjablonen import render

MAP = Path(__file__).resolve().parent
STIJL = MAP / "document.css"
PDF_VARIANT = "pdf/ua-1"
EXTENSIES = ["admonition", "attr_list", "tables", "toc"]
"""The site's Markdown extensions (mkdocs.yml) that generated pages use; ``toc`` gives headings their ids."""


def documenthtml(tekst: str, *, titel: str, auteur: str, onderwerp: str, voet: str, gemaakt: date, regio: Regio,
                 trefwoorden: tuple[str, ...] = (), met_kop: bool = False) -> str:
    """The full HTML document for WeasyPrint: a page's Markdown (rendered with ``absoluut``) in the document template;
    ``met_kop`` puts the title and the date it was made above it (for a page whose Markdown has no title of its own)."""
    lichaam = Markup(markdown.markdown(tekst, extensions=EXTENSIES, extension_configs={"toc": {"permalink": False}}))
    return render("document.html.j2", "", regio, titel=titel, auteur=auteur, onderwerp=onderwerp, voet=voet,
                  gemaakt=gemaakt, trefwoorden=trefwoorden, lichaam=lichaam, met_kop=met_kop)


def pdf_van(html: str) -> bytes:
    """The tagged PDF of ``html`` (structure tree, language, title, bookmarks from the headings)."""
    from weasyprint import CSS, HTML  # imported when a PDF is made: a build with every PDF in the cache skips ± 0,3 s
    from weasyprint.text.fonts import FontConfiguration

    lettertypen = FontConfiguration()
    ophalen = _alleen_deze_map()
    stijl = CSS(filename=str(STIJL), font_config=lettertypen, url_fetcher=ophalen)
    pdf: bytes = HTML(string=html, base_url=MAP.as_uri() + "/", url_fetcher=ophalen).write_pdf(
        stylesheets=[stijl], font_config=lettertypen, pdf_variant=PDF_VARIANT)
    return pdf


def _alleen_deze_map() -> Any:
    from weasyprint.urls import FatalURLFetchingError, URLFetcher

    class AlleenDezeMap(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            deel = urlparse(url)
            if deel.scheme != "file" or not Path(unquote(deel.path)).resolve().is_relative_to(MAP):
                raise FatalURLFetchingError(f"Een document mag niets ophalen buiten {MAP}: {url}")
            return super().fetch(url, headers)

    return AlleenDezeMap()
