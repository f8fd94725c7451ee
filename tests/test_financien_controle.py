"""Bad budget input: a Dutch message with file, line and field, exit code 1, and no site."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import bouw, check

BEGROTING = "begroting.yml"


def _vervang(map: Path, relatief: str, oud: str, nieuw: str) -> None:
    pad = map / relatief
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} staat niet in {relatief}"
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


GEVALLEN = [
    pytest.param("vaste_bijdrage_per_gemeente: 20000.00", "vaste_bijdrage_per_gemeente: -20000.00",
                 "begroting.yml, regel 12, kolom 5 — veld 'jaren[1].vaste_bijdrage_per_gemeente'",
                 "Een bedrag kan niet negatief zijn", id="negatief-bedrag"),
    pytest.param("provincie_aandeel: 0.33", "provincie_aandeel: 1.33",
                 "begroting.yml, regel 2, kolom 1 — veld 'provincie_aandeel'",
                 "Een aandeel ligt tussen 0 en 1 (0% en 100%)", id="aandeel-boven-100-procent"),
    pytest.param("vaste_bijdrage_per_gemeente: 20000.00", "vaste_bijdrage_per_gemeente: 600000.00",
                 "begroting.yml, regel 12, kolom 5 — veld 'jaren[1].vaste_bijdrage_per_gemeente'",
                 "De vaste bijdragen voor 2024 zijn samen €\u00a01.200.000,00 (2 gemeenten × €\u00a0600.000,00). "
                 "Dat is meer dan het deel van de gemeenten: €\u00a01.017.369,22.", id="vaste-bijdragen-te-groot"),
    pytest.param("    totaal: 1518461.52\n", "",
                 "begroting.yml, regel 7, kolom 5 — veld 'jaren[1].totaal'",
                 "Het verplichte veld 'totaal' ontbreekt.", id="jaar-zonder-totaal"),
    pytest.param("totaal: 1518461.52", "totaal: 1518461.525",
                 "begroting.yml, regel 8, kolom 5 — veld 'jaren[1].totaal'",
                 "Een bedrag heeft hoogstens twee cijfers achter de punt (centen)", id="drie-decimalen"),
    pytest.param("vaste_bijdrage_per_gemeente: 20000.00", 'vaste_bijdrage_per_gemeente: "1.000,50"',
                 "begroting.yml, regel 12, kolom 5 — veld 'jaren[1].vaste_bijdrage_per_gemeente'",
                 "Schrijf een bedrag zonder euroteken en zonder punten voor duizendtallen", id="bedrag-als-tekst"),
    pytest.param("vaste_bijdrage_per_gemeente: 20000.00", "vaste_bijdrage_per_gemeente: 1.000,50",
                 "begroting.yml, regel 12, kolom 5 — veld 'jaren[1].vaste_bijdrage_per_gemeente'",
                 "Verwacht een bedrag (zoals 1518461.52), maar hier staat de tekst '1.000,50'", id="bedrag-met-komma"),
    pytest.param("{post: Overig, bedrag: 118461.52}", "{post: Overig, bedrag: 118461.50}",
                 "begroting.yml, regel 14, kolom 5 — veld 'jaren[1].begrotingsposten'",
                 "De begrotingsposten voor 2024 tellen op tot €\u00a01.518.461,50, maar het totaal is €\u00a01.518.461,52 "
                 "(verschil €\u00a00,02).", id="posten-tellen-niet-op"),
    pytest.param("provinciale_bijdrage: 501092.30", "provinciale_bijdrage: 501092.31",
                 "begroting.yml, regel 10, kolom 5 — veld 'jaren[1].provinciale_bijdrage'",
                 "De provinciale bijdrage voor 2024 (€\u00a0501.092,31) klopt niet: 33% van het totaal "
                 "€\u00a01.518.461,52 is €\u00a0501.092,30", id="provinciebedrag-klopt-niet"),
    pytest.param("totaal_in_besluit: 1518462", "totaal_in_besluit: 1518461",
                 "begroting.yml, regel 9, kolom 5 — veld 'jaren[1].totaal_in_besluit'",
                 "is niet het totaal €\u00a01.518.461,52 afgerond op hele euro's (€\u00a01.518.462,00)", id="afgerond-totaal-klopt-niet"),
]


@pytest.mark.parametrize(("oud", "nieuw", "plaats", "melding"), GEVALLEN)
def test_foute_begroting_geeft_nederlandse_fout_met_regel(
    mini_menukaart: Path, oud: str, nieuw: str, plaats: str, melding: str
) -> None:
    _vervang(mini_menukaart, BEGROTING, oud, nieuw)
    proces = check(mini_menukaart)
    assert proces.returncode == 1, proces.stdout
    regels = [r for r in proces.stderr.splitlines() if plaats in r]
    assert regels, proces.stderr
    assert any(melding in r for r in regels), proces.stderr
    assert "Traceback" not in proces.stderr


def test_gemeente_zonder_inwoners_op_peildatum(mini_menukaart: Path) -> None:
    # Emmen has null for 2025-01-01 and Assen has no line for it at all: both are named.
    _vervang(mini_menukaart, BEGROTING, 'peildatum_inwoners: "2024-01-01"', 'peildatum_inwoners: "2025-01-01"')
    proces = check(mini_menukaart)
    assert proces.returncode == 1
    for naam, bestand in (("Assen", "gemeenten/assen.yml"), ("Emmen", "gemeenten/emmen.yml")):
        assert any(bestand in r and f"rekent met inwoners op 2025-01-01, maar {naam} heeft voor die peildatum geen aantal" in r
                   for r in proces.stderr.splitlines()), proces.stderr
    assert "Traceback" not in proces.stderr


def test_foute_begroting_bouwt_geen_site(mini_menukaart: Path, tmp_path: Path) -> None:
    _vervang(mini_menukaart, BEGROTING, "provinciale_bijdrage: 501092.30", "provinciale_bijdrage: 501092.31")
    resultaat = bouw(mini_menukaart, tmp_path / "site")
    assert resultaat.code != 0
    assert "De provinciale bijdrage voor 2024" in resultaat.uitvoer
    assert not (tmp_path / "site" / "kosten-en-bijdragen").exists()
    assert not (tmp_path / "site" / "index.html").exists()
