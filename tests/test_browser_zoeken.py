"""Search journeys in the site's own search (Pagefind's index of the built HTML and docs/assets/js/zoeker.js), in
Chromium, against the shipped catalogue.

What counts as right comes from the catalogue (flexteam.laad_menukaart), never from the site: for a search word, the
items whose title or trefwoorden contain it. The figures over all judged questions (recall@5, MRR, questions without a
result, latency, beside the search of round one) come from ``make zoekbench``; these tests hold the journeys:

- every exact title puts its item first; a word puts the items with it in their title first;
- Dutch as readers type it: the end of a compound, plurals both ways, a missing accent, a typing error, a synonym,
  an expansion, a whole question;
- a readable result: title, kind, one sentence of context with the match marked, never the hidden keywords;
- the count is announced; the keyboard (/, arrows, Enter, Escape) and a phone (the search page) work;
- nothing of the search is fetched before the reader searches.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from browser.fixtures import Browsersessie
from browser.paginas import item_id
from browser.zoeken import LINKS, STATUS, VELD, zoek
from conftest import MENUKAART
from flexteam import laad_menukaart

pytestmark = pytest.mark.browser

CATALOGUS = laad_menukaart(MENUKAART)
ZOEKWOORDEN = ["bewonersavond", "VvE", "wijkuitvoeringsplan", "energiearmoede", "participatie"]
EERSTE = 8
"""The results in the list under the field: what a reader reads before refining the search."""
SOORTEN = {"Dienst", "Kennisproduct", "Praktijkvoorbeeld", "Gemeente", "Voor raadsleden", "Overzicht", "Pagina"}


def _begint_woord(woord: str, tekst: str) -> bool:
    """Does a word in ``tekst`` start with ``woord``, or contain it as the end of a compound?"""
    return re.search(rf"{re.escape(woord)}", tekst, re.I) is not None


def _titel_items(woord: str) -> set[str]:
    return {item.id for item in CATALOGUS.items if _begint_woord(woord, item.titel)}


def _trefwoord_items(woord: str) -> set[str]:
    return {item.id for item in CATALOGUS.items if any(_begint_woord(woord, w) for w in item.trefwoorden)}


@pytest.fixture
def zoekveld(site_url: str, sessie: Browsersessie) -> Any:
    pagina = sessie.pagina
    pagina.goto(site_url)
    pagina.locator(VELD).click()
    return pagina


def _items(paden: list[str]) -> list[str | None]:
    return [item_id(pad) for pad in paden]


@pytest.mark.parametrize("woord", ZOEKWOORDEN)
def test_zoekwoord_toont_de_juiste_items_eerst(zoekveld: Any, woord: str) -> None:
    titel_items, trefwoord_items = _titel_items(woord), _trefwoord_items(woord) - _titel_items(woord)
    if not titel_items | trefwoord_items:
        pytest.skip(f"geen item noemt {woord!r} in titel of trefwoorden")
    resultaten = _items(zoek(zoekveld, woord, alles=True))
    toon = f"{woord!r} gaf {resultaten[:EERSTE]}"

    assert resultaten and resultaten[0] in (titel_items or trefwoord_items), f"bovenaan geen juist item: {toon}"
    for item in titel_items:
        assert item in resultaten[: len(titel_items) + 3], f"{item} (titel) niet bij de eerste resultaten: {toon}"
    for item in trefwoord_items:
        assert item in resultaten, f"{item} (trefwoord) niet gevonden: {toon}"


def test_exacte_titel_staat_bovenaan(zoekveld: Any) -> None:
    fout = {}
    for item in CATALOGUS.items:
        resultaten = _items(zoek(zoekveld, item.titel))
        if not resultaten or resultaten[0] != item.id:
            fout[item.titel] = resultaten[:3]
    assert not fout, f"{len(fout)} van {len(CATALOGUS.items)} titels niet bovenaan: {json.dumps(fout, ensure_ascii=False, indent=1)}"


def test_enkelvoud_en_meervoud_vinden_elkaar(zoekveld: Any) -> None:
    getest = 0
    for enkelvoud, meervoud in [("warmtenet", "warmtenetten"), ("huurwoning", "huurwoningen"), ("checklist", "checklists"),
                                ("klankbordgroep", "klankbordgroepen")]:
        met_woord = {
            item.id for item in CATALOGUS.items
            if re.search(rf"\b({enkelvoud}|{meervoud})\b", f"{item.titel} {item.samenvatting}", re.I)
        }
        if not met_woord:
            continue
        for vraag in (enkelvoud, meervoud):
            resultaten = set(_items(zoek(zoekveld, vraag, alles=True)))
            assert met_woord <= resultaten, f"{vraag!r} vindt niet {sorted(met_woord - resultaten)}"
        getest += 1
    assert getest >= 2, "te weinig enkelvoud en meervoud in de catalogus om mee te testen"


@pytest.mark.parametrize(("vraag", "item"), [
    ("armoede", "handreiking-energiearmoede"),             # the end of a compound
    ("uitvoeringsplan", "wijkuitvoeringsplan-opstellen"),  # the end of a compound
    ("klankbord", "klankbordgroep"),                       # the start of a word
    ("enquete", "bewonersenquete"),                        # without the accent
    ("partisipatie", "participatieplan-wijkaanpak"),       # a typing error
    ("bewonersavnd", "bewonersavond"),                     # a typing error
    ("gasloos", "factsheet-paw-proeftuinen-drenthe"),      # a synonym from taxonomie.yml
    ("stadsverwarming", "factsheet-warmtenet"),            # a synonym from taxonomie.yml
    ("vereniging van eigenaren", "plan-van-aanpak-vve"),   # the expansion of an abbreviation
    ("hoe betrek ik bewoners", "bewonersparticipatie-organiseren"),  # a question: not every word is on the page
])
def test_nederlands_zoals_lezers_typen(zoekveld: Any, vraag: str, item: str) -> None:
    resultaten = _items(zoek(zoekveld, vraag))
    assert item in resultaten[:5], f"{vraag!r} gaf {resultaten[:8]}"


def test_een_tikfout_wordt_verbeterd_en_gezegd(zoekveld: Any) -> None:
    zoek(zoekveld, "partisipatie")
    status = zoekveld.locator(STATUS).inner_text()
    assert "Gezocht naar \u201cparticipatie\u201d" in status and "u typte \u201cpartisipatie\u201d" in status, status


def test_een_itempagina_gaat_voor_een_overzicht(zoekveld: Any) -> None:
    """'participatie' stands on the menukaart, the kennisbank and the labels page too: the items come first."""
    soorten = zoekveld.eval_on_selector_all(LINKS, "as => as.map(a => a.querySelector('.fx-zoek__soort').textContent)") \
        if zoek(zoekveld, "participatie") else []
    assert soorten[:5] and all(s in {"Dienst", "Kennisproduct", "Praktijkvoorbeeld"} for s in soorten[:5]), soorten


def test_resultaten_zijn_leesbaar_en_het_aantal_wordt_voorgelezen(zoekveld: Any) -> None:
    for vraag in ["participatie", "warmtenet", "armoede", "bewonersavond", "Emmen"]:
        zoek(zoekveld, vraag)
        resultaten = zoekveld.eval_on_selector_all(LINKS, """as => as.map(a => ({
            titel: a.querySelector('.fx-zoek__titel').textContent, soort: a.querySelector('.fx-zoek__soort').textContent,
            context: a.querySelector('.fx-zoek__context').textContent,
            gemarkeerd: a.querySelectorAll('mark').length, html: a.querySelector('.fx-zoek__context').innerHTML}))""")
        assert 0 < len(resultaten) <= EERSTE, (vraag, len(resultaten))
        for r in resultaten:
            assert r["titel"].strip() and r["soort"] in SOORTEN, (vraag, r)
            assert 20 <= len(r["context"]) <= 400, (vraag, r)
            assert "Zoekwoorden" not in r["context"] and "¶" not in r["context"], (vraag, r)
            assert set(re.findall(r"</?(\w+)", r["html"])) <= {"mark"}, (vraag, r)
        # the best results show why they match: the word marked in the title or the sentence (further down a page may
        # match on a label only, and then shows its summary)
        assert all(r["gemarkeerd"] for r in resultaten[:2]), (vraag, resultaten[:2])
        status = zoekveld.locator(STATUS)
        assert status.get_attribute("role") == "status"
        assert re.match(r"^\d+ resultaten? voor \u201c", status.inner_text()), status.inner_text()


def test_alle_resultaten_op_de_zoekpagina_en_het_adres_bewaart_de_vraag(zoekveld: Any, site_url: str) -> None:
    zoek(zoekveld, "warmte")
    status = zoekveld.locator(STATUS).inner_text()
    totaal = int(re.match(r"(\d+)", status).group(1))  # type: ignore[union-attr]
    assert totaal > EERSTE and f"De beste {EERSTE}" in status
    meer = zoekveld.locator(".fx-zoek__meer")
    assert meer.inner_text() == f"Alle {totaal} resultaten"
    meer.click()
    zoekveld.wait_for_url(re.compile(r"/zoeken/\?q=warmte$"))
    zoekveld.wait_for_selector(".fx-zoek--pagina .fx-zoek__link")
    assert zoekveld.locator(".fx-zoek--pagina .fx-zoek__link").count() == min(totaal, 50)
    assert zoekveld.locator("#fx-zoekpagina-veld").input_value() == "warmte"
    # The address alone gives the same page: it can be sent to a colleague.
    zoekveld.goto(site_url + "zoeken/?q=klankbordgroep")
    zoekveld.wait_for_selector(".fx-zoek--pagina .fx-zoek__link")
    assert item_id(zoekveld.locator(".fx-zoek--pagina .fx-zoek__link").first.get_attribute("href")) == "klankbordgroep"


def test_toetsenbord_slash_pijltjes_enter_escape(site_url: str, sessie: Browsersessie) -> None:
    pagina = sessie.pagina
    item = CATALOGUS.items[-1]
    pagina.goto(site_url + "werkwijze/")
    pagina.keyboard.press("/")
    assert pagina.evaluate("() => document.activeElement.id") == "fx-zoekveld"
    pagina.keyboard.type(item.titel, delay=5)
    pagina.wait_for_function("([links, pad]) => document.querySelector(links)?.pathname.endsWith(pad)",
                             arg=[LINKS, f"/menukaart/{item.id}/"])
    # Escape closes the list and leaves the focus in the field; typing opens it again.
    pagina.keyboard.press("Escape")
    assert pagina.locator("#fx-zoek-uitslag").is_hidden()
    assert pagina.evaluate("() => document.activeElement.id") == "fx-zoekveld"
    pagina.keyboard.press("End")
    pagina.keyboard.type(" ")
    pagina.wait_for_selector("#fx-zoek-uitslag:not([hidden])")
    pagina.keyboard.press("ArrowDown")
    pagina.keyboard.press("ArrowDown")
    pagina.keyboard.press("ArrowUp")
    assert pagina.evaluate("() => document.activeElement.className") == "fx-zoek__link"
    assert pagina.evaluate("(links) => document.activeElement === document.querySelector(links)", LINKS)
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert item_id(pagina.url) == item.id
    # The key "s" also goes to the search; in a field it is a letter.
    pagina.keyboard.press("s")
    assert pagina.evaluate("() => document.activeElement.id") == "fx-zoekveld"
    pagina.keyboard.type("s")
    assert pagina.locator(VELD).input_value() == "s"


def test_zoeken_op_een_telefoon(site_url: str, sessie_smal: Browsersessie) -> None:
    """At 390 px the header has a magnifier that opens the search page; a result opens its page."""
    pagina = sessie_smal.pagina
    item = CATALOGUS.diensten[0]
    pagina.goto(site_url + "menukaart/")
    assert pagina.locator(VELD).is_hidden()
    pagina.locator("a.fx-zoek-knop").click()
    pagina.wait_for_url(re.compile(r"/zoeken/$"))
    pagina.locator("#fx-zoekpagina-veld").fill(item.titel)
    pagina.wait_for_selector(".fx-zoek--pagina .fx-zoek__link")
    eerste = pagina.locator(".fx-zoek--pagina .fx-zoek__link").first
    pagina.wait_for_function("(pad) => document.querySelector('.fx-zoek--pagina .fx-zoek__link').pathname.endsWith(pad)",
                             arg=f"/menukaart/{item.id}/")
    assert eerste.is_visible()
    eerste.click()
    pagina.wait_for_url(re.compile(rf"/menukaart/{item.id}/"))
    assert pagina.locator("h1").inner_text().strip() == item.titel


def test_niets_van_het_zoeken_voordat_de_lezer_zoekt(site_url: str, sessie: Browsersessie) -> None:
    pagina = sessie.pagina
    for pad in ["", "menukaart/", f"menukaart/{CATALOGUS.items[0].id}/", "zoeken/"]:
        pagina.goto(site_url + pad)
        pagina.wait_for_load_state("networkidle")
    zoekverkeer = [u for u in sessie.waarnemingen.verzoeken if "/pagefind/" in u or "zoeker.js" in u or "woorden.json" in u]
    assert not zoekverkeer, zoekverkeer
    pagina.locator(VELD).click()
    zoek(pagina, "warmtenet")
    assert any("/pagefind/" in u for u in sessie.waarnemingen.verzoeken)
