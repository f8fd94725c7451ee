"""The same site built by Zensical (``make zensical``), the engine after Material, from the core's export.

Zensical runs no hooks; it builds ``python -m flexteam export-project``. These tests build it once, the way
``make zensical`` does, and hold it to what the MkDocs build promises: every page of the MkDocs build, edit links
to the YAML behind a page, downloads served as files, no request to a third party; and, in Chromium, a smoke run
of the journeys: axe on the main page types at both widths, the search, the filters.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import pytest

from browser.fixtures import Browsersessie
from browser.hulp import beschrijf, draai_axe, ernstig, serveer
from browser.paginas import gefilterde_keuze, item_id, paginatypes
from browser.zoeken import zoek
from conftest import MENUKAART, REPO, Bouwresultaat
from flexteam import laad_menukaart

CATALOGUS = laad_menukaart(MENUKAART)


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map = tmp_path_factory.mktemp("zensical")
    proces = subprocess.run(
        ["make", "--no-print-directory", "zensical", f"ZENSICAL_PROJECT={map / 'project'}", f"ZENSICAL_SITE={map / 'site'}"],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert proces.returncode == 0, proces.stdout + proces.stderr
    return map / "site"


def _paginas(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "assets"}


def test_elke_pagina_van_de_mkdocs_bouw_staat_er(site: Bouwresultaat, zensical_site: Path) -> None:
    mkdocs, zensical = _paginas(site.site), _paginas(zensical_site)
    assert len(mkdocs) > 50
    assert mkdocs - zensical == set()
    for item in CATALOGUS.items[:5]:
        assert item.titel in (zensical_site / "menukaart" / item.id / "index.html").read_text(encoding="utf-8")


def _bewerk_links(html: str) -> list[str]:
    return re.findall(r'<a [^>]*href="([^"]+)"[^>]*rel="edit"', html)


def test_bewerk_links_wijzen_naar_de_yaml(site: Bouwresultaat, zensical_site: Path) -> None:
    item = CATALOGUS.diensten[0]
    pad = f"menukaart/{item.id}/index.html"
    zensical = _bewerk_links((zensical_site / pad).read_text(encoding="utf-8"))
    assert zensical == _bewerk_links((site.site / pad).read_text(encoding="utf-8"))
    assert len(zensical) == 1 and zensical[0].endswith(".yml") and "/menukaart/" in zensical[0]
    # A hand-written page links to its Markdown in docs/, as in the MkDocs build.
    assert _bewerk_links((zensical_site / "werkwijze/index.html").read_text(encoding="utf-8")) == \
        _bewerk_links((site.site / "werkwijze/index.html").read_text(encoding="utf-8"))
    assert _bewerk_links((zensical_site / "werkwijze/index.html").read_text(encoding="utf-8"))[0].endswith("docs/werkwijze.md")


def test_downloads_zijn_bestanden_geen_paginas(site: Bouwresultaat, zensical_site: Path) -> None:
    downloads = [p.relative_to(site.site) for p in site.site.rglob("*") if p.suffix in {".docx", ".pdf", ".csv", ".xlsx", ".md", ".json"}
                 and len(p.relative_to(site.site).parts) > 1  # tags.json at the top is the tags plugin's, not a download
                 and p.relative_to(site.site).parts[0] not in {"assets", "pagefind", "zoeken"}]
    assert len(downloads) > 10
    for pad in downloads:
        # The same kind of file at the same address (Word and PDF carry their time of making, so not byte for byte).
        assert (zensical_site / pad).is_file(), pad
        assert (zensical_site / pad).read_bytes()[:4] == (site.site / pad).read_bytes()[:4], pad
        assert not (zensical_site / pad.with_suffix("") / "index.html").exists(), f"{pad} werd een pagina"


def test_geen_verwijzing_naar_een_derde(zensical_site: Path) -> None:
    """Nothing a page loads (scripts, styles, images, frames) comes from elsewhere; the canonical address is the site's own."""
    eigen = urlsplit(CATALOGUS.regio.site_url).netloc
    geladen = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*?(?:src|href)="((?:https?:)?//[^"]+)"', re.I)
    fout = {f"{p.relative_to(zensical_site).as_posix()}: {adres}"
            for p in zensical_site.rglob("*.html") for adres in geladen.findall(p.read_text(encoding="utf-8"))
            if urlsplit(adres).netloc != eigen}
    assert sorted(fout) == []


# --- smoke run in Chromium ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    with serveer(zensical_site) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("paginatype", ["home", "menukaart", "dienst", "kennisproduct", "gemeente", "kosten-en-bijdragen", "zoeken"])
def test_axe_op_de_hoofdtypen(paginatype: str, zensical_site: Path, zensical_url: str, sessie_breedte: Browsersessie, axe: None) -> None:
    paden = paginatypes(zensical_site, CATALOGUS)[paginatype][:2]
    assert paden
    gevonden = {}
    for pad in paden:
        antwoord = sessie_breedte.pagina.goto(zensical_url + pad)
        assert antwoord is not None and antwoord.status == 200
        sessie_breedte.pagina.wait_for_load_state("load")
        overtredingen = ernstig(draai_axe(sessie_breedte.pagina))
        if overtredingen:
            gevonden[pad] = beschrijf(overtredingen)
    assert not gevonden, "\n".join(f"{pad}:\n{tekst}" for pad, tekst in gevonden.items())
    assert sessie_breedte.waarnemingen.verzoeken_buiten(zensical_url) == []


@pytest.mark.browser
def test_zoeken_werkt(zensical_url: str, sessie: Browsersessie) -> None:
    sessie.pagina.goto(zensical_url)
    item = CATALOGUS.diensten[0]
    resultaten = zoek(sessie.pagina, item.titel)
    assert resultaten and item_id(resultaten[0]) == item.id


@pytest.mark.browser
def test_filters_werken(zensical_url: str, sessie: Browsersessie) -> None:
    pagina: Any = sessie.pagina
    pagina.goto(zensical_url + "menukaart/")
    pagina.wait_for_selector(".fx-filters:not([hidden])")
    thema, _ = gefilterde_keuze(CATALOGUS)
    vakje = pagina.locator(f".fx-filters input[name=thema][value='{thema}']")
    if not vakje.is_visible():
        pagina.locator("[data-fx-filtergroep=thema] > summary").click()
    vakje.check()
    verwacht = {i.id for i in CATALOGUS.items if thema in i.thema}
    getoond = pagina.eval_on_selector_all(
        ".fx-groep .fx-kaart", "kaarten => kaarten.filter(k => k.offsetParent !== null).map(k => k.querySelector('a').href)")
    assert {item_id(link) for link in getoond} == verwacht
    assert "thema=" in pagina.url
