"""MkDocs adapter for the menukaart: a thin layer over the engine-free ``flexteam`` package.

- ``on_config``: ``mkdocs build`` writes into a new folder next to ``site/``; ``on_post_build``
  puts it in place of ``site/`` only when the build succeeded (in strict mode: without warnings).
  A failed build, for whatever reason, leaves the previous site byte for byte.
- ``on_pre_build``: refuse links and active files in ``docs/`` and ``overrides/``; load and validate
  ``menukaart/``; any problem becomes one ``PluginError`` listing all of them.
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

import logging
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from flexteam import MenukaartFouten, achtergrond, laad_menukaart
from flexteam.bestanden import onveilige_bestanden
from flexteam.fouten import zichtbaar
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


@dataclass
class _Wissel:
    """Where this build writes, and the site it replaces when it succeeds."""

    doel: str | None = None
    """The real ``site_dir``; None when the build writes in place (``serve``, ``--dirty``)."""
    nieuw: str | None = None


_wissel = _Wissel()
_opdracht: tuple[str, bool] = ("build", False)


def on_startup(command: str, dirty: bool) -> None:
    global _opdracht
    _opdracht = (command, dirty)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    opdracht, dirty = _opdracht
    _ruim_wissel_op()
    if opdracht in ("build", "gh-deploy") and not dirty:
        doel = os.path.abspath(config.site_dir)
        _wissel.doel, _wissel.nieuw = doel, f"{doel}.nieuw-{os.getpid()}"
        config.site_dir = _wissel.nieuw
    return config


def _zet_site_neer(config: MkDocsConfig) -> None:
    """Replace the previous site by the new one (two renames), unless the strict build counted warnings."""
    if _wissel.doel is None or _wissel.nieuw is None:
        return
    if config.strict and _waarschuwingen():
        log.error("De bouw gaf waarschuwingen; de vorige site in %s blijft ongewijzigd staan.", _wissel.doel)
        _ruim_wissel_op()
        return
    oud = f"{_wissel.doel}.oud-{os.getpid()}"
    if os.path.lexists(_wissel.doel):
        os.replace(_wissel.doel, oud)
    os.replace(_wissel.nieuw, _wissel.doel)
    config.site_dir = _wissel.doel
    _wissel.doel = _wissel.nieuw = None
    shutil.rmtree(oud, ignore_errors=True)


def _ruim_wissel_op() -> None:
    """Remove an unfinished new site; the previous one stays as it was."""
    if _wissel.nieuw is not None:
        shutil.rmtree(_wissel.nieuw, ignore_errors=True)
    _wissel.doel = _wissel.nieuw = None


def _waarschuwingen() -> bool:
    """Whether MkDocs' strict-mode counter (or ProperDocs') saw a warning in this build."""
    for naam in ("mkdocs", "properdocs"):
        for handler in logging.getLogger(naam).handlers:
            tellingen = getattr(handler, "get_counts", None)
            if callable(tellingen) and tellingen():
                return True
    return False


def _controleer_bestanden(config: MkDocsConfig) -> None:
    """Nothing MkDocs would copy from the repository may be a link or, outside ``docs/assets/``, an active file."""
    repo = _repo(config)
    problemen = onveilige_bestanden(Path(config.docs_dir), actief_onder=("assets",))
    if config.theme.custom_dir:
        problemen += onveilige_bestanden(Path(config.theme.custom_dir), actief_onder=None)
    if problemen:
        regels = [f"  - {zichtbaar(_in_repo(pad, repo))}: {reden}" for pad, reden in problemen]
        kop = "1 bestand" if len(regels) == 1 else f"{len(regels)} bestanden"
        raise PluginError("\n".join([f"De site wordt niet gebouwd: {kop} mag niet gepubliceerd worden:", *regels]))


def _in_repo(pad: Path, repo: Path) -> str:
    return pad.relative_to(repo).as_posix() if pad.is_relative_to(repo) else pad.as_posix()


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]) -> LiveReloadServer:
    """``mkdocs serve`` rebuilds when a file in the content folder changes, also with ``MENUKAART_MAP``."""
    server.watch(str(_map(config)))
    return server


def on_pre_build(config: MkDocsConfig) -> None:
    global _bouw, _levering
    _sluit()
    _controleer_bestanden(config)
    try:
        catalogus = laad_menukaart(_map(config), repo=_repo(config), docs=Path(config.docs_dir))
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
    _zet_site_neer(config)


def on_build_error(error: Exception) -> None:
    _sluit()
    _ruim_wissel_op()


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
