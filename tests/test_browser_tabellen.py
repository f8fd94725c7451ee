"""Tables a civil servant reads on a laptop and on a phone: no amount cut off or off screen, no word broken in a cell.

At 1280 px a table fits its column, or (nine columns or more) shows each row as a card; at 390 px every row is a card
whose values carry their column's name. Measured in Chromium on every page type with tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from browser.fixtures import Browsersessie
from conftest import MENUKAART
from flexteam import laad_menukaart

pytestmark = pytest.mark.browser

_MEET = (Path(__file__).parent / "browser" / "tabelcellen.js").read_text(encoding="utf-8")


def _paginas() -> list[str]:
    catalogus = laad_menukaart(MENUKAART)
    met_afspraken = next(i for i in catalogus.items if any(a.item == i.id for g in catalogus.gemeenten for a in g.afspraken))
    met_tabel = next(k for k in catalogus.kennisproducten if any(o.tabel and len(o.tabel.kolommen) >= 6 for o in k.onderdelen))
    gemeente = max(catalogus.gemeenten, key=lambda g: len(g.afspraken))
    return ["kosten-en-bijdragen/", "gemeenten/", f"gemeenten/{gemeente.id}/", f"voor-raadsleden/{gemeente.id}/",
            f"menukaart/{met_afspraken.id}/", f"menukaart/{met_tabel.id}/"]


@pytest.mark.parametrize("pad", _paginas())
def test_geen_bedrag_afgekapt_of_buiten_beeld_en_geen_woord_gebroken(site_url: str, sessie_breedte: Browsersessie, pad: str) -> None:
    sessie_breedte.pagina.goto(site_url + pad)
    meting: dict[str, Any] = sessie_breedte.pagina.evaluate(_MEET)
    assert meting["cellen"] > 10, meting  # the page has tables, and the measurement saw them
    assert not meting["afgekapt"], f"afgekapt in {pad}: {meting['afgekapt'][:10]}"
    assert not meting["buitenbeeld"], f"buiten beeld in {pad}: {meting['buitenbeeld'][:10]}"
    assert not meting["gebroken"], f"midden in een woord afgebroken in {pad}: {meting['gebroken'][:10]}"


def test_op_een_telefoon_draagt_elke_waarde_de_naam_van_haar_kolom(site_url: str, sessie_smal: Browsersessie) -> None:
    sessie_smal.pagina.goto(site_url + "kosten-en-bijdragen/")
    labels = sessie_smal.pagina.evaluate("""() => Array.from(document.querySelectorAll('.fx-cijfers td')).slice(0, 40)
        .map(td => getComputedStyle(td, '::before').content)""")
    assert labels and all(label not in ("none", "normal", '""') for label in labels), labels
    assert any("Totaal" in label for label in labels), labels
