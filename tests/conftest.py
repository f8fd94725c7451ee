"""Shared fixtures: a small valid menukaart, and real site builds in temporary folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MENUKAART = REPO / "menukaart"
MINI = Path(__file__).resolve().parent / "voorbeelden" / "mini"

# Every build of this test run keeps its Word and PDF documents in one fresh folder: a site whose content did not change
# makes none again, and no test reads a document an earlier run left behind.
os.environ.setdefault("MENUKAART_CACHE", tempfile.mkdtemp(prefix="menukaart-documenten-"))
# The form editor's npm packages (make beheer-bundel): also for a build of a copy of the repository in a test.
os.environ.setdefault("MENUKAART_BEHEER_BUNDEL", str(REPO / ".cache" / "beheer"))

# Chromium, the local web server and axe-core for tests/test_browser_*.py.
pytest_plugins = ["browser.fixtures"]


@dataclass(frozen=True)
class Bouwresultaat:
    code: int
    uitvoer: str
    site: Path

    def html(self, pad: str) -> str:
        """The HTML of a built page by its URL path, e.g. ``menukaart/`` or ``menukaart/x/``."""
        doel = self.site / pad
        if pad.endswith("/") or not pad:
            doel = doel / "index.html"
        return doel.read_text(encoding="utf-8")


def bouw(menukaart: Path, site: Path, *extra: str, env: dict[str, str] | None = None) -> Bouwresultaat:
    """Run a real strict ``mkdocs build`` of this repository's site against ``menukaart``."""
    omgeving = {**os.environ, "MENUKAART_MAP": str(menukaart), "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    proces = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(REPO / "mkdocs.yml"), "-d", str(site), *extra],
        cwd=REPO, env=omgeving, capture_output=True, text=True, timeout=600,
    )
    return Bouwresultaat(proces.returncode, proces.stdout + proces.stderr, site)


def check(menukaart: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m flexteam check`` as a contributor would."""
    return subprocess.run(
        [sys.executable, "-m", "flexteam", "check", "--map", str(menukaart), *extra],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def mini_menukaart(tmp_path: Path) -> Path:
    """A copy of the small valid menukaart in tests/voorbeelden/mini, free to change."""
    doel = tmp_path / "menukaart"
    shutil.copytree(MINI, doel)
    return doel


@pytest.fixture
def menukaart_kopie(tmp_path: Path) -> Path:
    """A copy of the shipped menukaart, free to change."""
    doel = tmp_path / "menukaart"
    shutil.copytree(MENUKAART, doel)
    return doel


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Bouwresultaat:
    """The real site, built once per test run from the shipped menukaart."""
    resultaat = bouw(MENUKAART, tmp_path_factory.mktemp("site") / "site")
    assert resultaat.code == 0, resultaat.uitvoer
    return resultaat
