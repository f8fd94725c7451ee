"""``python -m flexteam bijgewerkt --basis origin/main [--github] [--codequality PAD]``: a changed item that kept its date."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from flexteam.basis.fout import zichtbaar
from flexteam.basis.meldingen import BIJGEWERKT_EEN_ITEM, BIJGEWERKT_IN_ORDE, BIJGEWERKT_ITEMS, BIJGEWERKT_KAN_NIET, melding
from flexteam.cli.annotaties import github_annotaties
from flexteam.cli.codequality import schrijf_codequality
from flexteam.cli.gedeeld import STANDAARD_MAP
from flexteam.controle.bijgewerkt import GitFout, controleer_bijgewerkt


def voeg_toe(sub: Any) -> None:
    bijgewerkt = sub.add_parser("bijgewerkt", help="waarschuw als een gewijzigd item zijn oude datum 'bijgewerkt' hield")
    bijgewerkt.add_argument("--map", type=Path, default=STANDAARD_MAP)
    bijgewerkt.add_argument("--basis", default="origin/main", help="de tak waartegen je vergelijkt (standaard: origin/main)")
    bijgewerkt.add_argument("--github", action="store_true", help="meld ook als GitHub-annotaties (::warning file=…)")
    bijgewerkt.add_argument("--codequality", type=Path, help="schrijf ook een GitLab Code Quality-rapport (JSON)")
    bijgewerkt.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    try:
        waarschuwingen = controleer_bijgewerkt(Path.cwd(), args.map, args.basis, date.today())
    except GitFout as fout:
        print(melding(BIJGEWERKT_KAN_NIET, reden=zichtbaar(str(fout))), file=sys.stderr)
        return 2
    if args.codequality:
        schrijf_codequality(args.codequality, waarschuwingen, "minor", "flexteam-bijgewerkt")
    if not waarschuwingen:
        print(melding(BIJGEWERKT_IN_ORDE, basis=args.basis))
        return 0
    kop = BIJGEWERKT_EEN_ITEM if len(waarschuwingen) == 1 else melding(BIJGEWERKT_ITEMS, aantal=len(waarschuwingen))
    print(kop, file=sys.stderr)
    for waarschuwing in waarschuwingen:
        print(f"  - {waarschuwing}", file=sys.stderr)
    if args.github:
        for annotatie in github_annotaties(waarschuwingen, "warning"):
            print(annotatie)
    return 0  # a warning, not an error: a correction of a typo needs no new date
