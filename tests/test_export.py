"""Exports (JSON, CSV), the Atom feed and the page "Nieuw en gewijzigd", from the same model as the site."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import feedparser
import pytest

from conftest import MENUKAART, REPO, Bouwresultaat
from flexteam import laad_menukaart
from flexteam.inhoud.model import Begroting, Dienst, Gemeente, Kennisproduct, Taxonomie
from flexteam.site.export import CSV_KOLOMMEN, menukaart_csv, menukaart_json
from flexteam.site.wijzigingen import atom_feed, wijzigingen_pagina

CATALOGUS = laad_menukaart(MENUKAART)
SITE_URL = "https://flexteam-warmtetransitie.drenthe.nl/"
ATOM = "{http://www.w3.org/2005/Atom}"


def _lees_json(inhoud: bytes) -> dict:  # type: ignore[type-arg]
    return json.loads(inhoud.decode("utf-8"), parse_float=Decimal)


# --- JSON --------------------------------------------------------------------------------------


def test_json_op_de_site_leest_terug_als_hetzelfde_model(site: Bouwresultaat) -> None:
    gegevens = _lees_json((site.site / "export" / "menukaart.json").read_bytes())

    assert tuple(Dienst.model_validate(d) for d in gegevens["diensten"]) == CATALOGUS.diensten
    assert tuple(Kennisproduct.model_validate(k) for k in gegevens["kennisproducten"]) == CATALOGUS.kennisproducten
    assert tuple(Gemeente.model_validate(g) for g in gegevens["gemeenten"]) == CATALOGUS.gemeenten
    assert Taxonomie.model_validate(gegevens["taxonomie"]) == CATALOGUS.taxonomie
    assert Begroting.model_validate(gegevens["begroting"]) == CATALOGUS.begroting
    assert gegevens["bijgewerkt"] == max(i.bijgewerkt for i in CATALOGUS.items).isoformat()


def test_json_bedragen_zijn_getallen_die_op_de_cent_terugkomen() -> None:
    gegevens = _lees_json(menukaart_json(CATALOGUS, SITE_URL))
    for jaar, origineel in zip(gegevens["begroting"]["jaren"], CATALOGUS.begroting.jaren):
        assert isinstance(jaar["totaal"]["waarde"], (int, Decimal))
        assert Decimal(jaar["totaal"]["waarde"]) == origineel.totaal.waarde
        # the figure carries its herkomst into the export, and its source is listed
        assert jaar["totaal"]["herkomst"] == origineel.totaal.herkomst
    bronnen = {b["id"] for b in gegevens["bronnen"]}
    besluit = CATALOGUS.begroting.jaren[0].totaal_in_besluit
    assert besluit is not None and besluit.bron in bronnen


def test_export_is_elke_keer_hetzelfde() -> None:
    assert menukaart_json(CATALOGUS, SITE_URL) == menukaart_json(CATALOGUS, SITE_URL)
    assert menukaart_csv(CATALOGUS, SITE_URL) == menukaart_csv(CATALOGUS, SITE_URL)


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_heeft_een_regel_per_item_met_puntkomma_en_bom(site: Bouwresultaat) -> None:
    ruw = (site.site / "export" / "menukaart.csv").read_bytes()
    assert ruw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Dutch Excel shows accents
    rijen = list(csv.DictReader(io.StringIO(ruw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(rijen[0]) == CSV_KOLOMMEN
    assert [r["id"] for r in rijen] == [i.id for i in CATALOGUS.items]
    for rij, item in zip(rijen, CATALOGUS.items):
        assert rij["titel"].lstrip("'") == item.titel
        assert rij["thema"].split(" | ") == list(item.thema)
        assert rij["url"] == f"{SITE_URL}menukaart/{item.id}/"


def test_csv_tekst_die_als_formule_zou_draaien_krijgt_een_apostrof(mini_menukaart: Path) -> None:
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace(
        "samenvatting: We kijken samen wat er speelt in het dorp.", "samenvatting: '=HYPERLINK(\"https://example.org\")'"),
        encoding="utf-8")
    rijen = list(csv.DictReader(io.StringIO(menukaart_csv(laad_menukaart(mini_menukaart), SITE_URL).decode("utf-8-sig")),
                                delimiter=";"))
    assert next(r for r in rijen if r["id"] == "verkenning")["samenvatting"] == "'=HYPERLINK(\"https://example.org\")"


# --- feed --------------------------------------------------------------------------------------


def test_feed_is_geldige_atom_met_alle_items(site: Bouwresultaat) -> None:
    ruw = (site.site / "feed.xml").read_bytes()
    feed = feedparser.parse(ruw)

    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == len(CATALOGUS.items)
    wortel = ET.fromstring(ruw)
    for element in ("id", "title", "updated", "author/{0}name"):
        assert wortel.find(ATOM + element.format(ATOM)) is not None, element
    zelf = wortel.find(f"{ATOM}link[@rel='self']")
    assert zelf is not None and zelf.get("href") == SITE_URL + "feed.xml"
    for entry in wortel.findall(f"{ATOM}entry"):
        for element in ("id", "title", "updated"):
            assert (entry.findtext(ATOM + element) or "").strip(), element
        link = entry.find(f"{ATOM}link[@rel='alternate']")
        assert link is not None and link.get("href", "").startswith(SITE_URL + "menukaart/")


def test_feed_nieuwste_eerst_met_datum_uit_bijgewerkt(site: Bouwresultaat) -> None:
    feed = feedparser.parse((site.site / "feed.xml").read_bytes())
    datums = [e.updated[:10] for e in feed.entries]
    assert datums == sorted(datums, reverse=True)
    per_link = {e.link: e for e in feed.entries}
    for item in CATALOGUS.items:
        entry = per_link[f"{SITE_URL}menukaart/{item.id}/"]
        assert entry.title == item.titel
        assert entry.updated.startswith(item.bijgewerkt.isoformat())
    assert feed.feed.updated.startswith(datums[0])


def test_lastige_tekens_in_titel_blijven_tekst_in_feed_en_pagina(mini_menukaart: Path) -> None:
    titel = 'Warmte & <b>"koud"</b> \'s winters'
    samenvatting = "Eind </summary><script>alert(1)</script> & meer."
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    tekst = pad.read_text(encoding="utf-8")
    tekst = tekst.replace("titel: Verkenning van een dorp", f"titel: {json.dumps(titel)}")
    tekst = tekst.replace("samenvatting: We kijken samen wat er speelt in het dorp.", f"samenvatting: {json.dumps(samenvatting)}")
    pad.write_text(tekst, encoding="utf-8")
    catalogus = laad_menukaart(mini_menukaart)

    ruw = atom_feed(catalogus, SITE_URL).inhoud
    feed = feedparser.parse(ruw)
    assert feed.bozo == 0
    entry = next(e for e in ET.fromstring(ruw).findall(f"{ATOM}entry") if e.findtext(f"{ATOM}id", "").endswith("/verkenning/"))
    assert entry.findtext(f"{ATOM}title") == titel
    assert entry.findtext(f"{ATOM}summary") == samenvatting

    pagina = wijzigingen_pagina(catalogus).inhoud
    assert "<script>" not in pagina and "<b>" not in pagina
    assert "&lt;b&gt;" in pagina


def test_feed_gebruikt_het_adres_van_de_site(mini_menukaart: Path) -> None:
    ruw = atom_feed(laad_menukaart(mini_menukaart), "https://voorbeeld.github.io/menukaart").inhoud
    assert b'href="https://voorbeeld.github.io/menukaart/feed.xml"' in ruw
    assert b"<id>https://voorbeeld.github.io/menukaart/menukaart/" in ruw


# --- pages -------------------------------------------------------------------------------------


def test_pagina_nieuw_en_gewijzigd_staat_in_het_menu_en_toont_nieuwste_eerst(site: Bouwresultaat) -> None:
    html = site.html("nieuw-en-gewijzigd/")
    assert re.search(r'<a[^>]+href="[^"]*nieuw-en-gewijzigd/"[^>]*>\s*(<span[^>]*>)?\s*Nieuw en gewijzigd', site.html(""))
    datums = re.findall(r'<li><time datetime="(\d{4}-\d{2}-\d{2})">', html)
    assert len(datums) == len(CATALOGUS.items)
    assert datums == sorted(datums, reverse=True)
    assert 'href="../feed.xml"' in html
    for item in CATALOGUS.items:
        assert f'href="../menukaart/{item.id}/"' in html


def test_pagina_over_hergebruik_noemt_scheidingsteken_en_tekenset(site: Bouwresultaat) -> None:
    html = site.html("gegevens-hergebruiken/")
    assert "puntkomma" in html and "UTF-8 met BOM" in html
    for link in ("../export/menukaart.json", "../export/menukaart.csv", "../feed.xml"):
        assert f'href="{link}"' in html
    assert f"{SITE_URL}export/menukaart.json" in html


# --- command line ------------------------------------------------------------------------------


def _flexteam(*argumenten: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flexteam", *argumenten], cwd=REPO, capture_output=True, text=True, timeout=300)


def test_export_schrijft_dezelfde_bestanden_als_de_site(site: Bouwresultaat, tmp_path: Path) -> None:
    proces = _flexteam("export", "--doel", str(tmp_path))
    assert proces.returncode == 0, proces.stderr
    for pad in ("export/menukaart.json", "export/menukaart.csv", "feed.xml"):
        assert (tmp_path / pad).read_bytes() == (site.site / pad).read_bytes(), pad


def test_export_paginas_schrijft_alle_gegenereerde_paginas(tmp_path: Path) -> None:
    proces = _flexteam("export-paginas", "--doel", str(tmp_path))
    assert proces.returncode == 0, proces.stderr
    for item in CATALOGUS.items:
        assert (tmp_path / "menukaart" / f"{item.id}.md").read_text(encoding="utf-8").startswith("---\n")
    for pad in ("menukaart/index.md", "nieuw-en-gewijzigd.md", "gegevens-hergebruiken.md", "feed.xml", "export/menukaart.csv"):
        assert (tmp_path / pad).is_file(), pad


def test_export_met_fouten_schrijft_niets(mini_menukaart: Path, tmp_path: Path) -> None:
    (mini_menukaart / "diensten" / "kapot.yml").write_text("titel: [\n", encoding="utf-8")
    proces = _flexteam("export", "--map", str(mini_menukaart), "--doel", str(tmp_path / "uit"))
    assert proces.returncode == 1
    assert "kapot.yml" in proces.stderr
    assert not (tmp_path / "uit").exists()


@pytest.mark.parametrize("pad", ["export/menukaart.json", "export/menukaart.csv", "feed.xml"])
def test_vaste_adressen_bestaan_op_de_site(site: Bouwresultaat, pad: str) -> None:
    assert (site.site / pad).stat().st_size > 0


def test_json_bevat_praktijkvoorbeelden_en_begrippen() -> None:
    gegevens = _lees_json(menukaart_json(CATALOGUS, SITE_URL))
    assert [p["titel"] for p in gegevens["praktijkvoorbeelden"]] == [p.titel for p in CATALOGUS.praktijkvoorbeelden]
    assert len(gegevens["praktijkvoorbeelden"]) >= 4 and all(p["bronnen"] for p in gegevens["praktijkvoorbeelden"])
    assert len(gegevens["begrippen"]) >= 25
    assert {t["id"] for t in gegevens["begrippen"]} >= {"wup", "nplw", "netcongestie"}
