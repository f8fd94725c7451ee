"""Rendering in a second process gives the same pages, in any order asked, and reports a fault by its page."""

from __future__ import annotations

import filecmp
import gc
import multiprocessing
import threading
from pathlib import Path

import pytest

from conftest import MINI, bouw
from flexteam import achtergrond, laad_menukaart
from flexteam.site import bouw_site

BOUW = bouw_site(laad_menukaart(MINI))
TAKEN = [(p.pad, p.maak) for p in BOUW.paginas] + [(d.pad, d.maak) for d in BOUW.downloads]

tweede_proces = pytest.mark.skipif(not achtergrond.tweede_proces_mogelijk(), reason="alleen op Linux met meer dan één cpu")


def _fout() -> str:
    raise ValueError("kapot sjabloon")


@pytest.mark.parametrize("apart", [pytest.param(True, marks=tweede_proces), False], ids=["tweede proces", "hier"])
def test_elke_pagina_en_download_gelijk_aan_direct_renderen_ook_in_omgekeerde_volgorde(apart: bool) -> None:
    verwacht = {pad: maak() for pad, maak in TAKEN}
    assert any(isinstance(v, bytes) for v in verwacht.values()) and any(isinstance(v, str) for v in verwacht.values())
    levering = achtergrond.start(TAKEN, tweede_proces=apart)
    try:
        ontvangen = {pad: levering.inhoud(pad) for pad, _ in reversed(TAKEN)}
    finally:
        levering.sluit()
    assert ontvangen == verwacht


@pytest.mark.parametrize("apart", [pytest.param(True, marks=tweede_proces), False], ids=["tweede proces", "hier"])
def test_fout_bij_renderen_noemt_de_pagina(apart: bool) -> None:
    """In this process the fault comes at the start (before MkDocs empties site/), from the second when asked."""
    taken = [TAKEN[0], ("menukaart/kapot.md", _fout), *TAKEN[1:]]
    with pytest.raises(achtergrond.RenderFout) as fout:
        levering = achtergrond.start(taken, tweede_proces=apart)
        try:
            assert levering.inhoud(TAKEN[0][0]) == TAKEN[0][1]()
            levering.inhoud("menukaart/kapot.md")
        finally:
            levering.sluit()
    assert fout.value.pad == "menukaart/kapot.md"
    assert "Het maken van menukaart/kapot.md is mislukt" in str(fout.value)
    assert "kapot sjabloon" in str(fout.value)


@tweede_proces
def test_sluiten_voordat_alles_gevraagd_is_stopt_het_tweede_proces() -> None:
    levering = achtergrond.start(TAKEN * 20, tweede_proces=True)
    levering.inhoud(TAKEN[0][0])
    levering.sluit()
    assert not [t for t in threading.enumerate() if t.name == "menukaart-ontvangen"]
    assert not [p for p in multiprocessing.active_children() if p.name == "menukaart-renderen"]


def test_geen_tweede_proces_naast_andere_threads() -> None:
    """``mkdocs serve`` watches files in threads: forking then could hang the child on a lock."""
    stop = threading.Event()
    draad = threading.Thread(target=stop.wait)
    draad.start()
    try:
        assert not achtergrond.tweede_proces_mogelijk()
    finally:
        stop.set()
        draad.join()


def _bestanden(map: Path) -> list[str]:
    return sorted(str(p.relative_to(map)) for p in map.rglob("*") if p.is_file())


@tweede_proces
def test_site_met_en_zonder_tweede_proces_is_gelijk(tmp_path: Path) -> None:
    met = bouw(MINI, tmp_path / "met")
    zonder = bouw(MINI, tmp_path / "zonder", env={"MENUKAART_PARALLEL": "0"})
    assert met.code == 0 and zonder.code == 0, met.uitvoer + zonder.uitvoer
    assert _bestanden(met.site) == _bestanden(zonder.site)
    verschil = [p for p in _bestanden(met.site) if p != "sitemap.xml.gz" and not filecmp.cmp(met.site / p, zonder.site / p, shallow=False)]
    assert verschil == []


@pytest.mark.parametrize("instelling", [{}, {"MENUKAART_PARALLEL": "0"}], ids=["standaard", "in één proces"])
def test_fout_in_de_sitecode_stopt_de_bouw_met_een_melding_die_de_pagina_noemt(tmp_path: Path, instelling: dict[str, str]) -> None:
    """A bug in a template or in the code (not in the YAML) must not become a half-empty page."""
    (tmp_path / "sitecustomize.py").write_text(
        "import flexteam.paginas\n\n\ndef kapot(catalogus):\n    raise RuntimeError('sjabloon kapot')\n\n\n"
        "flexteam.paginas._gemeenten = kapot\n", encoding="utf-8")
    resultaat = bouw(MINI, tmp_path / "site", env={"PYTHONPATH": str(tmp_path), **instelling})
    assert resultaat.code != 0
    assert "Het maken van gemeenten/index.md is mislukt" in resultaat.uitvoer
    assert "sjabloon kapot" in resultaat.uitvoer


def test_kan_er_niet_geforkt_worden_dan_rendert_dit_proces_dezelfde_paginas(monkeypatch: pytest.MonkeyPatch) -> None:
    def geen_fork(self: object) -> None:
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(multiprocessing.get_context("fork").Process, "start", geen_fork)
    levering = achtergrond.start(TAKEN, tweede_proces=True)
    try:
        assert {pad: levering.inhoud(pad) for pad, _ in TAKEN} == {pad: maak() for pad, maak in TAKEN}
    finally:
        levering.sluit()
    assert gc.isenabled() and not gc.get_freeze_count()
