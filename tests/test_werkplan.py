"""The werkplan's page, its data and the team's view of the aanvragen, read from the real built site."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from conftest import MENUKAART, Bouwresultaat
from flexteam import laad_menukaart
from flexteam.inhoud.model import Dienst
from flexteam.weergave.werkplan import aanvraag_adres


@pytest.fixture(scope="module")
def catalogus() -> Any:
    return laad_menukaart(MENUKAART)


@pytest.fixture(scope="module")
def gegevens(site: Bouwresultaat) -> dict[str, Any]:
    return json.loads((site.site / "werkplan" / "werkplan.json").read_text(encoding="utf-8"))


def test_elk_item_dat_kan_staat_in_de_gegevens_met_zijn_uren_uit_de_yaml(catalogus: Any, gegevens: dict[str, Any]) -> None:
    items = {i["id"]: i for i in gegevens["items"]}
    verwacht = {i.id for i in catalogus.items if i.status != "vervallen"}
    assert set(items) == verwacht
    for item in catalogus.items:
        if isinstance(item, Dienst) and item.id in items:
            inzet = items[item.id]["inzet"]
            assert (inzet["van"], inzet["tot"], inzet["label"]) == (item.inzet.uren_van, item.inzet.uren_tot, item.inzet.herkomst)
            assert inzet["uitleg"]  # every indication says where it comes from


def test_elke_gemeente_met_haar_bestand_en_haar_bijdrage_met_herkomst(catalogus: Any, gegevens: dict[str, Any]) -> None:
    assert [g["naam"] for g in gegevens["gemeenten"]] == sorted(g.naam for g in catalogus.gemeenten)
    for gemeente in gegevens["gemeenten"]:
        assert (MENUKAART.parent / gemeente["bestand"]).is_file(), gemeente["bestand"]
        for jaar, cijfers in gemeente["jaren"].items():
            if cijfers["in_begroting"] and cijfers["bijdrage"]["waarde"] is not None:
                assert cijfers["bijdrage"]["label"] and cijfers["bijdrage"]["tekst"].startswith("€"), (gemeente["id"], jaar)


def test_werkplanpagina_staat_in_de_navigatie_en_werkt_zonder_javascript(site: Bouwresultaat) -> None:
    html = site.html("werkplan/")
    assert 'href="werkplan/"' in site.html("") or 'href="./werkplan/"' in site.html("")
    assert "data-werkplan-zonder-js" in html and "Zo vraagt u ondersteuning aan" in html
    assert 'data-werkplan-gegevens="werkplan.json"' in html
    # Without JavaScript there is no button that does nothing: hidden on an item page, made by the script on a card.
    menukaart = site.html("menukaart/")
    assert menukaart.count("data-werkplan-item=") >= 40 and "data-werkplan-knop=" not in menukaart
    itempaginas = [p.read_text(encoding="utf-8") for p in sorted((site.site / "menukaart").glob("*/index.html"))]
    met_knop = [html for html in itempaginas if '<p class="fx-werkplan-knop" data-pagefind-ignore hidden>' in html]
    assert len(met_knop) >= 40, len(met_knop)


def test_aanvragen_per_gemeente_tegenover_de_capaciteit(catalogus: Any, site: Bouwresultaat) -> None:
    html = site.html("werkplan/aanvragen/")
    aanvragen = [(g, a) for g in catalogus.gemeenten for a in g.afspraken if a.status == "aangevraagd"]
    assert aanvragen, "de menukaart heeft geen aanvraag om te tonen"
    for gemeente, afspraak in aanvragen:
        assert gemeente.naam in html
    jaar = aanvragen[0][1].jaar
    regels = list(csv.reader(io.StringIO((site.site / "werkplan" / f"aanvragen-{jaar}.csv").read_text(encoding="utf-8-sig")),
                             delimiter=";"))
    kop = regels[0]
    assert "Herkomst: Uren aangevraagd" in kop
    totaal = next(r for r in regels if r[0] == "Alle gemeenten")
    verwacht = sum(a.uren_gevraagd for _, a in aanvragen if a.jaar == jaar)
    assert totaal[kop.index("Uren aangevraagd")] == str(verwacht)
    assert any(r[0].startswith("Nog vrij") for r in regels)


@pytest.mark.parametrize(("repo", "soort", "formulier"), [
    ("https://github.com/provincie/menukaart", "github", "https://github.com/provincie/menukaart/issues/new?template=aanvraag-werkplan.yml"),
    ("https://gitlab.com/provincie/menukaart/", "gitlab",
     "https://gitlab.com/provincie/menukaart/-/issues/new?issuable_template=Aanvraag%20werkplan"),
])
def test_aanvraag_op_github_of_gitlab(repo: str, soort: str, formulier: str) -> None:
    adres = aanvraag_adres(repo)
    assert adres is not None and adres["soort"] == soort and adres["formulier"] == formulier


def test_geen_aanvraaglink_bij_een_onbekende_forge() -> None:
    assert aanvraag_adres("https://codeberg.org/provincie/menukaart") is None
    assert aanvraag_adres("") is None
