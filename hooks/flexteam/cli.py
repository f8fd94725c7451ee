"""Command line: the same core as the MkDocs hook, for ``make check``, CI and editors.

    python -m flexteam check [--map menukaart] [--github] [--codequality PAD]
    python -m flexteam schema [--controleer]
    python -m flexteam nieuw | bijgewerkt | export | export-paginas   (zie opdrachten.py)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Sequence

from pydantic import ValidationError

from . import opdrachten
from .opdrachten import STANDAARD_DOCS
from .codequality import schrijf_codequality
from .fouten import github_annotaties, samenvatting
from .laden import lees_menukaart
from .model import Taxonomie
from .schema import SCHEMA_MODELLEN, schema_tekst
from .yamlbestand import YamlFout, lees_bestand

STANDAARD_MAP = Path("menukaart")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flexteam", description="Menukaart Warmtetransitie Drenthe")
    sub = parser.add_subparsers(dest="opdracht", required=True)

    check = sub.add_parser("check", help="controleer alle YAML-bestanden van de menukaart")
    check.add_argument("--map", type=Path, default=STANDAARD_MAP, help="map met de menukaart (standaard: menukaart)")
    check.add_argument("--github", action="store_true", help="meld fouten ook als GitHub-annotaties (::error file=…)")
    check.add_argument("--codequality", type=Path, help="schrijf de fouten ook als GitLab Code Quality-rapport (JSON)")

    schema = sub.add_parser("schema", help="schrijf de JSON Schema-bestanden voor editors")
    schema.add_argument("--map", type=Path, default=STANDAARD_MAP)
    schema.add_argument("--controleer", action="store_true", help="alleen controleren of de schema's actueel zijn")

    opdrachten.voeg_toe(sub)

    args = parser.parse_args(argv)
    if hasattr(args, "uitvoeren"):
        return int(args.uitvoeren(args))
    if args.opdracht == "check":
        return _check(args.map, github=args.github, codequality=args.codequality)
    return _schema(args.map, alleen_controleren=args.controleer)


def _check(map: Path, *, github: bool, codequality: Path | None = None) -> int:
    start = time.perf_counter()
    catalogus, fouten = lees_menukaart(map, repo=Path.cwd(), docs=STANDAARD_DOCS if STANDAARD_DOCS.is_dir() else None)
    duur = time.perf_counter() - start
    if codequality is not None:
        schrijf_codequality(codequality, fouten, "major", "flexteam-check")
    if fouten or catalogus is None:
        print(samenvatting(fouten), file=sys.stderr)
        if github:
            for annotatie in github_annotaties(fouten):
                print(annotatie)
        return 1
    print(
        f"De menukaart is in orde: {len(catalogus.diensten)} diensten, {len(catalogus.kennisproducten)} kennisproducten, "
        f"{len(catalogus.gemeenten)} gemeenten ({duur:.2f} s)."
    )
    return 0


def _schema(map: Path, *, alleen_controleren: bool) -> int:
    taxonomie = _lees_taxonomie(map / "taxonomie.yml")
    doelmap = map / "schema"
    verouderd = []
    for naam in SCHEMA_MODELLEN:
        pad = doelmap / f"{naam}.schema.json"
        tekst = schema_tekst(naam, taxonomie)
        if alleen_controleren:
            if not pad.is_file() or pad.read_text(encoding="utf-8") != tekst:
                verouderd.append(pad)
        else:
            doelmap.mkdir(parents=True, exist_ok=True)
            pad.write_text(tekst, encoding="utf-8")
    if verouderd:
        print("Deze schema's zijn niet actueel; draai 'make schema':", *verouderd, sep="\n  ", file=sys.stderr)
        return 1
    return 0


def _lees_taxonomie(pad: Path) -> Taxonomie | None:
    try:
        return Taxonomie.model_validate(lees_bestand(pad).data)
    except (YamlFout, ValidationError):
        return None


if __name__ == "__main__":
    raise SystemExit(main())
