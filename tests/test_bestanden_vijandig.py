"""Files a hostile pull request could add: links, active attachments, stray and hidden files, ids that
collide with pages. Each is refused by ``make check`` with a Dutch message naming the file, and the
build publishes nothing from outside the repository and nothing active.

The cases in ``tests/vijandig/<geval>/`` are golden files: ``menukaart/`` is laid over a copy of the
mini menukaart, and ``verwacht.txt`` holds the complete output of the check, compared whole.
Symbolic links cannot be shipped safely as files, so those cases are made here. After a deliberate
change of a message, ``VIJANDIG_SCHRIJF=1 pytest tests/test_bestanden_vijandig.py`` rewrites the
expected files; review the diff before committing it. That every case has its ``verwacht.txt`` and no
two cases are the same is tested in ``tests/test_fouten.py``, for both suites.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import MINI, REPO

VIJANDIG = Path(__file__).resolve().parent / "vijandig"
GEVALLEN = sorted(p.name for p in VIJANDIG.iterdir() if p.is_dir())
GEHEIM = "GEHEIM-vAn-de-bouwmachine-42"


def _check(werkmap: Path) -> subprocess.CompletedProcess[str]:
    """``python -m flexteam check`` run from ``werkmap``, as a contributor runs it from the repository."""
    return subprocess.run([sys.executable, "-m", "flexteam", "check", "--map", "menukaart"],
                          cwd=werkmap, capture_output=True, text=True, timeout=120)


def _werkmap(tmp_path: Path, geval: str | None = None) -> Path:
    shutil.copytree(MINI, tmp_path / "menukaart")
    if geval is not None:
        shutil.copytree(VIJANDIG / geval / "menukaart", tmp_path / "menukaart", dirs_exist_ok=True)
    return tmp_path


@pytest.mark.parametrize("geval", GEVALLEN)
def test_vijandig_bestand_geeft_de_verwachte_melding(tmp_path: Path, geval: str) -> None:
    resultaat = _check(_werkmap(tmp_path, geval))
    if os.environ.get("VIJANDIG_SCHRIJF") == "1":
        (VIJANDIG / geval / "verwacht.txt").write_text(resultaat.stderr, encoding="utf-8")
    verwacht = (VIJANDIG / geval / "verwacht.txt").read_text(encoding="utf-8")
    assert resultaat.returncode == 1, resultaat.stdout
    assert "Traceback" not in resultaat.stderr
    assert resultaat.stderr == verwacht


# --- symbolic links ----------------------------------------------------------------------------


@pytest.fixture
def geheim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file outside the repository with a secret in it, as the build machine's environment would be."""
    pad = tmp_path_factory.mktemp("buiten") / "geheim.json"
    pad.write_text(f'{{"token": "{GEHEIM}"}}\n', encoding="utf-8")
    return pad


def _met_bijlage(menukaart: Path, naam: str) -> None:
    item = menukaart / "kennisproducten" / "sjabloon-wijkplan.yml"
    tekst = item.read_text(encoding="utf-8")
    item.write_text(tekst.replace("bestand: sjabloon-wijkplan.md}", f"bestand: sjabloon-wijkplan.md}}\n  - {{titel: Extra, bestand: {naam}}}"),
                    encoding="utf-8")


@pytest.mark.parametrize("soort", ["bijlage", "item", "taxonomie", "bijlagenmap", "environ"])
def test_symbolische_koppeling_wordt_geweigerd(tmp_path: Path, geheim: Path, soort: str) -> None:
    werkmap = _werkmap(tmp_path)
    menukaart = werkmap / "menukaart"
    if soort == "bijlage":
        _met_bijlage(menukaart, "omgeving.txt")
        (menukaart / "bijlagen" / "omgeving.txt").symlink_to(geheim)
        verwacht = "menukaart/bijlagen/omgeving.txt: Dit is een symbolische koppeling (symlink)."
    elif soort == "environ":
        _met_bijlage(menukaart, "omgeving.txt")
        (menukaart / "bijlagen" / "omgeving.txt").symlink_to("/proc/self/environ")
        verwacht = "menukaart/bijlagen/omgeving.txt: Dit is een symbolische koppeling (symlink)."
    elif soort == "item":
        (menukaart / "diensten" / "geheim.yml").symlink_to(geheim)
        verwacht = "menukaart/diensten/geheim.yml: Dit is een symbolische koppeling (symlink)."
    elif soort == "taxonomie":
        echt = tmp_path / "taxonomie-echt.yml"
        shutil.move(menukaart / "taxonomie.yml", echt)
        (menukaart / "taxonomie.yml").symlink_to(echt)
        verwacht = "menukaart/taxonomie.yml: Dit is een symbolische koppeling (symlink)."
    else:
        echt = tmp_path / "bijlagen-elders"
        shutil.move(menukaart / "bijlagen", echt)
        (menukaart / "bijlagen").symlink_to(echt, target_is_directory=True)
        verwacht = "menukaart/bijlagen: Dit is een symbolische koppeling (symlink)."
    resultaat = _check(werkmap)
    assert resultaat.returncode == 1
    assert verwacht in resultaat.stderr
    assert GEHEIM not in resultaat.stderr + resultaat.stdout
    assert "Traceback" not in resultaat.stderr


def test_menukaartmap_als_koppeling_wordt_geweigerd(tmp_path: Path) -> None:
    shutil.copytree(MINI, tmp_path / "elders")
    (tmp_path / "menukaart").symlink_to(tmp_path / "elders", target_is_directory=True)
    resultaat = _check(tmp_path)
    assert resultaat.returncode == 1
    assert "menukaart: De map is een symbolische koppeling (symlink)" in resultaat.stderr


def _docx(met_macro: bool) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("[Content_Types].xml", "<Types/>")
        archief.writestr("word/document.xml", "<w:document/>")
        if met_macro:
            archief.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")
    return buffer.getvalue()


def test_word_met_macros_wordt_geweigerd_en_zonder_geaccepteerd(tmp_path: Path) -> None:
    werkmap = _werkmap(tmp_path)
    menukaart = werkmap / "menukaart"
    _met_bijlage(menukaart, "sjabloon.docx")
    (menukaart / "bijlagen" / "sjabloon.docx").write_bytes(_docx(met_macro=True))
    resultaat = _check(werkmap)
    assert resultaat.returncode == 1
    assert "menukaart/bijlagen/sjabloon.docx: Het Word-document bevat macro's" in resultaat.stderr
    (menukaart / "bijlagen" / "sjabloon.docx").write_bytes(_docx(met_macro=False))
    assert _check(werkmap).returncode == 0


# --- the build ---------------------------------------------------------------------------------


def _repo_kopie(tmp_path: Path) -> Path:
    """The site's own files (config, hand-written pages, theme, hooks) in a folder of their own."""
    kopie = tmp_path / "repo"
    kopie.mkdir()
    shutil.copy2(REPO / "mkdocs.yml", kopie / "mkdocs.yml")
    for map in ("docs", "overrides", "hooks"):
        shutil.copytree(REPO / map, kopie / map, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(MINI, kopie / "menukaart")
    return kopie


def _bouw_in(kopie: Path, site: Path) -> subprocess.CompletedProcess[str]:
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    omgeving.pop("MENUKAART_MAP", None)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=kopie, env=omgeving, capture_output=True, text=True, timeout=600)


def _afdruk(site: Path) -> dict[str, str]:
    """Every file of a built site with a hash of its bytes."""
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_mislukte_bouw_laat_de_vorige_site_byte_voor_byte_staan(tmp_path: Path, geheim: Path) -> None:
    kopie = _repo_kopie(tmp_path)
    site = tmp_path / "site"
    eerste = _bouw_in(kopie, site)
    assert eerste.returncode == 0, eerste.stdout + eerste.stderr
    voor = _afdruk(site)
    assert "menukaart/verkenning/index.html" in voor

    # 1. A warning in strict mode (a broken link on a hand-written page) stops the build after MkDocs wrote everything.
    pagina = kopie / "docs" / "colofon.md"
    pagina.write_text(pagina.read_text(encoding="utf-8") + "\n[kapot](bestaat-niet.md)\n", encoding="utf-8")
    resultaat = _bouw_in(kopie, site)
    assert resultaat.returncode != 0
    assert "de vorige site" in resultaat.stderr
    assert _afdruk(site) == voor

    # 2. A link in docs/ to a file outside the repository.
    shutil.copy2(REPO / "docs" / "colofon.md", pagina)
    (kopie / "docs" / "omgeving.txt").symlink_to(geheim)
    resultaat = _bouw_in(kopie, site)
    assert resultaat.returncode != 0
    assert "docs/omgeving.txt: Dit is een symbolische koppeling (symlink)" in resultaat.stderr
    assert GEHEIM not in resultaat.stdout + resultaat.stderr
    assert _afdruk(site) == voor

    # 3. An active file among the hand-written pages, with a name that tries to clear the terminal.
    (kopie / "docs" / "omgeving.txt").unlink()
    (kopie / "docs" / "welkom\x1b[2J.html").write_text("<script>fetch('https://evil.example/')</script>", encoding="utf-8")
    resultaat = _bouw_in(kopie, site)
    assert resultaat.returncode != 0
    assert "docs/welkom\\x1b[2J.html: Bestanden met de extensie '.html' kunnen in de browser draaien" in resultaat.stderr
    assert "\x1b[2J" not in resultaat.stderr
    assert _afdruk(site) == voor

    # 4. A content error.
    (kopie / "docs" / "welkom\x1b[2J.html").unlink()
    (kopie / "menukaart" / "diensten" / "index.yml").write_text(
        (MINI / "diensten" / "verkenning.yml").read_text(encoding="utf-8"), encoding="utf-8")
    resultaat = _bouw_in(kopie, site)
    assert resultaat.returncode != 0
    assert "menukaart/diensten/index.yml" in resultaat.stderr
    assert _afdruk(site) == voor
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo", "site"]  # no half-built site left behind

    # And a good build replaces the site as a whole.
    (kopie / "menukaart" / "diensten" / "index.yml").unlink()
    (kopie / "menukaart" / "diensten" / "verkenning.yml").unlink()
    resultaat = _bouw_in(kopie, site)
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert not (site / "menukaart" / "verkenning").exists()
    assert [p.name for p in tmp_path.iterdir() if ".nieuw-" in p.name or ".oud-" in p.name] == []


def test_gepubliceerde_site_bevat_geen_actief_bestand_en_niets_van_buiten(site) -> None:  # type: ignore[no-untyped-def]
    actief = {".html", ".svg", ".js", ".xml", ".exe", ".bat"}
    for pad in (site.site / "bijlagen").iterdir():
        assert pad.suffix not in actief, pad
        assert not pad.is_symlink()
    for pad in site.site.rglob("*"):
        assert not pad.is_symlink(), pad


def test_id_die_een_handgeschreven_pagina_zou_vervangen_wordt_geweigerd(tmp_path: Path) -> None:
    werkmap = _werkmap(tmp_path)
    (werkmap / "docs" / "menukaart").mkdir(parents=True)
    (werkmap / "docs" / "menukaart" / "verkenning.md").write_text("# Met de hand\n", encoding="utf-8")
    resultaat = _check(werkmap)
    assert resultaat.returncode == 1
    assert ("menukaart/diensten/verkenning.yml, regel 1, kolom 1: De bestandsnaam 'verkenning.yml' kan niet als id: "
            "er staat al een pagina docs/menukaart/verkenning.md. Kies een andere bestandsnaam.") in resultaat.stderr
