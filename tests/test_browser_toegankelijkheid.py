"""WCAG 2.1 AA in a real browser: axe-core on every page type at two widths, and a keyboard journey.

axe-core (pinned in tests/browser/hulp.py and the Makefile) runs inside Debian's Chromium against
the built site served on 127.0.0.1. A page passes with zero serious or critical violations of the
rules tagged wcag2a, wcag2aa, wcag21a and wcag21aa.
"""

from __future__ import annotations

import re

from typing import Any

import pytest

from browser.fixtures import Browsersessie
from browser.hulp import beschrijf, draai_axe, ernstig
from browser.paginas import KOSTEN, item_id, nav_paden, paginatypes
from conftest import MENUKAART, Bouwresultaat
from flexteam import laad_menukaart

pytestmark = pytest.mark.browser

PAGINATYPES = [
    "home", "menukaart", "menukaart-gefilterd", "dienst", "kennisproduct", "kennisbank",
    "gemeenten", "gemeente", "kosten-en-bijdragen", "labels", "afdrukken", "navigatie", "404", "zoeken",
    "werkplan", "aanvragen",
]


@pytest.fixture(scope="module")
def catalogus() -> Any:
    return laad_menukaart(MENUKAART)


@pytest.fixture(scope="module")
def types(site: Bouwresultaat, catalogus: Any) -> dict[str, list[str]]:
    return paginatypes(site.site, catalogus)


def _open(sessie: Browsersessie, url: str) -> None:
    antwoord = sessie.pagina.goto(url)
    assert antwoord is not None and antwoord.status == 200, f"{url}: HTTP {antwoord and antwoord.status}"
    sessie.pagina.wait_for_load_state("load")


_TABEL_ZONDER_REGIO = """() => Array.from(document.querySelectorAll('.md-content table')).filter(t => {
    const regio = t.closest('[role=region]');
    return !regio || regio.tabIndex !== 0 || !regio.getAttribute('aria-label');
}).map(t => t.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("paginatype", PAGINATYPES)
def test_axe_geen_ernstige_overtredingen(
    paginatype: str, types: dict[str, list[str]], site_url: str, sessie_breedte: Browsersessie, axe: None,
) -> None:
    paden = types[paginatype]
    if paginatype == "kosten-en-bijdragen" and not paden:
        pytest.skip(f"de bijlage {KOSTEN} bestaat nog niet en staat niet in de navigatie")
    assert paden, f"geen pagina van het type {paginatype}"
    gevonden = {}
    tabellen = 0
    for pad in paden:
        _open(sessie_breedte, site_url + pad)
        if paginatype == "menukaart-gefilterd":
            sessie_breedte.pagina.wait_for_selector(".fx-filters:not([hidden])")
        if paginatype == "zoeken":
            sessie_breedte.pagina.wait_for_selector(".fx-zoek--pagina .fx-zoek__link")
        if paginatype == "werkplan":
            sessie_breedte.pagina.wait_for_selector("[data-werkplan-gemeente] table")
        overtredingen = ernstig(draai_axe(sessie_breedte.pagina))
        if overtredingen:
            gevonden[pad] = beschrijf(overtredingen)
        # Reflow (WCAG 1.4.10): at 390 px nothing makes the page wider than the screen (a wide table scrolls in its block).
        breedte = sessie_breedte.pagina.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        if breedte[0] > breedte[1]:
            gevonden[pad] = f"de pagina is {breedte[0]} px breed op een scherm van {breedte[1]} px"
        # Every table, generated or hand-written Markdown, scrolls in a named region with a Tab stop,
        # also where it happens to fit (axe only looks at regions that scroll at this width).
        zonder = sessie_breedte.pagina.evaluate(_TABEL_ZONDER_REGIO)
        if zonder:
            gevonden[pad] = f"tabellen zonder regio met tabstop en naam: {zonder}"
        tabellen += sessie_breedte.pagina.locator(".md-content table").count()
    assert not gevonden, "\n".join(f"{pad}:\n{tekst}" for pad, tekst in gevonden.items())
    if paginatype in {"gemeente", "gemeenten", "kosten-en-bijdragen"}:
        assert tabellen > 0


def test_axe_zoeken_met_resultaten(site_url: str, sessie_breedte: Browsersessie, axe: None, catalogus: Any) -> None:
    """The search with its results open: in the header at 1280 px, on the search page at 390 px."""
    pagina = sessie_breedte.pagina
    _open(sessie_breedte, site_url)
    veld = open_zoeken(pagina)
    pagina.locator(veld).fill(catalogus.items[0].titel.split()[0])
    pagina.wait_for_selector(".fx-zoek__link", state="visible")
    # The search is a landmark with a name, and the count is in a live region.
    assert pagina.get_by_role("search", name="Zoeken in de site").count() >= 1
    assert pagina.locator(".fx-zoek__status[role=status]:visible").inner_text()
    overtredingen = ernstig(draai_axe(pagina))
    assert not overtredingen, beschrijf(overtredingen)


def test_navigatie_naar_kosten_en_bijdragen_werkt(site: Bouwresultaat) -> None:
    """If the navigation links to the finance appendix, the page must be there."""
    for pad in nav_paden(site.site):
        if KOSTEN in pad:
            assert (site.site / pad / "index.html").is_file(), f"de navigatie linkt naar {pad}, maar die pagina ontbreekt"


# --- keyboard ---------------------------------------------------------------------------------

_FOCUS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const stijl = getComputedStyle(el);
    const vak = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(), klasse: el.className && el.className.baseVal === undefined ? el.className : '',
        naam: el.name || '', waarde: el.value || '', href: el.getAttribute('href') || '',
        tekst: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
        outline: stijl.outlineStyle, dikte: parseFloat(stijl.outlineWidth) || 0, kleur: stijl.outlineColor,
        schaduw: stijl.boxShadow,
        breedte: vak.width, hoogte: vak.height, boven: vak.top, links: vak.left,
        scherm: [window.innerWidth, window.innerHeight],
    };
}"""


def focus(pagina: Any) -> dict[str, Any] | None:
    return pagina.evaluate(_FOCUS)


def zichtbare_focus(info: dict[str, Any] | None) -> str | None:
    """None when the focused element shows a visible focus indicator, else why not."""
    if info is None:
        return "niets heeft de focus"
    if info["breedte"] <= 0 or info["hoogte"] <= 0:
        return f"het element met focus is niet te zien: {info}"
    buiten = info["boven"] + info["hoogte"] < 0 or info["boven"] > info["scherm"][1] or info["links"] > info["scherm"][0] or info["links"] + info["breedte"] < 0
    if buiten:
        return f"het element met focus staat buiten beeld: {info}"
    if info["outline"] != "none" and info["dikte"] >= 2 and "rgba(0, 0, 0, 0)" not in info["kleur"]:
        return None
    if info["schaduw"] and info["schaduw"] != "none":
        return None
    return f"geen zichtbare focusrand: {info}"


def tab_tot(pagina: Any, doel: str, maximaal: int = 150) -> dict[str, Any]:
    """Press Tab until the focused element matches the CSS selector ``doel``; every stop must show focus."""
    for _ in range(maximaal):
        pagina.keyboard.press("Tab")
        info = focus(pagina)
        probleem = zichtbare_focus(info)
        assert probleem is None, probleem
        if pagina.evaluate("(doel) => document.activeElement.matches(doel)", doel):
            assert info is not None
            return info
    raise AssertionError(f"na {maximaal} keer Tab nog niet bij {doel}")


def open_zoeken(pagina: Any) -> str:
    """Go to the search as a reader would: the field in the header, or on a phone the magnifier to the search page.
    Returns the selector of the field to type in."""
    knop = pagina.locator("a.fx-zoek-knop")
    if knop.is_visible():
        knop.click()
        pagina.wait_for_url(re.compile(r"/zoeken/"))
        veld = "#fx-zoekpagina-veld"
    else:
        veld = "#fx-zoekveld"
    pagina.locator(veld).focus()
    return veld


def test_toetsenbord_skiplink_filters_item(site_url: str, sessie: Browsersessie, catalogus: Any) -> None:
    pagina = sessie.pagina
    _open(sessie, site_url + "menukaart/")
    pagina.wait_for_selector(".fx-filters:not([hidden])")

    # 1. The first Tab stop is the skip link, visible once it has focus; it jumps to the content.
    pagina.keyboard.press("Tab")
    eerste = focus(pagina)
    assert eerste and "nl-skip-link" in eerste["klasse"], f"eerste tabstop is geen skiplink: {eerste}"
    assert zichtbare_focus(eerste) is None, zichtbare_focus(eerste)
    pagina.keyboard.press("Enter")
    assert pagina.evaluate("() => location.hash") != ""

    # 2. From the content, Tab reaches the filter group Thema; Enter opens it, Space ticks a box and the count is announced.
    thema = catalogus.items[0].thema[0]
    tab_tot(pagina, "[data-fx-filtergroep=thema] > summary")
    pagina.keyboard.press("Enter")
    info = tab_tot(pagina, f"input[name=thema][value='{thema}']")
    assert info["naam"] == "thema"
    voor = pagina.locator("#fx-aantal").inner_text()
    pagina.keyboard.press("Space")
    pagina.wait_for_function("(voor) => document.getElementById('fx-aantal').textContent !== voor", arg=voor)
    assert "gevonden" in pagina.locator("#fx-aantal").inner_text()
    assert f"thema={thema}" in pagina.url

    # 3. On to the first card that is still shown, and open it with Enter.
    info = tab_tot(pagina, ".fx-kaart:not([hidden]) .fx-kaart__titel a")
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    geopend = item_id(pagina.url)
    assert geopend and thema in next(i for i in catalogus.items if i.id == geopend).thema
    assert pagina.locator("h1").inner_text().strip() == next(i for i in catalogus.items if i.id == geopend).titel


def test_toetsenbord_zoeken(site_url: str, sessie_breedte: Browsersessie, catalogus: Any) -> None:
    """Tab to the search (the field at 1280 px, the magnifier to the search page at 390 px), type, open a result."""
    pagina = sessie_breedte.pagina
    item = catalogus.items[-1]
    _open(sessie_breedte, site_url)
    pagina.keyboard.press("Tab")
    assert "nl-skip-link" in (focus(pagina) or {}).get("klasse", "")
    if pagina.locator("a.fx-zoek-knop").is_visible():
        tab_tot(pagina, "a.fx-zoek-knop")
        with pagina.expect_navigation():
            pagina.keyboard.press("Enter")
        tab_tot(pagina, "#fx-zoekpagina-veld")
    else:
        tab_tot(pagina, "#fx-zoekveld")
    probleem = zichtbare_focus(focus(pagina))
    assert probleem is None, probleem
    pagina.keyboard.type(item.titel, delay=10)
    # The search answers every key; wait for the answer to the whole title (the item on top).
    pagina.wait_for_function(
        "(pad) => document.querySelector('.fx-zoek__uitslag:not([hidden]) .fx-zoek__link')?.pathname.startsWith(pad)",
        arg=f"/menukaart/{item.id}/",
    )
    pagina.keyboard.press("ArrowDown")
    info = focus(pagina)
    assert info and "fx-zoek__link" in info["klasse"], info
    assert zichtbare_focus(info) is None, zichtbare_focus(info)
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert item_id(pagina.url) == item.id

def test_toetsenbord_menu_op_een_telefoon(site_url: str, sessie_smal: Browsersessie) -> None:
    """At 390 px the menu is a drawer: the button opens it with Enter, focus moves in, Escape closes it."""
    pagina = sessie_smal.pagina
    _open(sessie_smal, site_url)
    tab_tot(pagina, "label.md-header__button[for=__drawer]")
    assert pagina.get_by_role("button", name="Menu").get_attribute("aria-expanded") == "false"
    pagina.keyboard.press("Enter")
    pagina.wait_for_function("() => document.getElementById('__drawer').checked")
    pagina.wait_for_function("() => document.activeElement.closest('.md-sidebar--primary') !== null")
    pagina.wait_for_timeout(300)  # the drawer slides in
    assert zichtbare_focus(focus(pagina)) is None, zichtbare_focus(focus(pagina))
    assert pagina.get_by_role("button", name="Menu").get_attribute("aria-expanded") == "true"
    # Tab through the menu to a page and back out with Escape.
    tab_tot(pagina, ".md-sidebar--primary a[href='menukaart/']")
    pagina.keyboard.press("Escape")
    pagina.wait_for_function("() => !document.getElementById('__drawer').checked")
    assert pagina.evaluate("() => document.activeElement.matches('label[for=__drawer]')")
    # The space bar works too, as on any button.
    pagina.keyboard.press(" ")
    pagina.wait_for_function("() => document.getElementById('__drawer').checked")
    pagina.keyboard.press("Escape")
    pagina.wait_for_function("() => !document.getElementById('__drawer').checked")
    # Closed, the menu's links are out of the Tab order again.
    pagina.wait_for_timeout(300)
    pagina.keyboard.press("Tab")
    info = focus(pagina)
    assert info is not None and zichtbare_focus(info) is None, info
