"""A knowledge product as a document: which files the build makes for it, and what they hold.

One value (``Productdocument``) feeds the page's product section, the PDF (the same template) and the
Word file, so page and documents cannot disagree. A hand-made attachment in the same format (a designed
handreiking as PDF, a Word template) takes the place of the generated file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flexteam.inhoud.model import Bron, BronInItem, Item, Kennisproduct, Onderdeel
from flexteam.inhoud.paden import document_pad
from flexteam.inhoud.regels import TYPES_ZONDER_WORD, eigen_documenten, heeft_document, uitgeschreven
from flexteam.lezen.bestanden import BIJLAGE_FORMATEN

WORD, PDF = "docx", "pdf"


def formaatnaam(bestand: str) -> str:
    """The short name of a file's format in a download line: 'Word', 'PDF', 'CSV' (``lezen.bestanden.BIJLAGE_FORMATEN``)."""
    extensie = "." + bestand.rsplit(".", 1)[-1].lower()
    formaat = BIJLAGE_FORMATEN.get(extensie)
    return formaat.kort if formaat is not None else extensie[1:].upper()


CHECKLIST = "checklist"


def te_maken(item: Item) -> tuple[str, ...]:
    """The formats the build generates for ``item``: only for an available knowledge product whose YAML holds the
    product, and never a format the team supplies by hand."""
    if not isinstance(item, Kennisproduct) or item.status != "beschikbaar" or not uitgeschreven(item):
        return ()
    eigen = eigen_documenten(item)
    formaten = []
    if item.type not in TYPES_ZONDER_WORD and not eigen & {".docx", ".odt"}:
        formaten.append(WORD)
    if ".pdf" not in eigen:
        formaten.append(PDF)
    return tuple(formaten)


def met_document(item: Item) -> bool:
    """Whether a reader can download the product (generated or hand-made): the filter 'met document'."""
    return isinstance(item, Kennisproduct) and item.status == "beschikbaar" and heeft_document(item)


def item_tekst(item: Item) -> str:
    """All the running text of an item, its product included: where the glossary looks for the terms it explains."""
    delen = [item.titel, item.samenvatting, item.beschrijving]
    for onderdeel in getattr(item, "onderdelen", ()):
        delen += [onderdeel.titel, onderdeel.toelichting, onderdeel.tekst or "", *onderdeel.stappen, *onderdeel.punten]
        delen += [veld.vraag for veld in onderdeel.invulvelden]
    return " ".join(delen)


@dataclass(frozen=True)
class Productdocument:
    ident: str
    titel: str
    soort: str
    """The type's label, e.g. 'Checklist'."""
    samenvatting: str
    beschrijving: str
    """Markdown."""
    resultaat: tuple[str, ...]
    onderdelen: tuple[Onderdeel, ...]
    afvinken: bool
    """A checklist: its points are boxes to tick."""
    trefwoorden: tuple[str, ...]
    bronnen: tuple[Bron | BronInItem, ...]
    bijgewerkt: date
    auteur: str
    url: str
    """The page of the product on the site: the newest version."""

    def pad(self, formaat: str) -> str:
        return document_pad(self.ident, formaat)


def productdocument(item: Kennisproduct, soort: str, bronnen: tuple[Bron | BronInItem, ...], auteur: str,
                    url: str) -> Productdocument:
    return Productdocument(
        ident=item.id or "", titel=item.titel, soort=soort, samenvatting=item.samenvatting, beschrijving=item.beschrijving,
        resultaat=tuple(item.resultaat), onderdelen=tuple(item.onderdelen), afvinken=item.type == CHECKLIST,
        trefwoorden=tuple(item.trefwoorden), bronnen=bronnen, bijgewerkt=item.bijgewerkt, auteur=auteur, url=url,
    )
