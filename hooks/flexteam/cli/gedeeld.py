"""What the subcommands share: the default folders and loading the menukaart with the errors printed."""

from __future__ import annotations

import sys
from pathlib import Path

from flexteam.basis.fout import Fout, samenvatting
from flexteam.controle.catalogus import Catalogus
from flexteam.controle.laden import lees_menukaart

STANDAARD_MAP = Path("menukaart")
STANDAARD_DOCS = Path("docs")
"""The hand-written pages, when a command runs in the repository: an id may not replace one of them."""


def lees(map: Path, publicatie: bool = False) -> tuple[Catalogus | None, list[Fout]]:
    """The catalogue of ``map``, read from the repository the command runs in."""
    return lees_menukaart(map, repo=Path.cwd(), docs=STANDAARD_DOCS if STANDAARD_DOCS.is_dir() else None,
                          publicatie=publicatie)


def laad(map: Path, publicatie: bool = False) -> Catalogus | None:
    """The catalogue (without examples for ``publicatie``), or None after printing every error."""
    catalogus, fouten = lees(map, publicatie=publicatie)
    if fouten or catalogus is None:
        print(samenvatting(fouten), file=sys.stderr)
        return None
    return catalogus

