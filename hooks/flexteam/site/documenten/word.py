"""A knowledge product as a Word file (python-docx), from the same ``Productdocument`` as its page and its PDF.

What makes it usable and accessible in Word: real headings (Kop 1 for the title, Kop 2 for the parts), numbered
lists that start at 1 in each part, tables with a header row that repeats on every page and a title for screen
readers, fields to type in (content controls), boxes to tick in a checklist (checkbox content controls), the
document's title, subject, author and keywords, and Dutch (nl-NL) as the language of the text.

Markdown from the YAML (description, explanations) is walked as markdown-it tokens, the one parser of the content:
paragraphs, lists, bold, italic, links and tables become their Word equivalents; nothing is passed on as markup.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from docx import Document
from docx.document import Document as Docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from markdown_it.token import Token

from flexteam.basis.opmaak import datum
from flexteam.inhoud.model import Bron, BronInItem, Invultabel, Invulveld, Onderdeel
from flexteam.lezen.markdown import markdown_parser
from flexteam.weergave.document import Productdocument

TAAL = "nl-NL"
INVULTEKST = "Klik of tik om tekst in te voeren."
_LEEG_VAKJE, _VOL_VAKJE = "2610", "2612"


def word_van(doc: Productdocument) -> bytes:
    """The .docx file of ``doc``: always the same bytes for the same content (the dates come from ``bijgewerkt``)."""
    word = Document()
    _eigenschappen(word, doc)
    _stijlen(word)
    word.add_heading(doc.titel, level=1)
    _alinea(word, f"{doc.soort} · {doc.auteur}", vet=True)
    _alinea(word, doc.samenvatting)
    word.add_heading("Waar gaat het over?", level=2)
    _markdown(word, doc.beschrijving)
    if doc.resultaat:
        word.add_heading("Wat levert het op?", level=2)
        for regel in doc.resultaat:
            word.add_paragraph(regel, style="List Bullet")
    for onderdeel in doc.onderdelen:
        _onderdeel(word, onderdeel, doc.afvinken)
    if doc.bronnen:
        word.add_heading("Bronnen", level=2)
        for bron in doc.bronnen:
            _bron(word, bron)
    word.add_heading("Over dit document", level=2)
    over = word.add_paragraph(f"Dit document is gemaakt uit dezelfde gegevens als de pagina op de site en bijgewerkt op "
                              f"{_datum(doc)}. De nieuwste versie staat op ")
    _link(over, doc.url, doc.url)
    over.add_run(".")
    _voettekst(word, doc)
    uit = io.BytesIO()
    word.save(uit)
    return uit.getvalue()


def _datum(doc: Productdocument) -> str:
    return datum(doc.bijgewerkt)


def _eigenschappen(word: Docx, doc: Productdocument) -> None:
    eigen = word.core_properties
    eigen.title = doc.titel
    eigen.subject = doc.samenvatting
    eigen.author = doc.auteur
    eigen.last_modified_by = doc.auteur
    eigen.category = doc.soort
    eigen.keywords = ", ".join(doc.trefwoorden)
    eigen.language = TAAL
    eigen.comments = f"De nieuwste versie staat op {doc.url}"
    eigen.identifier = doc.url
    moment = datetime.combine(doc.bijgewerkt, time(12, 0))
    eigen.created = eigen.modified = eigen.last_printed = moment
    eigen.revision = 1


def _stijlen(word: Docx) -> None:
    """Dutch for spelling and screen readers, in the defaults of every style; a readable body size."""
    standaard = word.styles.element.find(qn("w:docDefaults"))
    rpr = standaard.find(qn("w:rPrDefault")).find(qn("w:rPr")) if standaard is not None else None
    if rpr is not None:
        taal = rpr.find(qn("w:lang"))
        if taal is None:
            taal = _element("w:lang")
            rpr.append(taal)
        taal.set(qn("w:val"), TAAL)
        taal.set(qn("w:eastAsia"), TAAL)
    normaal = word.styles["Normal"]
    normaal.font.size = Pt(11)
    for naam in ("Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        word.styles[naam].font.color.rgb = RGBColor(0x0B, 0x3A, 0x5E)
    if "Invulveld" not in [s.name for s in word.styles]:
        word.styles.add_style("Invulveld", WD_STYLE_TYPE.PARAGRAPH).base_style = normaal


def _alinea(word: Docx, tekst: str, *, vet: bool = False, cursief: bool = False) -> Paragraph:
    alinea = word.add_paragraph()
    run = alinea.add_run(tekst)
    run.bold, run.italic = vet or None, cursief or None
    return alinea


def _onderdeel(word: Docx, onderdeel: Onderdeel, afvinken: bool) -> None:
    word.add_heading(onderdeel.titel, level=2)
    _alinea(word, onderdeel.toelichting, cursief=True)
    if onderdeel.tekst:
        _markdown(word, onderdeel.tekst, kop_niveau=3)
    if onderdeel.stappen:
        num = _nieuwe_nummering(word)
        for stap in onderdeel.stappen:
            _genummerd(word.add_paragraph(stap, style="List Number"), num)
    for punt in onderdeel.punten:
        if afvinken:
            _vakje(word, punt)
        else:
            word.add_paragraph(punt, style="List Bullet")
    if onderdeel.invulvelden:
        _invulvelden(word, onderdeel.invulvelden)
    if onderdeel.tabel is not None:
        _invultabel(word, onderdeel.tabel)


# --- fields, boxes and tables -------------------------------------------------------------------------------


def _invulvelden(word: Docx, velden: Sequence[Invulveld]) -> None:
    """Each question in bold, its help below, and a field to type in (a plain-text content control)."""
    for veld in velden:
        vraag = word.add_paragraph()
        vraag.add_run(veld.vraag).bold = True
        vraag.paragraph_format.keep_with_next = True
        if veld.uitleg:
            uitleg = _alinea(word, veld.uitleg, cursief=True)
            uitleg.paragraph_format.keep_with_next = True
        antwoord = word.add_paragraph(style="Invulveld")
        _tekstveld(antwoord, veld.vraag, meerdere_regels=veld.regels > 1)


def _tekstveld(alinea: Paragraph, titel: str, *, meerdere_regels: bool = False) -> None:
    """A content control with a grey prompt: Word shows 'Klik of tik om tekst in te voeren.' until someone types."""
    soort = _element("w:text", **({"w:multiLine": "1"} if meerdere_regels else {}))
    _besturingselement(alinea, titel, [_element("w:tag", **{"w:val": "invulveld"}), _element("w:showingPlcHdr"), soort],
                       INVULTEKST, kleur="595959")


def _vakje(word: Docx, tekst: str) -> None:
    """A box to tick (a checkbox content control, ☐ until clicked) followed by the point."""
    alinea = word.add_paragraph(style="List Paragraph")
    staten = [_element(naam, **{"w14:val": teken, "w14:font": "MS Gothic"})
              for naam, teken in (("w14:checkedState", _VOL_VAKJE), ("w14:uncheckedState", _LEEG_VAKJE))]
    vak = _element("w14:checkbox", _element("w14:checked", **{"w14:val": "0"}), *staten)
    _besturingselement(alinea, tekst, [vak], chr(int(_LEEG_VAKJE, 16)))
    alinea.add_run(" " + tekst)


def _besturingselement(alinea: Paragraph, naam: str, soort: list[Any], tekst: str, kleur: str | None = None) -> None:
    """A content control (w:sdt) at the end of ``alinea``: its name (what Word and a screen reader announce), what kind
    it is, and the text it shows."""
    opmaak = [_element("w:rPr", _element("w:color", **{"w:val": kleur}))] if kleur else []
    t = _element("w:t")
    t.text = tekst
    sdt = _element("w:sdt", _element("w:sdtPr", _element("w:alias", **{"w:val": naam[:64]}), *soort),
                   _element("w:sdtContent", _element("w:r", *opmaak, t)))
    alinea._p.append(sdt)


def _element(naam: str, *kinderen: Any, **kenmerken: str) -> Any:
    """An OOXML element with its attributes (by prefixed name, e.g. ``w:val``) and children."""
    element = OxmlElement(naam)
    for sleutel, waarde in kenmerken.items():
        element.set(qn(sleutel), waarde)
    for kind in kinderen:
        element.append(kind)
    return element


def _invultabel(word: Docx, tabel: Invultabel) -> None:
    _alinea(word, tabel.titel, vet=True).paragraph_format.keep_with_next = True
    rijen = [*tabel.rijen, *([[""] * len(tabel.kolommen)] * tabel.lege_rijen)]
    docx_tabel = _tabel(word, tabel.kolommen, rijen, tabel.titel)
    for rij in docx_tabel.rows[1:]:
        rij.height = Pt(24)


def _tabel(word: Docx, koppen: Sequence[str], rijen: Sequence[Sequence[str]], titel: str) -> Table:
    """A table with a header row that Word repeats on each page and reads out as headers, and a title (alt text)."""
    tabel: Table = word.add_table(rows=1 + len(rijen), cols=len(koppen))
    tabel.style = "Table Grid"
    for naam in ("w:tblCaption", "w:tblDescription"):
        tabel._tbl.tblPr.append(_element(naam, **{"w:val": titel[:255]}))
    kop = tabel.rows[0]
    kop._tr.get_or_add_trPr().append(_element("w:tblHeader", **{"w:val": "1"}))
    for cel, tekst in zip(kop.cells, koppen):
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    for rij, waarden in zip(tabel.rows[1:], rijen):
        for cel, tekst in zip(rij.cells, waarden):
            cel.text = tekst
    return tabel


# --- numbering ------------------------------------------------------------------------------------------------


def _nieuwe_nummering(word: Docx) -> int:
    """A new numbering instance of the 'List Number' list that starts at 1 (otherwise every list in the file counts on)."""
    nummering = word.part.numbering_part.numbering_definitions._numbering
    stijl = word.styles["List Number"].element
    basis = stijl.pPr.numPr.numId.val if stijl.pPr is not None and stijl.pPr.numPr is not None else 1
    abstract = next(n for n in nummering.num_lst if n.numId == basis).abstractNumId.val
    num = nummering.add_num(abstract)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    return int(num.numId)


def _genummerd(alinea: Paragraph, num: int, niveau: int = 0) -> None:
    numpr = alinea._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = niveau
    numpr.get_or_add_numId().val = num


# --- Markdown → Word ------------------------------------------------------------------------------------------


def _markdown(word: Docx, tekst: str, *, kop_niveau: int = 3) -> None:
    """Contributor Markdown as Word paragraphs: headings start at ``kop_niveau`` (under the part's own heading)."""
    tokens = markdown_parser().parse(tekst)
    niveaus = sorted({int(t.tag[1]) for t in tokens if t.type == "heading_open"})
    kop = {niveau: min(6, kop_niveau + rang) for rang, niveau in enumerate(niveaus)}
    lijsten: list[tuple[str, int | None]] = []
    citaat = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            word.add_heading("", level=kop[int(token.tag[1])])
            _inline(word.paragraphs[-1], tokens[index + 1])
            index += 3
            continue
        if token.type in ("bullet_list_open", "ordered_list_open"):
            genummerd = token.type == "ordered_list_open"
            lijsten.append(("nummer" if genummerd else "punt", _nieuwe_nummering(word) if genummerd else None))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lijsten.pop()
        elif token.type in ("blockquote_open", "blockquote_close"):
            citaat += 1 if token.type == "blockquote_open" else -1
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            if lijsten:
                soort, num = lijsten[-1]
                diepte = min(len(lijsten), 3)
                naam = ("List Number" if soort == "nummer" else "List Bullet") + ("" if diepte == 1 else f" {diepte}")
                alinea = word.add_paragraph(style=naam)
                if num is not None:
                    _genummerd(alinea, num, diepte - 1)
            elif citaat:
                alinea = word.add_paragraph(style="Quote")
            else:
                alinea = word.add_paragraph()
            _inline(alinea, token)
        elif token.type == "table_open":
            index = _markdown_tabel(word, tokens, index)
            continue
        elif token.type in ("fence", "code_block"):
            word.add_paragraph(token.content.rstrip("\n"), style="Quote")
        index += 1


def _markdown_tabel(word: Docx, tokens: list[Token], index: int) -> int:
    koppen: list[str] = []
    rijen: list[list[str]] = []
    in_kop = False
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "thead_open":
            in_kop = True
        elif token.type == "thead_close":
            in_kop = False
        elif token.type == "tr_open" and not in_kop:
            rijen.append([])
        elif token.type == "inline":
            (koppen if in_kop else rijen[-1]).append(token.content)
        index += 1
    if koppen:
        _tabel(word, koppen, [r + [""] * (len(koppen) - len(r)) for r in rijen], ", ".join(koppen))
    return index + 1


_OPMAAK = {"strong": "bold", "em": "italic", "s": "strike"}
"""markdown-it's inline markup → the font property of a Word run."""


def _inline(alinea: Paragraph, token: Token) -> None:
    aan: set[str] = set()
    link: str | None = None
    linktekst: list[str] = []
    for kind in token.children or ():
        soort, _, rand = kind.type.rpartition("_")
        if soort in _OPMAAK and rand in ("open", "close"):
            (aan.add if rand == "open" else aan.discard)(_OPMAAK[soort])
        elif kind.type == "link_open":
            link, linktekst = str(kind.attrs.get("href", "")), []
        elif kind.type == "link_close":
            if link is not None and link.startswith(("https://", "http://", "mailto:")):
                _link(alinea, link, "".join(linktekst))
            else:
                alinea.add_run("".join(linktekst))
            link = None
        elif kind.type in ("text", "code_inline", "softbreak"):
            tekst = " " if kind.type == "softbreak" else kind.content
            if link is not None:
                linktekst.append(tekst)
                continue
            run = alinea.add_run(tekst)
            for eigenschap in aan:
                setattr(run.font, eigenschap, True)
        elif kind.type == "hardbreak":
            alinea.add_run().add_break()


def _link(alinea: Paragraph, url: str, tekst: str) -> None:
    """A real hyperlink (python-docx has no function for it), underlined in the link colour."""
    r_id = alinea.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    t = _element("w:t", **{"xml:space": "preserve"})
    t.text = tekst
    opmaak = _element("w:rPr", _element("w:color", **{"w:val": "0B4F8A"}), _element("w:u", **{"w:val": "single"}))
    alinea._p.append(_element("w:hyperlink", _element("w:r", opmaak, t), **{"r:id": r_id}))


def _bron(word: Docx, bron: Bron | BronInItem) -> None:
    alinea = word.add_paragraph(style="List Bullet")
    titel = bron.titel or ""
    if bron.url:
        _link(alinea, bron.url, titel)
    else:
        alinea.add_run(titel)
    rest = [bron.uitgever or ""]
    if bron.datum:
        rest.append(datum(bron.datum))
    if bron.kenmerk:
        rest.append(bron.kenmerk)
    alinea.add_run(", " + ", ".join(d for d in rest if d))


def _voettekst(word: Docx, doc: Productdocument) -> None:
    """The footer on every page: title, date and page number (a PAGE field Word fills in)."""
    voet = word.sections[0].footer.paragraphs[0]
    voet.text = f"{doc.titel} · {doc.auteur} · bijgewerkt {_datum(doc)} · pagina "
    instructie = _element("w:instrText", **{"xml:space": "preserve"})
    instructie.text = " PAGE "
    for deel in (_element("w:fldChar", **{"w:fldCharType": "begin"}), instructie, _element("w:fldChar", **{"w:fldCharType": "end"})):
        voet.add_run()._r.append(deel)
    for run in voet.runs:
        run.font.size = Pt(9)
