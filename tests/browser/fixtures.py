"""Pytest fixtures for the browser tests, registered as a plugin in tests/conftest.py.

One Chromium and one local web server per test run; every test gets a fresh browser context
(no cookies, no storage) and a page that records JavaScript errors, dialogs and requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator
from urllib.parse import urlsplit

import pytest

from browser.hulp import AXE, BREEDTES, serveer, start_chromium


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            browser = start_chromium(playwright)
        except Error as fout:
            pytest.fail(
                "Chromium start niet. Installeer het met 'make browser' (Debian: apt-get install chromium) "
                f"of '.venv/bin/playwright install chromium'.\n{fout}", pytrace=False,
            )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe() -> None:
    """axe-core, vendored by ``make browser``; the test server serves it at ``hulp.AXE_PAD``."""
    if not AXE.exists():
        pytest.fail(f"axe-core ontbreekt in {AXE.parent}: 'make browser' haalt het uit het npm-register.", pytrace=False)


@pytest.fixture(scope="session")
def vijandige_site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The mini menukaart full of hostile text (browser/vijandig.py), built by the real strict build."""
    from browser.vijandig import maak_vijandig
    from conftest import MINI, bouw

    map = tmp_path_factory.mktemp("vijandig")
    resultaat = bouw(maak_vijandig(MINI, map / "menukaart"), map / "site")
    assert resultaat.code == 0, resultaat.uitvoer
    return resultaat


@pytest.fixture(scope="session")
def site_url(site: Any) -> Iterator[str]:
    """The shipped site (the session ``site`` build), served on 127.0.0.1."""
    with serveer(site.site) as url:
        yield url


@dataclass
class Waarnemingen:
    """What happened in the browser during one test."""

    fouten: list[str] = field(default_factory=list)
    dialogen: list[str] = field(default_factory=list)
    verzoeken: list[str] = field(default_factory=list)

    def verzoeken_buiten(self, basis: str) -> list[str]:
        eigen = urlsplit(basis).netloc
        return [u for u in self.verzoeken if urlsplit(u).scheme not in {"data", "blob", "about"} and urlsplit(u).netloc != eigen]


_NIET_LOKAAL = re.compile(r"^(?!http://127\.0\.0\.1[:/]|data:|blob:|about:)")


def _open_context(chromium: Any, breedte: int, **opties: Any) -> tuple[Any, Waarnemingen]:
    context = chromium.new_context(viewport={"width": breedte, "height": 900}, locale="nl-NL", **opties)
    context.set_default_timeout(10_000)
    waarnemingen = Waarnemingen()
    context.on("request", lambda verzoek: waarnemingen.verzoeken.append(verzoek.url))

    # Nothing may leave this machine: abort at once instead of waiting for a closed network
    # (the request is still recorded above). Local requests do not pass through Python.
    context.route(_NIET_LOKAAL, lambda route: route.abort())

    def _nieuwe_pagina(pagina: Any) -> None:
        pagina.on("pageerror", lambda fout: waarnemingen.fouten.append(f"{pagina.url}: {fout}"))
        pagina.on("console", lambda bericht: bericht.type == "error" and waarnemingen.fouten.append(f"{pagina.url}: {bericht.text}"))

        def _dialoog(dialoog: Any) -> None:
            waarnemingen.dialogen.append(f"{pagina.url}: {dialoog.type} {dialoog.message}")
            dialoog.dismiss()

        pagina.on("dialog", _dialoog)

    context.on("page", _nieuwe_pagina)
    return context, waarnemingen


@dataclass
class Browsersessie:
    context: Any
    pagina: Any
    waarnemingen: Waarnemingen


@pytest.fixture(params=list(BREEDTES), ids=list(BREEDTES))
def breedte(request: pytest.FixtureRequest) -> int:
    return BREEDTES[request.param]


def _sessie(chromium: Any, breedte: int, **opties: Any) -> Iterator[Browsersessie]:
    context, waarnemingen = _open_context(chromium, breedte, **opties)
    pagina = context.new_page()
    try:
        yield Browsersessie(context, pagina, waarnemingen)
    finally:
        context.close()
    assert not waarnemingen.fouten, "JavaScript-fouten in de browser:\n" + "\n".join(waarnemingen.fouten)
    assert not waarnemingen.dialogen, "Er ging een dialoogvenster open:\n" + "\n".join(waarnemingen.dialogen)


@pytest.fixture
def sessie(chromium: Any) -> Iterator[Browsersessie]:
    """A fresh context at 1280 px; fails the test on any JavaScript error or dialog."""
    yield from _sessie(chromium, BREEDTES["breed"])


@pytest.fixture
def sessie_breedte(chromium: Any, breedte: int) -> Iterator[Browsersessie]:
    """A fresh context, once at 1280 px and once at 390 px."""
    yield from _sessie(chromium, breedte)


@pytest.fixture
def sessie_smal(chromium: Any) -> Iterator[Browsersessie]:
    """A fresh context at 390 px (a phone)."""
    yield from _sessie(chromium, BREEDTES["smal"])


@pytest.fixture
def sessie_zonder_js(chromium: Any) -> Iterator[Browsersessie]:
    yield from _sessie(chromium, BREEDTES["breed"], java_script_enabled=False)
