"""Money math: the decision's figures to the cent, rounding half up, and a split that always adds up."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINI
from flexteam import Catalogus, laad_menukaart
from flexteam.basis.opmaak import bedrag
from flexteam.rekenen.financien import (
    totalen_bij_bijdrage,
    Inwoners,
    VerdeelFout,
    bereken,
    berekende_provinciale_bijdrage,
    rond_af,
    verdeel,
    verdeel_in_centen,
)
from flexteam.weergave.kosten import gemeente_overzicht, maak_kostenoverzicht

FINANCIEN = Path(__file__).resolve().parent / "voorbeelden" / "financien"
D = Decimal


@pytest.fixture(scope="module")
def catalogus(tmp_path_factory: pytest.TempPathFactory) -> Catalogus:
    """The mini menukaart with the decision's budget (2023-2026) and the twelve municipalities."""
    doel = tmp_path_factory.mktemp("financien") / "menukaart"
    shutil.copytree(MINI, doel)
    shutil.rmtree(doel / "gemeenten")
    shutil.copytree(FINANCIEN, doel, dirs_exist_ok=True)
    return laad_menukaart(doel)


# --- rounding and the decision's figures --------------------------------------------------------


def test_afronden_is_half_naar_boven_niet_naar_even() -> None:
    assert rond_af(D("0.125")) == D("0.13")
    assert round(D("0.125"), 2) == D("0.12")  # what Python would do: the reason for rond_af
    assert rond_af(D("0.124999")) == D("0.12")
    assert rond_af(D("2.5"), D("1")) == D("3")


@pytest.mark.parametrize(
    ("totaal", "provincie", "in_besluit"),
    [(D("783108.52"), D("258425.81"), D("783109")), (D("1518461.52"), D("501092.30"), D("1518462"))],
)
def test_provinciale_bijdrage_uit_het_besluit_komt_op_de_cent_uit(totaal: Decimal, provincie: Decimal, in_besluit: Decimal) -> None:
    assert berekende_provinciale_bijdrage(totaal, D("0.33")) == provincie
    assert rond_af(totaal, D("1")) == in_besluit


def test_bedragen_in_nederlandse_notatie() -> None:
    assert bedrag(D("1518462")) == "€\u00a01.518.462,00"
    assert bedrag(D("258425.81")) == "€\u00a0258.425,81"


def test_seedjaren_vastgesteld_en_2026_afgeleid(catalogus: Catalogus) -> None:
    financien = bereken(catalogus.begroting, catalogus.gemeenten, catalogus.bronnen)
    per_jaar = {j.jaar: j for j in financien.jaren}
    assert [j.jaar for j in financien.jaren] == [2023, 2024, 2025, 2026]
    assert per_jaar[2023].provincie.waarde == D("258425.81")
    assert per_jaar[2024].provincie.waarde == per_jaar[2025].provincie.waarde == D("501092.30")
    soorten = {j: per_jaar[j].provincie.herkomst.soort for j in per_jaar}  # type: ignore[union-attr]
    assert soorten == {2023: "vastgesteld", 2024: "vastgesteld", 2025: "vastgesteld", 2026: "afgeleid"}
    bron = per_jaar[2024].provincie.herkomst.bron  # type: ignore[union-attr]
    assert bron is not None and bron.id == "besluit-test"
    assert per_jaar[2026].provincie.waarde == D("501092.30")
    assert per_jaar[2026].onder_voorbehoud and not per_jaar[2024].onder_voorbehoud
    assert per_jaar[2023].totaal_in_besluit is not None and per_jaar[2023].totaal_in_besluit.waarde == D("783109")
    assert per_jaar[2026].totaal_in_besluit is None
    for jaar in financien.jaren:
        v = jaar.verdeling
        assert len(v.bijdragen) == 12
        assert v.provincie + sum(b.totaal for b in v.bijdragen) == jaar.totaal.waarde
        # the fixed part is an example, so every contribution computed from it is one too
        assert jaar.bijdrage_herkomst is not None and jaar.bijdrage_herkomst.soort == "voorbeeld"
        assert jaar.gemeenten_totaal.herkomst is not None and jaar.gemeenten_totaal.herkomst.soort == "afgeleid"
        assert v.gemeenten_totaal == jaar.totaal.waarde - v.provincie
        assert all(b.totaal == b.vast + b.inwonersdeel for b in v.bijdragen)


def test_totalen_die_bij_de_provinciale_bijdrage_passen() -> None:
    """The cent total is derived: 501.092,30 at 33% fits every total from 1.518.461,50 to ,53."""
    assert totalen_bij_bijdrage(D("501092.30"), D("0.33")) == (D("1518461.50"), D("1518461.53"))
    assert totalen_bij_bijdrage(D("258425.81"), D("0.33")) == (D("783108.50"), D("783108.53"))


def test_een_derde_tegenover_33_procent(catalogus: Catalogus) -> None:
    per_jaar = {j.jaar: j for j in catalogus.financien.jaren}
    assert per_jaar[2023].derde is not None and per_jaar[2023].derde.verschil.waarde == D("2610.52")
    assert per_jaar[2024].derde is not None and per_jaar[2024].derde.verschil.waarde == D("5061.70")
    assert per_jaar[2024].derde.deel_volgens_tekst.waarde == D("506154.00")
    assert per_jaar[2026].derde is None  # no decreed total for 2026


def test_gemeenten_deel_2024_exact(catalogus: Catalogus) -> None:
    jaar = next(j for j in bereken(catalogus.begroting, catalogus.gemeenten, catalogus.bronnen).jaren if j.jaar == 2024)
    assert jaar.verdeling.gemeenten_totaal == D("1017369.22")
    assert jaar.verdeling.vast_totaal == D("360000.00")
    assert jaar.verdeling.inwonersdeel_totaal == D("657369.22")
    emmen = jaar.bijdrage_van("emmen")
    assert emmen is not None and emmen.inwoners == 109346
    # 657369.22 × 109346 / 504129 = 142583.93... : whole cents, by largest remainder
    assert emmen.inwonersdeel == D("142583.93")
    assert emmen.per_inwoner == rond_af(emmen.totaal / 109346)


# --- largest remainder ----------------------------------------------------------------------------


def test_overgebleven_cent_gaat_bij_gelijke_rest_naar_eerste_in_alfabet() -> None:
    assert verdeel_in_centen(D("0.01"), {"Zuidlaren": 1, "Anloo": 1}) == {"Zuidlaren": D("0.00"), "Anloo": D("0.01")}
    delen = verdeel_in_centen(D("1.00"), {"C": 1, "B": 1, "A": 1})
    assert delen == {"A": D("0.34"), "B": D("0.33"), "C": D("0.33")}


def test_grootste_rest_krijgt_de_cent() -> None:
    # 0.10 over 1:2 → 0.0333 and 0.0666: floors 3 and 6 cents, the left-over cent to the larger remainder
    assert verdeel_in_centen(D("0.10"), {"A": 1, "B": 2}) == {"A": D("0.03"), "B": D("0.07")}


def test_volgorde_van_invoer_maakt_niet_uit() -> None:
    gewichten = {"Assen": 69701, "Emmen": 109346, "Meppel": 35810, "Westerveld": 20003}
    omgekeerd = dict(reversed(list(gewichten.items())))
    assert verdeel_in_centen(D("1000.01"), gewichten) == verdeel_in_centen(D("1000.01"), omgekeerd)


def test_vaste_bijdragen_groter_dan_gemeentedeel_wordt_geweigerd() -> None:
    inwoners = [Inwoners("a", "A", 10), Inwoners("b", "B", 20)]
    with pytest.raises(VerdeelFout):
        verdeel(D("100.00"), D("0.33"), D("40.00"), inwoners)


def test_afwijkende_provinciale_bijdrage_wordt_geweigerd() -> None:
    with pytest.raises(VerdeelFout):
        verdeel(D("1518461.52"), D("0.33"), D("0"), [Inwoners("a", "A", 1)], provinciale_bijdrage=D("501092.31"))


# --- property: every split adds up to the cent -------------------------------------------------------

centen = st.integers(min_value=0, max_value=10**12).map(lambda c: (Decimal(c) / 100).quantize(Decimal("0.01")))
aandelen = st.integers(min_value=0, max_value=1000).map(lambda p: Decimal(p) / 1000)
namen = st.text(alphabet="abcdefghijklmnopqrstuvwxyz -", min_size=1, max_size=12)
bevolking = st.dictionaries(namen, st.integers(min_value=0, max_value=2_000_000), min_size=1, max_size=15)


@settings(max_examples=400, deadline=None)
@given(totaal=centen, aandeel=aandelen, vast=centen, gemeenten=bevolking)
def test_verdeling_telt_altijd_op_tot_de_cent_en_is_nooit_negatief(
    totaal: Decimal, aandeel: Decimal, vast: Decimal, gemeenten: dict[str, int]
) -> None:
    inwoners = [Inwoners(naam, naam, aantal) for naam, aantal in gemeenten.items()]
    provincie = berekende_provinciale_bijdrage(totaal, aandeel)
    past = vast * len(inwoners) <= totaal - provincie
    naar_inwoners = totaal - provincie - vast * len(inwoners)
    if not past or (naar_inwoners > 0 and sum(gemeenten.values()) == 0):
        with pytest.raises(VerdeelFout):
            verdeel(totaal, aandeel, vast, inwoners)
        return
    v = verdeel(totaal, aandeel, vast, inwoners)
    delen = [v.provincie, *(b.totaal for b in v.bijdragen)]
    assert sum(delen) == totaal
    assert all(deel >= 0 for deel in delen)
    assert all(deel == deel.quantize(Decimal("0.01")) for deel in delen)
    assert all(b.inwonersdeel >= 0 and b.vast == vast for b in v.bijdragen)
    # largest remainder: no municipality is more than one cent away from its exact share
    som = sum(gemeenten.values())
    for b in v.bijdragen:
        exact = naar_inwoners * b.inwoners / som if som else Decimal(0)
        assert abs(b.inwonersdeel - exact) < Decimal("0.01")


@settings(max_examples=200, deadline=None)
@given(totaal=centen, gemeenten=bevolking)
def test_verdelen_in_centen_is_exact(totaal: Decimal, gemeenten: dict[str, int]) -> None:
    if sum(gemeenten.values()) == 0:
        return
    delen = verdeel_in_centen(totaal, gemeenten)
    assert sum(delen.values()) == totaal
    assert min(delen.values()) >= 0


# --- views: the appendix and a municipality page ----------------------------------------------------


def test_gemeente_overzicht_toont_bijdrage_en_aandeel_uren(catalogus: Catalogus) -> None:
    emmen = next(g for g in catalogus.gemeenten if g.id == "emmen")
    overzicht = gemeente_overzicht(catalogus, emmen)
    rijen = {rij[0]: rij for rij in overzicht.tabel.rijen}
    assert set(rijen) == {2023, 2024, 2025, 2026}
    for jaar in catalogus.financien.jaren:
        bijdrage = jaar.bijdrage_van("emmen")
        assert bijdrage is not None
        assert rijen[jaar.jaar][4].waarde == bijdrage.totaal
        assert rijen[jaar.jaar][4].herkomst.soort == "voorbeeld"
    # Emmen has 500 of the 940 hours agreed for 2024 (Assen 400, Westerveld 40): 53.2%
    assert rijen[2024][8].waarde == 500 and rijen[2024][9].waarde == D("0.532")
    assert rijen[2026][8].waarde == 0 and rijen[2026][9].waarde is None  # no hours agreed at all in 2026
    assert overzicht.onder_voorbehoud == (2026,)


def test_bijlage_heeft_een_tabel_per_onderdeel(catalogus: Catalogus) -> None:
    bijlage = maak_kostenoverzicht(catalogus)
    sleutels = [t.sleutel for t in bijlage.tabellen]
    assert sleutels == [
        "begroting-per-jaar", "verdeling-2023", "begrotingsposten-2023", "verdeling-2024", "begrotingsposten-2024",
        "verdeling-2025", "verdeling-2026", "mensen-nodig-en-beschikbaar", "capaciteit-en-vraag",
        "uren-per-gemeente",
    ]
    capaciteit = {rij[0]: rij for rij in bijlage.capaciteit.rijen}
    # 2024: team of 12 fte (example) × 1.200 h; 940 h asked and agreed; no occupancy from example afspraken
    fte, uren, gevraagd, afgesproken, geleverd, bezetting = capaciteit[2024][1:7]
    assert (fte.waarde, uren.waarde) == (12, 14400)
    assert uren.herkomst.soort == "voorbeeld"
    assert (gevraagd.waarde, afgesproken.waarde, geleverd.waarde) == (940, 940, 0)
    assert gevraagd.herkomst.soort == afgesproken.herkomst.soort == "voorbeeld"
    assert bezetting.waarde is None
    # the menukaart's indication: two wijkplannen (100-200 h) and one verkenning (20-40 h) in 2024
    assert (capaciteit[2024][8].waarde, capaciteit[2024][9].waarde) == (220, 440)
    assert capaciteit[2024][8].herkomst.soort == "aanname"


def test_mini_menukaart_met_een_jaar() -> None:
    catalogus = laad_menukaart(MINI)
    jaar = catalogus.financien.jaren[0]
    assert jaar.provincie.waarde == D("501092.30")
    assert sum(b.totaal for b in jaar.verdeling.bijdragen) + jaar.verdeling.provincie == D("1518461.52")
