"""Readers are not tracked: a browse of every page type, the search and the filters in Chromium
contacts no host but the site itself, sets no cookie, and keeps nothing in the browser's storage
except what docs/privacy.md says.
"""

from __future__ import annotations

import pytest

from browser.fixtures import Browsersessie
from browser.paginas import paginatypes
from conftest import MENUKAART, REPO, Bouwresultaat
from flexteam import laad_menukaart

pytestmark = pytest.mark.browser

TOEGESTANE_OPSLAG: dict[str, set[str]] = {"localStorage": set(), "sessionStorage": set()}
"""Keys the site may keep in the browser: none. Material's keys (``__palette``, ``__source``,
``__tabs``, ``__consent``, ``__announce``, ``__outdated``) belong to features this site leaves off:
no palette toggle, no repository facts (overrides/partials/source.html), no content tabs, no
consent banner, no announcement bar, no versions."""

_OPSLAG = """() => {
    const lees = (opslag) => { const uit = {}; for (let i = 0; i < opslag.length; i++) { const k = opslag.key(i); uit[k] = opslag.getItem(k); } return uit; };
    return {localStorage: lees(window.localStorage), sessionStorage: lees(window.sessionStorage)};
}"""


def _rondgang(site: Bouwresultaat) -> list[str]:
    types = paginatypes(site.site, laad_menukaart(MENUKAART))
    paden: list[str] = []
    for lijst in types.values():
        for pad in lijst:
            if pad not in paden:
                paden.append(pad)
    return paden


_INGEBED = """() => Array.from(document.querySelectorAll('iframe, object, embed, frame')).map(e => e.outerHTML.slice(0, 120))"""
_BRONNEN = """() => Array.from(document.querySelectorAll(
    'script[src], img[src], source[src], video[src], audio[src], link[rel~=stylesheet], link[rel~=icon], link[rel~=preload]'
)).map(e => e.src || e.href)"""


def test_geen_verzoeken_buiten_de_site_geen_cookies_geen_opslag(
    site: Bouwresultaat, site_url: str, sessie: Browsersessie,
) -> None:
    """One browse of every page type, the search and the filters; every request is recorded."""
    pagina = sessie.pagina
    opslag: dict[str, dict[str, str]] = {"localStorage": {}, "sessionStorage": {}}
    for pad in _rondgang(site):
        pagina.goto(site_url + pad)
        for soort, waarden in pagina.evaluate(_OPSLAG).items():
            opslag[soort].update(waarden)
        # No third-party embeds; every script, stylesheet and image comes from the site itself.
        assert not pagina.evaluate(_INGEBED), f"{pad}: {pagina.evaluate(_INGEBED)}"
        for bron in pagina.evaluate(_BRONNEN):
            assert bron.startswith(site_url), f"{pad}: {bron}"
    # Search (loads the search script, Pagefind and its index chunks) and the filters (change the URL).
    pagina.goto(site_url + "menukaart/")
    pagina.locator(".fx-filtergroep > summary").first.click()
    pagina.locator(".fx-filters input[type=checkbox]").first.check()
    pagina.locator("#fx-zoekveld").click()
    pagina.keyboard.type("warmte", delay=20)
    pagina.wait_for_selector(".fx-zoek__link")
    pagina.locator(".fx-zoek__link").first.click()
    pagina.wait_for_load_state()
    for soort, waarden in pagina.evaluate(_OPSLAG).items():
        opslag[soort].update(waarden)

    buiten = sessie.waarnemingen.verzoeken_buiten(site_url)
    assert not buiten, "verzoeken naar andere hosts dan de site zelf:\n" + "\n".join(sorted(set(buiten)))
    assert len(sessie.waarnemingen.verzoeken) > 50
    assert sessie.context.cookies() == [], sessie.context.cookies()
    for soort, toegestaan in TOEGESTANE_OPSLAG.items():
        assert set(opslag[soort]) <= toegestaan, f"{soort} bevat {opslag[soort]}"


def test_privacyverklaring_noemt_de_opslag(site: Bouwresultaat) -> None:
    """What the site keeps in the browser (nothing) is what the privacy page says."""
    privacy = REPO / "docs" / "privacy.md"
    if not privacy.exists():
        pytest.skip("docs/privacy.md bestaat nog niet")
    tekst = privacy.read_text(encoding="utf-8").lower()
    assert "localstorage" in tekst or "lokale opslag" in tekst, "docs/privacy.md zegt niets over opslag in de browser"
    assert "cookie" in tekst
