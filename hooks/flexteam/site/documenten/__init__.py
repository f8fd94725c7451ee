"""The documents of the site: a Word file and a tagged PDF per available knowledge product, and PDFs of pages.

Each knowledge product becomes one ``Productdocument`` (``weergave/document.py``); its PDF is the same Markdown
template as the product section of its page, its Word file is written from the same value. The documents are made
before the pages, so every page can say how large each download is. ``Documentcache`` makes a document again only
when what it is made from changed.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from flexteam.basis import opmaak
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Kennisproduct
from flexteam.inhoud.paden import BIJLAGEN_MAP
from flexteam.inhoud.regio import Regio
from flexteam.site.documenten.cache import Documentcache
from flexteam.site.documenten.pdf import documenthtml, pdf_van
from flexteam.site.pagina import Download
from flexteam.site.praktijk import bronnen_van
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import item_pad, item_url
from flexteam.weergave.begrippen import termen_in
from flexteam.weergave.document import PDF, WORD, Productdocument, formaatnaam, item_tekst, productdocument, te_maken
from flexteam.weergave.filters import Labels

__all__ = ["Documentcache", "Documenten", "Downloadlink", "maak_documenten", "pagina_pdf"]


@dataclass(frozen=True)
class Downloadlink:
    titel: str
    """What the file is, e.g. the product's title or the attachment's."""
    label: str
    """The link text in the download line at the top of a page: 'Word', 'PDF' or 'Excel: Stakeholderanalyse'."""
    formaat: str
    pad: str
    grootte: int
    gegenereerd: bool


@dataclass(frozen=True)
class Documenten:
    per_item: Mapping[str, tuple[Downloadlink, ...]]
    """Every download of an item (its generated documents first, then the attachments), by item id."""
    productdocumenten: Mapping[str, Productdocument]
    downloads: tuple[Download, ...]


def maak_documenten(catalogus: Catalogus, site_url: str, cache: Documentcache) -> Documenten:
    labels = Labels(catalogus)
    per_item: dict[str, tuple[Downloadlink, ...]] = {}
    documenten: dict[str, Productdocument] = {}
    downloads: list[Download] = []
    for item in catalogus.items:
        links: list[Downloadlink] = []
        formaten = te_maken(item)
        if formaten and isinstance(item, Kennisproduct):
            doc = productdocument(item, labels.type(item.type), tuple(bronnen_van(catalogus, item.bronnen)),
                                  catalogus.regio.team, item_url(item, site_url))
            documenten[doc.ident] = doc
            for formaat in formaten:
                inhoud = _word(doc, cache) if formaat == WORD else _pdf(doc, catalogus, site_url, cache)
                downloads.append(Download(doc.pad(formaat), inhoud))
                naam = formaatnaam(doc.pad(formaat))
                links.append(Downloadlink(doc.titel, naam, naam, doc.pad(formaat), len(inhoud), gegenereerd=True))
        for bijlage in getattr(item, "bijlagen", ()):
            inhoud = catalogus.bijlagen.get(bijlage.bestand) or b""
            naam = formaatnaam(bijlage.bestand)
            links.append(Downloadlink(bijlage.titel, f"{naam}: {bijlage.titel}", naam, posixpath.join(BIJLAGEN_MAP, bijlage.bestand),
                                      len(inhoud), gegenereerd=False))
        if links:
            per_item[item.id or ""] = tuple(links)
    return Documenten(per_item=per_item, productdocumenten=documenten, downloads=tuple(downloads))


def _word(doc: Productdocument, cache: Documentcache) -> bytes:
    def maak() -> bytes:
        from flexteam.site.documenten.word import word_van  # python-docx only when a file is made: ± 0,15 s per build

        return word_van(doc)

    return cache.haal(WORD, repr(doc), maak)


def _maak_pdf(tekst: str, **kop: Any) -> Callable[[], bytes]:
    return lambda: pdf_van(documenthtml(tekst, **kop))


def _sleutel(tekst: str, **kop: Any) -> str:
    """What a PDF is made from (the Markdown and its title, author, footer, date): the HTML and the PDF follow from
    it, so a document in the cache costs no Markdown conversion (± 0,02 s a page)."""
    return repr(sorted(kop.items())) + "\0" + tekst


def _pdf(doc: Productdocument, catalogus: Catalogus, site_url: str, cache: Documentcache) -> bytes:
    item = catalogus.item_per_id[doc.ident]
    tekst = render("document-kennisproduct.md.j2", item_pad(item), catalogus.regio, absoluut=site_url, doc=doc,
                   termen=termen_in(item_tekst(item), catalogus.begrippen))
    kop = dict(titel=doc.titel, auteur=doc.auteur, onderwerp=doc.samenvatting, gemaakt=doc.bijgewerkt,
               voet=f"{doc.titel} · {doc.auteur} · bijgewerkt {opmaak.datum(doc.bijgewerkt)}", trefwoorden=doc.trefwoorden)
    return cache.haal(PDF, _sleutel(tekst, **kop), _maak_pdf(tekst, regio=catalogus.regio, **kop))


def pagina_pdf(tekst: str, *, titel: str, onderwerp: str, regio: Regio, gemaakt: date, cache: Documentcache,
               kort: str | None = None) -> bytes:
    """A generated page (rendered for a document, with ``absoluut``) as a tagged PDF with its title and generation date;
    ``kort`` is the title in the footer of every page."""
    kop = dict(titel=titel, auteur=regio.team, onderwerp=onderwerp, gemaakt=gemaakt, met_kop=True,
               voet=f"{kort or titel} · gemaakt op {opmaak.datum(gemaakt)}")
    return cache.haal(PDF, _sleutel(tekst, **kop), _maak_pdf(tekst, regio=regio, **kop))
