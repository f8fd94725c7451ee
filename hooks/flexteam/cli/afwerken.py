"""``python -m flexteam afwerken --site DIR [--bestanden DIR]``: the search index and the pruned stylesheets of a site built by an
engine without hooks (the MkDocs hook does the same after its build)."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

from flexteam.basis.meldingen import SITE_ONTBREEKT, melding


def voeg_toe(sub: Any) -> None:
    afwerken = sub.add_parser("afwerken", help="maak de zoekindex van een gebouwde site en haal ongebruikte stijlen weg")
    afwerken.add_argument("--site", type=Path, required=True, help="de map met de gebouwde site")
    afwerken.add_argument("--bestanden", type=Path, help="map met bestanden die ongewijzigd in de site komen "
                                                         "(na-de-bouw/ van export-project)")
    afwerken.set_defaults(uitvoeren=_afwerken)


def _afwerken(args: argparse.Namespace) -> int:
    if not (args.site / "index.html").is_file():
        print(melding(SITE_ONTBREEKT, site=args.site), file=sys.stderr)
        return 1
    from flexteam.site.afwerking import werk_af
    from flexteam.site.zoekindex import ZoekindexFout

    if args.bestanden is not None and args.bestanden.is_dir():
        shutil.copytree(args.bestanden, args.site, dirs_exist_ok=True)
    try:
        print(werk_af(args.site))
    except ZoekindexFout as fout:
        print(fout, file=sys.stderr)
        return 1
    return 0
