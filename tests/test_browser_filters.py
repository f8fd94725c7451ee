"""The filters on the menukaart overview (docs/assets/js/filters.js) in a real browser.

Expected results come from the model (flexteam.laad_menukaart), not from the page: ticking
thema and fase shows exactly the items that have both, the count is announced in the
role=status element, the URL holds the choice, back and forward work, a filtered URL restores
the choice, and without JavaScript every item is listed.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from browser.fixtures import Browsersessie
from browser.paginas import gefilterde_keuze, item_id
from conftest import MENUKAART
from flexteam import laad_menukaart

pytestmark = pytest.mark.browser

CATALOGUS = laad_menukaart(MENUKAART)
TOTAAL = len(CATALOGUS.items)


def _getoond(pagina: Any) -> set[str]:
    links = pagina.eval_on_selector_all(
        ".fx-groep .fx-kaart", "kaarten => kaarten.filter(k => k.offsetParent !== null).map(k => k.querySelector('a').href)"
    )
    return {item_id(link) or link for link in links}


def _verwacht(**keuze: list[str]) -> set[str]:
    def past(item: Any) -> bool:
        for groep, waarden in keuze.items():
            eigen = set(getattr(item, groep))
            if waarden and not eigen & set(waarden):
                return False
        return True

    return {item.id for item in CATALOGUS.items if past(item)}


def _status(pagina: Any) -> str:
    return pagina.locator("#fx-aantal").inner_text().strip()


def _zoekparameters(pagina: Any) -> dict[str, list[str]]:
    return {k: v[0].split(",") for k, v in parse_qs(urlsplit(pagina.url).query).items()}


def _vink(pagina: Any, groep: str, waarde: str) -> None:
    """Open the group (a closed <details>) the way a user does, then tick the box."""
    vakje = pagina.locator(f".fx-filters input[name={groep}][value='{waarde}']")
    if not vakje.is_visible():
        pagina.locator(f"[data-fx-filtergroep={groep}] > summary").click()
    vakje.check()


@pytest.fixture
def overzicht(site_url: str, sessie: Browsersessie) -> Any:
    pagina = sessie.pagina
    pagina.goto(site_url + "menukaart/")
    pagina.wait_for_selector(".fx-filters:not([hidden])")
    return pagina


def test_thema_en_fase_tonen_precies_de_passende_items(overzicht: Any) -> None:
    pagina = overzicht
    thema, fase = gefilterde_keuze(CATALOGUS)
    assert _getoond(pagina) == {i.id for i in CATALOGUS.items}
    assert _status(pagina) == f"De menukaart bevat {TOTAAL} items."

    _vink(pagina, "thema", thema)
    verwacht = _verwacht(thema=[thema])
    assert _getoond(pagina) == verwacht
    assert _zoekparameters(pagina) == {"thema": [thema]}

    _vink(pagina, "fase", fase)
    verwacht = _verwacht(thema=[thema], fase=[fase])
    assert verwacht and _getoond(pagina) == verwacht
    assert _zoekparameters(pagina) == {"thema": [thema], "fase": [fase]}

    # The count is in the live region, so a screen reader reads it out.
    status = pagina.locator("#fx-aantal")
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"
    woord = "item" if len(verwacht) == 1 else "items"
    assert _status(pagina) == f"{len(verwacht)} {woord} gevonden van de {TOTAAL}."

    # Groups without any shown item are hidden as well, so no empty headings remain.
    lege_koppen = pagina.eval_on_selector_all(
        "[data-fx-groep]", "gs => gs.filter(g => !g.hidden && !g.querySelector('.fx-kaart:not([hidden])')).length"
    )
    assert lege_koppen == 0


def test_binnen_een_groep_of_tussen_groepen_en(overzicht: Any) -> None:
    pagina = overzicht
    themas = [t.id for t in CATALOGUS.taxonomie.themas if _verwacht(thema=[t.id])][:2]
    doelgroep = CATALOGUS.items[0].doelgroep[0]
    for thema in themas:
        _vink(pagina, "thema", thema)
    assert _getoond(pagina) == _verwacht(thema=themas)
    _vink(pagina, "doelgroep", doelgroep)
    assert _getoond(pagina) == _verwacht(thema=themas, doelgroep=[doelgroep])
    assert _zoekparameters(pagina) == {"thema": themas, "doelgroep": [doelgroep]}


def test_terug_en_vooruit(overzicht: Any) -> None:
    pagina = overzicht
    thema, fase = gefilterde_keuze(CATALOGUS)
    _vink(pagina, "thema", thema)
    _vink(pagina, "fase", fase)

    pagina.go_back()
    assert _zoekparameters(pagina) == {"thema": [thema]}
    assert _getoond(pagina) == _verwacht(thema=[thema])
    assert pagina.locator(f"input[name=thema][value='{thema}']").is_checked()
    assert not pagina.locator(f"input[name=fase][value='{fase}']").is_checked()

    pagina.go_back()
    assert _zoekparameters(pagina) == {}
    assert len(_getoond(pagina)) == TOTAAL
    assert _status(pagina) == f"De menukaart bevat {TOTAAL} items."

    pagina.go_forward()
    pagina.go_forward()
    assert _zoekparameters(pagina) == {"thema": [thema], "fase": [fase]}
    assert _getoond(pagina) == _verwacht(thema=[thema], fase=[fase])


def test_wissen_toont_alles(overzicht: Any) -> None:
    pagina = overzicht
    thema, _ = gefilterde_keuze(CATALOGUS)
    _vink(pagina, "thema", thema)
    pagina.get_by_role("button", name="Wis filters").click()
    pagina.wait_for_function("() => !location.search")
    assert len(_getoond(pagina)) == TOTAAL


def test_gefilterde_url_herstelt_de_keuze(site_url: str, sessie: Browsersessie) -> None:
    pagina = sessie.pagina
    thema, fase = gefilterde_keuze(CATALOGUS)
    pagina.goto(f"{site_url}menukaart/?thema={thema}&fase={fase}")
    pagina.wait_for_selector(".fx-filters:not([hidden])")
    assert pagina.locator(f"input[name=thema][value='{thema}']").is_checked()
    assert pagina.locator(f"input[name=fase][value='{fase}']").is_checked()
    assert pagina.locator(".fx-filters input:checked").count() == 2
    verwacht = _verwacht(thema=[thema], fase=[fase])
    assert _getoond(pagina) == verwacht
    assert f"{len(verwacht)} " in _status(pagina)


def test_zonder_javascript_staan_alle_items_er(site_url: str, sessie_zonder_js: Browsersessie) -> None:
    pagina = sessie_zonder_js.pagina
    thema, fase = gefilterde_keuze(CATALOGUS)
    # Even a filtered link shows the whole list: nothing is hidden that only a script could show.
    pagina.goto(f"{site_url}menukaart/?thema={thema}&fase={fase}")
    assert _getoond(pagina) == {i.id for i in CATALOGUS.items}
    assert not pagina.locator(".fx-filters").is_visible()
    assert _status(pagina) == f"De menukaart bevat {TOTAAL} items."


def test_aantallen_volgen_de_keuze(overzicht: Any) -> None:
    """Group headings and the count next to each option follow the filter, not the unfiltered list."""
    pagina = overzicht
    thema, _ = gefilterde_keuze(CATALOGUS)
    _vink(pagina, "thema", thema)
    getoond = _verwacht(thema=[thema])
    diensten = {i.id for i in CATALOGUS.diensten} & getoond
    assert pagina.locator("#diensten [data-fx-groep-aantal]").inner_text() == str(len(diensten))

    # An option in another group counts the items that would show if it were ticked as well.
    pagina.locator("[data-fx-filtergroep=fase] > summary").click()
    for fase in CATALOGUS.taxonomie.fasen:
        optie = pagina.locator(f"input[name=fase][value='{fase.id}']")
        if optie.count():
            aantal = optie.locator("xpath=..").locator("[data-fx-optie-aantal]").inner_text()
            assert aantal == f"({len(_verwacht(thema=[thema], fase=[fase.id]))})", fase.id
    # In its own group an option counts what it adds (or), not what is left after the group's choice.
    eigen = pagina.locator(f"input[name=thema][value='{thema}']").locator("xpath=..").locator("[data-fx-optie-aantal]")
    assert eigen.inner_text() == f"({len(getoond)})"


def test_gekozen_filters_staan_boven_de_resultaten_en_gaan_weg_met_een_klik(overzicht: Any) -> None:
    pagina = overzicht
    thema, fase = gefilterde_keuze(CATALOGUS)
    assert not pagina.locator("[data-fx-gekozen]").is_visible()
    assert not pagina.get_by_role("button", name="Wis filters").is_visible()
    _vink(pagina, "thema", thema)
    _vink(pagina, "fase", fase)
    knoppen = pagina.locator("[data-fx-gekozen] button")
    assert knoppen.count() == 2
    themanaam = CATALOGUS.taxonomie.label("themas", thema)
    assert knoppen.nth(0).inner_text().startswith(f"Thema: {themanaam}")
    # The chips come before the first result, so the choice is seen where the results start.
    boven = pagina.evaluate("() => document.querySelector('[data-fx-gekozen]').getBoundingClientRect().top")
    eerste = pagina.evaluate("() => document.querySelector('.fx-kaart:not([hidden])').getBoundingClientRect().top")
    assert boven < eerste

    knoppen.nth(0).click()
    assert _zoekparameters(pagina) == {"fase": [fase]}
    assert _getoond(pagina) == _verwacht(fase=[fase])
    assert not pagina.locator(f"input[name=thema][value='{thema}']").is_checked()
    assert pagina.evaluate("() => document.activeElement.id") == "fx-aantal"


def test_op_een_telefoon_is_het_filter_een_paneel_dat_open_en_dicht_gaat(site_url: str, sessie_smal: Browsersessie) -> None:
    pagina = sessie_smal.pagina
    pagina.goto(site_url + "menukaart/")
    pagina.wait_for_selector(".fx-filters:not([hidden])")
    paneel = pagina.locator("[data-fx-paneel]")
    assert paneel.get_attribute("open") is None
    # Closed, the panel leaves the count in the first screen.
    assert pagina.locator("#fx-aantal").bounding_box()["y"] < pagina.viewport_size["height"]

    pagina.locator("[data-fx-paneel] > summary").click()
    thema, _ = gefilterde_keuze(CATALOGUS)
    _vink(pagina, "thema", thema)
    aantal = len(_verwacht(thema=[thema]))
    klaar = pagina.locator("[data-fx-klaar]")
    assert klaar.inner_text() == f"Toon de {aantal} {'item' if aantal == 1 else 'items'}"
    klaar.click()
    assert paneel.get_attribute("open") is None
    assert pagina.evaluate("() => document.activeElement.id") == "fx-aantal"
    assert "(1 gekozen)" in pagina.locator("[data-fx-paneel] > summary").inner_text()
