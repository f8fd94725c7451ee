"""Page weight: what a view of the home, the menukaart and an item page fetches (Chromium, no cache, uncompressed,
every resource), what the first search fetches on top, and the limit of issue 17 (200 kB).

Usage: ``python benchmarks/paginagewicht.py [--site site/]`` (without --site it builds the site first); ``make bench``
prints the same table. No request leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "hooks"))

from browser.gewicht import GRENS, ZOEKDELEN, paginas, weeg  # noqa: E402
from browser.hulp import serveer, start_chromium  # noqa: E402


def meet(site: Path) -> list[str]:
    """The table as lines: per page view its weight, the number of files and the search files it fetched."""
    from playwright.sync_api import sync_playwright

    from flexteam import laad_menukaart

    regels = [f"{'pagina':<12} {'kB':>7} {'bestanden':>10} {'zoekbestanden':>14}  grootste"]
    with sync_playwright() as p, serveer(site) as basis:
        chromium = start_chromium(p)
        try:
            for naam, pad in paginas(laad_menukaart(REPO / "menukaart")).items():
                context = chromium.new_context(viewport={"width": 1280, "height": 900})
                g = weeg(context, basis, pad)
                context.close()
                grootste = ", ".join(f"{b.rsplit('/', 1)[-1] or b} {n / 1000:.0f}" for b, n in g.bestanden[:3])
                teken = "" if g.bytes <= GRENS else "  BOVEN DE GRENS"
                regels.append(f"{naam:<12} {g.bytes / 1000:>7.1f} {len(g.bestanden):>10} {len(g.zoekbestanden):>14}  {grootste}{teken}")
            context = chromium.new_context(viewport={"width": 1280, "height": 900})
            pagina = context.new_page()
            voor: list[int] = []
            pagina.on("response", lambda r: voor.append(len(r.body())) if any(d in r.url for d in ZOEKDELEN) else None)
            pagina.goto(basis)
            pagina.fill("#fx-zoekveld", "warmtenet")
            pagina.wait_for_selector(".fx-zoek__link")
            pagina.wait_for_load_state("networkidle")
            regels.append(f"{'1e zoekvraag':<12} {sum(voor) / 1000:>7.1f} {len(voor):>10} {len(voor):>14}  (zoeker.js, Pagefind, index)")
            context.close()
        finally:
            chromium.close()
    regels.append(f"Grens: {GRENS / 1000:.0f} kB per paginaweergave, zonder zoekbestanden.")
    return regels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="een gebouwde site (anders bouwt het script er zelf een)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=REPO, check=True)
        regels = meet(site)
    print("\n".join(regels))
    return 0 if all("BOVEN" not in r for r in regels) else 1


if __name__ == "__main__":
    raise SystemExit(main())
