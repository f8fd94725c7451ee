"""MkDocs adapter for the menukaart: a thin layer over the engine-free ``flexteam`` package.

- ``on_pre_build``: load and validate ``menukaart/``; any problem becomes one ``PluginError``
  listing all of them. This runs before MkDocs empties ``site/``, so a bad edit keeps the last
  good site.
- ``on_files``: add the generated pages (``File.generated``) and downloads; item pages stay
  out of the navigation; edit links point at the YAML behind each page.

The domain package is imported at the top: MkDocs puts this folder on ``sys.path`` only
while it imports the hook. The YAML is read anew in every build (``mkdocs serve`` reloads).
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from flexteam import MenukaartFouten, laad_menukaart
from flexteam.site import Bouw, bouw_site

log = get_plugin_logger("menukaart")

_bouw: Bouw | None = None
"""Produced in ``on_pre_build`` and consumed in ``on_files`` of the same build."""


def _repo(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_pre_build(config: MkDocsConfig) -> None:
    global _bouw
    _bouw = None
    repo = _repo(config)
    map = Path(os.environ.get("MENUKAART_MAP", repo / "menukaart"))
    try:
        catalogus = laad_menukaart(map, repo=repo)
    except MenukaartFouten as fout:
        raise PluginError(str(fout)) from None
    _bouw = bouw_site(catalogus, site_url=config.site_url or "")
    log.info(
        "Menukaart geladen: %d diensten, %d kennisproducten, %d gemeenten.",
        len(catalogus.diensten), len(catalogus.kennisproducten), len(catalogus.gemeenten),
    )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _bouw
    bouw, _bouw = _bouw, None
    if bouw is None:  # on_pre_build raised; MkDocs stops before this
        return files
    for bestand in files:
        if bestand.generated_by is None and bestand.is_documentation_page():
            bestand.edit_uri = f"{config.docs_dir and Path(config.docs_dir).name}/{bestand.src_uri}"
    for pagina in bouw.paginas:
        inclusion = InclusionLevel.INCLUDED if pagina.in_navigatie else InclusionLevel.NOT_IN_NAV
        nieuw = File.generated(config, pagina.pad, content=pagina.inhoud, inclusion=inclusion)
        nieuw.edit_uri = pagina.bron
        _vervang(files, nieuw)
    for download in bouw.downloads:
        bestand = _Download.generated(config, download.pad, content=download.inhoud, inclusion=InclusionLevel.NOT_IN_NAV)
        bestand.dest_uri = download.pad
        _vervang(files, bestand)
    return files


class _Download(File):
    """A file served as is, also when it ends in .md (a Markdown template to download is not a page)."""

    def is_documentation_page(self) -> bool:
        return False


def _vervang(files: Files, nieuw: File) -> None:
    bestaand = files.get_file_from_path(nieuw.src_uri)
    if bestaand is not None:
        log.warning("De gegenereerde pagina %s vervangt het bestand met dezelfde naam in docs/.", nieuw.src_uri)
        files.remove(bestaand)
    files.append(nieuw)
