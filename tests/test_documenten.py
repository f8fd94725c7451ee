"""Every available knowledge product is a document: a Word file to fill in and a tagged PDF, read back here with
python-docx and pypdf; the appendix and each municipality's summary are PDFs with exactly the figures of their page."""

from __future__ import annotations

import html
import re
import shutil
from collections import Counter
from datetime import timedelta
from pathlib import Path

import docx
import pypdf
import pytest
from conftest import MENUKAART, Bouwresultaat, bouw
from documenttekst import pdf_bladwijzers, pdf_tekst, word_tekst

from flexteam import laad_menukaart
from flexteam.basis.opmaak import bestandsgrootte, datum
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Kennisproduct, vandaag
from flexteam.site.documenten.cache import Documentcache
from flexteam.site.documenten.pdf import pdf_van
from flexteam.weergave.document import met_document


@pytest.fixture(scope="module")
def catalogus() -> Catalogus:
    return laad_menukaart(MENUKAART)


def _beschikbaar(catalogus: Catalogus) -> list[Kennisproduct]:
    return [k for k in catalogus.kennisproducten if k.status == "beschikbaar"]


def _eigen(k: Kennisproduct) -> set[str]:
    return {b.bestand.rsplit(".", 1)[-1] for b in k.bijlagen}


def _met_word(catalogus: Catalogus) -> list[Kennisproduct]:
    return [k for k in _beschikbaar(catalogus) if k.type != "factsheet" and not _eigen(k) & {"docx", "odt"}]


def test_elk_beschikbaar_kennisproduct_heeft_een_word_en_een_pdf(site: Bouwresultaat, catalogus: Catalogus) -> None:
    beschikbaar = _beschikbaar(catalogus)
    assert len(beschikbaar) >= 12, [k.id for k in beschikbaar]
    for k in beschikbaar:
        assert (site.site / "documenten" / f"{k.id}.pdf").is_file() or "pdf" in _eigen(k), k.id
        if k.type != "factsheet":
            assert (site.site / "documenten" / f"{k.id}.docx").is_file() or _eigen(k) & {"docx", "odt"}, k.id
    zonder = {k.id for k in catalogus.kennisproducten if k.status != "beschikbaar"}
    assert not any((site.site / "documenten" / f"{ident}.pdf").exists() for ident in zonder)


def test_het_wordbestand_heeft_titel_koppen_punten_en_velden(site: Bouwresultaat, catalogus: Catalogus) -> None:
    gecontroleerd = Counter[str]()
    for k in _met_word(catalogus):
        pad = site.site / "documenten" / f"{k.id}.docx"
        document = docx.Document(str(pad))
        eigen = document.core_properties
        assert (eigen.title, eigen.subject, eigen.author, eigen.language) == (
            k.titel, k.samenvatting, catalogus.regio.team, "nl-NL"), k.id
        koppen = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert koppen[0] == ("Heading 1", k.titel), k.id
        tweede = [tekst for stijl, tekst in koppen if stijl == "Heading 2"]
        assert [t for t in tweede if t in {o.titel for o in k.onderdelen}] == [o.titel for o in k.onderdelen], k.id
        tekst = word_tekst(pad)
        xml = document.element.xml
        for onderdeel in k.onderdelen:
            for regel in [*onderdeel.punten, *onderdeel.stappen, *(v.vraag for v in onderdeel.invulvelden)]:
                assert _plat(regel) in tekst, (k.id, regel)
            if onderdeel.tabel:
                for kolom in onderdeel.tabel.kolommen:
                    assert _plat(kolom) in tekst, (k.id, kolom)
        punten = sum(len(o.punten) for o in k.onderdelen)
        velden = sum(len(o.invulvelden) for o in k.onderdelen)
        tabellen = sum(1 for o in k.onderdelen if o.tabel)
        if k.type == "checklist":
            assert xml.count("<w14:checkbox>") == punten, k.id  # a box to tick for every point
            gecontroleerd["vakjes"] += punten
        assert xml.count('<w:tag w:val="invulveld"/>') == velden, k.id  # a field to type in for every question
        assert xml.count("<w:tblHeader") >= tabellen and xml.count("<w:tblCaption") >= tabellen, k.id
        gecontroleerd.update(velden=velden, tabellen=tabellen, bestanden=1)
    assert gecontroleerd["bestanden"] >= 5 and gecontroleerd["vakjes"] and gecontroleerd["velden"] and gecontroleerd["tabellen"], gecontroleerd


def test_de_pdf_is_getagd_en_heeft_titel_koppen_en_elk_punt(site: Bouwresultaat, catalogus: Catalogus) -> None:
    for k in _beschikbaar(catalogus):
        pad = site.site / "documenten" / f"{k.id}.pdf"
        if not pad.exists():
            continue
        lezer = pypdf.PdfReader(pad)
        wortel = lezer.trailer["/Root"]
        assert "/StructTreeRoot" in wortel and wortel["/MarkInfo"]["/Marked"], k.id
        assert wortel["/Lang"] == "nl-NL" and wortel["/ViewerPreferences"]["/DisplayDocTitle"], k.id
        assert lezer.metadata is not None and lezer.metadata.title == k.titel, k.id
        assert b"pdfuaid" in lezer.xmp_metadata.stream.get_data(), k.id  # declares PDF/UA-1
        bladwijzers = pdf_bladwijzers(pad)
        assert bladwijzers[0] == _plat(k.titel) and {_plat(o.titel) for o in k.onderdelen} <= set(bladwijzers), k.id
        tekst = pdf_tekst(pad)
        for onderdeel in k.onderdelen:
            for regel in [*onderdeel.punten, *onderdeel.stappen, *(v.vraag for v in onderdeel.invulvelden)]:
                assert _plat(regel) in tekst, (k.id, regel)
        assert re.search(r"Pagina 1 van \d+", tekst), k.id


def test_de_pagina_zegt_bovenaan_welk_formaat_en_hoe_groot(site: Bouwresultaat, catalogus: Catalogus) -> None:
    for k in _beschikbaar(catalogus):
        pagina = site.html(f"menukaart/{k.id}/")
        regel = re.search(r'<p class="fx-downloadregel">(.*?)</p>', pagina, re.S)
        assert regel, k.id
        links = re.findall(r'<a href="\.\./\.\./([^"]+)" download>([^<]+)</a> <span class="fx-bestandstype">\(([^)]+)\)</span>',
                           regel.group(1))
        assert links, k.id
        for pad, _, grootte in links:
            assert html.unescape(grootte) == bestandsgrootte((site.site / pad).stat().st_size), (k.id, pad)
        formaten = {label for _, label, _ in links}
        assert "PDF" in formaten or "pdf" in _eigen(k), k.id
        assert pagina.index("fx-downloadregel") < pagina.index('<h2 id="wat-houdt-het-in"')  # at the top


def test_kaarten_tonen_de_downloads_en_het_filter_kiest_met_document(site: Bouwresultaat, catalogus: Catalogus) -> None:
    pagina = site.html("menukaart/")
    assert 'value="met-document"' in pagina
    kaarten = re.findall(r'<li class="fx-kaart"[^>]*>', pagina)
    met = [k for k in kaarten if 'data-document="met-document"' in k]
    assert len(met) == sum(1 for item in catalogus.items if met_document(item)) >= 12
    assert pagina.count('class="fx-kaart__downloads"') == len(met)


_CIJFER = re.compile(r"€\s?-?\d{1,3}(?:\.\d{3})*,\d{2}|\d+(?:,\d+)?\s?%")


def _cijfers(tekst: str) -> Counter[str]:
    return Counter(re.sub(r"\s", "", c) for c in _CIJFER.findall(tekst))


def _paginatekst(pagina: str, alleen_tabellen: bool = False) -> str:
    inhoud = pagina[pagina.index("<article"):pagina.index("</article>")]
    inhoud = re.sub(r"<svg.*?</svg>", " ", inhoud, flags=re.S)  # a chart repeats its table
    if alleen_tabellen:
        inhoud = " ".join(re.findall(r"<table.*?</table>", inhoud, re.S))
    return html.unescape(re.sub(r"<[^>]+>", " ", inhoud))


def _zelfde_cijfers(pagina: str, pdf: Path) -> None:
    """Every figure in the PDF is on the page, and every figure in the page's tables is in the PDF as often."""
    in_pdf = _cijfers(pdf_tekst(pdf))
    in_tabellen = _cijfers(_paginatekst(pagina, alleen_tabellen=True))
    assert in_tabellen, "de pagina heeft geen cijfers in tabellen"
    assert not in_tabellen - in_pdf, in_tabellen - in_pdf
    assert set(in_pdf) <= set(_cijfers(_paginatekst(pagina))), set(in_pdf) - set(_cijfers(_paginatekst(pagina)))


def test_de_bijlage_als_pdf_heeft_precies_de_getallen_van_de_pagina(site: Bouwresultaat) -> None:
    pagina = site.html("kosten-en-bijdragen/")
    pdf = site.site / "kosten-en-bijdragen" / "kosten-en-bijdragen.pdf"
    _zelfde_cijfers(pagina, pdf)
    tekst = pdf_tekst(pdf)
    dagen = {datum(vandaag() - timedelta(days=n)) for n in (0, 1)}  # built today (or just before midnight)
    assert any(f"gemaakt op {dag}" in tekst for dag in dagen), dagen
    aantal = len(pypdf.PdfReader(pdf).pages)
    assert f"Pagina {aantal} van {aantal}" in tekst
    for label in ("vastgesteld", "afgeleid", "aanname"):
        assert label in tekst
    assert "kosten-en-bijdragen.pdf" in pagina and re.search(r"PDF</a> <span class=\"fx-bestandstype\">\(\d", pagina)


def test_elke_gemeente_heeft_een_pdf_met_haar_eigen_getallen(site: Bouwresultaat, catalogus: Catalogus) -> None:
    for gemeente in catalogus.gemeenten:
        pdf = site.site / "documenten" / "gemeenten" / f"{gemeente.id}.pdf"
        _zelfde_cijfers(site.html(f"voor-raadsleden/{gemeente.id}/"), pdf)
        assert pypdf.PdfReader(pdf).metadata.title == f"{gemeente.naam}: samenvatting voor de raad"
        assert f"documenten/gemeenten/{gemeente.id}.pdf" in site.html(f"gemeenten/{gemeente.id}/")
    andere = {g.naam for g in catalogus.gemeenten} - {catalogus.gemeenten[0].naam}
    eerste = pdf_tekst(site.site / "documenten" / "gemeenten" / f"{catalogus.gemeenten[0].id}.pdf")
    assert not [naam for naam in andere if f"{naam}:" in eerste]


@pytest.mark.parametrize("bron", [
    '<img src="https://example.org/teller.png" alt="x">',
    '<link rel="stylesheet" href="file:///etc/hostname">',
    '<img src="../../../../../../etc/hostname" alt="x">',
])
def test_een_document_haalt_niets_buiten_zijn_eigen_map(bron: str) -> None:
    from weasyprint.urls import FatalURLFetchingError

    with pytest.raises(FatalURLFetchingError):
        pdf_van(f'<!DOCTYPE html><html lang="nl-NL"><head><title>t</title></head><body><p>tekst</p>{bron}</body></html>')


def test_de_cache_maakt_een_document_een_keer_en_volgt_geen_koppeling(tmp_path: Path) -> None:
    gemaakt: list[str] = []

    def maak() -> bytes:
        gemaakt.append("x")
        return b"%PDF-1.7 inhoud"

    eerste = Documentcache(tmp_path)
    assert eerste.haal("pdf", "<p>a</p>", maak) == eerste.haal("pdf", "<p>a</p>", maak) == b"%PDF-1.7 inhoud"
    assert Documentcache(tmp_path).haal("pdf", "<p>a</p>", maak) == b"%PDF-1.7 inhoud"
    assert len(gemaakt) == 1
    (bestand,) = tmp_path.glob("*.pdf")
    geheim = tmp_path / "geheim"
    geheim.write_bytes(b"geheim")
    bestand.unlink()
    bestand.symlink_to(geheim)
    assert Documentcache(tmp_path).haal("pdf", "<p>a</p>", maak) == b"%PDF-1.7 inhoud"
    assert len(gemaakt) == 2


@pytest.mark.slow
def test_een_document_wordt_alleen_opnieuw_gemaakt_als_zijn_inhoud_verandert(menukaart_kopie: Path, tmp_path: Path) -> None:
    omgeving = {"MENUKAART_CACHE": str(tmp_path / "cache")}
    eerste = bouw(menukaart_kopie, tmp_path / "site1", env=omgeving)
    assert eerste.code == 0, eerste.uitvoer
    aantal = int(re.search(r"documenten: (\d+) gemaakt, 0 uit de cache", eerste.uitvoer).group(1))
    assert aantal >= 20
    tweede = bouw(menukaart_kopie, tmp_path / "site2", env=omgeving)
    assert f"documenten: 0 gemaakt, {aantal} uit de cache" in tweede.uitvoer, tweede.uitvoer
    bestand = menukaart_kopie / "kennisproducten" / "startcheck-dorpsaanpak.yml"
    bestand.write_text(bestand.read_text(encoding="utf-8").replace(
        "Er is een plek om bij elkaar te komen", "Er is een ruimte om bij elkaar te komen"), encoding="utf-8")
    derde = bouw(menukaart_kopie, tmp_path / "site3", env=omgeving)
    assert f"documenten: 2 gemaakt, {aantal - 2} uit de cache" in derde.uitvoer, derde.uitvoer
    assert "Er is een ruimte om bij elkaar te komen" in word_tekst(tmp_path / "site3" / "documenten" / "startcheck-dorpsaanpak.docx")
    assert "Er is een ruimte om bij elkaar te komen" in pdf_tekst(tmp_path / "site3" / "documenten" / "startcheck-dorpsaanpak.pdf")
    shutil.rmtree(tmp_path / "cache")


def _plat(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


def test_een_eigen_document_van_het_team_komt_in_de_plaats_van_het_gemaakte(mini_menukaart: Path) -> None:
    """A designed PDF under 'bijlagen' is the product's PDF: the build makes only the Word file, and the page offers both."""
    from flexteam.site.bouw import bouw_site

    (mini_menukaart / "bijlagen" / "sjabloon-wijkplan.pdf").write_bytes(b"%PDF-1.7\n% vormgegeven door het team\n%%EOF\n")
    bestand = mini_menukaart / "kennisproducten" / "sjabloon-wijkplan.yml"
    bestand.write_text(bestand.read_text(encoding="utf-8").replace(
        "  - {titel: Sjabloon, bestand: sjabloon-wijkplan.md}",
        "  - {titel: Sjabloon, bestand: sjabloon-wijkplan.md}\n  - {titel: Sjabloon wijkplan (vormgegeven), bestand: sjabloon-wijkplan.pdf}"),
        encoding="utf-8")
    bouw = bouw_site(laad_menukaart(mini_menukaart), cache=Documentcache())
    paden = {d.pad for d in bouw.downloads}
    assert "documenten/sjabloon-wijkplan.docx" in paden and "documenten/sjabloon-wijkplan.pdf" not in paden
    assert "bijlagen/sjabloon-wijkplan.pdf" in paden
    pagina = next(p.inhoud for p in bouw.paginas if p.pad == "menukaart/sjabloon-wijkplan.md")
    regel = re.search(r'<p class="fx-downloadregel">(.*?)</p>', pagina, re.S).group(1)
    assert 'documenten/sjabloon-wijkplan.docx" download>Word</a>' in regel
    assert 'bijlagen/sjabloon-wijkplan.pdf" download>PDF: Sjabloon wijkplan (vormgegeven)</a>' in regel
