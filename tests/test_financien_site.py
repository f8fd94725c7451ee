"""The appendix /kosten-en-bijdragen/ in a real build: figures, charts, downloads equal to the page, municipality pages."""

from __future__ import annotations

import csv
import io
import re
import shutil
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from conftest import MENUKAART, MINI, Bouwresultaat, bouw
from flexteam import laad_menukaart
from flexteam.basis.opmaak import bedrag

FINANCIEN = Path(__file__).resolve().parent / "voorbeelden" / "financien"
PAGINA = "kosten-en-bijdragen/"
NBSP = "\u00a0"

Cel = str | Decimal | None


def _menukaart(doel: Path) -> Path:
    """The mini menukaart with the decision's budget (2023-2026) and the twelve municipalities."""
    shutil.copytree(MINI, doel)
    shutil.rmtree(doel / "gemeenten")
    shutil.copytree(FINANCIEN, doel, dirs_exist_ok=True)
    return doel


@pytest.fixture(scope="module")
def gebouwd(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Bouwresultaat]:
    basis = tmp_path_factory.mktemp("financien-site")
    menukaart = _menukaart(basis / "menukaart")
    resultaat = bouw(menukaart, basis / "site")
    assert resultaat.code == 0, resultaat.uitvoer
    return menukaart, resultaat


# --- reading the HTML -------------------------------------------------------------------------------


class _Tabellen(HTMLParser):
    """Every table inside a ``<div class="fx-cijfers" id="tabel-…">``: caption, rows of cell texts, CSV link.

    A herkomst label (``<span class="fx-herkomst">``) is kept apart from its cell's text: ``labels`` holds, per
    row, the label of each cell (from the cell itself, or from its column heading), or None."""

    def __init__(self) -> None:
        super().__init__()
        self.tabellen: dict[str, dict[str, object]] = {}
        self._huidig: str | None = None
        self._diepte = 0
        self._cel: list[str] | None = None
        self._rij: list[str] | None = None
        self._caption: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        waarden = dict(attrs)
        if tag == "div" and self._huidig is None and (waarden.get("id") or "").startswith("tabel-"):
            self._huidig = (waarden["id"] or "")[len("tabel-"):]
            self.tabellen[self._huidig] = {"rijen": [], "labels": [], "caption": "", "csv": None, "xlsx": None}
            self._diepte = 0
            self._kop_labels: list[str | None] = []
        if self._huidig is None:
            return
        if tag == "div":
            self._diepte += 1
        elif tag == "tr":
            self._rij = []
            self._rij_labels: list[str | None] = []
        elif tag in {"td", "th"}:
            self._cel = []
            self._label: list[str] | None = None
        elif tag == "span" and "fx-herkomst" in (waarden.get("class") or "") and self._cel is not None:
            self._label = []
            self._in_label = True
        elif tag == "caption":
            self._caption = []
        elif tag == "a":
            href = waarden.get("href") or ""
            if href.endswith(".csv"):
                self.tabellen[self._huidig]["csv"] = href
            if href.endswith(".xlsx"):
                self.tabellen[self._huidig]["xlsx"] = href

    def handle_endtag(self, tag: str) -> None:
        if self._huidig is None:
            return
        tabel = self.tabellen[self._huidig]
        if tag == "span" and getattr(self, "_in_label", False):
            self._in_label = False
        elif tag in {"td", "th"} and self._cel is not None and self._rij is not None:
            self._rij.append("".join(self._cel).strip())
            self._rij_labels.append("".join(self._label).strip() if self._label is not None else None)
            self._cel = None
        elif tag == "tr" and self._rij is not None:
            if not tabel["rijen"]:  # type: ignore[truthy-function]
                self._kop_labels = self._rij_labels
            labels = [eigen or (self._kop_labels[i] if i < len(self._kop_labels) and self._rij[i] not in ("—", "nog niet bekend") else None)
                      for i, eigen in enumerate(self._rij_labels)]
            tabel["rijen"].append(self._rij)  # type: ignore[attr-defined]
            tabel["labels"].append(labels)  # type: ignore[attr-defined]
            self._rij = None
        elif tag == "caption" and self._caption is not None:
            tabel["caption"] = "".join(self._caption).strip()
            self._caption = None
        elif tag == "div":
            self._diepte -= 1
            if self._diepte == 0:
                self._huidig = None

    def handle_data(self, data: str) -> None:
        if getattr(self, "_in_label", False) and self._label is not None:
            self._label.append(data)
        elif self._cel is not None:
            self._cel.append(data)
        if self._caption is not None:
            self._caption.append(data)


def tabellen(html: str) -> dict[str, dict[str, object]]:
    parser = _Tabellen()
    parser.feed(html)
    return parser.tabellen


def uit_html(tekst: str) -> Cel:
    """'€ 1.518.461,52' → Decimal('1518461.52'); '12,3%' → Decimal('0.123'); '69.701' → 69701; '—' → None."""
    if tekst in ("—", "nog niet bekend"):
        return None
    kaal = tekst.replace("€" + NBSP, "")
    if re.fullmatch(r"-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?%?", kaal):
        getal = Decimal(kaal.rstrip("%").replace(".", "").replace(",", "."))
        return getal / 100 if kaal.endswith("%") else getal
    return tekst


def uit_csv(tekst: str, procent: bool) -> Cel:
    if tekst == "":
        return None
    if re.fullmatch(r"-?\d+(,\d+)?", tekst):
        getal = Decimal(tekst.replace(",", "."))
        return getal / 100 if procent else getal
    return tekst


def uit_xlsx(waarde: object) -> Cel:
    if waarde is None:
        return None
    if isinstance(waarde, (int, float)):
        return Decimal(str(waarde))
    return str(waarde)


def _rij(html_rij: list[str]) -> list[Cel]:
    return [uit_html(c) for c in html_rij]


# --- the appendix -----------------------------------------------------------------------------------


def test_bijlage_staat_in_de_navigatie_na_gemeenten(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    html = gebouwd[1].html(PAGINA)
    nav = re.findall(r'class="md-nav__link[^"]*"[^>]*>\s*<span class="md-ellipsis">\s*([^<]+?)\s*</span>', html)
    assert "Kosten en bijdragen" in nav
    assert nav.index("Kosten en bijdragen") == nav.index("Gemeenten") + 1


def test_bijlage_toont_de_bedragen_uit_het_besluit(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    html = gebouwd[1].html(PAGINA)
    begroting = tabellen(html)["begroting-per-jaar"]
    kop, *rijen = begroting["rijen"]  # type: ignore[misc]
    # One total to quote per year (the decision's), the two shares, and the total they add up to to the cent.
    assert kop == ["Jaar", "Status", "Totaal om te noemen", "Provincie", "Gemeenten samen", "Provincie en gemeenten, tot op de cent"]
    per_jaar = {r[0]: r for r in rijen}
    labels = {r[0]: l for r, l in zip(rijen, begroting["labels"][1:])}  # type: ignore[index]
    assert per_jaar["2023"][2:6] == [f"€{NBSP}783.109,00", f"€{NBSP}258.425,81", f"€{NBSP}524.682,71", f"€{NBSP}783.108,52"]
    assert labels["2023"][2:6] == ["vastgesteld", "vastgesteld", "afgeleid", "afgeleid"]
    for jaar in ("2024", "2025"):
        assert per_jaar[jaar][2:6] == [f"€{NBSP}1.518.462,00", f"€{NBSP}501.092,30", f"€{NBSP}1.017.369,22", f"€{NBSP}1.518.461,52"]
    for jaar, rij in per_jaar.items():
        assert uit_html(rij[3]) + uit_html(rij[4]) == uit_html(rij[5]), jaar  # type: ignore[operator]
    # Without a decision (2026) the total to quote is the computed one, and its label says so.
    assert per_jaar["2026"][1] == "onder voorbehoud"
    assert per_jaar["2026"][2] == per_jaar["2026"][5] == f"€{NBSP}1.518.461,52"
    assert labels["2026"][2:4] == ["afgeleid", "afgeleid"]
    assert "De provincie wil doorgaan als de evaluatie goed is en de begroting 2026 is goedgekeurd." in html
    # the decreed figures, the derived cent totals and the third-versus-33% difference
    tekst = re.sub(r"<[^>]+>", "", html)
    assert f"elk totaal van €{NBSP}1.518.461,50 tot en met €{NBSP}1.518.461,53 geeft dezelfde bijdrage" in tekst
    assert f"Een derde van €{NBSP}1.518.462 is €{NBSP}506.154,00; de provincie betaalt €{NBSP}501.092,30. " \
           f"Het verschil in 2024: €{NBSP}5.061,70" in tekst
    assert f"Het verschil in 2023: €{NBSP}2.610,52" in tekst


def test_bijlage_legt_uit_hoe_we_rekenen_en_meldt_voorbeeldwaarden(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    html = gebouwd[1].html(PAGINA)
    tekst = re.sub(r"<[^>]+>", "", html)
    assert 'class="admonition warning"' in html and "Voorbeeldwaarden" in tekst
    assert f"33% van €{NBSP}783.108,52 is €{NBSP}258.425,8116. Afgerond is dat €{NBSP}258.425,81." in tekst
    assert "half naar boven" in tekst
    assert "grootste rest" in tekst and "alfabet" in tekst
    assert "UTF-8 met BOM, een puntkomma tussen de velden en een komma voor decimalen" in tekst
    assert "Meer waard dan de uren" in tekst and "kennisproducten" in tekst


def test_verdeling_per_jaar_telt_op_tot_het_totaal_op_de_pagina(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    alle = tabellen(gebouwd[1].html(PAGINA))
    for jaar, totaal in (("2023", "783108.52"), ("2024", "1518461.52"), ("2025", "1518461.52"), ("2026", "1518461.52")):
        kop, *rijen = alle[f"verdeling-{jaar}"]["rijen"]  # type: ignore[misc]
        gemeenten = [_rij(r) for r in rijen[:-3]]
        samen, provincie, totaalrij = (_rij(r) for r in rijen[-3:])
        assert len(gemeenten) == 12
        assert totaalrij[0] == "Totaal begroting" and totaalrij[4] == Decimal(totaal)
        labels = alle[f"verdeling-{jaar}"]["labels"][1:]  # type: ignore[index]
        assert all(l[4] == "voorbeeld" for l in labels[:-3])  # every contribution says it is an example
        assert labels[-2][4] == ("afgeleid" if jaar == "2026" else "vastgesteld") and labels[-1][4] == "afgeleid"
        assert sum(g[4] for g in gemeenten) == samen[4]  # type: ignore[misc]
        assert samen[4] + provincie[4] == Decimal(totaal)  # type: ignore[operator]
        for g in gemeenten:
            assert g[2] + g[3] == g[4]  # type: ignore[operator]
            assert min(g[2], g[3]) >= 0  # type: ignore[type-var]


def test_een_jaar_tegelijk_met_een_schaal_voor_alle_jaren(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    html = gebouwd[1].html(PAGINA)
    # A year switcher of plain links; each year a details block, only the last decided year open.
    keuze = re.search(r'<nav class="fx-jaarkeuze" aria-label="Kies een jaar">.*?</nav>', html, re.S)
    assert keuze and re.findall(r'href="#jaar-(\d{4})"', keuze.group(0)) == ["2023", "2024", "2025", "2026"]
    blokken = re.findall(r'<details class="fx-jaar"( open)?>\s*<summary><h3 id="jaar-(\d{4})">', html)
    assert [(jaar, bool(open_)) for open_, jaar in blokken] == [("2023", False), ("2024", False), ("2025", True), ("2026", False)]
    # One scale: Emmen's bar is as long per euro in every year.
    alle = tabellen(html)
    per_euro = set()
    for jaar in ("2024", "2025", "2026"):
        svg = re.search(rf'<svg[^>]*aria-labelledby="grafiek-verdeling-{jaar}-titel.*?</svg>', html, re.S).group(0)  # type: ignore[union-attr]
        rij = re.search(r'font-weight="bold">Emmen</text>(.*?)<text', svg, re.S).group(1)  # type: ignore[union-attr]
        breedte = sum(Decimal(b) for b in re.findall(r'width="([0-9.]+)"', rij))
        totaal = next(_rij(r)[4] for r in alle[f"verdeling-{jaar}"]["rijen"] if r[0] == "Emmen")  # type: ignore[attr-defined]
        per_euro.add(round(breedte / totaal * 10**6))  # type: ignore[operator]
    assert len(per_euro) == 1, per_euro


def test_grafieken_zijn_toegankelijke_svg_met_tabel_ernaast(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    html = gebouwd[1].html(PAGINA)
    blokken = re.findall(r'<div class="fx-grafiek">(.*?)</figure>\s*<div class="fx-cijfers" id="tabel-([a-z0-9-]+)"', html, re.S)
    assert {sleutel for _, sleutel in blokken} == {
        "begroting-per-jaar", "verdeling-2023", "verdeling-2024", "verdeling-2025", "verdeling-2026", "capaciteit-en-vraag"}
    for svg, _ in blokken:
        kop = re.search(r'<svg [^>]*role="img" aria-labelledby="([^"]+) ([^"]+)"', svg)
        assert kop, svg[:300]
        assert re.search(rf'<title id="{kop.group(1)}">[^<]+</title>\s*<desc id="{kop.group(2)}">[^<]+</desc>', svg)
    assert "<script" not in "".join(svg for svg, _ in blokken)
    # the table region beside each chart is focusable and named, as in the tabel macro
    assert html.count('role="region" tabindex="0" aria-label=') >= len(blokken)


def test_downloads_bevatten_precies_de_getallen_van_de_pagina(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    site = gebouwd[1].site
    html = gebouwd[1].html(PAGINA)
    alle = tabellen(html)
    assert len(alle) == 10
    blok = html[html.index('<div class="fx-downloadregel fx-downloadblok">'):html.index("</details>")]
    assert 'href="kosten-en-bijdragen.xlsx" download>Excel</a>' in blok and 'href="kosten-en-bijdragen.pdf" download>PDF</a>' in blok
    assert "Download deze tabel" not in html
    werkboek = openpyxl.load_workbook(site / "kosten-en-bijdragen" / "kosten-en-bijdragen.xlsx")
    bladen = werkboek.sheetnames[1:]
    assert werkboek.sheetnames[0] == "Toelichting" and len(bladen) == len(alle)
    for (sleutel, tabel), blad in zip(alle.items(), bladen):
        html_rijen = tabel["rijen"]  # type: ignore[assignment]
        # One download block at the top lists every table's CSV file (no link under each table any more).
        assert tabel["csv"] is None and f'href="{sleutel}.csv" download>{tabel["caption"]}</a>' in blok, sleutel
        ruw = (site / "kosten-en-bijdragen" / f"{sleutel}.csv").read_bytes()
        assert ruw.startswith(b"\xef\xbb\xbf"), sleutel
        csv_rijen = list(csv.reader(io.StringIO(ruw.decode("utf-8-sig")), delimiter=";"))
        xlsx_rijen = [[str(c) if c is not None else "" for c in csv_rijen[0]]] + [
            list(r) for r in list(werkboek[blad].iter_rows(values_only=True))[1:]]
        for bestand, rijen_ in (("csv", csv_rijen), ("xlsx", xlsx_rijen)):
            kop = [str(k) for k in rijen_[0]]
            waarden = [i for i, k in enumerate(kop) if not k.startswith("Herkomst: ")]
            assert [kop[i].removesuffix(" (%)") for i in waarden] == html_rijen[0], (sleutel, bestand)  # type: ignore[index]
            procent = [kop[i].endswith(" (%)") for i in waarden]
            lees = (lambda c, p: uit_csv(c, p)) if bestand == "csv" else (lambda c, p: uit_xlsx(c))
            assert [[lees(r[i], p) for i, p in zip(waarden, procent)] for r in rijen_[1:]] == [_rij(r) for r in html_rijen[1:]], (sleutel, bestand)  # type: ignore[index]
            # the label of every figure travels along: its herkomst column starts with the same word
            for rij, labels in zip(rijen_[1:], tabel["labels"][1:]):  # type: ignore[index]
                for positie, i in enumerate(waarden):
                    if labels[positie]:
                        assert kop[i + 1] == f"Herkomst: {kop[i].removesuffix(' (%)')}", (sleutel, kop)
                        assert str(rij[i + 1]).lower().startswith(labels[positie]), (sleutel, bestand, rij, labels)
        assert [str(c) for c in list(werkboek[blad].iter_rows(values_only=True))[0]] == [
            k.removesuffix(" (%)") for k in csv_rijen[0]], blad


def test_csv_is_voor_nederlandse_excel(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    tekst = (gebouwd[1].site / "kosten-en-bijdragen" / "verdeling-2024.csv").read_bytes().decode("utf-8-sig")
    regels = tekst.split("\r\n")
    assert regels[0].startswith("Gemeente;Inwoners op 1 januari 2024;Herkomst: Inwoners op 1 januari 2024;Vaste bijdrage;"
                                "Herkomst: Vaste bijdrage;Naar inwoners;Herkomst: Naar inwoners;Totaal;Herkomst: Totaal")
    emmen = next(r for r in regels if r.startswith("Emmen;"))
    assert emmen.startswith("Emmen;109346;Vastgesteld: Testtabel bevolking op 1 januari, CBS.;30000,00;Voorbeeld, geen echt getal.")
    assert any(r.startswith("Totaal begroting;;;;;;;1518461,52;Afgeleid: ") for r in regels), regels


def test_gemeentepagina_toont_dezelfde_bijdrage_als_de_bijlage(gebouwd: tuple[Path, Bouwresultaat]) -> None:
    bijlage = tabellen(gebouwd[1].html(PAGINA))
    for ident, naam in (("emmen", "Emmen"), ("westerveld", "Westerveld")):
        html = gebouwd[1].html(f"gemeenten/{ident}/")
        eigen = tabellen(html)[f"bijdrage-{ident}"]
        assert eigen["caption"] == f"Bijdrage van {naam} en uren in afspraken per jaar"
        kop, *rijen = eigen["rijen"]  # type: ignore[misc]
        assert kop[4] == "Totaal bijdrage" and kop[9] == "Aandeel in alle afgesproken uren"
        assert all(l[4] == "voorbeeld" for l in eigen["labels"][1:])  # type: ignore[index]
        for rij in rijen:
            verdeling = next(r for r in bijlage[f"verdeling-{rij[0]}"]["rijen"] if r[0] == naam)  # type: ignore[attr-defined]
            assert rij[2:6] == verdeling[2:6]
        assert "Voorbeeldwaarden" in html
        assert 'href="../../kosten-en-bijdragen/#bijdrage-per-gemeente"' in html
    emmen = {r[0]: r for r in tabellen(gebouwd[1].html("gemeenten/emmen/"))["bijdrage-emmen"]["rijen"][1:]}  # type: ignore[attr-defined]
    assert emmen["2024"][8:] == ["500", "53,2%"]  # 500 of 940 agreed hours in 2024


# --- builds -----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_wijziging_van_begroting_verandert_alle_paginas_in_een_bouw(gebouwd: tuple[Path, Bouwresultaat], tmp_path: Path) -> None:
    menukaart = _menukaart(tmp_path / "menukaart")
    pad = menukaart / "begroting.yml"
    tekst = pad.read_text(encoding="utf-8")
    oud = ("    vaste_bijdrage_per_gemeente: {waarde: 30000.00, herkomst: voorbeeld, levert: de samenwerkingsbegroting}\n"
           "    team_fte: {waarde: 12, herkomst: voorbeeld, levert: het team}\n    begrotingsposten:")
    assert tekst.count(oud) == 1  # the 2024 year
    pad.write_text(tekst.replace(oud, oud.replace("30000.00", "40000.00")), encoding="utf-8")
    resultaat = bouw(menukaart, tmp_path / "site")
    assert resultaat.code == 0, resultaat.uitvoer

    verwacht = next(j for j in laad_menukaart(menukaart).financien.jaren if j.jaar == 2024).bijdrage_van("emmen")
    assert verwacht is not None and verwacht.vast == Decimal("40000.00")
    nieuw_bedrag = bedrag(verwacht.totaal)
    oud_bijlage = tabellen(gebouwd[1].html(PAGINA))
    nieuw_bijlage = tabellen(resultaat.html(PAGINA))
    emmen_oud = next(r for r in oud_bijlage["verdeling-2024"]["rijen"] if r[0] == "Emmen")  # type: ignore[attr-defined]
    emmen_nieuw = next(r for r in nieuw_bijlage["verdeling-2024"]["rijen"] if r[0] == "Emmen")  # type: ignore[attr-defined]
    assert emmen_nieuw[4] == nieuw_bedrag != emmen_oud[4]
    # the other years did not change
    assert nieuw_bijlage["verdeling-2025"]["rijen"] == oud_bijlage["verdeling-2025"]["rijen"]
    # the municipality page, the CSV and the Excel file of the same build follow
    gemeente = {r[0]: r for r in tabellen(resultaat.html("gemeenten/emmen/"))["bijdrage-emmen"]["rijen"][1:]}  # type: ignore[attr-defined]
    assert gemeente["2024"][4] == nieuw_bedrag
    csv_tekst = (resultaat.site / "kosten-en-bijdragen" / "verdeling-2024.csv").read_text(encoding="utf-8-sig")
    assert "Emmen;109346;Vastgesteld: Testtabel bevolking op 1 januari, CBS.;40000,00;" in csv_tekst
    assert f";{verwacht.inwonersdeel:f};".replace(".", ",") in csv_tekst
    blad = openpyxl.load_workbook(resultaat.site / "kosten-en-bijdragen" / "kosten-en-bijdragen.xlsx")["Verdeling 2024"]
    emmen_xlsx = next(r for r in blad.iter_rows(values_only=True) if r[0] == "Emmen")
    assert Decimal(str(emmen_xlsx[7])) == verwacht.totaal


@pytest.mark.slow
def test_downloads_zijn_byte_gelijk_bij_elke_bouw(gebouwd: tuple[Path, Bouwresultaat], tmp_path: Path) -> None:
    menukaart, eerste = gebouwd
    tweede = bouw(menukaart, tmp_path / "site")
    assert tweede.code == 0, tweede.uitvoer
    map_een, map_twee = eerste.site / "kosten-en-bijdragen", tweede.site / "kosten-en-bijdragen"
    bestanden = sorted(p.name for p in map_een.iterdir() if p.suffix in {".csv", ".xlsx"})
    assert "kosten-en-bijdragen.xlsx" in bestanden and len(bestanden) == 11
    for naam in bestanden:
        assert (map_een / naam).read_bytes() == (map_twee / naam).read_bytes(), naam


# --- the shipped content ----------------------------------------------------------------------------


@pytest.mark.skipif(not (MENUKAART / "begroting.yml").is_file(), reason="menukaart/begroting.yml bestaat nog niet")
def test_gepubliceerde_site_heeft_de_bedragen_uit_het_besluit(site: Bouwresultaat) -> None:
    tabel = tabellen(site.html(PAGINA))["begroting-per-jaar"]
    per_jaar = {r[0]: r for r in tabel["rijen"][1:]}  # type: ignore[index]
    labels = {r[0]: l for r, l in zip(tabel["rijen"][1:], tabel["labels"][1:])}  # type: ignore[index]
    assert per_jaar["2023"][3] == f"€{NBSP}258.425,81"
    assert per_jaar["2024"][3] == per_jaar["2025"][3] == f"€{NBSP}501.092,30"
    assert per_jaar["2023"][2] == f"€{NBSP}783.109,00" and per_jaar["2024"][2] == f"€{NBSP}1.518.462,00"
    assert labels["2024"][2] == labels["2024"][3] == "vastgesteld" and labels["2024"][5] == "afgeleid"
    assert per_jaar["2026"][1] == "onder voorbehoud" and labels["2026"][2] == "aanname"
