"""A light site (issue 17): a view of the home, the menukaart and an item page fetches at most 200 kB, uncompressed,
all resources; nothing of the search until the reader searches. The figures: ``benchmarks/paginagewicht.py``."""

from __future__ import annotations

from typing import Any

import pytest

from browser.gewicht import GRENS, paginas, weeg
from conftest import MENUKAART
from flexteam import laad_menukaart

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("naam", ["home", "menukaart", "itempagina"])
def test_een_paginaweergave_blijft_onder_de_grens(naam: str, chromium: Any, site_url: str) -> None:
    pad = paginas(laad_menukaart(MENUKAART))[naam]
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    try:
        gewicht = weeg(context, site_url, pad)
    finally:
        context.close()
    grootste = ", ".join(f"{b} {g / 1000:.1f} kB" for b, g in gewicht.bestanden[:6])
    assert gewicht.bytes <= GRENS, f"{naam}: {gewicht.bytes / 1000:.1f} kB (grens {GRENS / 1000:.0f} kB); grootste: {grootste}"
    assert not gewicht.zoekbestanden, f"{naam} haalt zoekbestanden op zonder te zoeken: {gewicht.zoekbestanden}"
