"""The search index of the built site (flexteam/site/zoekindex.py): what is indexed, what is published, and the same
step for a site another engine built (``python -m flexteam afwerken``)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO, Bouwresultaat
from flexteam.site.zoekindex import ONGEBRUIKT, maak_zoekindex


def _html(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "pagefind" not in p.parts]


def test_elke_inhoudspagina_is_doorzoekbaar_de_zoekpagina_en_404_niet(site: Bouwresultaat) -> None:
    zonder = sorted(str(p.relative_to(site.site)) for p in _html(site.site) if "data-pagefind-body" not in p.read_text("utf-8"))
    assert zonder == ["404.html", "beheer/index.html", "zoeken/index.html"]  # the form editor is not content
    item = site.html("menukaart/klankbordgroep/")
    assert 'data-pagefind-meta="soort:Kennisproduct"' in item
    assert 'data-pagefind-meta="soort:Overzicht"' in site.html("menukaart/")
    assert 'data-pagefind-meta="soort:Gemeente"' in site.html("gemeenten/assen/")


def test_de_index_staat_er_en_pagefinds_eigen_interfaces_niet(site: Bouwresultaat) -> None:
    pagefind = site.site / "pagefind"
    assert (pagefind / "pagefind.js").is_file() and (pagefind / "pagefind-entry.json").is_file()
    entry = json.loads((pagefind / "pagefind-entry.json").read_text("utf-8"))
    assert entry["languages"]["nl"]["page_count"] >= 90
    assert not [n for n in ONGEBRUIKT if (pagefind / n).exists()]
    woorden = json.loads((site.site / "zoeken" / "woorden.json").read_text("utf-8"))
    assert all(len(w) >= 5 and n >= 1 for w, n in woorden)
    assert [n for _, n in woorden] == sorted((n for _, n in woorden), reverse=True), "de vaakst gebruikte woorden eerst"
    assert {"participatie", "klankbordgroep", "warmtenet"} <= {w for w, _ in woorden}


def test_de_zoekindex_leest_geen_verborgen_script_of_genegeerde_tekst(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<html lang="nl"><body><main data-pagefind-body><h1>Warmtekaart</h1><p>Zichtbare warmtebronnen.</p>'
        '<script>geheimescript()</script><div data-pagefind-ignore>verborgenwoord</div></main>'
        '<footer>voetwoorden</footer></body></html>', encoding="utf-8")
    uitkomst = maak_zoekindex(tmp_path)
    woorden = {w for w, _ in json.loads((tmp_path / "zoeken" / "woorden.json").read_text("utf-8"))}
    assert uitkomst.paginas == 1
    assert woorden == {"warmtekaart", "zichtbare", "warmtebronnen"}


def test_afwerken_geeft_een_site_van_een_andere_bouwer_dezelfde_zoekfunctie(site: Bouwresultaat, tmp_path: Path) -> None:
    kopie = tmp_path / "site"
    shutil.copytree(site.site, kopie, ignore=shutil.ignore_patterns("pagefind", "woorden.json"))
    proces = subprocess.run([sys.executable, "-m", "flexteam", "afwerken", "--site", str(kopie)], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert proces.returncode == 0, proces.stderr
    assert "Zoekindex:" in proces.stdout and (kopie / "pagefind" / "pagefind.js").is_file()
    leeg = subprocess.run([sys.executable, "-m", "flexteam", "afwerken", "--site", str(tmp_path / "bestaat-niet")],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert leeg.returncode == 1 and "geen gebouwde site" in leeg.stderr
