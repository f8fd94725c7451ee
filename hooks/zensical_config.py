"""Zensical adapter: the configuration of the core's export (``python -m flexteam export-project``) for Zensical.

Zensical runs no hooks, so it builds the exported project; this script adds only what Zensical itself needs and
writes it beside the export as ``zensical.yml`` (never a hand-kept twin of ``mkdocs.yml``):

- ``theme.variant: classic``: Material's look, which our overrides and stylesheets are written for;
- its own scripts the privacy plugin must leave alone: the theme bundle names them (Pyodide, Ace, GLightbox,
  Mermaid) but loads them only for features this site does not use, so no built page requests them.

    python hooks/zensical_config.py PROJECT/mkdocs.yml
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

EIGEN_BRONNEN = ["unpkg.com/pyodide@*", "unpkg.com/ace-builds@*", "unpkg.com/glightbox@*", "unpkg.com/mermaid@*"]


def zensical_config(config: dict[str, Any]) -> dict[str, Any]:
    thema = dict(config.get("theme") or {})
    thema["variant"] = "classic"
    plugins = []
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "privacy" in plugin:
            privacy = dict(plugin["privacy"] or {})
            al = list(privacy.get("assets_exclude", []))
            privacy["assets_exclude"] = [*al, *(b for b in EIGEN_BRONNEN if b not in al)]
            plugin = {"privacy": privacy}
        plugins.append(plugin)
    return {**config, "theme": thema, "plugins": plugins}


def main(pad: str) -> int:
    bron = Path(pad)
    config = yaml.safe_load(bron.read_text(encoding="utf-8"))
    doel = bron.with_name("zensical.yml")
    doel.write_text(yaml.safe_dump(zensical_config(config), allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(doel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
