"""A second region builds from content alone: another province, other municipalities and another budget
(``tests/voorbeelden/tweede-regio/``), with no change to code or templates.

The same site checks as for Drenthe: a strict build, a page per item and per municipality, edit links to
the YAML, downloads served as files, no request to another host; and nothing of Drenthe in what the core
generates (the hand-written pages in ``docs/`` belong to the Drenthe site and are left out).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import Bouwresultaat, bouw
from flexteam import laad_menukaart
from flexteam.site.bouw import bouw_site

TWEEDE = Path(__file__).resolve().parent / "voorbeelden" / "tweede-regio"
DRENTHE = re.compile(r"Drenthe|Drentse|twaalf|Flexteam|drenthe\.nl", re.IGNORECASE)


@pytest.fixture(scope="module")
def zuiderland(tmp_path_factory: pytest.TempPathFactory) -> Bouwresultaat:
    resultaat = bouw(TWEEDE, tmp_path_factory.mktemp("zuiderland") / "site")
    assert resultaat.code == 0, resultaat.uitvoer
    return resultaat


def test_de_gegenereerde_inhoud_noemt_alleen_de_eigen_regio() -> None:
    catalogus = laad_menukaart(TWEEDE)
    uitvoer = bouw_site(catalogus)
    for pagina in uitvoer.paginas:
        assert not DRENTHE.search(pagina.inhoud), (pagina.pad, DRENTHE.search(pagina.inhoud))
    for download in uitvoer.downloads:
        tekst = download.inhoud.decode("utf-8", "replace").replace("<generator>flexteam</generator>", "")  # the software
        assert not DRENTHE.search(tekst), (download.pad, DRENTHE.search(tekst))


def test_de_site_heeft_de_naam_en_het_adres_van_de_regio(zuiderland: Bouwresultaat) -> None:
    html = zuiderland.html("")
    assert " - Menukaart Warmteteam Zuiderland</title>" in zuiderland.html("menukaart/")
    assert 'content="Wat het Warmteteam voor de Zuiderlandse gemeenten doet."' in zuiderland.html("404.html")
    assert "Provincie Zuiderland en de drie Zuiderlandse gemeenten" in html
    assert '<link rel="canonical" href="https://warmteteam.zuiderland.example/">' in html
    item = zuiderland.html("menukaart/verkenning/")
    assert 'href="https://git.zuiderland.example/warmteteam/menukaart/edit/main/tests/voorbeelden/tweede-regio/diensten/verkenning.yml"' in item
    assert "warmteteam@zuiderland.example" in item


def test_de_gemeenten_staan_op_hun_eigen_tegelkaart(zuiderland: Bouwresultaat) -> None:
    html = zuiderland.html("gemeenten/")
    assert "Drie Zuiderlandse gemeenten werken samen met de provincie in het Warmteteam." in html
    assert 'aria-label="Schematische kaart van Zuiderland met de drie gemeenten (noord boven)"' in html
    tegels = re.findall(r'grid-row: (\d+); grid-column: (\d+);"><a href="([a-z-]+)/"', html)
    assert sorted(tegels) == [("1", "1", "heuvelrug"), ("1", "2", "kustdorp"), ("2", "2", "rivierstad")]
    for gemeente in ("heuvelrug", "kustdorp", "rivierstad"):
        assert zuiderland.html(f"gemeenten/{gemeente}/")


def test_begroting_en_bijdragen_komen_uit_de_eigen_begroting(zuiderland: Bouwresultaat) -> None:
    html = zuiderland.html("kosten-en-bijdragen/")
    assert "50%" in html  # the province pays half in this region
    assert "€\xa0600.000,00" in html
    rijen = (zuiderland.site / "kosten-en-bijdragen" / "verdeling-2025.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rijen) > 3 and any(r.startswith("Rivierstad;") for r in rijen)


def test_exports_en_feed_dragen_de_naam_van_de_regio(zuiderland: Bouwresultaat) -> None:
    gegevens = json.loads((zuiderland.site / "export" / "menukaart.json").read_text(encoding="utf-8"))
    assert gegevens["titel"] == "Menukaart Warmteteam Zuiderland"
    assert gegevens["site"] == "https://warmteteam.zuiderland.example/"
    feed = ElementTree.parse(zuiderland.site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.findtext(f"{atom}title") == "Menukaart Warmteteam Zuiderland: nieuw en gewijzigd"
    assert feed.findtext(f"{atom}author/{atom}name") == "Warmteteam Zuiderland"
    assert all(e.findtext(f"{atom}id").startswith("https://warmteteam.zuiderland.example/") for e in feed.iter(f"{atom}entry"))


def test_downloads_zijn_bestanden_en_niets_komt_van_een_andere_host(zuiderland: Bouwresultaat) -> None:
    assert (zuiderland.site / "bijlagen" / "sjabloon-wijkplan.md").is_file()
    assert not (zuiderland.site / "bijlagen" / "sjabloon-wijkplan" / "index.html").exists()
    for pagina in zuiderland.site.rglob("*.html"):
        tekst = pagina.read_text(encoding="utf-8")
        for bron in re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(https?://[^"]+)"', tekst):
            assert bron.startswith("https://warmteteam.zuiderland.example/"), (pagina, bron)
