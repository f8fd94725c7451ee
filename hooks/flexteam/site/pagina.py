"""A generated page or download: where it goes and what it holds.

``python -m flexteam export-paginas`` writes them to disk for engines without hooks; the MkDocs hook
adds them to the build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Pagina:
    pad: str
    """Source path as MkDocs sees it, e.g. ``menukaart/wijkuitvoeringsplan-opstellen.md``."""
    inhoud: str = field(repr=False)
    """Markdown with front matter."""
    bron: str | None = None
    """Repository path of the YAML file behind the page, for the edit link."""
    in_navigatie: bool = False


@dataclass(frozen=True)
class Download:
    pad: str
    inhoud: bytes = field(repr=False)


@dataclass(frozen=True)
class Instellingen:
    site_url: str


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter: same text as ``safe_dump`` (checked on every generated page), ~10x faster on the JSON-LD."""


def met_voorwerk(meta: dict[str, Any], lichaam: str) -> str:
    voorwerk: str = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return "---\n" + voorwerk + "---\n\n" + lichaam


def schrijf(pad: Path, inhoud: bytes) -> None:
    """Write a page or download to disk for an engine without hooks, making its folders."""
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_bytes(inhoud)
