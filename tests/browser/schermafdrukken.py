"""Screenshots of every page type at 1280 and 390 px, for a person to look at (``make screenshots``; never committed).

Builds nothing itself: it photographs the site in ``--site`` (``make screenshots`` builds it first) with the page types
the browser tests use, full page, into ``--doel`` (``build/screenshots/``), and prints what it wrote.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from browser.hulp import BREEDTES, serveer, start_chromium
from browser.paginas import paginatypes

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "hooks"))

from flexteam import laad_menukaart  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=REPO / "site")
    parser.add_argument("--doel", type=Path, default=REPO / "build" / "screenshots")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        raise SystemExit(f"Geen gebouwde site in {args.site}: draai eerst make build.")
    args.doel.mkdir(parents=True, exist_ok=True)
    types = paginatypes(args.site, laad_menukaart(REPO / "menukaart"))
    aantal = 0
    with sync_playwright() as playwright, serveer(args.site) as basis:
        browser = start_chromium(playwright)
        for naam, breedte in BREEDTES.items():
            context = browser.new_context(viewport={"width": breedte, "height": 900}, locale="nl-NL")
            pagina = context.new_page()
            for soort, paden in types.items():
                for volgnummer, pad in enumerate(paden[:3]):
                    pagina.goto(basis + pad)
                    pagina.wait_for_load_state("load")
                    stam = re.sub(r"[^a-z0-9]+", "-", f"{soort}-{volgnummer}-{pad}".lower()).strip("-")
                    bestand = args.doel / f"{stam}-{breedte}.png"
                    pagina.screenshot(path=str(bestand), full_page=True)
                    aantal += 1
                    print(f"{bestand.relative_to(REPO) if bestand.is_relative_to(REPO) else bestand}  ({soort}, {breedte} px)")
            context.close()
        browser.close()
    print(f"{aantal} schermafdrukken in {args.doel}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
