"""``python -m flexteam schema [--controleer]``: the JSON Schema files for editors, generated from the model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from flexteam.basis.meldingen import SCHEMA_NIET_ACTUEEL
from flexteam.cli.gedeeld import STANDAARD_MAP
from flexteam.inhoud.model import Taxonomie
from flexteam.inhoud.regels import SCHEMA_MAP
from flexteam.inhoud.schema import SCHEMA_MODELLEN, schema_tekst
from flexteam.lezen.yamlbestand import YamlFout, lees_bestand


def voeg_toe(sub: Any) -> None:
    schema = sub.add_parser("schema", help="schrijf de JSON Schema-bestanden voor editors")
    schema.add_argument("--map", type=Path, default=STANDAARD_MAP)
    schema.add_argument("--controleer", action="store_true", help="alleen controleren of de schema's actueel zijn")
    schema.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    map: Path = args.map
    taxonomie = _lees_taxonomie(map / "taxonomie.yml")
    doelmap = map / SCHEMA_MAP
    verouderd = []
    for naam in SCHEMA_MODELLEN:
        pad = doelmap / f"{naam}.schema.json"
        tekst = schema_tekst(naam, taxonomie)
        if args.controleer:
            if not pad.is_file() or pad.read_text(encoding="utf-8") != tekst:
                verouderd.append(pad)
        else:
            doelmap.mkdir(parents=True, exist_ok=True)
            pad.write_text(tekst, encoding="utf-8")
    if verouderd:
        print(SCHEMA_NIET_ACTUEEL, *verouderd, sep="\n  ", file=sys.stderr)
        return 1
    return 0


def _lees_taxonomie(pad: Path) -> Taxonomie | None:
    try:
        return Taxonomie.model_validate(lees_bestand(pad).data)
    except (YamlFout, ValidationError):
        return None
