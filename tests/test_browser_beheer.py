"""The form editor at /beheer/, used as a flexteam member would: with ``make beheer``'s local backend, a new dienst
filled in through the form and saved, an existing product changed. The files it writes pass the check unchanged and
the new dienst shows up on the built site. Nothing leaves this machine; the editor's page passes axe."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from browser.fixtures import Browsersessie
from browser.hulp import beschrijf, draai_axe, ernstig
from conftest import bouw, check
from flexteam.beheer.lokaal import maak_server
from flexteam.inhoud.model import Dienst
from flexteam.inhoud.paden import item_bron

pytestmark = pytest.mark.browser

MODELINE_DIENST = "# yaml-language-server: $schema=../schema/dienst.schema.json"


@pytest.fixture
def beheer(menukaart_kopie: Path, site_url: str) -> Iterator[tuple[str, Path]]:
    """The local backend on a copy of the content (as ``make beheer`` runs it on the working tree); the editor's
    address with that backend's port."""
    site_poort = int(site_url.rstrip("/").rsplit(":", 1)[1])
    server = maak_server(menukaart_kopie.parent, 0, (site_poort,), log=lambda regel: None)
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        yield f"{site_url}beheer/?lokaal={server.poort}", menukaart_kopie
    finally:
        server.shutdown()
        server.server_close()


def _vak(pagina: Any, label: str) -> Any:
    """The control of the field labelled ``label`` (Decap puts the label above the control)."""
    return pagina.locator(f'xpath=(//label[normalize-space(text())="{label}"])[1]/../..')


def _kies(pagina: Any, label: str, keuze: str) -> None:
    """Pick ``keuze`` in a dropdown (one choice or several)."""
    _vak(pagina, label).locator("input").first.click()
    pagina.get_by_role("option", name=keuze, exact=True).click()
    pagina.keyboard.press("Escape")


def _inloggen(pagina: Any, adres: str) -> None:
    pagina.goto(adres)
    pagina.get_by_role("button", name="Inloggen").click()
    expect(pagina.get_by_role("link", name="Diensten")).to_be_visible()


def _publiceer(pagina: Any) -> None:
    pagina.get_by_role("button", name="Publiceer").click()
    pagina.get_by_role("menuitem", name="Publiceer nu").click()


def _wacht_op(pad: Path, oud: str | None = None, seconden: float = 15) -> str:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if pad.exists() and (tekst := pad.read_text(encoding="utf-8")) != oud:
            return tekst
        time.sleep(0.1)
    raise AssertionError(f"{pad} is niet geschreven")


def test_nieuwe_dienst_via_het_formulier_komt_op_de_site(
    beheer: tuple[str, Path], sessie: Browsersessie, tmp_path: Path,
) -> None:
    adres, menukaart = beheer
    pagina = sessie.pagina
    _inloggen(pagina, adres)
    pagina.goto(adres + "#/collections/diensten/new")
    _vak(pagina, "Titel").locator("input").fill("Warmteplan voor een buurtschap")
    _vak(pagina, "Samenvatting").locator("textarea").fill(
        "Het flexteam helpt een buurtschap aan een eigen warmteplan: van de eerste avond tot een plan dat het dorp draagt.")
    _vak(pagina, "Beschrijving").locator("[role=textbox]").click()
    pagina.keyboard.type("We organiseren drie avonden met bewoners: over de huizen, de warmtebronnen en de kosten.")
    _kies(pagina, "Thema", "Wijkaanpak en dorpsaanpak")
    _kies(pagina, "Thema", "Participatie")
    _kies(pagina, "Fase", "Verkennen")
    _kies(pagina, "Doelgroep", "Bewoners en dorpsinitiatieven")
    _vak(pagina, "Resultaat").get_by_role("button", name="Voeg resultaat toe").click()
    _vak(pagina, "Resultaat").locator("textarea").first.fill("Een warmteplan dat het buurtschap zelf kan uitvoeren")
    inzet = _vak(pagina, "Inzet")
    inzet.locator('[id^="uren_van-field"]').fill("40")
    inzet.locator('[id^="uren_tot-field"]').fill("120")
    _kies(pagina, "Herkomst", "aanname")
    inzet.locator('[id^="door-field"]').fill("redactie menukaart")
    inzet.locator('[id^="waarom-field"]').fill("Schatting bij een buurtschap van 40 huizen; nog niet bevestigd.")
    duur = _vak(pagina, "Doorlooptijd")
    duur.locator('[id^="weken_van-field"]').fill("12")
    duur.locator('[id^="weken_tot-field"]').fill("30")
    duur.locator("input").nth(2).click()
    pagina.get_by_role("option", name="aanname", exact=True).click()
    duur.locator('[id^="door-field"]').fill("redactie menukaart")
    duur.locator('[id^="waarom-field"]').fill("Schatting bij vergelijkbare trajecten; nog niet bevestigd.")
    _kies(pagina, "Gerelateerd", next(o for o in _opties(pagina, "Gerelateerd") if "(startanalyse-en-leidraad-toepassen)" in o))
    _kies(pagina, "Status", "in ontwikkeling")
    _publiceer(pagina)

    bestand = menukaart / "diensten" / "warmteplan-voor-een-buurtschap.yml"
    tekst = _wacht_op(bestand)
    regels = tekst.splitlines()
    assert regels[0] == MODELINE_DIENST
    sleutels = [r.split(":", 1)[0] for r in regels[1:] if r[:1].isalpha()]
    assert sleutels == [v for v in Dienst.veldvolgorde() if v in sleutels], sleutels
    gegevens = yaml.safe_load(tekst)
    assert gegevens["thema"] == ["wijkaanpak", "participatie"]
    assert gegevens["gerelateerd"] == ["startanalyse-en-leidraad-toepassen"]
    assert gegevens["inzet"] == {"uren_van": 40, "uren_tot": 120, "herkomst": "aanname", "door": "redactie menukaart",
                                 "waarom": "Schatting bij een buurtschap van 40 huizen; nog niet bevestigd."}
    controle = check(menukaart)
    assert controle.returncode == 0, controle.stdout + controle.stderr

    gebouwd = bouw(menukaart, tmp_path / "site")
    assert gebouwd.code == 0, gebouwd.uitvoer
    item = gebouwd.site / item_bron("warmteplan-voor-een-buurtschap").removesuffix(".md") / "index.html"
    assert "Warmteplan voor een buurtschap" in item.read_text(encoding="utf-8")
    assert "warmteplan-voor-een-buurtschap" in (gebouwd.site / "menukaart" / "index.html").read_text(encoding="utf-8")
    buiten = [u for u in sessie.waarnemingen.verzoeken if urlsplit(u).scheme not in {"data", "blob"}
              and urlsplit(u).hostname != "127.0.0.1"]
    assert buiten == [], "het formulier vroeg iets van buiten deze computer"
    assert sessie.waarnemingen.fouten == []


def _opties(pagina: Any, label: str) -> list[str]:
    _vak(pagina, label).locator("input").first.click()
    opties = [o.inner_text() for o in pagina.get_by_role("option").all()]
    pagina.keyboard.press("Escape")
    return opties


def test_bestaand_kennisproduct_aanpassen_laat_de_rest_staan(beheer: tuple[str, Path], sessie: Browsersessie) -> None:
    adres, menukaart = beheer
    bestand = menukaart / "kennisproducten" / "checklist-netimpact.yml"
    voor = bestand.read_text(encoding="utf-8")
    pagina = sessie.pagina
    _inloggen(pagina, adres)
    pagina.goto(adres + "#/collections/kennisproducten-checklist/entries/checklist-netimpact")
    samenvatting = _vak(pagina, "Samenvatting").locator("textarea")
    expect(samenvatting).to_have_value(yaml.safe_load(voor)["samenvatting"])
    samenvatting.fill("Een checklist om vroeg te zien of het stroomnet de plannen voor een wijk aankan.")
    _publiceer(pagina)

    na = yaml.safe_load(_wacht_op(bestand, voor))
    oud = yaml.safe_load(voor)
    assert na["samenvatting"] == "Een checklist om vroeg te zien of het stroomnet de plannen voor een wijk aankan."
    assert {k: v for k, v in na.items() if k != "samenvatting"} == {k: v for k, v in oud.items() if k != "samenvatting"}
    controle = check(menukaart)
    assert controle.returncode == 0, controle.stdout + controle.stderr


def test_formulier_is_toegankelijk(beheer: tuple[str, Path], sessie_breedte: Browsersessie) -> None:
    """Decap's own screens, with this site's repairs (beheer-toegankelijkheid.js, beheer.css): login, a list, a new
    and an existing entry, on a laptop and a phone."""
    adres, _ = beheer
    pagina = sessie_breedte.pagina
    pagina.goto(adres)
    expect(pagina.get_by_role("button", name="Inloggen")).to_be_visible()
    assert pagina.evaluate("() => document.documentElement.lang") == "nl"
    # A new entry last: its defaults (today's date) count as a change, and Decap asks before leaving it.
    schermen = {"inloggen": None, "lijst": "#/collections/kennisproducten-checklist",
                "bestaand": "#/collections/kennisproducten-checklist/entries/checklist-netimpact",
                "nieuw": "#/collections/diensten/new"}
    gevonden = {}
    for scherm, plek in schermen.items():
        if plek is not None:
            if scherm == "lijst":
                pagina.get_by_role("button", name="Inloggen").click()
            pagina.goto(adres + plek)
            expect(pagina.locator("label, [class*=ListCard], [class*=ListCardLink]").first).to_be_visible()
            pagina.wait_for_timeout(500)  # the repairs run one frame after Decap draws
        gevonden[scherm] = ernstig(draai_axe(pagina))
    assert not any(gevonden.values()), "\n".join(f"{s}:\n{beschrijf(v)}" for s, v in gevonden.items() if v)
