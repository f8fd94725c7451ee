"""What the golden files in ``tests/fouten/`` (``tests/test_fouten.py``) cannot say: the valid mini menukaart
loads, text a contributor wrote stays their text, and the alias bomb is refused fast."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from conftest import MINI
from flexteam import MenukaartFouten, laad_menukaart

FOUTEN = Path(__file__).resolve().parent / "fouten"


def _vervang(map: Path, relatief: str, oud: str, nieuw: str) -> None:
    pad = map / relatief
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} staat niet in {relatief}"
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def test_mini_menukaart_is_geldig() -> None:
    catalogus = laad_menukaart(MINI)
    assert {i.id for i in catalogus.items} == {"wijkplan-maken", "verkenning", "bewonersavond", "sjabloon-wijkplan"}
    assert catalogus.item_per_id["bewonersavond"].participatie is not None


def test_nee_als_tekst_blijft_tekst(mini_menukaart: Path) -> None:
    """'nee' and '010' in a text field are the contributor's text and must arrive unchanged."""
    _vervang(mini_menukaart, "diensten/verkenning.yml", "resultaat: [Een notitie]", "resultaat: [nee, '010', 010, 12:30]")
    catalogus = laad_menukaart(mini_menukaart)
    assert catalogus.item_per_id["verkenning"].resultaat == ["nee", "010", "010", "12:30"]


def test_alias_bom_wordt_snel_geweigerd(mini_menukaart: Path) -> None:
    """A billion laughs: refused at the first anchor, before anything is expanded (the message: tests/fouten/alias-bom)."""
    shutil.copy2(FOUTEN / "alias-bom" / "menukaart" / "diensten" / "bom.yml", mini_menukaart / "diensten" / "bom.yml")
    start = time.perf_counter()
    with pytest.raises(MenukaartFouten) as info:
        laad_menukaart(mini_menukaart)
    assert time.perf_counter() - start < 2
    assert len(info.value.fouten) == 1
