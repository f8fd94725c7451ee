"""``python -m flexteam beheer-bundel``: fetch the form editor's npm packages (Decap CMS, js-yaml) once into
``.cache/beheer/`` with ``npm pack``, at the versions and checksums pinned in ``beheer/bundel.py``."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from flexteam.basis.meldingen import BUNDEL_AANWEZIG, BUNDEL_GEHAALD, BUNDEL_NPM_MISLUKT, BUNDEL_ZONDER_NPM, melding
from flexteam.beheer.bundel import PAKKETTEN, BundelFout, bundelmap, controleer


def voeg_toe(sub: Any) -> None:
    bundel = sub.add_parser("beheer-bundel", help="haal Decap CMS en js-yaml voor /beheer/ op uit het npm-register")
    bundel.add_argument("--map", type=Path, default=None, help="waar de pakketten komen (standaard: .cache/beheer/)")
    bundel.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    map: Path = args.map or bundelmap(Path.cwd())
    map.mkdir(parents=True, exist_ok=True)
    for pakket in PAKKETTEN:
        pad = map / pakket.tarball
        try:
            controleer(pakket, pad)
            print(melding(BUNDEL_AANWEZIG, pakket=pakket.spec))
            continue
        except BundelFout:
            pad.unlink(missing_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            print(BUNDEL_ZONDER_NPM, file=sys.stderr)
            return 1
        proces = subprocess.run([npm, "pack", "--silent", pakket.spec], cwd=map, capture_output=True, text=True)
        try:
            if proces.returncode != 0:
                raise BundelFout(melding(BUNDEL_NPM_MISLUKT, pakket=pakket.spec, reden=proces.stderr.strip()[-500:]))
            controleer(pakket, pad)
        except BundelFout as fout:
            pad.unlink(missing_ok=True)
            print(fout, file=sys.stderr)
            return 1
        print(melding(BUNDEL_GEHAALD, pakket=pakket.spec, pad=pad))
    return 0
