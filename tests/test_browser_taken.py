"""The three tasks a municipal officer came with, walked from the home page in at most three clicks, on a laptop and
on a phone: help with a bewonersavond and its hours, what the municipality pays in 2024 and why, and the template for a
wijkuitvoeringsplan downloaded as a Word file."""

from __future__ import annotations

import re

import pytest

from browser.fixtures import Browsersessie

pytestmark = pytest.mark.browser


def _klik(sessie: Browsersessie, naam: str) -> None:
    sessie.pagina.get_by_role("link", name=re.compile(naam)).first.click()
    sessie.pagina.wait_for_load_state("load")


def test_hulp_bij_een_bewonersavond_en_de_uren_in_twee_klikken(site_url: str, sessie_breedte: Browsersessie) -> None:
    sessie_breedte.pagina.goto(site_url)
    _klik(sessie_breedte, "^Hulp voor een dorp of wijk")
    _klik(sessie_breedte, "^Bewonersparticipatie organiseren$")
    inzet = sessie_breedte.pagina.locator(".fx-kenmerken div", has_text="Inzet").first.inner_text()
    assert re.search(r"\d+ tot \d+(\.\d{3})* uur", inzet), inzet


def test_wat_mijn_gemeente_in_2024_betaalt_en_waarom_in_twee_klikken(site_url: str, sessie_breedte: Browsersessie) -> None:
    pagina = sessie_breedte.pagina
    pagina.goto(site_url)
    _klik(sessie_breedte, "^Mijn gemeente")
    _klik(sessie_breedte, "^Coevorden$")
    rij = pagina.locator("#tabel-bijdrage-coevorden tbody tr", has_text="2024").first
    assert rij.is_visible() and re.search(r"€\s?[\d.]+,\d{2}", rij.inner_text()), rij.inner_text()
    assert pagina.get_by_role("link", name="Kosten en bijdragen").first.is_visible()  # how it is worked out


def test_het_sjabloon_voor_een_wijkuitvoeringsplan_als_word_in_drie_klikken(site_url: str, sessie_breedte: Browsersessie) -> None:
    pagina = sessie_breedte.pagina
    pagina.goto(site_url)
    _klik(sessie_breedte, "^Sjablonen en handreikingen")
    _klik(sessie_breedte, "^Sjabloon wijkuitvoeringsplan")
    with pagina.expect_download() as download:
        pagina.locator(".fx-downloadregel").get_by_role("link", name="Word").click()
    assert download.value.suggested_filename == "sjabloon-wijkuitvoeringsplan.docx"


def test_de_taken_staan_in_het_eerste_scherm(site_url: str, sessie_breedte: Browsersessie) -> None:
    """The four top tasks are above the fold: on a laptop of 1280 × 720 and on a phone of 390 × 844."""
    pagina = sessie_breedte.pagina
    breedte = pagina.viewport_size["width"]
    hoogte = 720 if breedte >= 1280 else 844
    pagina.set_viewport_size({"width": breedte, "height": hoogte})
    pagina.goto(site_url)
    taken = pagina.locator("ul.fx-taken > li > a")
    assert taken.count() == 4
    for i in range(4):
        vak = taken.nth(i).bounding_box()
        assert vak and vak["y"] >= 0 and vak["y"] + vak["height"] <= hoogte, (i, vak, hoogte)
