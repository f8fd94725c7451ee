"""What a page view fetches: every resource Chromium loads for a page, without a cache, uncompressed.

Used by the page-weight test (tests/test_browser_gewicht.py) and ``benchmarks/paginagewicht.py``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

GRENS = 200_000
"""At most this many bytes per view of the home, the menukaart and an item page (issue 17)."""
ZOEKDELEN = ("/pagefind/", "/assets/js/zoeker.js", "/zoeken/woorden.json")
"""What belongs to the search itself: fetched only once the reader searches."""


@dataclass(frozen=True)
class Gewicht:
    pad: str
    bytes: int
    bestanden: list[tuple[str, int]]
    """Every fetched file (its path) with its size, largest first."""

    @property
    def zoekbestanden(self) -> list[str]:
        return [b for b, _ in self.bestanden if any(deel in b for deel in ZOEKDELEN)]


def weeg(context: Any, basis: str, pad: str) -> Gewicht:
    """Open ``basis + pad`` in a new page of ``context`` (a context without cache) and add up what it fetched."""
    antwoorden: list[Any] = []
    pagina = context.new_page()
    pagina.on("response", lambda antwoord: antwoorden.append(antwoord))
    pagina.goto(basis + pad)
    pagina.wait_for_load_state("networkidle")
    bestanden = []
    for antwoord in antwoorden:
        try:
            grootte = len(antwoord.body())
        except Exception:  # noqa: BLE001 - a redirect or an aborted request has no body: it weighs nothing
            grootte = 0
        bestanden.append((antwoord.url[len(basis) - 1:], grootte))
    pagina.close()
    bestanden.sort(key=lambda b: -b[1])
    return Gewicht(pad, sum(g for _, g in bestanden), bestanden)


def paginas(catalogus: Any) -> dict[str, str]:
    """The page views the limit holds for: name → site path."""
    return {"home": "", "menukaart": "menukaart/", "itempagina": f"menukaart/{catalogus.diensten[0].id}/"}
