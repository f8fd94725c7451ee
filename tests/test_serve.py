"""The contributor's preview: ``mkdocs serve`` shows a saved change, names a broken save in Dutch, and recovers.

After a failed rebuild MkDocs holds new requests until the next good build ("the server will
appear stuck"); the page already open in the browser stays as it was. Run against a copy of the
mini menukaart through ``MENUKAART_MAP``, without ``-w``: the hook itself has to make ``serve``
watch that folder (``on_serve``). Starting, fetching and stopping come from the benchmark, which
measures the same reload at 1,000 items.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Iterator

import pytest

from bench import haal, stop, vrije_poort
from conftest import REPO

pytestmark = pytest.mark.slow

WACHT = 120.0
"""Seconds a build may take before the test gives up (a busy CI machine, two cores)."""


def _wacht_tot(voorwaarde: Callable[[], bool], waarop: str, log: Path) -> None:
    einde = time.monotonic() + WACHT
    while not voorwaarde():
        if time.monotonic() > einde:
            pytest.fail(f"na {WACHT:.0f} s nog niet: {waarop}\n--- mkdocs serve ---\n{log.read_text(errors='replace')[-4000:]}")
        time.sleep(0.2)


class Voorbeeld:
    def __init__(self, url: str, log: Path) -> None:
        self.url, self.log = url, log

    def pagina_toont(self, pad: str, tekst: str) -> None:
        _wacht_tot(lambda: tekst in (haal(self.url + pad) or ""), f"'{tekst}' op /{pad}", self.log)

    def log_toont(self, tekst: str) -> None:
        _wacht_tot(lambda: tekst in self.log.read_text(errors="replace"), f"'{tekst}' in de uitvoer", self.log)


@pytest.fixture
def voorbeeld(mini_menukaart: Path, tmp_path: Path) -> Iterator[Voorbeeld]:
    poort = vrije_poort()
    log = tmp_path / "serve.log"
    with log.open("wb") as uitvoer:
        proces = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(REPO / "mkdocs.yml"), "-a", f"127.0.0.1:{poort}"],
            cwd=REPO, env={**os.environ, "MENUKAART_MAP": str(mini_menukaart), "NO_MKDOCS_2_WARNING": "1"},
            stdout=uitvoer, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        yield Voorbeeld(f"http://127.0.0.1:{poort}/", log)
    finally:
        stop(proces)


def test_voorbeeld_toont_een_bewaarde_wijziging_en_meldt_een_fout(
    voorbeeld: Voorbeeld, mini_menukaart: Path
) -> None:
    bestand = mini_menukaart / "diensten" / "verkenning.yml"
    pad = "menukaart/verkenning/"
    voorbeeld.pagina_toont(pad, "Verkenning van een dorp")
    time.sleep(1.0)  # the file watcher starts after the first build

    tekst = bestand.read_text(encoding="utf-8")
    bestand.write_text(tekst.replace("titel: Verkenning van een dorp", "titel: Verkenning van een esdorp"), encoding="utf-8")
    voorbeeld.pagina_toont(pad, "Verkenning van een esdorp")

    # A duplicate field: the Dutch error names the file and the line; once fixed, the preview follows again.
    bestand.write_text(tekst.replace("titel: Verkenning van een dorp", "titel: Verkenning van een esdorp\ntitel: Dubbel"),
                       encoding="utf-8")
    voorbeeld.log_toont("staat twee keer in hetzelfde blok")
    log = voorbeeld.log.read_text(errors="replace")
    assert "verkenning.yml" in log and "regel 2" in log, log[-2000:]

    bestand.write_text(tekst.replace("titel: Verkenning van een dorp", "titel: Verkenning van een brinkdorp"), encoding="utf-8")
    voorbeeld.pagina_toont(pad, "Verkenning van een brinkdorp")


def _haal_ook_bij_404(url: str) -> str:
    """The page at ``url``, also when the server answers 404 with its error page ('' when it does not answer)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as antwoord:
            return str(antwoord.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as fout:
        return str(fout.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return ""


def test_voorbeeld_toont_de_fouten_op_elke_pagina_tot_ze_hersteld_zijn(voorbeeld: Voorbeeld, mini_menukaart: Path) -> None:
    bestand = mini_menukaart / "diensten" / "verkenning.yml"
    pad = "menukaart/verkenning/"
    voorbeeld.pagina_toont(pad, "Verkenning van een dorp")
    time.sleep(1.0)  # the file watcher starts after the first build

    tekst = bestand.read_text(encoding="utf-8")
    # Two errors in one file, one of each kind: a type error and a reference to an item that does not exist.
    kapot = tekst.replace("uren_van: 20", "uren_van: veel").replace("fase: [verkennen]",
                                                                    "fase: [verkennen]\ngerelateerd: [<b>bestaat-niet</b>]")
    bestand.write_text(kapot, encoding="utf-8")
    foutkop = "De menukaart heeft 2 fouten"
    _wacht_tot(lambda: foutkop in _haal_ook_bij_404(voorbeeld.url + pad), f"'{foutkop}' op /{pad}", voorbeeld.log)

    for adres in (pad, "", "kosten-en-bijdragen/"):
        html = _haal_ook_bij_404(voorbeeld.url + adres)
        assert foutkop in html, (adres, html[-3000:])
        assert "Verkenning van een dorp" not in html, adres  # not the old site
        assert "menukaart/diensten/verkenning.yml" in html and "Regel 9, kolom 9" in html, adres
        assert "<code>inzet.uren_van</code>" in html and "&#39;veel&#39;" in html, adres
        assert "&lt;b&gt;bestaat-niet&lt;/b&gt;" in html and "<b>bestaat-niet" not in html, adres  # escaped
        assert "livereload" in html, adres  # reloads by itself once the errors are fixed

    bestand.write_text(tekst, encoding="utf-8")
    voorbeeld.pagina_toont(pad, "Verkenning van een dorp")
    assert foutkop not in _haal_ook_bij_404(voorbeeld.url)
