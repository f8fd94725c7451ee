"""The documents of the site: a Word file and a tagged PDF per available knowledge product, and PDFs of pages.

Each knowledge product becomes one ``Productdocument`` (``weergave/document.py``); its PDF is the same Markdown
template as the product section of its page, its Word file is written from the same value. The documents are made
before the pages, so every page can say how large each download is. ``Documentcache`` makes a document again only
when what it is made from changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from flexteam.basis import opmaak
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Kennisproduct
from flexteam.inhoud.regio import Regio
from flexteam.site.documenten.cache import Documentcache
from flexteam.site.documenten.pdf import documenthtml, pdf_van
from flexteam.site.documenten.word import word_van
from flexteam.site.pagina import Download
from flexteam.site.praktijk import bronnen_van
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import item_pad, item_url
from flexteam.weergave.begrippen import termen_in
from flexteam.weergave.document import FORMAAT_NAMEN, PDF, WORD, Productdocument, item_tekst, productdocument, te_maken
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
                links.append(Downloadlink(doc.titel, FORMAAT_NAMEN[formaat], FORMAAT_NAMEN[formaat], doc.pad(formaat),
                                          len(inhoud), gegenereerd=True))
        for bijlage in getattr(item, "bijlagen", ()):
            inhoud = catalogus.bijlagen.get(bijlage.bestand) or b""
            formaat = FORMAAT_NAMEN.get(bijlage.bestand.rsplit(".", 1)[-1], bijlage.bestand.rsplit(".", 1)[-1].upper())
            links.append(Downloadlink(bijlage.titel, f"{formaat}: {bijlage.titel}", formaat, f"bijlagen/{bijlage.bestand}",
                                      len(inhoud), gegenereerd=False))
        if links:
            per_item[item.id or ""] = tuple(links)
    return Documenten(per_item=per_item, productdocumenten=documenten, downloads=tuple(downloads))


def _word(doc: Productdocument, cache: Documentcache) -> bytes:
    return cache.haal(WORD, repr(doc), lambda: word_van(doc))


def _pdf(doc: Productdocument, catalogus: Catalogus, site_url: str, cache: Documentcache) -> bytes:
    item = catalogus.item_per_id[doc.ident]
    tekst = render("document-kennisproduct.md.j2", item_pad(item), catalogus.regio, absoluut=site_url, doc=doc,
                   termen=termen_in(item_tekst(item), catalogus.begrippen))
    voet = f"{doc.titel} · {doc.auteur} · bijgewerkt {opmaak.datum(doc.bijgewerkt)}"
    html = documenthtml(tekst, titel=doc.titel, auteur=doc.auteur, onderwerp=doc.samenvatting, voet=voet,
                        gemaakt=doc.bijgewerkt, regio=catalogus.regio, trefwoorden=doc.trefwoorden)
    return cache.haal(PDF, html, lambda: pdf_van(html))


def pagina_pdf(tekst: str, *, titel: str, onderwerp: str, regio: Regio, gemaakt: date, cache: Documentcache,
               kort: str | None = None) -> bytes:
    """A generated page (rendered for a document, with ``absoluut``) as a tagged PDF with its title and generation date;
    ``kort`` is the title in the footer of every page."""
    voet = f"{kort or titel} · gemaakt op {opmaak.datum(gemaakt)}"
    html = documenthtml(tekst, titel=titel, auteur=regio.team, onderwerp=onderwerp, voet=voet, gemaakt=gemaakt,
                        regio=regio, met_kop=True)
    return cache.haal(PDF, html, lambda: pdf_van(html))
