"""A project for a site engine without hooks (Zensical, or MkDocs without our hook): the engine-neutral export.

``schrijf_project`` writes into one folder everything such an engine needs, and nothing engine-specific:

- ``docs/``: the hand-written pages and assets, with every generated page and download beside them; a generated
  page carries its edit link (to the YAML behind it) in its front matter, ``bewerk_adres``, which the footer reads;
- ``na-de-bouw/``: the downloads that end in ``.md`` (Markdown templates), and the form editor ``beheer/`` (a page and
  scripts of its own): an engine would make pages of the one and rewrite or scan the other, so they are copied into
  the built site afterwards (``python -m flexteam afwerken --bestanden``);
- ``mkdocs.yml``: the site's configuration without ``hooks`` and ``watch``, with what the hook sets from
  ``regio.yml`` and the generated pages out of the navigation (``not_in_nav``), in MkDocs' names.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from flexteam.inhoud.regio import Regio
from flexteam.site.beheer import BEHEER_MAP
from flexteam.site.bouw import Bouw, site_instellingen
from flexteam.site.pagina import schrijf

NA_DE_BOUW = "na-de-bouw"
"""The folder, beside ``docs/``, of the files copied into the built site as they are."""


def _na_de_bouw(pad: str) -> bool:
    return pad.endswith(".md") or pad.startswith(f"{BEHEER_MAP}/")


def schrijf_project(bouw: Bouw, regio: Regio, repo: Path, doel: Path, site_url: str = "", repo_url: str = "") -> Path:
    """Write the project into ``doel`` (emptied first) and return the path of its configuration."""
    if doel.exists():
        shutil.rmtree(doel)
    docs = doel / "docs"
    shutil.copytree(repo / "docs", docs)
    config = _config(repo, regio, site_url, repo_url)
    basis = _bewerk_basis(config)
    for pagina in bouw.paginas:
        adres = f"{basis}{pagina.bron}" if basis and pagina.bron else ""
        schrijf(docs / pagina.pad, _met_bewerk_adres(pagina.inhoud, adres).encode("utf-8"))
    for download in bouw.downloads:
        schrijf((doel / NA_DE_BOUW if _na_de_bouw(download.pad) else docs) / download.pad, download.inhoud)
    patronen = niet_in_navigatie(bouw, docs)
    if patronen:
        config["not_in_nav"] = "\n".join([*_lijnen(config.get("not_in_nav")), *patronen]) + "\n"
    if basis:
        config["edit_uri"] = f"{config.get('edit_uri', '')}{docs.name}/"  # hand-written pages
    (doel / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return doel / "mkdocs.yml"


def _config(repo: Path, regio: Regio, site_url: str, repo_url: str) -> dict[str, Any]:
    with open(repo / "mkdocs.yml", encoding="utf-8") as f:
        config: dict[str, Any] = yaml.safe_load(f)
    config.pop("hooks", None)
    config.pop("watch", None)  # only for `serve`; its paths are relative to the repository
    config.update(site_instellingen(regio, site_url, repo_url))  # what the hook sets from regio.yml
    thema = config.get("theme")
    if isinstance(thema, dict) and thema.get("custom_dir"):
        thema["custom_dir"] = str((repo / thema["custom_dir"]).resolve())
    return config


def _bewerk_basis(config: dict[str, Any]) -> str:
    """``repo_url`` + ``edit_uri``: the edit address of a repository path, as MkDocs makes it."""
    repo_url, edit_uri = str(config.get("repo_url") or ""), str(config.get("edit_uri") or "")
    if not repo_url or not edit_uri:
        return ""
    return repo_url.rstrip("/") + "/" + edit_uri.lstrip("/")


def _met_bewerk_adres(inhoud: str, adres: str) -> str:
    """The page with ``bewerk_adres`` first in its front matter (empty: the page has no edit link)."""
    regel = yaml.safe_dump({"bewerk_adres": adres}, allow_unicode=True, width=10_000)
    if inhoud.startswith("---\n"):
        return f"---\n{regel}{inhoud[4:]}"
    return f"---\n{regel}---\n\n{inhoud}"


def _lijnen(waarde: Any) -> list[str]:
    return [r for r in str(waarde or "").splitlines() if r.strip()]


def niet_in_navigatie(bouw: Bouw, docs: Path) -> list[str]:
    """gitignore patterns for the generated pages the hook marks NOT_IN_NAV: one wildcard per folder, never one per page."""
    buiten = {p.pad for p in bouw.paginas if not p.in_navigatie}
    per_map: dict[str, set[str]] = {}
    for pad in buiten:
        map, _, naam = pad.rpartition("/")
        per_map.setdefault(map, set()).add(naam)
    patronen = []
    for map, namen in sorted(per_map.items()):
        if not map:
            patronen += [f"/{naam}" for naam in sorted(namen)]
            continue
        patronen.append(f"/{map}/*.md")
        alle = {p.name for p in (docs / map).glob("*.md")}
        patronen += [f"!/{map}/{naam}" for naam in sorted(alle - namen)]
    return patronen
