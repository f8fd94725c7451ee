"""Command-line tasks for contributors and CI, next to ``check`` and ``schema`` in ``cli.py``.

    python -m flexteam nieuw --soort dienst|kennisproduct|gemeente [--type TYPE] --titel "…"
    python -m flexteam bijgewerkt --basis origin/main [--github] [--codequality PAD]
    python -m flexteam export --doel DIR
    python -m flexteam export-paginas --doel DIR
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable

from .bijgewerkt import GitFout, controleer_bijgewerkt
from .catalogus import Catalogus
from .codequality import schrijf_codequality
from .fouten import github_annotaties, samenvatting, zichtbaar
from .laden import SOORTEN, lees_menukaart
from .nieuw import NieuwFout, kennisproduct_types, maak_nieuw

STANDAARD_MAP = Path("menukaart")
STANDAARD_DOCS = Path("docs")
"""The hand-written pages, when a command runs in the repository: an id may not replace one of them."""
STANDAARD_SITE_URL = "https://flexteam-warmtetransitie.drenthe.nl/"


def voeg_toe(sub: Any) -> None:
    """Register the subcommands; each sets ``uitvoeren`` to the function that runs it."""
    nieuw = sub.add_parser("nieuw", help="maak een nieuw item uit een sjabloon in menukaart/_sjablonen/")
    nieuw.add_argument("--map", type=Path, default=STANDAARD_MAP)
    nieuw.add_argument("--soort", default="", help="dienst, kennisproduct of gemeente (leeg: de opdracht vraagt het)")
    nieuw.add_argument("--type", default="", help="bij een kennisproduct: het type, zoals handreiking")
    nieuw.add_argument("--titel", default="", help="de titel (bij een gemeente: de naam)")
    nieuw.set_defaults(uitvoeren=_nieuw)

    bijgewerkt = sub.add_parser("bijgewerkt", help="waarschuw als een gewijzigd item zijn oude datum 'bijgewerkt' hield")
    bijgewerkt.add_argument("--map", type=Path, default=STANDAARD_MAP)
    bijgewerkt.add_argument("--basis", default="origin/main", help="de tak waartegen je vergelijkt (standaard: origin/main)")
    bijgewerkt.add_argument("--github", action="store_true", help="meld ook als GitHub-annotaties (::warning file=…)")
    bijgewerkt.add_argument("--codequality", type=Path, help="schrijf ook een GitLab Code Quality-rapport (JSON)")
    bijgewerkt.set_defaults(uitvoeren=_bijgewerkt)

    export = sub.add_parser("export", help="schrijf menukaart.json, menukaart.csv en feed.xml")
    export.add_argument("--map", type=Path, default=STANDAARD_MAP)
    export.add_argument("--doel", type=Path, required=True, help="map waarin export/ en feed.xml komen")
    export.add_argument("--site-url", default=STANDAARD_SITE_URL, help="adres van de site, voor de links")
    export.set_defaults(uitvoeren=_export)

    paginas = sub.add_parser("export-paginas", help="schrijf alle gegenereerde pagina's en downloads naar een map "
                                                    "(voor een bouwer zonder hooks, zoals Zensical)")
    paginas.add_argument("--map", type=Path, default=STANDAARD_MAP)
    paginas.add_argument("--doel", type=Path, required=True, help="de docs-map van die bouwer (bestaande bestanden worden overschreven)")
    paginas.add_argument("--site-url", default=STANDAARD_SITE_URL)
    paginas.set_defaults(uitvoeren=_export_paginas)


def _nieuw(args: argparse.Namespace) -> int:
    vraag = _vrager()
    soort = args.soort.strip() or vraag("Wat wil je toevoegen?", "soort", list(SOORTEN))
    soort_type = args.type.strip() or None
    if soort == "kennisproduct" and soort_type is None:
        soort_type = vraag("Welk type kennisproduct?", "type", kennisproduct_types(args.map))
    titel = args.titel.strip() or vraag("Wat is de naam van de gemeente?" if soort == "gemeente" else "Wat is de titel?", "titel", None)
    try:
        nieuw = maak_nieuw(args.map, soort, titel, soort_type)
    except NieuwFout as fout:
        print(zichtbaar(str(fout)), file=sys.stderr)
        return 1
    print(f"Nieuw bestand: {nieuw.pad.as_posix()} (id: {nieuw.ident}).")
    print(f"Vul nog {nieuw.plaatshouders} plekken in: elke tekst die met VUL IN of VUL-IN begint. "
          "Controleer daarna met: make check")
    return 0


def _vrager() -> Callable[[str, str, list[str] | None], str]:
    """Ask for what is missing when someone sits at the keyboard; otherwise say which option to give."""

    def vraag(tekst: str, optie: str, keuzes: list[str] | None) -> str:
        uitleg = f" Kies uit: {', '.join(keuzes)}." if keuzes else ""
        if not sys.stdin.isatty():
            lidwoord = "het" if optie == "type" else "de"
            raise SystemExit(f"Niet opgegeven: {lidwoord} {optie}. Geef die mee met --{optie} "
                             f"(of {optie.upper()}=… bij make nieuw).{uitleg}")
        while True:
            antwoord = input(f"{tekst}{uitleg} ").strip()
            if antwoord and (keuzes is None or antwoord in keuzes):
                return antwoord
            print("Dat is geen geldige keuze." if antwoord else "Vul iets in.")

    return vraag


def _bijgewerkt(args: argparse.Namespace) -> int:
    try:
        waarschuwingen = controleer_bijgewerkt(Path.cwd(), args.map, args.basis, date.today())
    except GitFout as fout:
        print(f"De datumcontrole kon niet draaien: {zichtbaar(str(fout))}", file=sys.stderr)
        return 2
    if args.codequality:
        schrijf_codequality(args.codequality, waarschuwingen, "minor", "flexteam-bijgewerkt")
    if not waarschuwingen:
        print(f"Elk gewijzigd item heeft een nieuwe datum 'bijgewerkt' (vergeleken met {args.basis}).")
        return 0
    kop = "1 gewijzigd item hield" if len(waarschuwingen) == 1 else f"{len(waarschuwingen)} gewijzigde items hielden"
    print(f"Let op: {kop} de oude datum 'bijgewerkt':", file=sys.stderr)
    for waarschuwing in waarschuwingen:
        print(f"  - {waarschuwing}", file=sys.stderr)
    if args.github:
        for annotatie in github_annotaties(waarschuwingen, "warning"):
            print(annotatie)
    return 0  # a warning, not an error: a correction of a typo needs no new date


def _laad(map: Path) -> Catalogus | None:
    catalogus, fouten = lees_menukaart(map, repo=Path.cwd(), docs=STANDAARD_DOCS if STANDAARD_DOCS.is_dir() else None)
    if fouten or catalogus is None:
        print(samenvatting(fouten), file=sys.stderr)
        return None
    return catalogus


def _export(args: argparse.Namespace) -> int:
    catalogus = _laad(args.map)
    if catalogus is None:
        return 1
    from .export import export_downloads  # here, not at the top: `check` should not pay for Jinja, Markdown and Excel
    from .wijzigingen import atom_feed

    downloads = [*export_downloads(catalogus, args.site_url), atom_feed(catalogus, args.site_url)]
    for download in downloads:
        _schrijf(args.doel / download.pad, download.inhoud)
    print(f"Geschreven in {args.doel}: {', '.join(d.pad for d in downloads)}.")
    return 0


def _export_paginas(args: argparse.Namespace) -> int:
    catalogus = _laad(args.map)
    if catalogus is None:
        return 1
    from .site import bouw_site

    bouw = bouw_site(catalogus, site_url=args.site_url)
    for pagina in bouw.paginas:
        _schrijf(args.doel / pagina.pad, pagina.inhoud.encode("utf-8"))
    for download in bouw.downloads:
        _schrijf(args.doel / download.pad, download.inhoud)
    print(f"Geschreven in {args.doel}: {len(bouw.paginas)} pagina's en {len(bouw.downloads)} downloads.")
    return 0


def _schrijf(pad: Path, inhoud: bytes) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_bytes(inhoud)
