"""Every kind of mistake a contributor makes in the YAML, as golden files: the complete output of the check.

Each case is a folder ``tests/fouten/<geval>/``:

- ``menukaart/`` holds the file(s) that differ from the mini menukaart (``tests/voorbeelden/mini/``),
  laid over a copy of it, as in ``tests/vijandig/``;
- ``verwijder.txt`` (optional) names files of the mini menukaart to remove first, one path relative to
  ``menukaart/`` a line: a missing file, or the old name of a renamed one;
- ``verwacht.txt`` is the complete stderr of ``python -m flexteam check --map menukaart``, run from a
  temporary working folder (so paths read ``menukaart/diensten/x.yml``), compared whole.

A file too large to ship (over 256 kB) is made by the test: see ``GEMAAKT``.

After a deliberate change of a message, ``FOUTEN_SCHRIJF=1 pytest tests/test_fouten.py`` rewrites the
expected files from the current output; review the diff before committing it: every line is a message
a contributor will read (Dutch, with file, line, column and field, and nothing absurd). A message found
wrong is not written into its golden file: see ``NOG_FOUT``.
``VIJANDIG_SCHRIJF=1`` does the same for ``tests/vijandig/`` (``tests/test_bestanden_vijandig.py``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI
from flexteam import MenukaartFouten, laad_menukaart

TESTS = Path(__file__).resolve().parent
FOUTEN = TESTS / "fouten"
VIJANDIG = TESTS / "vijandig"
GEVALLEN = sorted(p.name for p in FOUTEN.iterdir() if p.is_dir())


def _te_groot(menukaart: Path) -> None:
    regel = "  " + "lorem ipsum " * 80 + "\n"
    (menukaart / "diensten" / "groot.yml").write_text("titel: x\nbeschrijving: |\n" + regel * 300, encoding="utf-8")


GEMAAKT: dict[str, Callable[[Path], None]] = {"te-groot": _te_groot}
"""Cases whose input the test writes itself, after the overlay."""

NOG_FOUT: dict[str, str] = {}
"""Cases whose current message is wrong: ``verwacht.txt`` holds the message as it should be (written by hand,
never overwritten by ``FOUTEN_SCHRIJF``), and the test is expected to fail until the message is fixed; then
strict xfail fails the run as a reminder to take the case out of this list."""


def werkmap(tmp_path: Path, geval: str) -> Path:
    """A working folder with ``menukaart/``: the mini menukaart with the case's changes."""
    menukaart = tmp_path / "menukaart"
    shutil.copytree(MINI, menukaart)
    map = FOUTEN / geval
    verwijder = map / "verwijder.txt"
    if verwijder.is_file():
        for regel in verwijder.read_text(encoding="utf-8").splitlines():
            (menukaart / regel).unlink()
    if (map / "menukaart").is_dir():
        shutil.copytree(map / "menukaart", menukaart, dirs_exist_ok=True)
    if geval in GEMAAKT:
        GEMAAKT[geval](menukaart)
    return tmp_path


def _check(werkmap: Path) -> subprocess.CompletedProcess[str]:
    """``python -m flexteam check`` run from ``werkmap``, as a contributor runs it from the repository."""
    return subprocess.run([sys.executable, "-m", "flexteam", "check", "--map", "menukaart"],
                          check=False, cwd=werkmap, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize("geval", [
    pytest.param(geval, marks=pytest.mark.xfail(strict=True, reason=NOG_FOUT[geval])) if geval in NOG_FOUT else geval
    for geval in GEVALLEN
])
def test_fout_geeft_precies_de_verwachte_meldingen(tmp_path: Path, geval: str) -> None:
    resultaat = _check(werkmap(tmp_path, geval))
    verwacht_pad = FOUTEN / geval / "verwacht.txt"
    if os.environ.get("FOUTEN_SCHRIJF") == "1" and geval not in NOG_FOUT:
        verwacht_pad.write_text(resultaat.stderr, encoding="utf-8")
    assert resultaat.returncode == 1, resultaat.stdout + resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    assert resultaat.stdout == ""
    assert resultaat.stderr == verwacht_pad.read_text(encoding="utf-8")


# --- the golden suites themselves --------------------------------------------------------------


def _invoer(map: Path) -> tuple[tuple[str, bytes], ...]:
    """What a case changes: every file in its folder except the expectation, with its bytes."""
    return tuple((p.relative_to(map).as_posix(), p.read_bytes())
                 for p in sorted(map.rglob("*")) if p.is_file() and p.name != "verwacht.txt")


def test_elk_geval_heeft_een_verwachting_en_geen_twee_zijn_gelijk() -> None:
    """In tests/fouten/ and tests/vijandig/ alike: an expectation per case, and no case twice (also not across)."""
    gezien: dict[tuple[tuple[str, bytes], ...], str] = {}
    for suite in (FOUTEN, VIJANDIG):
        gevallen = sorted(p for p in suite.iterdir() if p.is_dir())
        assert gevallen, suite
        for map in gevallen:
            naam = f"{suite.name}/{map.name}"
            assert (map / "verwacht.txt").is_file(), f"{naam}: verwacht.txt ontbreekt"
            assert (map / "verwacht.txt").read_text(encoding="utf-8").strip(), f"{naam}: verwacht.txt is leeg"
            invoer = _invoer(map)
            if suite == FOUTEN and map.name in GEMAAKT:
                invoer += (("GEMAAKT", map.name.encode()),)
            assert invoer, f"{naam}: het geval verandert niets aan de mini-menukaart"
            assert invoer not in gezien, f"{naam} is hetzelfde geval als {gezien.get(invoer)}"
            gezien[invoer] = naam
    assert set(GEMAAKT) <= set(GEVALLEN), "elk geval in GEMAAKT heeft een map met verwacht.txt"
    assert set(NOG_FOUT) <= set(GEVALLEN), "elk geval in NOG_FOUT heeft een map met verwacht.txt"


@pytest.mark.parametrize("geval", [geval for geval in GEVALLEN if geval not in NOG_FOUT])
def test_de_site_meldt_dezelfde_fouten_als_de_check(tmp_path: Path, geval: str) -> None:
    """The MkDocs hook loads with ``laad_menukaart``: it refuses with the same text, and the count in the heading
    is the number of errors it carries."""
    map = werkmap(tmp_path, geval)
    with pytest.raises(MenukaartFouten) as info:
        laad_menukaart(map / "menukaart", repo=map)
    verwacht = (FOUTEN / geval / "verwacht.txt").read_text(encoding="utf-8")
    assert f"{info.value}\n" == verwacht
    assert verwacht.startswith(f"De menukaart bevat {len(info.value.fouten)} fout")
