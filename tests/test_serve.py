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
