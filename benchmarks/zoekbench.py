"""Search benchmark: the judged queries of tests/zoeken/vragen.yml, typed in Chromium, for each search engine.

Builds the site (strict) twice and measures on the same content:

- ``ons``: the site's search (Pagefind's index of the built HTML, with the compound parts and synonyms of the build,
  and the layer of ``docs/assets/js/zoeker.js``: stop words, typing errors, a fallback per word, item pages and title
  matches first), asked through ``window.fxZoeker.zoek`` as the search field does;
- ``pagefind``: the same index through Pagefind's own API without that layer, every word required (its default);
- ``lunr``: the search of round one, Material's search plugin (lunr), in its dialog, on a build with that plugin on.

Per engine and per set (ontwikkel, apart = held out) it prints recall@5 (the share of the right pages among the first
five, at most five per question), MRR (1 / the rank of the first right page), the number of questions without any
result, and the latency from the question to the results (median and 95th percentile, in ms). No request leaves
127.0.0.1. Usage: ``make zoekbench`` (or ``python benchmarks/zoekbench.py --site site/`` for a built site).
"""

from __future__ import annotations

import argparse
import os
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
from browser.zoeken import zoek_lunr  # noqa: E402

VRAGEN = REPO / "tests" / "zoeken" / "vragen.yml"
TOP = 5

_PAGEFIND = """async (vraag) => {
  const start = performance.now();
  window.__pf = window.__pf || await import(new URL("pagefind/pagefind.js", document.baseURI).href);
  const resultaten = (await window.__pf.search(vraag)).results;
  const data = await Promise.all(resultaten.slice(0, 10).map((x) => x.data()));
  return {ms: performance.now() - start, urls: data.map((d) => d.url)};
}"""

_ONS = """async (vraag) => {
  const start = performance.now();
  const uit = await window.fxZoeker.zoek(vraag);
  return {ms: performance.now() - start, urls: uit.resultaten.slice(0, 10).map((d) => d.url)};
}"""

_LUNR_CONFIG = ".zoekbench-lunr.yml"
"""mkdocs.yml with Material's search plugin on, written beside it for one build (the hook finds the repository so)."""


@dataclass(frozen=True)
class Vraag:
    vraag: str
    soort: str
    set: str
    verwacht: tuple[str, ...]


@dataclass
class Uitslag:
    rangen: list[tuple[list[int], int]]
    missers: list[str]
    """The questions that did not find every right page in the top five, with what came first."""
    """Per question: the ranks (from 1) of the right pages found, and how many right pages there are."""
    nul: int
    ms: list[float]


def lees_vragen() -> list[Vraag]:
    data = yaml.safe_load(VRAGEN.read_text(encoding="utf-8"))
    return [Vraag(v["vraag"], v["soort"], v["set"], tuple(v["verwacht"])) for v in data["vragen"]]


def bouw(doel: Path, lunr: bool) -> None:
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    opdracht = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(doel)]
    config = REPO / _LUNR_CONFIG
    if lunr:
        instellingen = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
        instellingen["plugins"].insert(0, {"search": {"lang": "nl", "fields": {"tags": {"boost": 1000}}}})
        instellingen["theme"]["features"] += ["search.highlight", "search.suggest"]
        config.write_text(yaml.safe_dump(instellingen, allow_unicode=True), encoding="utf-8")
        opdracht += ["-f", str(config)]
    try:
        subprocess.run(opdracht, cwd=REPO, env=omgeving, check=True, capture_output=True)
    finally:
        config.unlink(missing_ok=True)


def _pad(url: str, basis: str) -> str:
    pad = urlsplit(url).path
    return pad[len(urlsplit(basis).path):] if pad.startswith(urlsplit(basis).path) else pad.lstrip("/")


def meet(pagina: Any, basis: str, vragen: list[Vraag], zoeker: Callable[[str], tuple[list[str], float]]) -> dict[str, Uitslag]:
    uitslagen: dict[str, Uitslag] = {}
    for v in vragen:
        paden, ms = zoeker(v.vraag)
        paden = [_pad(p, basis) for p in paden]
        rang = [paden.index(p) + 1 for p in v.verwacht if p in paden]
        u = uitslagen.setdefault(v.set, Uitslag([], [], 0, []))
        u.rangen.append((rang, len(v.verwacht)))
        if sum(1 for r in rang if r <= TOP) < min(len(v.verwacht), TOP):
            u.missers.append(f"{v.vraag!r} ({v.soort}): verwacht {list(v.verwacht)}, eerste {paden[:TOP]}")
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


def js_zoeker(pagina: Any, js: str) -> Callable[[str], tuple[list[str], float]]:
    def zoeker(vraag: str) -> tuple[list[str], float]:
        uit = pagina.evaluate(js, vraag)
        return list(uit["urls"]), float(uit["ms"])
    return zoeker


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="een gebouwde site (anders bouwt het script er zelf een)")
    parser.add_argument("--zoekmachines", default="ons,pagefind,lunr", help="welke, met komma's (standaard alle drie)")
    parser.add_argument("--missers", action="store_true", help="toon per zoekmachine de vragen die niet alles in de top 5 vonden")
    args = parser.parse_args()
    vragen = lees_vragen()
    with tempfile.TemporaryDirectory() as tmp:
        werk = Path(tmp)
        if args.site:
            site = args.site
        else:
            site = werk / "site"
            bouw(site, lunr=False)
        gekozen = args.zoekmachines.split(",")
        if "lunr" in gekozen:
            bouw(werk / "site-lunr", lunr=True)
        sites = {naam: map_ for naam, map_ in {"ons": site, "pagefind": site, "lunr": werk / "site-lunr"}.items() if naam in gekozen}
        resultaten: dict[str, dict[str, Uitslag]] = {}
        buiten: list[str] = []
        with browser() as chromium:
            for naam, map_ in sites.items():
                with serveer(map_) as basis:
                    context = chromium.new_context(viewport={"width": 1280, "height": 900})
                    context.on("request", lambda r, basis=basis: buiten.append(r.url) if not r.url.startswith(basis) else None)
                    pagina = context.new_page()
                    pagina.goto(basis)
                    if naam == "lunr":
                        pagina.locator(".md-search__input").click()
                        zoeker = lunr_zoeker(pagina)
                    elif naam == "ons":
                        pagina.locator("#fx-zoekveld").focus()
                        pagina.wait_for_function("() => window.fxZoeker")
                        zoeker = js_zoeker(pagina, _ONS)
                    else:
                        zoeker = js_zoeker(pagina, _PAGEFIND)
                    resultaten[naam] = meet(pagina, basis, vragen, zoeker)
                    context.close()
    per_set = {s: sum(1 for v in vragen if v.set == s) for s in ("ontwikkel", "apart")}
    print(f"Zoekbenchmark: {len(vragen)} vragen ({per_set['ontwikkel']} ontwikkel, {per_set['apart']} apart gehouden), "
          f"top {TOP}, Chromium.")
    print(f"{'zoekmachine':<13} {'set':<10} {'recall@5':>9} {'MRR':>6} {'zonder resultaat':>17} {'mediaan ms':>11} {'p95 ms':>7}")
    for naam, per in resultaten.items():
        for s in ("ontwikkel", "apart"):
            if s in per:
                r, m, nul, med, p95 = cijfers(per[s])
                print(f"{naam:<13} {s:<10} {r:>9.3f} {m:>6.3f} {nul:>17} {med:>11.1f} {p95:>7.1f}")
    if args.missers:
        for naam, per in resultaten.items():
            for s, u in per.items():
                for misser in u.missers:
                    print(f"  {naam} {s}: {misser}")
    print(f"Verzoeken buiten 127.0.0.1: {len(buiten)}")
    return 1 if buiten else 0


if __name__ == "__main__":
    raise SystemExit(main())
