"""Praktijkvoorbeelden, the glossary, sources and the pages for council members, in a real build of the mini menukaart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import MINI, Bouwresultaat, bouw, check


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Bouwresultaat:
    resultaat = bouw(MINI, tmp_path_factory.mktemp("praktijk") / "site")
    assert resultaat.code == 0, resultaat.uitvoer
    return resultaat


def _tekst(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_praktijkvoorbeeld_heeft_een_eigen_pagina_met_bronnen(mini_site: Bouwresultaat) -> None:
    html = mini_site.html("praktijkvoorbeelden/warmtenet-lariks/")
    tekst = _tekst(html)
    assert "Warmtenet in Lariks-West" in tekst and "Begin vroeg met de netbeheerder." in tekst
    assert 'href="../../gemeenten/assen/"' in html and 'href="../../menukaart/wijkplan-maken/"' in html
    assert "Testbesluit over het team, Testprovincie, 18 april 2023, T/1" in tekst
    assert '<a href="https://www.example.nl/lariks">Testartikel over de wijk</a>, Testkrant, 1 mei 2024' in html
    overzicht = mini_site.html("praktijkvoorbeelden/")
    assert 'href="warmtenet-lariks/"' in overzicht


def test_praktijkvoorbeeld_is_in_twee_richtingen_gelinkt(mini_site: Bouwresultaat) -> None:
    item = mini_site.html("menukaart/wijkplan-maken/")
    assert "Zo ging het in de praktijk" in item and 'href="../../praktijkvoorbeelden/warmtenet-lariks/"' in item
    gemeente = mini_site.html("gemeenten/assen/")
    assert 'href="../../praktijkvoorbeelden/warmtenet-lariks/"' in gemeente
    andere = mini_site.html("gemeenten/emmen/")
    assert "Er zijn nog geen praktijkvoorbeelden uit Emmen." in _tekst(andere)


def test_begrippen_staan_in_een_dl_en_worden_gelinkt_waar_ze_staan(mini_site: Bouwresultaat) -> None:
    html = mini_site.html("begrippen/")
    assert '<dl class="fx-begrippen">' in html
    assert re.search(r'<dt id="wup"><abbr title="Wijkuitvoeringsplan">WUP</abbr>: Wijkuitvoeringsplan</dt>', html)
    assert '<a href="#tvw">TVW</a>' in html
    # an item that does not use a term gets no list of terms
    assert "Begrippen op deze pagina" not in mini_site.html("menukaart/verkenning/")


def test_raadsleden_krijgen_een_samenvatting_per_gemeente(mini_site: Bouwresultaat) -> None:
    html = mini_site.html("voor-raadsleden/assen/")
    tekst = _tekst(html)
    for kop in ("Wat de gemeente betaalt", "Wat de gemeente krijgt", "Welke processen lopen", "Praktijkvoorbeelden"):
        assert kop in tekst, kop
    assert 'id="tabel-bijdrage-assen"' in html and "fx-herkomst--voorbeeld" in html
    assert 'href="../../sturing/"' in html
    assert 'href="assen/"' in mini_site.html("voor-raadsleden/")


def _met(map: Path, relatief: str, oud: str, nieuw: str) -> None:
    pad = map / relatief
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, (relatief, oud)
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def test_een_item_dat_een_wet_noemt_toont_de_controledatum(mini_menukaart: Path, tmp_path: Path) -> None:
    _met(mini_menukaart, "diensten/wijkplan-maken.yml", "bijgewerkt:",
         'wetgeving_gecontroleerd: "2026-11-30"\nbronnen: [besluit-test]\nbijgewerkt:')
    _met(mini_menukaart, "diensten/wijkplan-maken.yml", "  Een **wijkplan**", "  Volgens de Wgiw. Een **wijkplan** (WUP)")
    resultaat = bouw(mini_menukaart, tmp_path / "site")
    assert resultaat.code == 0, resultaat.uitvoer
    html = resultaat.html("menukaart/wijkplan-maken/")
    tekst = _tekst(html)
    assert "Wetgeving gecontroleerd op 30 november 2026" in tekst
    assert re.search(r'<h2 id="bronnen">Bronnen.*?</h2>\s*<ul class="fx-bronnen">\s*<li>Testbesluit over het team, Testprovincie, '
                     r'18 april 2023, T/1</li>', html, re.S), html.split("Bronnen")[1][:400]
    # the first use of an abbreviation in the text is explained in place, only once
    beschrijving = html.split('<div class="fx-beschrijving">')[1].split("</div>")[0]
    assert beschrijving.count('<abbr title="Wijkuitvoeringsplan">WUP</abbr>') == 1
    # and written out where every reader sees it (a title shows only on hover), in the brackets that are already there
    assert '(<abbr title="Wijkuitvoeringsplan">WUP</abbr>, Wijkuitvoeringsplan)' in beschrijving
    # the abbreviation the text uses links to its explanation
    assert '<a href="../../begrippen/#wup"><abbr title="Wijkuitvoeringsplan">WUP</abbr></a>' in html


def test_oude_controledatum_is_een_waarschuwing_geen_fout(mini_menukaart: Path) -> None:
    _met(mini_menukaart, "diensten/wijkplan-maken.yml", "bijgewerkt:",
         'wetgeving_gecontroleerd: "2024-01-15"\nbronnen: [besluit-test]\nbijgewerkt:')
    proces = check(mini_menukaart)
    assert proces.returncode == 0, proces.stderr
    assert "Waarschuwingen (1); ze houden niets tegen" in proces.stderr
    assert "wijkplan-maken.yml" in proces.stderr and "nagekeken op 2024-01-15: langer dan twaalf maanden geleden" in proces.stderr


def test_een_afkorting_wordt_bij_het_eerste_gebruik_uitgeschreven() -> None:
    from flexteam.inhoud.model import Term
    from flexteam.weergave.begrippen import met_afkortingen

    termen = [Term(id="ecw", term="Expertise Centrum Warmte", afkorting="ECW", uitleg="Kenniscentrum."),
              Term(id="tvw", term="Transitievisie Warmte", afkorting="TVW", uitleg="Visie.")]
    html = str(met_afkortingen("<p>Het ECW schreef het. Het ECW hielp. De Transitievisie Warmte (TVW) volgt.</p>", termen))
    # first use: abbr plus the term in brackets; later uses stay short; a text that writes it out gets only the abbr
    assert html == ('<p>Het <abbr title="Expertise Centrum Warmte">ECW</abbr> (Expertise Centrum Warmte) schreef het. Het ECW hielp. '
                    'De Transitievisie Warmte (<abbr title="Transitievisie Warmte">TVW</abbr>) volgt.</p>')
