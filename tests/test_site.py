"""The real site, built with MkDocs into a temporary folder, read as HTML."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import MENUKAART, REPO, Bouwresultaat, bouw
from flexteam import laad_menukaart
from flexteam.site.zoekindex import geindexeerde_tekst
from flexteam.weergave.document import met_document

CATALOGUS = laad_menukaart(MENUKAART)


_LAADBARE_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch", "preconnect", "dns-prefetch"}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.bronnen: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        waarden = dict(attrs)
        if tag == "a" and waarden.get("href"):
            self.links.append((tag, waarden["href"] or ""))
        if tag == "link" and not set((waarden.get("rel") or "").split()) & _LAADBARE_LINKS:
            return  # canonical, alternate: an address, not a request
        for attr in ("src", "href", "data"):
            if tag in {"script", "img", "link", "iframe", "source", "video", "audio", "embed", "object"} and waarden.get(attr):
                self.bronnen.append((tag, waarden[attr] or ""))


def _links(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def _titel(html: str) -> str:
    gevonden = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert gevonden, "geen h1"
    return re.sub(r"<[^>]+>", "", gevonden.group(1)).strip()


def test_elk_item_heeft_een_pagina_met_zijn_titel(site: Bouwresultaat) -> None:
    import html as html_module

    for item in CATALOGUS.items:
        pagina = site.html(f"menukaart/{item.id}/")
        assert html_module.unescape(_titel(pagina)) == item.titel
        assert html_module.escape(item.samenvatting, quote=False) in pagina


def test_overzicht_heeft_een_kaart_met_filterwaarden_voor_elk_item(site: Bouwresultaat) -> None:
    pagina = site.html("menukaart/")
    kaarten = re.findall(r'<li class="fx-kaart" data-soort="([^"]*)" data-type="([^"]*)" data-document="([^"]*)" data-thema="([^"]*)" data-fase="([^"]*)" data-doelgroep="([^"]*)"(?: data-werkplan-item="[^"]*")?>\s*<h3[^>]*><a href="([^"]+)"', pagina)
    assert len(kaarten) == len(CATALOGUS.items)
    per_link = {link: kaart for *kaart, link in kaarten}
    for item in CATALOGUS.items:
        soort, soort_type, document, thema, fase, doelgroep = per_link[f"{item.id}/"]
        assert document == ("met-document" if met_document(item) else "")
        assert thema.split() == list(item.thema)
        assert fase.split() == list(item.fase)
        assert doelgroep.split() == list(item.doelgroep)
        assert soort == item.soort
    # Filters are progressive enhancement: the form is hidden until the script shows it.
    assert re.search(r'<form class="fx-filters" id="fx-filters" data-fx-filters hidden', pagina)
    assert 'role="status" aria-live="polite"' in pagina


def test_kennisbank_groepeert_kennisproducten_per_type(site: Bouwresultaat) -> None:
    pagina = site.html("kennisbank/")
    for soort in CATALOGUS.taxonomie.kennisproduct_types:
        items = [k for k in CATALOGUS.kennisproducten if k.type == soort.id]
        if not items:
            continue
        met = [k for k in items if met_document(k)]
        sectie = re.search(rf'<section class="fx-groep" id="type-{soort.id}".*?</section>', pagina, re.S)
        assert bool(sectie) == bool(met), soort.id
        for item in met:
            # Each document is listed under its type with its downloads, so the library is one click from the file.
            blok = re.search(rf'<li>\s*<p class="fx-documentlijst__titel"><a href="../menukaart/{item.id}/">.*?</li>', sectie.group(0), re.S)
            assert blok and 'download>PDF' in blok.group(0), item.id
    # A product whose document is still to come is listed once, at the end, not as a download.
    wacht = re.search(r'<section class="fx-groep" id="in-voorbereiding".*?</section>', pagina, re.S)
    zonder = [k for k in CATALOGUS.kennisproducten if not met_document(k)]
    assert zonder and wacht
    for item in zonder:
        assert pagina.count(f'href="../menukaart/{item.id}/"') == 1
        assert f'href="../menukaart/{item.id}/"' in wacht.group(0)
    for dienst in CATALOGUS.diensten:
        assert f'href="../menukaart/{dienst.id}/"' not in pagina


def test_gemeenten_hebben_een_pagina_en_staan_in_tegelkaart_en_tabel(site: Bouwresultaat) -> None:
    overzicht = site.html("gemeenten/")
    assert len(CATALOGUS.gemeenten) == 12
    for gemeente in CATALOGUS.gemeenten:
        pagina = site.html(f"gemeenten/{gemeente.id}/")
        assert _titel(pagina) == gemeente.naam
        assert gemeente.cbs_code in pagina
        assert overzicht.count(f'href="{gemeente.id}/"') == 2  # tile and table row
        for afspraak in gemeente.afspraken:
            assert f'href="../../menukaart/{afspraak.item}/"' in pagina


def test_itempagina_toont_afspraken_van_gemeenten(site: Bouwresultaat) -> None:
    for item_id, afspraken in CATALOGUS.afspraken_per_item.items():
        pagina = site.html(f"menukaart/{item_id}/")
        for gemeente, _ in afspraken:
            assert f'href="../../gemeenten/{gemeente.id}/"' in pagina
    # A section with nothing to say is left out: a service without agreements has no empty Afspraken heading.
    zonder = [d for d in CATALOGUS.diensten if not CATALOGUS.afspraken_per_item.get(d.id or "")]
    for dienst in zonder:
        pagina = site.html(f"menukaart/{dienst.id}/")
        assert 'id="afspraken-met-gemeenten"' not in pagina and 'id="aanvragen"' in pagina, dienst.id


def test_gerelateerd_in_beide_richtingen(site: Bouwresultaat) -> None:
    gevonden = 0
    for item in CATALOGUS.items:
        for doel in item.gerelateerd:
            assert f'href="../{doel}/"' in site.html(f"menukaart/{item.id}/")
            doelpagina = site.html(f"menukaart/{doel}/")
            genoemd = doelpagina.split('id="zie-ook"', 1)[1]
            assert f'href="../{item.id}/"' in genoemd
            gevonden += 1
    assert gevonden > 0


def test_labelpagina_toont_elk_item_onder_zijn_thema(site: Bouwresultaat) -> None:
    pagina = site.html("labels/")
    for thema in CATALOGUS.taxonomie.themas:
        items = [i for i in CATALOGUS.items if thema.id in i.thema]
        if items:
            assert thema.label in pagina
    for item in CATALOGUS.items:
        assert f'href="../menukaart/{item.id}/"' in pagina


def test_alle_interne_links_en_bronnen_bestaan(site: Bouwresultaat) -> None:
    gecontroleerd = 0
    for pagina in site.site.rglob("*.html"):
        if pagina.name == "404.html":
            continue
        gevonden = _links(pagina.read_text(encoding="utf-8"))
        for _, href in gevonden.links + gevonden.bronnen:
            delen = urlsplit(href)
            if delen.scheme or href.startswith(("#", "//")):
                continue
            doel = (pagina.parent / unquote(delen.path)).resolve()
            if doel.is_dir():
                doel = doel / "index.html"
            assert doel.exists(), f"{pagina.relative_to(site.site)} → {href}"
            gecontroleerd += 1
    assert gecontroleerd > 1000


def test_geen_enkele_bron_van_een_derde_partij(site: Bouwresultaat) -> None:
    for pagina in site.site.rglob("*.html"):
        tekst = pagina.read_text(encoding="utf-8")
        for tag, bron in _links(tekst).bronnen:
            assert not urlsplit(bron).scheme and not bron.startswith("//"), f"{pagina}: {tag} {bron}"
        assert "fonts.googleapis" not in tekst and "fonts.gstatic" not in tekst
    for css in site.site.rglob("*.css"):
        assert "@import url(http" not in css.read_text(encoding="utf-8")


def test_zijbalk_bevat_geen_items(site: Bouwresultaat) -> None:
    """MkDocs renders the whole nav into every page: items belong in overviews, not in the sidebar."""
    pagina = site.html("")
    navigatie = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>\s*</div>', pagina, re.S)
    assert navigatie
    for item in CATALOGUS.items:
        assert f"menukaart/{item.id}/" not in navigatie.group(0)
    assert navigatie.group(0).count("md-nav__link") < 40


def test_bewerklink_wijst_naar_het_yaml_bestand(site: Bouwresultaat) -> None:
    item = CATALOGUS.diensten[0]
    pagina = site.html(f"menukaart/{item.id}/")
    assert re.search(rf'href="[^"]+/edit/main/menukaart/diensten/{item.id}\.yml"[^>]*rel="edit"', pagina)
    werkwijze = site.html("werkwijze/")
    assert re.search(r'href="[^"]+/edit/main/docs/werkwijze\.md"', werkwijze)


def test_json_ld_per_item(site: Bouwresultaat) -> None:
    for item in CATALOGUS.items:
        pagina = site.html(f"menukaart/{item.id}/")
        blok = re.search(r'<script type="application/ld\+json">(.*?)</script>', pagina, re.S)
        assert blok, item.id
        data = json.loads(blok.group(1))
        assert data["name"] == item.titel
        if item.soort == "dienst":
            assert data["@type"] == "GovernmentService"
            assert data["areaServed"]["name"] == "Drenthe"
            assert data["provider"]["name"] == "Flexteam Warmtetransitie Drenthe"
        else:
            assert data["@type"] in {"CreativeWork", "HowTo"}
        assert data["url"].endswith(f"/menukaart/{item.id}/")


def test_zoekindex_kent_titels_en_trefwoorden(site: Bouwresultaat) -> None:
    for item in CATALOGUS.items:
        tekst = geindexeerde_tekst(site.html(f"menukaart/{item.id}/"))
        assert item.titel in tekst
        for woord in item.trefwoorden:
            assert woord in tekst, (item.id, woord)
    # Overview cards are not indexed, so an item's own page wins for its title.
    overzicht = geindexeerde_tekst(site.html("menukaart/")) + geindexeerde_tekst(site.html("kennisbank/"))
    assert CATALOGUS.items[0].samenvatting not in overzicht
    assert CATALOGUS.items[0].samenvatting in site.html("menukaart/")


def test_afdrukversie_bevat_alle_items_en_printstijl(site: Bouwresultaat) -> None:
    pagina = site.html("menukaart/afdrukken/")
    for item in CATALOGUS.items:
        assert f'href="../{item.id}/"' in pagina
    css = (site.site / "assets" / "css" / "menukaart.css").read_text(encoding="utf-8")
    assert "@media print" in css and 'content: " (" attr(href) ")"' in css


def test_voettekst_op_elke_pagina(site: Bouwresultaat) -> None:
    for pagina in ["", "menukaart/", f"menukaart/{CATALOGUS.items[0].id}/", "gemeenten/"]:
        html = site.html(pagina)
        voet = html[html.index('<footer class="md-footer'):]
        for label in ["Contact", "Colofon", "Privacy", "Cookies", "Toegankelijkheid", "Kwetsbaarheid melden"]:
            assert f">{label}</a>" in voet, label
        # Contributors find the repository and the edit link in the footer; readers get no pencil or repository in the header.
        kop = html[html.index('<header class="md-header'):html.index("</header>")]
        assert "github.com" not in kop and "md-source" not in html and "md-content__button" not in html
        assert 'github.com/' in voet
        # A page made from a file in the repository (a Markdown page, an item's YAML) links to that file.
        assert ('rel="edit">Verbeter deze pagina</a>' in voet) == (pagina in ("", f"menukaart/{CATALOGUS.items[0].id}/")), pagina
    assert "Expires:" in (site.site / ".well-known" / "security.txt").read_text(encoding="utf-8")


# --- builds of a changed menukaart ---------------------------------------------------------------


def test_wijziging_in_yaml_staat_na_nieuwe_bouw_op_de_site(mini_menukaart: Path, tmp_path: Path) -> None:
    eerste = bouw(mini_menukaart, tmp_path / "site")
    assert eerste.code == 0, eerste.uitvoer
    assert "Wijkplan maken" in eerste.html("menukaart/wijkplan-maken/")
    pad = mini_menukaart / "diensten" / "wijkplan-maken.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("titel: Wijkplan maken", "titel: Wijkuitvoeringsplan maken"), encoding="utf-8")
    tweede = bouw(mini_menukaart, tmp_path / "site")
    assert tweede.code == 0, tweede.uitvoer
    assert _titel(tweede.html("menukaart/wijkplan-maken/")) == "Wijkuitvoeringsplan maken"
    assert ">Wijkuitvoeringsplan maken</a>" in tweede.html("menukaart/")


def test_foute_yaml_stopt_de_bouw_en_laat_de_vorige_site_staan(mini_menukaart: Path, tmp_path: Path) -> None:
    goed = bouw(mini_menukaart, tmp_path / "site")
    assert goed.code == 0, goed.uitvoer
    (mini_menukaart / "diensten" / "verkenning.yml").write_text("titel: [kapot\n", encoding="utf-8")
    fout = bouw(mini_menukaart, tmp_path / "site")
    assert fout.code != 0
    assert "verkenning.yml, regel 2" in fout.uitvoer and "geen geldige YAML" in fout.uitvoer
    assert "Traceback" not in fout.uitvoer
    assert (tmp_path / "site" / "menukaart" / "verkenning" / "index.html").exists()


def test_vijandige_inhoud_wordt_geescaped_en_gesaneerd(mini_menukaart: Path, tmp_path: Path) -> None:
    pad = mini_menukaart / "diensten" / "wijkplan-maken.yml"
    tekst = pad.read_text(encoding="utf-8")
    tekst = tekst.replace("titel: Wijkplan maken", "titel: \"</title><script>alert('titel')</script> | *plan*\"")
    tekst = tekst.replace("  Een **wijkplan** beschrijft wat er in de wijk gebeurt.",
                          "  <script>alert('md')</script> <img src=x onerror=alert(1)> [klik](javascript:alert(2))")
    tekst = tekst.replace("trefwoorden: [WUP]", "trefwoorden: [\"<b onmouseover=alert(3)>WUP</b>\"]")
    pad.write_text(tekst, encoding="utf-8")
    resultaat = bouw(mini_menukaart, tmp_path / "site")
    assert resultaat.code == 0, resultaat.uitvoer
    for html in (resultaat.html("menukaart/wijkplan-maken/"), resultaat.html("menukaart/"), resultaat.html("labels/")):
        assert "<script>alert" not in html
        assert "onerror=" not in html.replace("onerror=alert(1)&gt;", "")
        assert 'href="javascript:' not in html
        assert "<b onmouseover" not in html
    pagina = resultaat.html("menukaart/wijkplan-maken/")
    assert "‹/title›‹script›alert(’titel’)‹/script› | *plan*" in pagina  # readable, inert


def test_properdocs_bouwt_dezelfde_site(tmp_path: Path) -> None:
    """ProperDocs (the maintained MkDocs 1.6 fork) runs the hook unchanged."""
    proces = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(REPO / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=REPO, capture_output=True, text=True, timeout=600, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proces.returncode == 0, proces.stdout + proces.stderr
    for item in CATALOGUS.items[:5]:
        assert (tmp_path / "site" / "menukaart" / item.id / "index.html").exists()


@pytest.mark.parametrize("pagina", ["menukaart/", "kennisbank/", "gemeenten/"])
def test_hub_paginas_staan_in_de_navigatie(site: Bouwresultaat, pagina: str) -> None:
    home = site.html("")
    assert f'href="{pagina}"' in home


def test_bijlagen_zijn_downloads_en_geen_paginas(site: Bouwresultaat) -> None:
    """A Markdown template is downloaded as the file itself, not rendered as a page of the site."""
    gevonden = 0
    for item in CATALOGUS.kennisproducten:
        for bijlage in item.bijlagen:
            pagina = site.html(f"menukaart/{item.id}/")
            assert f'href="../../bijlagen/{bijlage.bestand}" download' in pagina
            bestand = site.site / "bijlagen" / bijlage.bestand
            assert bestand.read_bytes() == (MENUKAART / "bijlagen" / bijlage.bestand).read_bytes()
            assert not (site.site / "bijlagen" / bijlage.bestand.rsplit(".", 1)[0]).exists()
            gevonden += 1
    assert gevonden >= 1
    assert not list((site.site / "bijlagen").rglob("*.html")), "een bijlage werd een pagina (en zo doorzoekbaar)"
