"""Benchmark: how the cost of the site grows with the menukaart, measured against the engine's own cost.

For each size (items × municipalities) this script generates a synthetic menukaart
(``synthetisch.py``) and measures

- validation: ``python -m flexteam check --map DIR`` (wall time, Python start included);
- our build: ``mkdocs build --strict`` of this repository with ``MENUKAART_MAP=DIR``;
- the limit ("basis"): the same pages written out as static Markdown (through the core's API:
  ``laad_menukaart`` + ``bouw_site``) next to a copy of ``docs/``, built by MkDocs + Material
  with a copy of ``mkdocs.yml`` without ``hooks:`` (and ``not_in_nav`` for the pages the hook
  keeps out of the navigation, so both sites have the same pages and the same nav);
- size of both sites, size per HTML page and the search index (Pagefind's folder, all chunks).

It prints a Markdown table with the ratios ours / basis and checks the targets of issue #7.
Optionally it profiles the hook side (``--profiel``) and measures the edit-to-reload time of
``mkdocs serve`` (on by default at the largest size; ``--geen-serve`` skips it).

    python benchmarks/bench.py                       # 50, 200, 1000 items × 12, 342 gemeenten
    python benchmarks/bench.py --snel                # 50 items, 12 gemeenten: a smoke run
    python benchmarks/bench.py --maten 1000 --gemeenten 12 --herhaal 3 --profiel
    python benchmarks/bench.py --readme              # also write the results in benchmarks/README.md

Timings are only meaningful on a quiet machine: the script prints the load average at the
start and the end. The largest size is built ``--herhaal`` times (default 3), ours and basis
alternating; the smaller sizes once. Build times are the minimum over the runs; the ratios are the
median of the ratios of each pair of builds run one after the other, with their spread, because a
virtual machine can be 10 to 20 % slower from one minute to the next.
"""

from __future__ import annotations

import argparse
import compileall
import cProfile
import io
import os
import platform
import pstats
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HIER = Path(__file__).resolve().parent
REPO = HIER.parent
sys.path.insert(0, str(REPO / "hooks"))
sys.path.insert(0, str(HIER))

from flexteam import laad_menukaart  # noqa: E402
from flexteam.inhoud.regio import Regio  # noqa: E402
from flexteam.site.bouw import Bouw, bouw_site  # noqa: E402
from flexteam.site.documenten import Documentcache  # noqa: E402
from flexteam.site.project import NA_DE_BOUW, schrijf_project  # noqa: E402
from synthetisch import genereer  # noqa: E402

README = HIER / "README.md"
BEGIN, EINDE = "<!-- resultaten:begin -->", "<!-- resultaten:einde -->"

# Targets of issue #7.
DOEL_VERHOUDING = 1.10  # ours / basis at 1,000 items, time and size
DOEL_GROEI = 22.0  # build time at 1,000 items / at 50 items
DOEL_PER_PAGINA = 1.25  # size per page at 1,000 items / at 50 items ("linear": about constant)
DOEL_CONTROLE = 1.0  # seconds for `flexteam check` at 1,000 items


# --- measuring -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    """User + system time of the child process."""
    uitvoer: str
    code: int


def draai(cmd: list[str], env: dict[str, str] | None = None, cwd: Path = REPO, timeout: float = 1800) -> Run:
    """Run a command; wall time and the CPU time of the child (os.wait4), so load from others shows as wall > cpu."""
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proces = subprocess.Popen(cmd, cwd=cwd, env=omgeving, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            _, status, rusage = _wacht(proces, timeout)
        except subprocess.TimeoutExpired:
            stop(proces)
            raise
        wall = time.perf_counter() - start
        log.seek(0)
        uitvoer = log.read().decode("utf-8", "replace")
    return Run(wall, rusage.ru_utime + rusage.ru_stime, uitvoer, os.waitstatus_to_exitcode(status))


def _wacht(proces: subprocess.Popen[bytes], timeout: float) -> tuple[int, int, Any]:
    grens = time.monotonic() + timeout
    while True:
        pid, status, rusage = os.wait4(proces.pid, os.WNOHANG)
        if pid:
            proces.returncode = os.waitstatus_to_exitcode(status)
            return pid, status, rusage
        if time.monotonic() > grens:
            raise subprocess.TimeoutExpired(proces.args, timeout)
        time.sleep(0.02)


def stop(proces: subprocess.Popen[bytes]) -> None:
    """Stop a process we started, and its children (its own session), by its id: TERM, then KILL."""
    if proces.poll() is not None:
        return
    try:
        os.killpg(proces.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proces.wait(timeout=10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proces.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proces.wait(timeout=10)


@dataclass(frozen=True)
class Site:
    paginas: int
    """HTML files."""
    bytes: int
    zoekindex: int

    @property
    def per_pagina(self) -> float:
        return self.bytes / self.paginas if self.paginas else 0.0


def meet_site(map: Path) -> Site:
    paginas = totaal = 0
    for pad in map.rglob("*"):
        if pad.is_file():
            totaal += pad.stat().st_size
            paginas += pad.suffix == ".html"
    index = map / "pagefind"  # the search index (Pagefind, in chunks a reader fetches only when searching)
    return Site(paginas, totaal, sum(f.stat().st_size for f in index.rglob("*") if f.is_file()) if index.is_dir() else 0)


# --- the two builds ------------------------------------------------------------------------------


def site_url() -> str:
    """``site_url`` as the hook gives it to the core: ``SITE_URL``, or else (empty) the region's own address."""
    return os.environ.get("SITE_URL", "")


def bouw_ons(map: Path, doel: Path) -> Run:
    # No -q: MkDocs 1.6 then drops warnings before --strict counts them, and a broken site would pass.
    run = draai([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(REPO / "mkdocs.yml"), "-d", str(doel)],
                env={"MENUKAART_MAP": str(map)})
    if run.code:
        raise SystemExit(f"Onze bouw ({map.name}) faalde:\n{run.uitvoer[-4000:]}")
    return run


def maak_basis(bouw: Bouw, regio: Regio, doel: Path) -> Path:
    """The generated pages as static Markdown next to a copy of docs/, and mkdocs.yml without hooks (the core's export)."""
    return schrijf_project(bouw, regio, REPO, doel, site_url())


def bouw_basis(config: Path, doel: Path) -> Run:
    run = draai([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(doel)], cwd=config.parent)
    if run.code:
        raise SystemExit(f"De basisbouw ({config.parent.name}) faalde:\n{run.uitvoer[-4000:]}")
    if (config.parent / NA_DE_BOUW).is_dir():
        shutil.copytree(config.parent / NA_DE_BOUW, doel, dirs_exist_ok=True)
    return run


# --- one size ------------------------------------------------------------------------------------


@dataclass
class Meting:
    items: int
    gemeenten: int
    controle: Run | None = None
    controle_intern: float | None = None
    laden: float = 0.0
    bouwen: float = 0.0
    documenten: int = 0
    """Word and PDF files the site has."""
    documenten_koud: float = 0.0
    """Wall seconds of the first render, which makes every document (the cache empty)."""
    documenten_bytes: int = 0
    ons: list[Run] = field(default_factory=list)
    basis: list[Run] = field(default_factory=list)
    site_ons: Site | None = None
    site_basis: Site | None = None

    @property
    def t_ons(self) -> float:
        return min(r.wall for r in self.ons)

    @property
    def t_basis(self) -> float:
        return min(r.wall for r in self.basis)

    @property
    def cpu_ons(self) -> float:
        return min(r.cpu for r in self.ons)

    @property
    def cpu_basis(self) -> float:
        return min(r.cpu for r in self.basis)

    @property
    def verhouding(self) -> float:
        """Ours / basis in wall time: the median over the rounds of each pair of builds run one after the other,
        so a machine that is slower for a minute (other processes, other virtual machines) weighs in on both."""
        return _verhouding(self.ons, self.basis)

    @property
    def spreiding(self) -> str:
        return _spreiding(self.ons, self.basis)

    @property
    def verhouding_cpu(self) -> float:
        return statistics.median(o.cpu / b.cpu for o, b in zip(self.ons, self.basis))


def _verhouding(ons: list[Run], basis: list[Run]) -> float:
    return statistics.median(o.wall / b.wall for o, b in zip(ons, basis))


def _spreiding(ons: list[Run], basis: list[Run]) -> str:
    """Lowest and highest ratio of a pair: how much the machine moved during the measurement."""
    paren = [o.wall / b.wall for o, b in zip(ons, basis)]
    return f"{min(paren):.2f}–{max(paren):.2f}" if len(paren) > 1 else "–"


def meet(items: int, gemeenten: int, werk: Path, herhaal: int, bewaar: bool = False) -> Meting:
    meting = Meting(items, gemeenten)
    map = genereer(werk / f"menukaart-{items}-{gemeenten}", items, gemeenten)

    controles = [draai([sys.executable, "-m", "flexteam", "check", "--map", str(map)]) for _ in range(herhaal)]
    if any(r.code for r in controles):
        raise SystemExit(f"De gegenereerde menukaart is niet geldig:\n{controles[0].uitvoer[-4000:]}")
    meting.controle = min(controles, key=lambda r: r.wall)
    intern = re.search(r"\(([\d.]+) s\)", meting.controle.uitvoer)
    meting.controle_intern = float(intern.group(1)) if intern else None

    start = time.process_time()
    catalogus = laad_menukaart(map, repo=REPO)
    meting.laden = time.process_time() - start
    # The first render makes every Word and PDF file, into a cache the builds below share (MENUKAART_CACHE): their
    # cost is measured apart, the builds then compare the same work as before documents existed.
    cache = werk / f"documenten-{items}-{gemeenten}"
    os.environ["MENUKAART_CACHE"] = str(cache)
    start = time.perf_counter()
    bouw = bouw_site(catalogus, site_url=site_url(), cache=Documentcache(cache))
    meting.documenten_koud = time.perf_counter() - start
    documenten = [d for d in bouw.downloads if d.pad.endswith((".pdf", ".docx"))]
    meting.documenten, meting.documenten_bytes = len(documenten), sum(len(d.inhoud) for d in documenten)
    start = time.process_time()
    bouw = bouw_site(catalogus, site_url=site_url(), cache=Documentcache(cache))
    meting.bouwen = time.process_time() - start
    config = maak_basis(bouw, catalogus.regio, werk / f"basis-{items}-{gemeenten}")

    site_ons, site_basis = werk / f"site-ons-{items}-{gemeenten}", werk / f"site-basis-{items}-{gemeenten}"
    for ronde in range(herhaal):
        # Alternate the order, so drift in the machine's load does not favour one side. Every build after the
        # first replaces its own site of the round before: the same work for both.
        volgorde = [("ons", site_ons), ("basis", site_basis)]
        for soort, doel in volgorde if ronde % 2 == 0 else volgorde[::-1]:
            if soort == "ons":
                meting.ons.append(bouw_ons(map, doel))
            else:
                meting.basis.append(bouw_basis(config, doel))
    meting.site_ons, meting.site_basis = meet_site(site_ons), meet_site(site_basis)
    if meting.site_ons.paginas != meting.site_basis.paginas:
        print(f"  let op: {meting.site_ons.paginas} HTML-pagina's in onze site, {meting.site_basis.paginas} in de basis",
              file=sys.stderr)
    if not bewaar:  # a 1,000-item site is some 50 MB
        for doel in (site_ons, site_basis):
            shutil.rmtree(doel, ignore_errors=True)
    return meting


# --- profile -------------------------------------------------------------------------------------


def profiel(map: Path, uit: Path, regels: int = 25) -> str:
    """cProfile of the hook side (load + validate + render) at one size; the .prof file stays with --bewaar."""
    laad_menukaart(map, repo=REPO)  # warm: imports, compiled templates
    profiler = cProfile.Profile()
    profiler.enable()
    bouw_site(laad_menukaart(map, repo=REPO), site_url=site_url())
    profiler.disable()
    profiler.dump_stats(uit)
    tekst = io.StringIO()
    stats = pstats.Stats(profiler, stream=tekst).strip_dirs()
    stats.sort_stats("cumulative").print_stats(regels)
    stats.sort_stats("tottime").print_stats(regels)
    return tekst.getvalue()


def fasen(map: Path) -> list[tuple[str, float]]:
    """CPU time per step of the hook side, without the profiler's overhead (best of three)."""
    from flexteam.site import gemeenten, items
    from flexteam.site.hergebruik import maak_hergebruik
    from flexteam.site.kosten import maak_kosten_site
    from flexteam.site.pagina import Instellingen
    from flexteam.weergave.tekst import markdown_naar_html

    catalogus = laad_menukaart(map, repo=REPO)
    stappen: list[tuple[str, Any]] = [
        ("laden + controleren", lambda: laad_menukaart(map, repo=REPO)),
        ("bouw_site (alles)", lambda: bouw_site(catalogus, site_url=site_url())),
        ("  itempagina's", lambda: list(items.item_paginas(catalogus, Instellingen(site_url() or catalogus.regio.site_url)))),
        ("    Markdown → HTML", lambda: [markdown_naar_html(i.beschrijving) for i in catalogus.items]),
        ("  overzichten", lambda: [items.overzicht_pagina(catalogus), items.afdruk_pagina(catalogus),
                                   items.kennisbank_pagina(catalogus), gemeenten.gemeenten_overzicht(catalogus)]),
        ("  gemeentepagina's", lambda: list(gemeenten.gemeente_paginas(catalogus))),
        ("  bijlage kosten", lambda: maak_kosten_site(catalogus)),
        ("  export, feed, nieuw", lambda: [x.inhoud for lijst in maak_hergebruik(catalogus, site_url()) for x in lijst]),
    ]
    uitkomst = []
    for naam, stap in stappen:
        beste = float("inf")
        for _ in range(3):
            start = time.process_time()
            stap()
            beste = min(beste, time.process_time() - start)
        uitkomst.append((naam, beste))
    return uitkomst


# --- mkdocs serve --------------------------------------------------------------------------------


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def haal(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as antwoord:
            return antwoord.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def meet_serve(map: Path, start_grens: float = 600, herlaad_grens: float = 300) -> tuple[float, float]:
    """(seconds until `mkdocs serve` serves, seconds from saving one item's YAML to the new title on its page)."""
    bestand = sorted((map / "diensten").glob("*.yml"))[0]
    origineel = bestand.read_text(encoding="utf-8")
    poort = vrije_poort()
    basis = f"http://127.0.0.1:{poort}{urlsplit(site_url()).path or '/'}"
    item_url = f"{basis}menukaart/{bestand.stem}/"
    log = tempfile.TemporaryFile()
    proces = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(REPO / "mkdocs.yml"), "-a", f"127.0.0.1:{poort}"],
        cwd=REPO, env={**os.environ, "MENUKAART_MAP": str(map), "NO_MKDOCS_2_WARNING": "1"},
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        start = time.perf_counter()
        while haal(item_url) is None:
            if proces.poll() is not None or time.perf_counter() - start > start_grens:
                log.seek(0)
                raise SystemExit(f"mkdocs serve kwam niet op ({start_grens:.0f} s):\n{log.read().decode()[-3000:]}")
            time.sleep(0.25)
        opstart = time.perf_counter() - start
        time.sleep(1.0)  # let the watcher settle after the first build
        merk = f"gewijzigd {os.getpid()}-{int(time.time())}"
        nieuw = re.sub(r"^titel: (.*)$", lambda m: f"titel: {m.group(1)} {merk}", origineel, count=1, flags=re.M)
        assert nieuw != origineel, "geen titel gevonden"
        start = time.perf_counter()
        bestand.write_text(nieuw, encoding="utf-8")
        while True:
            html = haal(item_url)
            if html and merk in html:
                return opstart, time.perf_counter() - start
            if proces.poll() is not None or time.perf_counter() - start > herlaad_grens:
                log.seek(0)
                raise SystemExit(f"De nieuwe titel verscheen niet binnen {herlaad_grens:.0f} s:\n{log.read().decode()[-3000:]}")
            time.sleep(0.1)
    finally:
        stop(proces)
        log.close()
        bestand.write_text(origineel, encoding="utf-8")


# --- report --------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    model = "onbekend"
    try:
        model = next(r.split(":", 1)[1].strip() for r in Path("/proc/cpuinfo").read_text().splitlines() if r.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor() or model
    from flexteam.lezen import yamlbestand

    return {
        "yaml": "libyaml (C)" if yamlbestand._Parser.__module__ == "yaml._yaml" else "PyYAML in Python (geen libyaml!)",
        "datum": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpu": f"{os.cpu_count()} × {model}",
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "material": version("mkdocs-material"),
    }


def ijkloop() -> float:
    """Seconds for a fixed piece of pure Python (best of 3): how fast this (virtual) machine is right now.

    Load average says nothing about a host that runs other virtual machines; this does. Absolute
    times in the table (such as ``check`` < 1 s) are only comparable between runs with a similar figure.
    """
    beste = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        totaal = 0
        for i in range(5_000_000):
            totaal += i
        beste = min(beste, time.perf_counter() - start)
    return beste


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}"


def tabel(metingen: list[Meting]) -> str:
    kop = ("| items | gemeenten | pagina's | controle (s) | bouw ons (s) | bouw basis (s) | tijd ons/basis | spreiding (paren) "
           "| cpu ons/basis | site ons (MB) | per pagina (kB) | zoekindex (MB) | grootte ons/basis |")
    regels = [kop, "|" + "---:|" * kop.count(" | ") + "---:|"]
    for m in metingen:
        assert m.controle and m.site_ons and m.site_basis
        regels.append(
            f"| {m.items} | {m.gemeenten} | {m.site_ons.paginas} | {m.controle.wall:.2f} | {m.t_ons:.1f} | {m.t_basis:.1f} "
            f"| {m.verhouding:.3f} | {m.spreiding} | {m.verhouding_cpu:.3f} | {_mb(m.site_ons.bytes)} "
            f"| {m.site_ons.per_pagina / 1000:.1f} | {_mb(m.site_ons.zoekindex)} | {m.site_ons.bytes / m.site_basis.bytes:.3f} |"
        )
    return "\n".join(regels)


def doelen(metingen: list[Meting]) -> list[tuple[bool, str]]:
    uit: list[tuple[bool, str]] = []
    for gemeenten in sorted({m.gemeenten for m in metingen}):
        reeks = sorted((m for m in metingen if m.gemeenten == gemeenten), key=lambda m: m.items)
        groot, klein = reeks[-1], reeks[0]
        if groot.items >= 1000:
            t = groot.verhouding
            uit.append((t <= DOEL_VERHOUDING, f"{groot.items} items, {gemeenten} gemeenten: tijd ons/basis {t:.3f} (doel ≤ {DOEL_VERHOUDING})"))
            assert groot.site_ons and groot.site_basis
            g = groot.site_ons.bytes / groot.site_basis.bytes
            uit.append((g <= DOEL_VERHOUDING, f"{groot.items} items, {gemeenten} gemeenten: grootte ons/basis {g:.3f} (doel ≤ {DOEL_VERHOUDING})"))
            if groot.controle:
                uit.append((groot.controle.wall < DOEL_CONTROLE,
                            f"{groot.items} items, {gemeenten} gemeenten: controle {groot.controle.wall:.2f} s "
                            f"(intern {groot.controle_intern} s; doel < {DOEL_CONTROLE:.0f} s)"))
        if groot.items >= 1000 and klein.items <= 50:
            groei = groot.t_ons / klein.t_ons
            uit.append((groei <= DOEL_GROEI, f"{gemeenten} gemeenten: bouwtijd {groot.items} / {klein.items} items = {groei:.1f}× "
                                             f"(doel ≤ {DOEL_GROEI:.0f}×)"))
            assert groot.site_ons and klein.site_ons
            pp = groot.site_ons.per_pagina / klein.site_ons.per_pagina
            uit.append((pp <= DOEL_PER_PAGINA, f"{gemeenten} gemeenten: grootte per pagina {groot.items} / {klein.items} items "
                                               f"= {pp:.2f}× (doel ≤ {DOEL_PER_PAGINA}×)"))
    return uit


def rapport(metingen: list[Meting], info: dict[str, str], extra: list[str]) -> str:
    regels = [
        f"Machine: {info['cpu']}; Python {info['python']}, MkDocs {info['mkdocs']}, Material {info['material']}, YAML-parser {info['yaml']}; "
        f"{info['datum']}; belasting (1 min) bij start {info['load_start']}, aan het eind {info['load_eind']}; "
        f"ijkloop (vast stuk Python, lager is sneller) bij start {info['ijk_start']} s, aan het eind {info['ijk_eind']} s.",
        "",
        tabel(metingen),
        "",
    ]
    gemeten = doelen(metingen)
    if gemeten:
        regels += [f"- {'✔' if ok else '✘'} {tekst}" for ok, tekst in gemeten] + [""]
    regels += extra
    return "\n".join(regels).rstrip() + "\n"


def schrijf_readme(tekst: str) -> None:
    inhoud = README.read_text(encoding="utf-8") if README.is_file() else f"# Benchmark\n\n{BEGIN}\n{EINDE}\n"
    if BEGIN not in inhoud or EINDE not in inhoud:
        inhoud = inhoud.rstrip() + f"\n\n{BEGIN}\n{EINDE}\n"
    voor, rest = inhoud.split(BEGIN, 1)
    _, na = rest.split(EINDE, 1)
    README.write_text(f"{voor}{BEGIN}\n{tekst}{EINDE}{na}", encoding="utf-8")


# --- main ----------------------------------------------------------------------------------------


def _getallen(tekst: str) -> list[int]:
    return [int(d) for d in tekst.split(",") if d.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--maten", type=_getallen, default=[50, 200, 1000], help="aantallen items (standaard 50,200,1000)")
    parser.add_argument("--gemeenten", type=_getallen, default=[12, 342], help="aantallen gemeenten (standaard 12,342)")
    parser.add_argument("--herhaal", type=int, default=3,
                        help="bouw de grootste maat zo vaak, ons en basis om en om (standaard 3); kleinere maten één keer")
    parser.add_argument("--snel", action="store_true", help="rooktest: 50 items, 12 gemeenten, geen serve")
    parser.add_argument("--geen-serve", action="store_true", help="meet de herlaadtijd van mkdocs serve niet")
    parser.add_argument("--profiel", action="store_true", help="profileer laden + controleren + renderen bij de grootste maat")
    parser.add_argument("--readme", action="store_true", help="schrijf de resultaten in benchmarks/README.md")
    parser.add_argument("--bewaar", type=Path, help="werkmap bewaren (gegenereerde menukaarten, basissites, profiel)")
    args = parser.parse_args(argv)
    if args.snel:
        args.maten, args.gemeenten, args.geen_serve, args.herhaal = [50], [12], True, 1

    # Bytecode for the hook's modules, as Python writes it on the first import (unless PYTHONDONTWRITEBYTECODE
    # is set): MkDocs and Material come precompiled from pip, so without it only our side would compile every build.
    compileall.compile_dir(REPO / "hooks", quiet=1)
    info = machine()
    info["load_start"] = f"{os.getloadavg()[0]:.2f}"
    info["ijk_start"] = f"{ijkloop():.2f}"
    print(f"Benchmark op {info['cpu']}; belasting {info['load_start']}; ijkloop {info['ijk_start']} s.", file=sys.stderr)
    werk = args.bewaar.resolve() if args.bewaar else Path(tempfile.mkdtemp(prefix="menukaart-bench-"))
    werk.mkdir(parents=True, exist_ok=True)
    extra: list[str] = []
    try:
        metingen = []
        for items in args.maten:
            for gemeenten in args.gemeenten:
                print(f"- {items} items, {gemeenten} gemeenten …", file=sys.stderr, flush=True)
                herhaal = args.herhaal if items == max(args.maten) else 1
                meting = meet(items, gemeenten, werk, herhaal, bewaar=bool(args.bewaar))
                print(f"  controle {meting.controle.wall:.2f} s, ons {meting.t_ons:.1f} s, basis {meting.t_basis:.1f} s "  # type: ignore[union-attr]
                      f"(kern: laden {meting.laden:.2f} s, renderen {meting.bouwen:.2f} s cpu)", file=sys.stderr, flush=True)
                metingen.append(meting)
        grootste = max(args.maten)
        extra += ["Word- en PDF-documenten: de eerste keer maakt de bouw ze allemaal; daarna alleen wat veranderde "
                  "(`.cache/documenten/`). De bouwtijden hierboven zijn met een gevulde cache.", "",
                  "| items | gemeenten | documenten | MB | eerste keer renderen, alles maken (s) | per document (s) "
                  "| renderen met cache (s cpu) |", "|---:|---:|---:|---:|---:|---:|---:|",
                  *(f"| {m.items} | {m.gemeenten} | {m.documenten} | {m.documenten_bytes / 1e6:.1f} | {m.documenten_koud:.1f} "
                    f"| {(m.documenten_koud - m.bouwen) / max(1, m.documenten):.2f} | {m.bouwen:.2f} |" for m in metingen), ""]
        kern = [f"| {m.items} | {m.gemeenten} | {m.laden:.2f} | {m.bouwen:.2f} | {m.cpu_ons:.1f} | {m.cpu_basis:.1f} "
                f"| {m.cpu_ons - m.cpu_basis:+.1f} | {m.t_ons - m.t_basis:+.1f} |" for m in metingen]
        extra += ["De kern (laden + controleren, renderen) in het proces van de benchmark, één keer per maat, naast de "
                  "cpu-tijd van de twee bouwprocessen en de verschillen (alles in seconden):", "",
                  "| items | gemeenten | laden + controleren (s) | renderen (s) | cpu ons (s) | cpu basis (s) | cpu ons − basis (s) "
                  "| wand ons − basis (s) |", "|---:|---:|---:|---:|---:|---:|---:|---:|", *kern, ""]
        if not args.geen_serve:
            print(f"- mkdocs serve bij {grootste} items …", file=sys.stderr, flush=True)
            map = werk / f"menukaart-{grootste}-{min(args.gemeenten)}"
            opstart, herladen = meet_serve(map)
            extra += [f"`mkdocs serve` bij {grootste} items en {min(args.gemeenten)} gemeenten: eerste bouw en opstart "
                      f"{opstart:.1f} s; van het bewaren van één YAML-bestand tot de nieuwe titel op de pagina {herladen:.1f} s.", ""]
        if args.profiel:
            for gemeenten in sorted(set(args.gemeenten)):
                map = werk / f"menukaart-{grootste}-{gemeenten}"
                print(f"- profiel bij {grootste} items, {gemeenten} gemeenten …", file=sys.stderr, flush=True)
                stappen = fasen(map)
                extra += [f"Kern bij {grootste} items en {gemeenten} gemeenten, cpu-seconden (warm, beste van 3):", ""]
                extra += [f"    {naam:24s} {sec:6.2f}" for naam, sec in stappen] + [""]
                uitvoer = profiel(map, werk / f"profiel-{grootste}-{gemeenten}.prof")
                print(uitvoer, file=sys.stderr)
        info["load_eind"] = f"{os.getloadavg()[0]:.2f}"
        info["ijk_eind"] = f"{ijkloop():.2f}"
        tekst = rapport(metingen, info, extra)
        print(tekst)
        if args.readme:
            schrijf_readme(tekst)
    finally:
        if not args.bewaar:
            shutil.rmtree(werk, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
