"""Search benchmark: the judged queries of tests/zoeken/vragen.yml, typed in Chromium, for each search engine.

Builds the site (strict), then measures on the same HTML:

- ``lunr``: the search readers have today (Material's dialog, with the compound parts and synonyms of the build);
- ``lunr-kaal``: the same, built without the Dutch word list (no compound parts): what the parts add;
- ``pagefind``: Pagefind 1.5.2 over the built HTML (Dutch stemming and accent folding from ``<html lang="nl">``),
  through its JavaScript API, every word required (its default);
- ``pagefind-of``: the same, and when a question finds nothing, each word on its own (the results merged by score).

Per engine and per set (ontwikkel, apart = held out) it prints recall@5 (the share of the right pages among the first
five, at most five per question), MRR (1 / the rank of the first right page), the number of questions without any
result, and the latency from the question to the results (median and 95th percentile, in ms). No request leaves
127.0.0.1. Usage: ``make zoekbench`` (or ``python benchmarks/zoekbench.py --site site/`` for a built site).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from browser.hulp import serveer, start_chromium  # noqa: E402
from browser.zoeken import zoek as zoek_lunr  # noqa: E402

VRAGEN = REPO / "tests" / "zoeken" / "vragen.yml"
TOP = 5

_PAGEFIND = """async ([vraag, of]) => {
  const start = performance.now();
  window.__pf = window.__pf || await import(new URL("pagefind/pagefind.js", document.baseURI).href);
  let r = await window.__pf.search(vraag);
  let resultaten = r.results;
  if (of && !resultaten.length && vraag.trim().split(/\\s+/).length > 1) {
    const score = new Map();
    for (const woord of vraag.trim().split(/\\s+/)) {
      for (const x of (await window.__pf.search(woord)).results) score.set(x.id, [x, (score.get(x.id) || [x, 0])[1] + x.score]);
    }
    resultaten = [...score.values()].sort((a, b) => b[1] - a[1]).map(([x]) => x);
  }
  const data = await Promise.all(resultaten.slice(0, 10).map((x) => x.data()));
  return {ms: performance.now() - start, urls: data.map((d) => d.url)};
}"""


@dataclass(frozen=True)
class Vraag:
    vraag: str
    soort: str
    set: str
    verwacht: tuple[str, ...]


@dataclass
class Uitslag:
    rangen: list[tuple[list[int], int]]
    """Per question: the ranks (from 1) of the right pages found, and how many right pages there are."""
    nul: int
    ms: list[float]


def lees_vragen() -> list[Vraag]:
    data = yaml.safe_load(VRAGEN.read_text(encoding="utf-8"))
    return [Vraag(v["vraag"], v["soort"], v["set"], tuple(v["verwacht"])) for v in data["vragen"]]


def bouw(doel: Path, woordenlijst: bool) -> None:
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if not woordenlijst:
        omgeving["MENUKAART_WOORDENLIJST"] = str(doel.parent / "geen-woordenlijst")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(doel)], cwd=REPO, env=omgeving,
                   check=True, capture_output=True)


def indexeer_pagefind(site: Path) -> float:
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site)], check=True, capture_output=True)
    return time.perf_counter() - begin


def _pad(url: str, basis: str) -> str:
    pad = urlsplit(url).path
    return pad[len(urlsplit(basis).path):] if pad.startswith(urlsplit(basis).path) else pad.lstrip("/")


def meet(pagina: Any, basis: str, vragen: list[Vraag], zoeker: Callable[[str], tuple[list[str], float]]) -> dict[str, Uitslag]:
    uitslagen: dict[str, Uitslag] = {}
    for v in vragen:
        paden, ms = zoeker(v.vraag)
        paden = [_pad(p, basis) for p in paden]
        rang = [paden.index(p) + 1 for p in v.verwacht if p in paden]
        u = uitslagen.setdefault(v.set, Uitslag([], 0, []))
        u.rangen.append((rang, len(v.verwacht)))
        u.nul += not paden
        u.ms.append(ms)
    return uitslagen


def cijfers(u: Uitslag) -> tuple[float, float, int, float, float]:
    recall, mrr = [], []
    for gevonden, aantal in u.rangen:
        recall.append(sum(1 for r in gevonden if r <= TOP) / min(aantal, TOP))
        mrr.append(1 / min(gevonden) if gevonden else 0.0)
    ms = sorted(u.ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return statistics.fmean(recall), statistics.fmean(mrr), u.nul, statistics.median(ms), p95


@contextmanager
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = start_chromium(p)
        try:
            yield chromium
        finally:
            chromium.close()


def lunr_zoeker(pagina: Any) -> Callable[[str], tuple[list[str], float]]:
    def zoeker(vraag: str) -> tuple[list[str], float]:
        begin = time.perf_counter()
        paden = zoek_lunr(pagina, vraag)
        return paden, (time.perf_counter() - begin) * 1000
    return zoeker


def pagefind_zoeker(pagina: Any, of: bool) -> Callable[[str], tuple[list[str], float]]:
    def zoeker(vraag: str) -> tuple[list[str], float]:
        uit = pagina.evaluate(_PAGEFIND, [vraag, of])
        return list(uit["urls"]), float(uit["ms"])
    return zoeker


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="een gebouwde site (anders bouwt het script er zelf een)")
    args = parser.parse_args()
    vragen = lees_vragen()
    with tempfile.TemporaryDirectory() as tmp:
        werk = Path(tmp)
        sites: dict[str, Path] = {}
        if args.site:
            sites["lunr"] = args.site
        else:
            bouw(werk / "site", woordenlijst=True)
            sites["lunr"] = werk / "site"
            bouw(werk / "site-kaal", woordenlijst=False)
            sites["lunr-kaal"] = werk / "site-kaal"
        pagefind_site = werk / "site-pagefind"
        shutil.copytree(sites["lunr"], pagefind_site)
        seconden = indexeer_pagefind(pagefind_site)
        resultaten: dict[str, dict[str, Uitslag]] = {}
        buiten: list[str] = []
        with browser() as chromium:
            for naam, map_ in [*sites.items(), ("pagefind", pagefind_site), ("pagefind-of", pagefind_site)]:
                with serveer(map_) as basis:
                    context = chromium.new_context(viewport={"width": 1280, "height": 900})
                    context.on("request", lambda r, basis=basis: buiten.append(r.url) if not r.url.startswith(basis) else None)
                    pagina = context.new_page()
                    pagina.goto(basis)
                    if naam.startswith("lunr"):
                        pagina.locator(".md-search__input").click()
                        zoeker = lunr_zoeker(pagina)
                    else:
                        zoeker = pagefind_zoeker(pagina, of=naam == "pagefind-of")
                    resultaten[naam] = meet(pagina, basis, vragen, zoeker)
                    context.close()
    per_set = {s: sum(1 for v in vragen if v.set == s) for s in ("ontwikkel", "apart")}
    print(f"Zoekbenchmark: {len(vragen)} vragen ({per_set['ontwikkel']} ontwikkel, {per_set['apart']} apart gehouden), "
          f"top {TOP}, Chromium. Pagefind-index gemaakt in {seconden:.2f} s.")
    print(f"{'zoekmachine':<13} {'set':<10} {'recall@5':>9} {'MRR':>6} {'zonder resultaat':>17} {'mediaan ms':>11} {'p95 ms':>7}")
    for naam, per in resultaten.items():
        for s in ("ontwikkel", "apart"):
            if s in per:
                r, m, nul, med, p95 = cijfers(per[s])
                print(f"{naam:<13} {s:<10} {r:>9.3f} {m:>6.3f} {nul:>17} {med:>11.1f} {p95:>7.1f}")
    print(f"Verzoeken buiten 127.0.0.1: {len(buiten)}")
    return 1 if buiten else 0


if __name__ == "__main__":
    raise SystemExit(main())
