"""``python -m flexteam check [--map menukaart] [--github] [--codequality PAD]``: every error of every file, at once."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from flexteam.basis.fout import samenvatting
from flexteam.basis.meldingen import CHECK_IN_ORDE, melding
from flexteam.cli.annotaties import github_annotaties
from flexteam.cli.codequality import schrijf_codequality
from flexteam.cli.gedeeld import STANDAARD_MAP, lees


def voeg_toe(sub: Any) -> None:
    check = sub.add_parser("check", help="controleer alle YAML-bestanden van de menukaart")
    check.add_argument("--map", type=Path, default=STANDAARD_MAP, help="map met de menukaart (standaard: menukaart)")
    check.add_argument("--github", action="store_true", help="meld fouten ook als GitHub-annotaties (::error file=…)")
    check.add_argument("--codequality", type=Path, help="schrijf de fouten ook als GitLab Code Quality-rapport (JSON)")
    check.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    catalogus, fouten = lees(args.map)
    duur = time.perf_counter() - start
    if args.codequality is not None:
        schrijf_codequality(args.codequality, fouten, "major", "flexteam-check")
    if fouten or catalogus is None:
        print(samenvatting(fouten), file=sys.stderr)
        if args.github:
            for annotatie in github_annotaties(fouten):
                print(annotatie)
        return 1
    if catalogus.waarschuwingen:
        print(samenvatting(catalogus.waarschuwingen, "warning"), file=sys.stderr)
        if args.github:
            for annotatie in github_annotaties(catalogus.waarschuwingen, "warning"):
                print(annotatie)
    print(melding(CHECK_IN_ORDE, diensten=len(catalogus.diensten), kennisproducten=len(catalogus.kennisproducten),
                  gemeenten=len(catalogus.gemeenten), duur=f"{duur:.2f}"))
    return 0
