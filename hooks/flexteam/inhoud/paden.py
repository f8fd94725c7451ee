"""Where every page and download of the site lives, as a source path: the one list of the site's addresses.

An item becomes ``menukaart/<id>.md`` and a municipality ``gemeenten/<id>.md``; the check uses these
paths to refuse an id that would overwrite an overview page or a name the site needs, and
``weergave/adressen.py`` turns them into links and full URLs.
"""

from __future__ import annotations

ITEM_MAP = "menukaart"
GEMEENTE_MAP = "gemeenten"
PRAKTIJK_MAP = "praktijkvoorbeelden"
RAAD_MAP = "voor-raadsleden"

OVERZICHT_PAD = f"{ITEM_MAP}/index.md"
AFDRUK_PAD = f"{ITEM_MAP}/afdrukken.md"
KENNISBANK_PAD = "kennisbank/index.md"
GEMEENTEN_PAD = f"{GEMEENTE_MAP}/index.md"
PRAKTIJK_OVERZICHT_PAD = f"{PRAKTIJK_MAP}/index.md"
BEGRIPPEN_PAD = "begrippen/index.md"
RAAD_PAD = f"{RAAD_MAP}/index.md"
STURING_PAD = "sturing.md"
"""A hand-written page (``docs/``) about how the team is steered, linked from the pages for council members."""

KOSTEN_MAP = "kosten-en-bijdragen"
KOSTEN_PAD = f"{KOSTEN_MAP}/index.md"
KOSTEN_EXCEL = f"{KOSTEN_MAP}/kosten-en-bijdragen.xlsx"
KOSTEN_PDF = f"{KOSTEN_MAP}/kosten-en-bijdragen.pdf"
HERGEBRUIK_PAD = "gegevens-hergebruiken.md"
WIJZIGINGEN_PAD = "nieuw-en-gewijzigd.md"
FEED_PAD = "feed.xml"
EXPORT_JSON_PAD = "export/menukaart.json"
EXPORT_CSV_PAD = "export/menukaart.csv"
BIJLAGEN_MAP = "bijlagen"
DOCUMENTEN_MAP = "documenten"
"""The generated Word and PDF files of the knowledge products, and the PDF per municipality."""
WERKPLAN_MAP = "werkplan"
WERKPLAN_PAD = f"{WERKPLAN_MAP}/index.md"
WERKPLAN_GEGEVENS = f"{WERKPLAN_MAP}/werkplan.json"
"""What the werkplan's script reads: the items, the municipalities and the capacity (``weergave/werkplan.py``)."""
AANVRAGEN_PAD = f"{WERKPLAN_MAP}/aanvragen.md"
WERKWIJZE_PAD = "werkwijze.md"
"""A hand-written page (``docs/``) that generated pages link to."""

VASTE_PAGINAS = (OVERZICHT_PAD, AFDRUK_PAD, KENNISBANK_PAD, GEMEENTEN_PAD, KOSTEN_PAD, HERGEBRUIK_PAD, WIJZIGINGEN_PAD,
                 PRAKTIJK_OVERZICHT_PAD, BEGRIPPEN_PAD, RAAD_PAD, WERKPLAN_PAD, AANVRAGEN_PAD)

GERESERVEERDE_NAMEN = frozenset({"index", "search", "assets", "404", "sitemap", "feed", "export", "bijlagen", "documenten", "label"})
"""Names MkDocs, Material or this site use for their own files and folders (``search/``, ``assets/``,
``404.html``, ``sitemap.xml``, ``feed.xml``, ``export/``, ``bijlagen/``, ``documenten/``)."""


def item_bron(ident: str) -> str:
    return f"{ITEM_MAP}/{ident}.md"


def gemeente_bron(ident: str) -> str:
    return f"{GEMEENTE_MAP}/{ident}.md"


def praktijk_bron(ident: str) -> str:
    return f"{PRAKTIJK_MAP}/{ident}.md"


def raad_bron(ident: str) -> str:
    """The one-page summary of a municipality for its council."""
    return f"{RAAD_MAP}/{ident}.md"


def document_pad(ident: str, formaat: str) -> str:
    """The generated document of a knowledge product, e.g. ``documenten/startcheck-dorpsaanpak.pdf``."""
    return f"{DOCUMENTEN_MAP}/{ident}.{formaat}"


def raad_document_pad(ident: str) -> str:
    """The PDF with a municipality's own figures (its page for the council)."""
    return f"{DOCUMENTEN_MAP}/gemeenten/{ident}.pdf"


def bron_van(soort: str, ident: str) -> str:
    """The page source of a record of kind ``soort``."""
    if soort == "gemeente":
        return gemeente_bron(ident)
    if soort == "praktijkvoorbeeld":
        return praktijk_bron(ident)
    return item_bron(ident)


def botsing(bron: str) -> str | None:
    """Why an id whose page would be ``bron`` cannot be used, or None."""
    stam = bron.rsplit("/", 1)[-1].removesuffix(".md")
    if bron in VASTE_PAGINAS:
        return f"de pagina {bron} bestaat al (een overzichtspagina van de site)"
    if stam in GERESERVEERDE_NAMEN:
        return f"'{stam}' is een naam die de site zelf gebruikt"
    return None
