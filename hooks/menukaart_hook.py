"""MkDocs adapter for the menukaart: a thin layer over the engine-free ``flexteam`` package.

- ``on_pre_build``: load and validate ``menukaart/``; any problem becomes one ``PluginError``
  listing all of them. This runs before MkDocs empties ``site/``, so a bad edit keeps the last
  good site.
- ``on_serve``: ``mkdocs serve`` also watches the content folder when ``MENUKAART_MAP`` points elsewhere.
- ``on_files``: add the generated pages (``File.generated``) and downloads; item pages stay
  out of the navigation; edit links point at the YAML behind each page.
- ``on_pre_page`` / ``on_env``: fill in each page just before MkDocs reads it, and the downloads
  before MkDocs copies them. The content is rendered meanwhile, in a second process where the
  machine allows it (``flexteam/achtergrond.py``); ``MENUKAART_PARALLEL=0`` renders everything
  in this process. A fault in the site's own code (a template, not the YAML) then stops the build
  when MkDocs asks for that page, after it emptied ``site/``, as with MkDocs' own errors.

The domain package is imported at the top: MkDocs puts this folder on ``sys.path`` only
while it imports the hook. The YAML is read anew in every build (``mkdocs serve`` reloads).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from flexteam import MenukaartFouten, achtergrond, laad_menukaart
from flexteam.site import Bouw, bouw_site

if TYPE_CHECKING:  # only `serve` needs it; importing it (and watchdog) would cost every build ± 50 ms
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("menukaart")

_bouw: Bouw | None = None
"""This build's generated pages and downloads, from ``on_pre_build`` until the build ends."""
_levering: achtergrond.Levering | None = None
"""Renders their content, in the order MkDocs asks for it."""


def _repo(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _map(config: MkDocsConfig) -> Path:
    """The folder with the content: ``menukaart/`` next to mkdocs.yml, or ``MENUKAART_MAP``."""
    return Path(os.environ.get("MENUKAART_MAP", _repo(config) / "menukaart"))


@contextmanager
def _als_pluginfout() -> Iterator[None]:
    """A fault in rendering (the site's code, not the YAML) stops MkDocs with its Dutch message."""
    try:
        yield
    except achtergrond.RenderFout as fout:
        raise PluginError(str(fout)) from None


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]) -> LiveReloadServer:
    """``mkdocs serve`` rebuilds when a file in the content folder changes, also with ``MENUKAART_MAP``."""
    server.watch(str(_map(config)))
    return server


def on_pre_build(config: MkDocsConfig) -> None:
    global _bouw, _levering
    _sluit()
    try:
        catalogus = laad_menukaart(_map(config), repo=_repo(config))
    except MenukaartFouten as fout:
        raise PluginError(str(fout)) from None
    _bouw = bouw_site(catalogus, site_url=config.site_url or "")
    taken = [(p.pad, p.maak) for p in _bouw.paginas] + [(d.pad, d.maak) for d in _bouw.downloads]
    with _als_pluginfout():
        _levering = achtergrond.start(taken, tweede_proces=False if os.environ.get("MENUKAART_PARALLEL") == "0" else None)
    log.info(
        "Menukaart geladen: %d diensten, %d kennisproducten, %d gemeenten.",
        len(catalogus.diensten), len(catalogus.kennisproducten), len(catalogus.gemeenten),
    )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _bouw is None:  # on_pre_build raised; MkDocs stops before this
        return files
    for bestand in files:
        if bestand.generated_by is None and bestand.is_documentation_page():
            bestand.edit_uri = f"{config.docs_dir and Path(config.docs_dir).name}/{bestand.src_uri}"
    for pagina in _bouw.paginas:
        inclusion = InclusionLevel.INCLUDED if pagina.in_navigatie else InclusionLevel.NOT_IN_NAV
        nieuw = _Pagina.generated(config, pagina.pad, content="", inclusion=inclusion)  # filled in on_pre_page
        nieuw.edit_uri = pagina.bron
        _vervang(files, nieuw)
    for download in _bouw.downloads:
        bestand = _Download.generated(config, download.pad, content=b"", inclusion=InclusionLevel.NOT_IN_NAV)  # filled in on_env
        bestand.dest_uri = download.pad
        _vervang(files, bestand)
    return files


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    if isinstance(page.file, _Pagina):
        page.file.content_string = str(_inhoud(page.file.src_uri))
    return page


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> None:
    for bestand in files:
        if isinstance(bestand, _Download):
            inhoud = _inhoud(bestand.src_uri)
            bestand.content_bytes = inhoud if isinstance(inhoud, bytes) else inhoud.encode()


def on_post_build(config: MkDocsConfig) -> None:
    _sluit()


def on_build_error(error: Exception) -> None:
    _sluit()


def _inhoud(pad: str) -> str | bytes:
    assert _levering is not None
    with _als_pluginfout():
        return _levering.inhoud(pad)


def _sluit() -> None:
    global _bouw, _levering
    if _levering is not None:
        _levering.sluit()
    _bouw, _levering = None, None


class _Pagina(File):
    """A generated page; its Markdown arrives just before MkDocs reads it."""


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
