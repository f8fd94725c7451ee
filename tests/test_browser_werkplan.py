"""The werkplan, walked as a municipal officer would: three items from the menukaart and an item page, the summed
hours, a municipality, and the afspraken pasted into that municipality's file, which the check accepts. The address
alone brings the werkplan back; nothing is stored in the browser; the keyboard and a screen reader can use it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from browser.fixtures import Browsersessie
from browser.hulp import beschrijf, draai_axe, ernstig
from conftest import Bouwresultaat, check

pytestmark = pytest.mark.browser

GEMEENTE = "assen"


def _gegevens(site: Bouwresultaat) -> dict[str, Any]:
    return json.loads((site.site / "werkplan" / "werkplan.json").read_text(encoding="utf-8"))


def _nl(getal: int) -> str:
    return f"{getal:,}".replace(",", ".")


def _opgeslagen(pagina: Any) -> Any:
    return pagina.evaluate("""async () => [localStorage.length, sessionStorage.length, document.cookie,
        (await indexedDB.databases()).length, (await caches.keys()).length]""")


def _dienst_op_menukaart(pagina: Any, soort: str, overslaan: set[str]) -> str:
    """Click "Zet op werkplan" on the first card of a dienst (or kennisproduct) not yet chosen; its id."""
    for kaart in pagina.locator(".fx-groep .fx-kaart").all():
        knop = kaart.locator("[data-werkplan-knop]")
        ident = knop.get_attribute("data-werkplan-knop")
        if ident not in overslaan and kaart.locator(".fx-kaart__soort").inner_text().startswith(soort):
            knop.click()
            return str(ident)
    raise AssertionError(f"geen {soort} op de menukaart")


def test_van_menukaart_naar_afspraak_die_de_controle_accepteert(
    site: Bouwresultaat, site_url: str, sessie: Browsersessie, menukaart_kopie: Path,
) -> None:
    pagina = sessie.pagina
    gegevens = _gegevens(site)
    items = {i["id"]: i for i in gegevens["items"]}
    pagina.goto(site_url + "menukaart/")
    eerste = _dienst_op_menukaart(pagina, "Dienst", set())
    tweede = _dienst_op_menukaart(pagina, "Dienst", {eerste})
    kennis = _dienst_op_menukaart(pagina, "Kennisproduct", {eerste, tweede})
    expect(pagina.locator("[data-werkplan-melding]")).to_have_text(re.compile(r"Uw werkplan heeft nu 3 items\.$"))
    assert pagina.locator("[data-werkplan-link]").inner_text() == "Werkplan (3)"

    # On to an item page: the werkplan travels in the address of the link, and the item page adds a third dienst.
    derde = next(i for i in items.values() if i["soort"] == "dienst" and i["id"] not in {eerste, tweede})
    pagina.locator(f'.fx-kaart__titel a[href*="{kennis}"]').click()
    pagina.wait_for_load_state("load")
    assert parse_qs(urlsplit(pagina.url).query)["items"] == [f"{eerste},{tweede},{kennis}"]
    pagina.goto(site_url + f"menukaart/{derde['id']}/?" + urlsplit(pagina.url).query)
    pagina.locator("[data-werkplan-knop]").click()
    assert pagina.locator("[data-werkplan-knop]").inner_text().startswith("Haal van werkplan")

    pagina.locator("[data-werkplan-link]").click()
    pagina.wait_for_selector("[data-werkplan-inhoud]:not([hidden])")
    diensten = [items[eerste], items[tweede], derde]
    van, tot = sum(d["inzet"]["van"] for d in diensten), sum(d["inzet"]["tot"] for d in diensten)
    assert pagina.locator("[data-werkplan-uren]").inner_text().startswith(f"{_nl(van)} tot {_nl(tot)} uur")
    assert pagina.locator("[data-werkplan-rijen] tr").count() == 4
    assert pagina.locator("[data-werkplan-downloads] a[download]").count() == len(items[kennis]["downloads"])

    pagina.select_option("[data-werkplan-gemeentekeuze]", GEMEENTE)
    for nummer, dienst in enumerate(diensten):
        blok = pagina.locator(f'[data-werkplan-item="{dienst["id"]}"]')
        blok.get_by_label("Dorp of wijk").fill(f"Kloosterveen {nummer}")
        blok.get_by_label("Jaar").select_option(str(gegevens["jaren"][1]))
    pagina.locator(f'[data-werkplan-item="{eerste}"]').get_by_label("Gevraagde uren").fill("250")
    pagina.locator(f'[data-werkplan-item="{eerste}"]').get_by_label("Notitie").fill('Eerst de "kern": daarna verder.')
    gevraagd = 250 + items[tweede]["inzet"]["tot"] + derde["inzet"]["tot"]
    assert pagina.locator("[data-werkplan-gevraagd]").inner_text() == f"{_nl(gevraagd)} uur"
    vergelijking = pagina.locator("[data-werkplan-gemeente]").inner_text()
    assert f"Assen in {gegevens['jaren'][1]}" in vergelijking and f"{_nl(gevraagd)} uur" in vergelijking
    assert pagina.locator("[data-werkplan-ontbreekt]").is_hidden()
    yaml_tekst = pagina.locator("[data-werkplan-yaml]").inner_text()
    assert yaml_tekst.count("status: aangevraagd") == 3 and kennis not in yaml_tekst
    assert "menukaart/gemeenten/assen.yml" in pagina.locator("[data-werkplan-bestand]").inner_text()

    # The pre-filled request: GitHub's issue form with the werkplan in its fields.
    aanvraag = urlsplit(pagina.locator("[data-werkplan-aanvraag]").get_attribute("href"))
    velden = parse_qs(aanvraag.query)
    assert aanvraag.path.endswith("/issues/new") and velden["template"] == ["aanvraag-werkplan.yml"]
    assert velden["gemeente"] == ["Assen"] and velden["afspraken"] == [yaml_tekst]

    # Pasted under afspraken: in a copy of the menukaart, the check accepts the file as it is.
    bestand = menukaart_kopie / "gemeenten" / f"{GEMEENTE}.yml"
    tekst = bestand.read_text(encoding="utf-8")
    if re.search(r"^afspraken:\s*$", tekst, re.M):
        tekst = re.sub(r"^afspraken:\s*\n", lambda m: m.group(0) + yaml_tekst, tekst, count=1, flags=re.M)
    else:
        tekst = tekst.rstrip("\n") + "\nafspraken:\n" + yaml_tekst
    bestand.write_text(tekst, encoding="utf-8")
    proces = check(menukaart_kopie)
    assert proces.returncode == 0, proces.stdout + proces.stderr

    # The address alone restores the werkplan, in a fresh browser context.
    adres = pagina.url
    assert pagina.locator("[data-werkplan-adres]").input_value() == adres
    assert _opgeslagen(pagina) == [0, 0, "", 0, 0]
    nieuw = sessie.context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    try:
        tweede_pagina = nieuw.new_page()
        tweede_pagina.goto(adres)
        tweede_pagina.wait_for_selector("[data-werkplan-gemeente] table")
        assert tweede_pagina.locator("[data-werkplan-yaml]").inner_text() == yaml_tekst
        assert tweede_pagina.locator("[data-werkplan-gemeentekeuze]").input_value() == GEMEENTE
        assert tweede_pagina.locator(f'[data-werkplan-item="{eerste}"]').get_by_label("Gevraagde uren").input_value() == "250"
    finally:
        nieuw.close()


def test_werkplan_met_het_toetsenbord_en_voor_een_schermlezer(site: Bouwresultaat, site_url: str, sessie_breedte: Browsersessie,
                                                               axe: None) -> None:
    pagina = sessie_breedte.pagina
    pagina.goto(site_url + "menukaart/")
    knop = pagina.locator("[data-werkplan-knop]").first
    titel = pagina.locator(".fx-groep .fx-kaart__titel").first.inner_text()
    assert knop.get_attribute("type") == "button" and titel in knop.inner_text()  # the name says which item
    knop.focus()
    pagina.keyboard.press("Enter")
    melding = pagina.locator("[data-werkplan-melding]")
    expect(melding).to_have_text(re.compile("^Op uw werkplan gezet: " + re.escape(titel)))
    assert melding.get_attribute("role") == "status"
    pagina.keyboard.press("Space")
    expect(pagina).not_to_have_url(re.compile("items="))  # pressed again: off the werkplan

    knop.focus()
    pagina.keyboard.press("Enter")
    ident = knop.get_attribute("data-werkplan-knop")
    pagina.locator("[data-werkplan-link]").focus()
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector("[data-werkplan-inhoud]:not([hidden])")
    weg = pagina.locator(f'[data-werkplan-item="{ident}"] [data-werkplan-weg]')
    invoer = pagina.locator(f'[data-werkplan-item="{ident}"] [data-invoer="dorp"]')
    invoer.focus()
    pagina.keyboard.type("Gieten")
    expect(pagina).to_have_url(re.compile(r"\.dorp=Gieten"))
    pagina.wait_for_timeout(100)
    overtredingen = ernstig(draai_axe(pagina))
    assert not overtredingen, beschrijf(overtredingen)
    weg.focus()
    pagina.keyboard.press("Enter")
    assert pagina.locator("[data-werkplan-leeg]").is_visible()
    assert pagina.evaluate("document.activeElement.textContent") == "menukaart"  # focus is not lost on the page


def test_zonder_javascript_uitleg_en_de_weg_naar_ondersteuning(site_url: str, sessie_zonder_js: Browsersessie) -> None:
    pagina = sessie_zonder_js.pagina
    pagina.goto(site_url + "werkplan/?items=netimpact-check-wup")
    assert pagina.locator("[data-werkplan-zonder-js]").is_visible()
    assert "JavaScript" in pagina.locator("[data-werkplan-zonder-js]").inner_text()
    assert pagina.locator("[data-werkplan]").is_hidden()
    assert pagina.get_by_role("heading", name="Zo vraagt u ondersteuning aan").is_visible()
    pagina.goto(site_url + "menukaart/")
    assert pagina.locator("[data-werkplan-knop]").first.is_hidden()  # no button that does nothing
