"""Reading back what the site publishes as documents: the text of a PDF (pypdf) and of a Word file (python-docx)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf


def pdf_tekst(pad: Path) -> str:
    """All text of a PDF, pages joined, whitespace collapsed to single spaces."""
    lezer = pypdf.PdfReader(pad)
    return _plat(" ".join(pagina.extract_text() for pagina in lezer.pages))


def pdf_bladwijzers(pad: Path) -> list[str]:
    """The titles of every bookmark, depth first."""
    def plat(lijst: list) -> list[str]:
        titels: list[str] = []
        for ding in lijst:
            titels += plat(ding) if isinstance(ding, list) else [_plat(ding.title)]
        return titels

    return plat(pypdf.PdfReader(pad).outline)


def word_tekst(pad: Path) -> str:
    """All text of a Word file, also inside tables and content controls (which python-docx's .text leaves out)."""
    document = docx.Document(str(pad))
    return _plat(" ".join(t.text or "" for t in document.element.body.iter() if t.tag.endswith("}t")))


def _plat(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()
