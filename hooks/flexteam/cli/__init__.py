"""Command line: the same core as the MkDocs hook, for ``make check``, CI, editors and other site engines.

    python -m flexteam check | schema | nieuw | bijgewerkt | export | export-paginas | export-project | afwerken | beheer | beheer-bundel

One module per subcommand; each registers its parser and sets ``uitvoeren`` to the function that runs it.
"""

from __future__ import annotations

import argparse
from typing import Sequence

from flexteam.cli import afwerken, beheer, bijgewerkt, bundel, check, export, nieuw, schema

SUBOPDRACHTEN = (check, schema, nieuw, bijgewerkt, export, afwerken, beheer, bundel)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flexteam", description="Menukaart Warmtetransitie")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    for opdracht in SUBOPDRACHTEN:
        opdracht.voeg_toe(sub)
    args = parser.parse_args(argv)
    return int(args.uitvoeren(args))
