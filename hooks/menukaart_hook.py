"""MkDocs adapter for the menukaart: a thin layer over the engine-free ``flexteam`` package.

- ``on_config``: the site's name, description, copyright and addresses come from ``regio.yml`` (before
  the theme's plugins read them); ``mkdocs build`` writes into a new folder beside ``site/`` (``flexteam.site.wissel``);
  ``on_post_build`` puts it in place of ``site/`` only when the build succeeded (strict: without
  warnings). A failed build, for whatever reason, leaves the previous site byte for byte.
- ``on_pre_build``: refuse links and active files in ``docs/`` and ``overrides/``, load and validate
  the content, and render every generated page and download (Word and PDF documents too, kept in
  ``.cache/documenten/`` between builds); any problem becomes one ``PluginError`` listing all of them.
- ``on_files``: add the pages (``File.generated``; item pages out of the navigation, edit links to
  the YAML behind them) and the downloads (served as files, also a Markdown template).
- ``on_page_markdown`` / ``on_page_content``: the finished HTML blocks of a generated page bypass
  Python-Markdown's HTML parser and are put back afterwards (``flexteam.site.voorgerenderd``): the same
  page, in less time (see benchmarks/README.md).
- ``on_post_build``: the search index and the pruned stylesheets (``flexteam.site.afwerking``, the same for any engine).
- ``on_serve``: ``mkdocs serve`` also watches the content folder when ``MENUKAART_MAP`` points elsewhere.
- ``mkdocs serve`` with errors in the content: instead of the old site, every address shows the list of errors
  (``flexteam.site.foutpagina``: the home page, and the 404 page for every other address), and reloads by itself when
  a save fixes them. Only the local preview does this; ``build`` stops and keeps the previous site.

The state of a build lives on one object (``_staat``), cleared when the build ends.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from flexteam import MenukaartFouten, laad_menukaart
from flexteam.basis.fout import Fout, zichtbaar
from flexteam.controle.laden import lees_regio
from flexteam.lezen.bestanden import onveilige_bestanden
from flexteam.site.afwerking import werk_af
from flexteam.beheer.bundel import BundelFout, bundelmap
from flexteam.site.beheer import Beheerbron
from flexteam.site.bouw import bouw_site, site_instellingen
from flexteam.site.documenten import Documentcache
from flexteam.site.foutpagina import FOUTPAGINA_TITEL, foutpagina
from flexteam.site.voorgerenderd import apart, terug
from flexteam.site.wissel import Wissel
from flexteam.site.zoekindex import ZoekindexFout

if TYPE_CHECKING:  # only `serve` needs it; importing it (and watchdog) would cost every build ± 50 ms
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("menukaart")


@dataclass
class _Staat:
    opdracht: str = "build"
    dirty: bool = False
    wissel: Wissel | None = None
    """Set while ``build`` writes beside the site it replaces; None for ``serve`` and ``--dirty``."""
    bestanden: list[File] = field(default_factory=list)
    """This build's generated pages and downloads, rendered before MkDocs empties anything."""
    blokken: dict[str, list[str]] = field(default_factory=dict)
    """Per generated page (source path): its HTML blocks while Python-Markdown converts the rest."""
    foutpagina: str | None = None
    """``serve`` only: the list of problems the preview shows instead of the site (None: the content is fine)."""

    def sluit(self, *, gelukt: bool) -> None:
        if self.wissel is not None:
            self.wissel.zet_neer() if gelukt else self.wissel.ruim_op()
        self.wissel, self.bestanden, self.blokken, self.foutpagina = None, [], {}, None


_staat = _Staat()


def on_startup(command: str, dirty: bool) -> None:
    _staat.opdracht, _staat.dirty = command, dirty


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _staat.sluit(gelukt=False)
    regio = lees_regio(_map(config))
    if regio is not None:  # otherwise on_pre_build reports why, with every other problem
        for sleutel, waarde in site_instellingen(regio, os.environ.get("SITE_URL", ""), os.environ.get("REPO_URL", "")).items():
            config[sleutel] = waarde
    if _staat.opdracht in ("build", "gh-deploy") and not _staat.dirty:
        _staat.wissel = Wissel(os.path.abspath(config.site_dir))
        config.site_dir = _staat.wissel.nieuw
    return config


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]) -> LiveReloadServer:
    """``mkdocs serve`` rebuilds when a file in the content folder changes, also with ``MENUKAART_MAP``; its 404 page
    (the list of errors, while there are any) reloads by itself like any other page."""
    server.watch(str(_map(config)))
    foutpagina_van = server.error_handler
    injecteer = getattr(server, "_inject_js_into_html", None)  # MkDocs' own reload script, private since 1.5

    def met_herladen(code: int) -> bytes | None:
        inhoud = foutpagina_van(code)
        if inhoud is None or injecteer is None:
            return inhoud
        return injecteer(inhoud, getattr(server, "_visible_epoch", 0))  # type: ignore[no-any-return]

    server.error_handler = met_herladen
    return server


def on_pre_build(config: MkDocsConfig) -> None:
    _staat.bestanden, _staat.blokken = [], {}
    serve = _staat.opdracht == "serve"
    problemen = _onveilige_bestanden(config)
    if problemen and not serve:
        raise PluginError(_onveilig_melding(problemen))
    catalogus = None
    try:
        if not problemen:
            catalogus = laad_menukaart(_map(config), repo=_repo(config), docs=Path(config.docs_dir), publicatie=_publicatie())
    except MenukaartFouten as fout:
        if not serve:
            raise PluginError(str(fout)) from None
        problemen = list(fout.fouten)
    if catalogus is None:  # serve, with problems: show them (on_files, overrides/404.html) and build nothing else
        log.error("%s\nDe voorbeeldweergave toont deze fouten tot ze hersteld zijn.", MenukaartFouten(problemen))
        _staat.foutpagina = foutpagina(problemen)
        config.nav = [{FOUTPAGINA_TITEL: "index.md"}]
        config.extra["menukaart_fouten"] = Markup(_staat.foutpagina)
        return
    cache = Documentcache(_cachemap(config))
    beheer = Beheerbron(bundelmap(_repo(config)), config.repo_url or catalogus.regio.repo_url)
    try:
        bouw = bouw_site(catalogus, site_url=config.site_url or "", cache=cache, beheer=beheer)
    except BundelFout as fout:
        raise PluginError(str(fout)) from None
    for pagina in bouw.paginas:
        bestand = _Pagina.generated(config, pagina.pad, content=pagina.inhoud,
                                 inclusion=InclusionLevel.INCLUDED if pagina.in_navigatie else InclusionLevel.NOT_IN_NAV)
        bestand.edit_uri = pagina.bron
        _staat.bestanden.append(bestand)
    for download in bouw.downloads:
        bestand = _Download.generated(config, download.pad, content=download.inhoud, inclusion=InclusionLevel.NOT_IN_NAV)
        bestand.dest_uri = download.pad
        _staat.bestanden.append(bestand)
    log.info("Menukaart geladen: %d diensten, %d kennisproducten, %d gemeenten; documenten: %d gemaakt, %d uit de cache.",
             len(catalogus.diensten), len(catalogus.kennisproducten), len(catalogus.gemeenten), cache.gemaakt, cache.hergebruikt)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _staat.foutpagina is not None:  # serve: the list of errors, and of the site only what its theme needs
        pagina = File.generated(config, "index.md", content=_staat.foutpagina)
        return Files([*(bestand for bestand in files if not bestand.is_documentation_page()), pagina])
    for bestand in files:
        if bestand.generated_by is None and bestand.is_documentation_page():
            bestand.edit_uri = f"{Path(config.docs_dir).name}/{bestand.src_uri}"
    for nieuw in _staat.bestanden:
        bestaand = files.get_file_from_path(nieuw.src_uri)
        if bestaand is not None:
            log.warning("De gegenereerde pagina %s vervangt het bestand met dezelfde naam in docs/.", nieuw.src_uri)
            files.remove(bestaand)
        files.append(nieuw)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not isinstance(page.file, _Pagina):
        return markdown
    markdown, _staat.blokken[page.file.src_uri] = apart(markdown)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return terug(html, _staat.blokken.pop(page.file.src_uri, []))


def on_post_build(config: MkDocsConfig) -> None:
    gelukt = not (config.strict and _waarschuwingen())
    if gelukt and _staat.foutpagina is None:
        try:
            log.info("%s", werk_af(Path(config.site_dir)))
        except ZoekindexFout as fout:
            raise PluginError(str(fout)) from None
    if not gelukt and _staat.wissel is not None:
        log.error("De bouw gaf waarschuwingen; de vorige site in %s blijft ongewijzigd staan.", _staat.wissel.doel)
    if _staat.wissel is not None:
        config.site_dir = _staat.wissel.doel
    _staat.sluit(gelukt=gelukt)


def on_build_error(error: Exception) -> None:
    _staat.sluit(gelukt=False)


class _Pagina(File):
    """A page the core generated: its HTML blocks bypass Python-Markdown (``on_page_markdown``)."""


class _Download(File):
    """A file served as is, also when it ends in .md (a Markdown template to download is not a page)."""

    def is_documentation_page(self) -> bool:
        return False


def _repo(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _map(config: MkDocsConfig) -> Path:
    """The folder with the content: ``menukaart/`` next to mkdocs.yml, or ``MENUKAART_MAP``."""
    return Path(os.environ.get("MENUKAART_MAP", _repo(config) / "menukaart"))


def _cachemap(config: MkDocsConfig) -> Path | None:
    """Where finished documents are kept between builds: ``MENUKAART_CACHE``, or ``.cache/documenten/`` in the repository.

    The publication build and CI make every document afresh: a pull request could commit a ``.cache/`` folder, and what
    is published must come from the content, never from a file someone put in the cache."""
    if "MENUKAART_CACHE" in os.environ:
        return Path(os.environ["MENUKAART_CACHE"]) if os.environ["MENUKAART_CACHE"] else None
    if _publicatie() or os.environ.get("CI"):
        return None
    return _repo(config) / ".cache" / "documenten"


def _publicatie() -> bool:
    """``MENUKAART_PUBLICATIE=1`` (``make publicatie``): the build for publishing, without any example."""
    return os.environ.get("MENUKAART_PUBLICATIE", "") == "1"


def _onveilige_bestanden(config: MkDocsConfig) -> list[Fout]:
    """Nothing MkDocs would copy from the repository may be a link or, outside ``docs/assets/``, an active file."""
    problemen = onveilige_bestanden(Path(config.docs_dir), actief_onder=("assets",))
    if config.theme.custom_dir:
        problemen += onveilige_bestanden(Path(config.theme.custom_dir), actief_onder=None)
    repo = _repo(config)
    return [Fout(_in_repo(pad, repo), None, None, None, reden) for pad, reden in problemen]


def _onveilig_melding(problemen: list[Fout]) -> str:
    regels = [f"  - {zichtbaar(fout.bestand)}: {fout.melding}" for fout in problemen]
    kop = "1 bestand" if len(regels) == 1 else f"{len(regels)} bestanden"
    return "\n".join([f"De site wordt niet gebouwd: {kop} mag niet gepubliceerd worden:", *regels])


def _in_repo(pad: Path, repo: Path) -> str:
    return pad.relative_to(repo).as_posix() if pad.is_relative_to(repo) else pad.as_posix()


def _waarschuwingen() -> bool:
    """Whether MkDocs' strict-mode counter (or ProperDocs') saw a warning in this build."""
    for naam in ("mkdocs", "properdocs"):
        for handler in logging.getLogger(naam).handlers:
            tellingen = getattr(handler, "get_counts", None)
            if callable(tellingen) and tellingen():
                return True
    return False
