"""Contributed content never runs code in a reader's browser, and stays readable.

A copy of tests/voorbeelden/mini gets hostile text in every field a contributor writes (titles,
summaries, Markdown with raw HTML, trefwoorden, results, steps, taxonomy labels, afspraak notes,
local processes, the budget source: see tests/browser/vijandig.py). The real strict build turns
it into a site; Chromium opens every page, searches and filters, while the test listens for
dialogs (every payload calls alert), JavaScript errors and failed loads (``<img src=x>``).
The policy is in hooks/flexteam/tekst.py and on the colofon page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from browser.fixtures import Browsersessie
from browser.hulp import serveer
from browser.vijandig import PAYLOADS
from browser.zoeken import zoek
from conftest import Bouwresultaat

pytestmark = pytest.mark.browser

# Look-alikes the build puts in place of < > " ' where the theme prints text unescaped.
LIJKT_OP = str.maketrans({"<": "‹", ">": "›", '"': "”", "'": "’"})


@pytest.fixture(scope="module")
def vijandige_url(vijandige_site: Bouwresultaat) -> Iterator[str]:
    with serveer(vijandige_site.site) as url:
        yield url


_GEVAARLIJK = """() => {
    const gevonden = [];
    for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) gevonden.push(`${el.tagName} ${attr.name}=${attr.value}`);
            if (/^\\s*(javascript|data|vbscript):/i.test(attr.value) && /^(href|src|action|formaction|xlink:href)$/i.test(attr.name))
                gevonden.push(`${el.tagName} ${attr.name}=${attr.value}`);
        }
    }
    // The one meta http-equiv the site writes itself: the Content-Security-Policy of the editor in /beheer/.
    for (const el of document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv]:not([http-equiv="Content-Security-Policy"])'))
        gevonden.push(el.outerHTML.slice(0, 100));
    for (const script of document.querySelectorAll('script'))
        if (/alert\\(/.test(script.textContent) && script.type !== 'application/ld+json') gevonden.push('script: ' + script.textContent.slice(0, 100));
    return gevonden;
}"""


def _paginas(site: Path) -> list[str]:
    paden = []
    for pagina in sorted(site.rglob("index.html")):
        map = pagina.parent.relative_to(site).as_posix()
        paden.append("" if map == "." else f"{map}/")
    return paden


def test_niets_voert_code_uit(vijandige_site: Bouwresultaat, vijandige_url: str, sessie: Browsersessie) -> None:
    pagina = sessie.pagina
    bezocht = 0
    for pad in _paginas(vijandige_site.site):
        pagina.goto(vijandige_url + pad)
        gevaarlijk = pagina.evaluate(_GEVAARLIJK)
        assert not gevaarlijk, f"{pad}: {gevaarlijk}"
        bezocht += 1
    assert bezocht >= 10
    # The fixture fails the test on any dialog, JavaScript error or failed load; check here too.
    assert not sessie.waarnemingen.dialogen and not sessie.waarnemingen.fouten


def test_zoeken_en_filteren_met_vijandige_tekst(vijandige_url: str, sessie: Browsersessie) -> None:
    pagina = sessie.pagina
    pagina.goto(vijandige_url + "menukaart/")
    pagina.wait_for_selector(".fx-filters:not([hidden])")
    for groep in pagina.locator(".fx-filtergroep > summary").all():
        groep.click()
    for vakje in pagina.locator(".fx-filters input[type=checkbox]").all():
        vakje.check()
        vakje.uncheck()
    pagina.locator("#fx-zoekveld").click()
    gevonden = 0
    for vraag in ["alert", "script", "Wijkplan", "WUP", "Lariks"]:
        gevonden += len(zoek(pagina, vraag, alles=True))
        assert not pagina.evaluate(_GEVAARLIJK), vraag
    assert gevonden > 0


def test_tekst_blijft_leesbaar(vijandige_url: str, sessie: Browsersessie) -> None:
    pagina = sessie.pagina
    pagina.goto(vijandige_url + "menukaart/wijkplan-maken/")
    titel = PAYLOADS["titel"]
    # Title: where the theme prints it (h1, <title>) it shows with look-alike characters.
    assert pagina.locator("h1").inner_text().strip() == titel.translate(LIJKT_OP)
    assert titel.translate(LIJKT_OP) in pagina.title()
    tekst = pagina.locator(".md-content").inner_text()
    # Plain-text fields are escaped: the reader sees exactly what the contributor typed.
    for sleutel in ["samenvatting", "resultaat", "stap"]:
        assert PAYLOADS[sleutel] in tekst, sleutel
    # Keywords are for search only: not shown, but kept as typed in the page text the search index reads.
    assert PAYLOADS["trefwoord"] not in tekst
    assert PAYLOADS["trefwoord"] in (pagina.locator(".fx-trefwoorden").text_content() or "")
    # Markdown: raw HTML is shown as text, formatting and safe links still work.
    assert "<script>alert('md')</script>" in tekst
    assert pagina.locator(".fx-beschrijving strong", has_text="wijkplan").count() == 1
    assert "klik hier" in tekst
    assert pagina.locator(".fx-beschrijving a[href^='javascript']").count() == 0

    pagina.goto(vijandige_url + "gemeenten/assen/")
    tekst = pagina.locator(".md-content").inner_text()
    for sleutel in ["afspraak", "wijk", "proces"]:
        assert PAYLOADS[sleutel] in tekst, sleutel

    # Where a figure comes from (its source, rule and supplier) is shown as the contributor wrote it.
    pagina.goto(vijandige_url + "kosten-en-bijdragen/")
    tekst = pagina.locator(".md-content").inner_text()
    for sleutel in ["bron", "regel", "levert"]:
        assert PAYLOADS[sleutel] in tekst, sleutel

    pagina.goto(vijandige_url + "menukaart/")
    filters = pagina.locator(".fx-filters").text_content() or ""
    assert PAYLOADS["thema"] in filters and PAYLOADS["fase"] in filters


def test_de_controle_ziet_een_echte_aanval(chromium: Any, tmp_path: Path) -> None:
    """Canary: the same listeners and DOM check do catch a payload that gets through."""
    from browser.fixtures import _open_context

    (tmp_path / "index.html").write_text(
        "<!doctype html><title>x</title><p>Hallo</p><img src=x onerror=\"alert('door')\">"
        "<a href=\"javascript:alert(1)\">klik</a>",
        encoding="utf-8",
    )
    with serveer(tmp_path) as url:
        context, waarnemingen = _open_context(chromium, 1280)
        try:
            pagina = context.new_page()
            pagina.goto(url)
            pagina.wait_for_timeout(300)
            gevaarlijk = pagina.evaluate(_GEVAARLIJK)
        finally:
            context.close()
    assert any("alert" in d for d in waarnemingen.dialogen), waarnemingen
    assert any("404" in f for f in waarnemingen.fouten), waarnemingen
    assert any("onerror" in g for g in gevaarlijk) and any("javascript:" in g for g in gevaarlijk), gevaarlijk
