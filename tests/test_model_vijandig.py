"""Hostile values in the contributor files: what the check accepts always builds, the rest is refused in Dutch.

Each explicit test below is one way a value that passed the check used to crash the build (or the
check itself), or reached the site in a form nobody meant. The Hypothesis test at the end states the
invariant behind them all: content the check accepts always builds; content it refuses gets a Dutch
message with a file, and no exception escapes.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MENUKAART, MINI, check
from flexteam.basis import opmaak
from flexteam.controle.catalogus import Catalogus
from flexteam.controle.laden import lees_menukaart
from flexteam.inhoud.model import vandaag
from flexteam.lezen.yamlbestand import YamlFout, lees_tekst
from flexteam.site.bouw import bouw_site
from flexteam.site.wijzigingen import atom_feed

BEGROTING = "begroting.yml"
VERKENNING = "diensten/verkenning.yml"
ASSEN = "gemeenten/assen.yml"
EMMEN = "gemeenten/emmen.yml"
SITE_URL = "https://flexteam-warmtetransitie.drenthe.nl/"


def _vervang(map: Path, relatief: str, oud: str, nieuw: str) -> None:
    pad = map / relatief
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} staat niet in {relatief}"
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def _fouten(map: Path) -> list[str]:
    catalogus, fouten = lees_menukaart(map)
    assert catalogus is None and fouten, "de check had deze inhoud moeten weigeren"
    return [str(f) for f in fouten]


def _bouw_alles(catalogus: Catalogus) -> dict[str, str | bytes]:
    """Every page and download through the core, the feed parsed as XML: what ``mkdocs build`` writes."""
    bouw = bouw_site(catalogus, SITE_URL)
    uitvoer: dict[str, str | bytes] = {p.pad: p.inhoud for p in bouw.paginas}
    uitvoer.update({d.pad: d.inhoud for d in bouw.downloads})
    for pad, inhoud in uitvoer.items():
        if isinstance(inhoud, str):  # a page: its front matter is read by MkDocs again
            assert inhoud.startswith("---\n"), pad
            yaml.safe_load(inhoud.split("---\n", 2)[1])
    feed = atom_feed(catalogus, SITE_URL).inhoud
    ET.fromstring(feed)
    json.loads(uitvoer["export/menukaart.json"])
    return uitvoer


def _als_tekst(inhoud: str | bytes) -> str:
    return inhoud if isinstance(inhoud, str) else inhoud.decode("utf-8", errors="replace")


# --- 1. numbers without bounds -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bestand", "oud", "nieuw", "plaats", "melding"),
    [
        pytest.param(BEGROTING, "fte: 10,", "fte: 1" + "0" * 5000 + ",",
                     "begroting.yml, regel 33, kolom 52 — veld 'jaren[1].begrotingsposten[1].fte'",
                     "Dit getal is te lang: het heeft 5.001 cijfers en een getal heeft er hoogstens 30. "
                     "Kijk of er iets dubbel is geplakt. Is het tekst, zet het dan tussen aanhalingstekens.",
                     id="5001-cijfers-fte"),
        pytest.param(BEGROTING, "bedrag: 118461.52,", "bedrag: 1" + "0" * 69 + ".52,",
                     "begroting.yml, regel 34, kolom 32 — veld 'jaren[1].begrotingsposten[2].bedrag'",
                     "Dit getal is te lang: het heeft 72 cijfers en een getal heeft er hoogstens 30. "
                     "Kijk of er iets dubbel is geplakt. Is het tekst, zet het dan tussen aanhalingstekens.",
                     id="bedrag-van-72-cijfers"),
        pytest.param(EMMEN, "aantal: 109346", "aantal: 1" + "0" * 400,
                     "emmen.yml, regel 6, kolom 39 — veld 'inwoners[1].aantal'",
                     "Dit getal is te lang: het heeft 401 cijfers en een getal heeft er hoogstens 30. "
                     "Kijk of er iets dubbel is geplakt. Is het tekst, zet het dan tussen aanhalingstekens.",
                     id="inwoners-10-tot-de-400e"),
    ],
)
def test_heel_lang_getal_geeft_nederlandse_fout_zonder_traceback(
    mini_menukaart: Path, bestand: str, oud: str, nieuw: str, plaats: str, melding: str
) -> None:
    _vervang(mini_menukaart, bestand, oud, nieuw)
    proces = check(mini_menukaart)
    assert proces.returncode == 1, proces.stdout
    assert "Traceback" not in proces.stderr
    assert any(r.endswith(f"{plaats}: {melding}") for r in proces.stderr.splitlines()), proces.stderr


def test_lezer_noemt_veld_regel_en_kolom_van_het_lange_getal() -> None:
    with pytest.raises(YamlFout) as info:
        lees_tekst(b"jaren:\n  - jaar: 2024\n    totaal: " + b"9" * 31 + b".00\n")
    assert (info.value.regel, info.value.kolom, info.value.veld) == (3, 13, "jaren[1].totaal")
    assert info.value.melding.startswith("Dit getal is te lang: het heeft 33 cijfers")


@pytest.mark.parametrize(
    ("bestand", "oud", "nieuw", "verwacht"),
    [
        pytest.param(BEGROTING, "waarde: 1518461.52", "waarde: 10000000000",
                     "menukaart/begroting.yml, regel 14, kolom 7 — veld 'jaren[1].totaal.waarde': Een bedrag is hoogstens 9.999.999.999,99 euro; "
                     "hier staat '10000000000'. Kijk of er cijfers te veel staan.", id="bedrag-tien-miljard"),
        pytest.param(BEGROTING, "waarde: 1518461.52", "waarde: 123456789012345678901234567890",
                     "menukaart/begroting.yml, regel 14, kolom 7 — veld 'jaren[1].totaal.waarde': Een bedrag is hoogstens 9.999.999.999,99 euro; "
                     "hier staat '123456789012345678901234567890'. Kijk of er cijfers te veel staan.", id="bedrag-van-30-cijfers"),
        pytest.param(BEGROTING, "fte: 10,", "fte: 10000.01,",
                     "menukaart/begroting.yml, regel 33, kolom 47 — veld 'jaren[1].begrotingsposten[1].fte': "
                     "Dit getal is hoogstens 10.000; hier staat '10000.01'.", id="fte-boven-10000"),
        pytest.param(BEGROTING, "fte: 10,", "fte: 1.2345678901234567,",
                     "menukaart/begroting.yml, regel 33, kolom 47 — veld 'jaren[1].begrotingsposten[1].fte': "
                     "Dit getal heeft hoogstens twee cijfers achter de punt (zoals 2.5 of 0.75); hier staat '1.2345678901234567'.",
                     id="fte-17-cijfers"),
        pytest.param(BEGROTING, "  waarde: 0.33", "  waarde: 0.33000000000000000001",
                     "menukaart/begroting.yml, regel 2, kolom 3 — veld 'provincie_aandeel.waarde': Een aandeel heeft hoogstens zes cijfers "
                     "achter de punt (zoals 0.333333); hier staat '0.33000000000000000001'.", id="aandeel-20-decimalen"),
        pytest.param(EMMEN, "aantal: 109346", "aantal: 100000001",
                     "menukaart/gemeenten/emmen.yml, regel 6, kolom 31 — veld 'inwoners[1].aantal': "
                     "Het getal 100.000.001 is te groot; de bovengrens is 100.000.000.", id="inwoners-boven-100-miljoen"),
        pytest.param(VERKENNING, "uren_tot: 40", "uren_tot: 100001",
                     "menukaart/diensten/verkenning.yml, regel 8, kolom 23 — veld 'inzet.uren_tot': "
                     "Het getal 100.001 is te groot; de bovengrens is 100.000.", id="uren-boven-100000"),
    ],
)
def test_elk_soort_getal_heeft_een_grens_met_nederlandse_melding(
    mini_menukaart: Path, bestand: str, oud: str, nieuw: str, verwacht: str
) -> None:
    _vervang(mini_menukaart, bestand, oud, nieuw)
    assert _fouten(mini_menukaart) == [verwacht]


def test_schema_voor_editors_noemt_de_maxima() -> None:
    begroting = json.loads((MENUKAART / "schema" / "begroting.schema.json").read_text(encoding="utf-8"))
    gemeente = json.loads((MENUKAART / "schema" / "gemeente.schema.json").read_text(encoding="utf-8"))
    bedrag = begroting["$defs"]["Bedragcijfer"]["properties"]
    post = begroting["$defs"]["Begrotingspost"]["properties"]
    assert bedrag["waarde"]["exclusiveMaximum"] == 10_000_000_000
    assert post["bedrag"]["exclusiveMaximum"] == 10_000_000_000
    assert post["fte"]["anyOf"][0]["maximum"] == 10_000
    assert begroting["$defs"]["Aandeelcijfer"]["properties"]["waarde"]["maximum"] == 1
    assert gemeente["$defs"]["Inwonertal"]["properties"]["aantal"]["anyOf"][0]["maximum"] == 100_000_000


def test_uiterste_toegestane_waarden_bouwen(mini_menukaart: Path) -> None:
    """The largest amount, fte and number of inhabitants the check accepts, through every page and download."""
    _vervang(mini_menukaart, BEGROTING, "    provinciale_bijdrage:\n      waarde: 501092.30\n      herkomst: vastgesteld\n"
             "      bron: besluit-test\n", "")
    _vervang(mini_menukaart, BEGROTING, "    totaal_in_besluit:\n      waarde: 1518462\n      herkomst: vastgesteld\n"
             "      bron: besluit-test\n", "")  # would be 10.000.000.000: no amount
    _vervang(mini_menukaart, BEGROTING, "waarde: 1518461.52", "waarde: 9999999999.99")
    _vervang(mini_menukaart, BEGROTING, "bedrag: 1400000.00, fte: 10,", "bedrag: 9999881538.47, fte: 10000,")
    _vervang(mini_menukaart, EMMEN, "aantal: 109346", "aantal: 100000000")
    _vervang(mini_menukaart, ASSEN, 'peildatum: "2024-01-01", aantal: 69701', 'peildatum: "2024-01-01", aantal: 100000000')
    catalogus, fouten = lees_menukaart(mini_menukaart)
    assert not fouten, fouten
    assert catalogus is not None

    uitvoer = _bouw_alles(catalogus)

    bijlage = _als_tekst(uitvoer["kosten-en-bijdragen/index.md"])
    assert "€\u00a09.999.999.999,99" in bijlage
    assert "Personeel;10000;Voorbeeld, geen echt getal.;9999881538,47;" in _als_tekst(uitvoer["kosten-en-bijdragen/begrotingsposten-2024.csv"])
    gegevens = json.loads(uitvoer["export/menukaart.json"], parse_float=Decimal)
    assert gegevens["begroting"]["jaren"][0]["totaal"]["waarde"] == Decimal("9999999999.99")
    assert '<td class="fx-getal" data-label="Inwoners">100.000.000 <span class="fx-herkomst fx-herkomst--vastgesteld">vastgesteld</span></td>' in _als_tekst(uitvoer["gemeenten/emmen.md"])


# --- 2. control and invisible characters ---------------------------------------------------------


_TEKENMELDING = ("In deze waarde staat een onzichtbaar teken dat niet is toegestaan: {code} ({soort}), teken {positie} van de "
                 "tekst. Zo'n teken maakt de tekst op de site onleesbaar of misleidend. Haal het weg; tussen dubbele "
                 "aanhalingstekens kan het er ook als code staan: {als_code}.")


@pytest.mark.parametrize(
    ("nieuw", "code", "soort", "positie", "als_code"),
    [
        pytest.param('titel: "Verkenning\\0"', "U+0000", "stuurteken", 11, "\\0", id="nul"),
        pytest.param('titel: "Verkenning\\e"', "U+001B", "stuurteken", 11, "\\e", id="escape"),
        pytest.param('titel: "Verkenning\\u202e van een dorp"', "U+202E", "teken voor de schrijfrichting", 11, "\\u202e",
                     id="rechts-naar-links"),
        pytest.param('titel: "Ver\\u200bkenning"', "U+200B", "teken zonder breedte", 4, "\\u200b", id="zero-width-space"),
        pytest.param('titel: "Verkenning\\x85"', "U+0085", "stuurteken", 11, "\\N", id="c1-nel"),
        pytest.param('titel: "Verkenning\\uffff"', "U+FFFF", "niet-teken", 11, "\\uffff", id="niet-teken"),
        pytest.param("titel: Verkenning\u2066 van een dorp", "U+2066", "teken voor de schrijfrichting", 11, "\\u2066",
                     id="rauw-in-gewone-tekst"),
    ],
)
def test_onzichtbaar_teken_na_unescapen_wordt_geweigerd(
    mini_menukaart: Path, nieuw: str, code: str, soort: str, positie: int, als_code: str
) -> None:
    _vervang(mini_menukaart, VERKENNING, "titel: Verkenning van een dorp", nieuw)
    melding = _TEKENMELDING.format(code=code, soort=soort, positie=positie, als_code=als_code)
    assert _fouten(mini_menukaart) == [f"menukaart/diensten/verkenning.yml, regel 1, kolom 8 — veld 'titel': {melding}"]


def test_onzichtbaar_teken_in_lijst_en_in_veldnaam(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, VERKENNING, "resultaat: [Een notitie]", 'resultaat: [Een notitie, "Een\\u2069 plan"]')
    _vervang(mini_menukaart, "diensten/wijkplan-maken.yml", "titel: Wijkplan maken", '"titel\\u200d": Wijkplan maken')
    fouten = _fouten(mini_menukaart)
    assert ("menukaart/diensten/verkenning.yml, regel 7, kolom 26 — veld 'resultaat[2]': "
            + _TEKENMELDING.format(code="U+2069", soort="teken voor de schrijfrichting", positie=4, als_code="\\u2069")) in fouten
    assert ("menukaart/diensten/wijkplan-maken.yml, regel 1, kolom 1 — veld 'titel<U+200D>': In deze veldnaam staat een "
            "onzichtbaar teken dat niet is toegestaan: U+200D (teken zonder breedte), teken 6 van de naam. Zo'n teken maakt de "
            "tekst op de site onleesbaar of misleidend. Haal het weg; tussen dubbele aanhalingstekens kan het er ook als code "
            "staan: \\u200d.") in fouten
    assert len(fouten) == 2


def test_onzichtbaar_teken_via_check_zonder_traceback(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, VERKENNING, "samenvatting: We kijken samen wat er speelt in het dorp.",
             'samenvatting: "We kijken\\e[31m samen"')
    proces = check(mini_menukaart)
    assert proces.returncode == 1
    assert "Traceback" not in proces.stderr
    assert "\x1b" not in proces.stderr
    assert ("diensten/verkenning.yml, regel 2, kolom 15 — veld 'samenvatting': " + _TEKENMELDING.format(
        code="U+001B", soort="stuurteken", positie=10, als_code="\\e") + "\n") in proces.stderr


def test_zacht_afbreekstreepje_mag_en_de_feed_blijft_geldig(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, VERKENNING, "titel: Verkenning van een dorp", 'titel: "Ver\\u00adkenning van een dorp"')
    catalogus, fouten = lees_menukaart(mini_menukaart)
    assert not fouten, fouten
    assert catalogus is not None
    _bouw_alles(catalogus)
    titels = [t.text for t in ET.fromstring(atom_feed(catalogus, SITE_URL).inhoud).iter("{http://www.w3.org/2005/Atom}title")]
    assert "Ver\u00adkenning van een dorp" in titels


# --- 3. text that only looks filled in -----------------------------------------------------------


@pytest.mark.parametrize("titel", ['"\\u00a0\\u3000"', '"\\u2002 \\u205f\\u00a0"', '"\\u2800\\u3164"', '"\\u00ad"'],
                         ids=["nbsp-en-ideografische-spatie", "em-ruimtes", "braille-en-hangul-vulling", "zacht-afbreekstreepje"])
def test_titel_van_alleen_witruimte_is_leeg(mini_menukaart: Path, titel: str) -> None:
    _vervang(mini_menukaart, VERKENNING, "titel: Verkenning van een dorp", f"titel: {titel}")
    assert _fouten(mini_menukaart) == ["menukaart/diensten/verkenning.yml, regel 1, kolom 1 — veld 'titel': Dit veld mag niet leeg zijn."]


# --- 4. e-mail and website ------------------------------------------------------------------------


_EMAIL = "Verwacht een gewoon e-mailadres, zoals warmtetransitie@assen.nl, maar hier staat de tekst '{invoer}'.{hint} " \
         "Voor de @ mogen letters, cijfers en . _ + - staan, erna een domeinnaam."
_WEBSITE = "Verwacht het adres van een website dat begint met https://, zoals https://www.assen.nl, maar hier staat de tekst '{invoer}'.{hint}"


@pytest.mark.parametrize(
    ("waarde", "hint"),
    [
        pytest.param("a@b.nl?bcc=x@evil.example", " Een e-mailadres bevat geen ?, & of =: laat alles vanaf het vraagteken weg.",
                     id="header-injectie"),
        pytest.param("warmte@assen.nl&cc=x@evil.example", " Een e-mailadres bevat geen ?, & of =: laat alles vanaf het vraagteken weg.",
                     id="ampersand"),
        pytest.param("mailto:warmte@assen.nl", " Schrijf alleen het adres, zonder 'mailto:'.", id="mailto"),
        pytest.param("'warmte @assen.nl'", " Een e-mailadres bevat geen spaties of regeleinden.", id="spatie"),
        pytest.param("warmte@assen", "", id="geen-domein"),
    ],
)
def test_contact_is_een_gewoon_e_mailadres(mini_menukaart: Path, waarde: str, hint: str) -> None:
    _vervang(mini_menukaart, ASSEN, "adres: warmte@assen.nl", f"adres: {waarde}")
    melding = _EMAIL.format(invoer=waarde.strip("'"), hint=hint)
    assert _fouten(mini_menukaart) == [f"menukaart/gemeenten/assen.yml, regel 4, kolom 11 — veld 'contact.adres': {melding}"]


@pytest.mark.parametrize(
    ("waarde", "hint"),
    [
        pytest.param("https://www.assen.nl@evil.example/", " Er staat een @ in de naam van de site: zo'n link opent de site "
                     "achter de @, niet de site ervoor. Laat het deel tot en met de @ weg.", id="apenstaartje"),
        pytest.param("https://gebruiker:geheim@www.assen.nl/", " Er staat een @ in de naam van de site: zo'n link opent de site "
                     "achter de @, niet de site ervoor. Laat het deel tot en met de @ weg.", id="inloggegevens"),
        pytest.param("https://www.assen.nl:8443/", " Laat het poortnummer (zoals ':8080') weg.", id="poort"),
        pytest.param("http://www.assen.nl", " Gebruik https://, niet http://.", id="http"),
        pytest.param("javascript:alert(1)", " Het adres begint met https://.", id="javascript"),
        pytest.param("https://-assen.nl", " Na https:// komt een domeinnaam, zoals www.assen.nl.", id="ongeldige-host"),
        pytest.param("https://www.assen.nl/\"onmouseover=alert(1)", " Het adres bevat tekens die niet in een webadres horen, "
                     "zoals < > \" { } of een backslash.", id="aanhalingsteken"),
    ],
)
def test_website_is_een_https_adres_zonder_verrassingen(mini_menukaart: Path, waarde: str, hint: str) -> None:
    _vervang(mini_menukaart, ASSEN, "website: https://www.assen.nl", f"website: '{waarde}'")
    melding = _WEBSITE.format(invoer=waarde, hint=hint)
    assert _fouten(mini_menukaart) == [f"menukaart/gemeenten/assen.yml, regel 3, kolom 1 — veld 'website': {melding}"]


def test_gewone_adressen_blijven_toegestaan(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, ASSEN, "adres: warmte@assen.nl", "adres: warmte.transitie+flexteam@gemeente-assen.nl")
    _vervang(mini_menukaart, ASSEN, "website: https://www.assen.nl", "website: https://www.assen.nl/wonen/warmte?wijk=lariks#contact")
    catalogus, fouten = lees_menukaart(mini_menukaart)
    assert not fouten, fouten
    assert catalogus is not None
    pagina = _als_tekst(_bouw_alles(catalogus)["gemeenten/assen.md"])
    assert 'href="https://www.assen.nl/wonen/warmte?wijk=lariks#contact"' in pagina
    assert 'href="mailto:warmte.transitie+flexteam@gemeente-assen.nl"' in pagina


# --- 5. the contributor's own words in the message ----------------------------------------------


def test_verkeerde_keuze_wordt_geciteerd_zoals_geschreven(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, VERKENNING, "status: in ontwikkeling", "status: Beschikbaar")
    assert _fouten(mini_menukaart) == [
        "menukaart/diensten/verkenning.yml, regel 12, kolom 1 — veld 'status': De tekst 'Beschikbaar' is hier niet toegestaan. "
        "Bedoelde je 'beschikbaar'? Kies uit: 'beschikbaar', 'in ontwikkeling', 'beschrijving' of 'vervallen'."
    ]


def test_tikfout_in_keuze_krijgt_suggestie(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, ASSEN, "status: lopend", "status: Afgrond")
    assert _fouten(mini_menukaart) == [
        "menukaart/gemeenten/assen.yml, regel 9, kolom 83 — veld 'afspraken[1].status': De tekst 'Afgrond' is hier niet "
        "toegestaan. Bedoelde je 'afgerond'? Kies uit: 'aangevraagd', 'lopend' of 'afgerond'."
    ]


# --- 6. negative zero ----------------------------------------------------------------------------


def test_min_nul_wordt_als_nul_getoond() -> None:
    assert opmaak.bedrag(Decimal("-0.00")) == "€\u00a00,00"
    assert opmaak.bedrag(Decimal("-0.004")) == "€\u00a00,00"
    assert opmaak.bedrag(Decimal("-0.01")) == "€\u00a0-0,01"
    assert opmaak.getal(Decimal("-0")) == "0"
    assert opmaak.getal(Decimal("-0.0001")) == "0"
    assert opmaak.procent(Decimal("-0.00")) == "0%"
    assert opmaak.bedrag_onafgerond(Decimal("-0.0000")) == "€\u00a00,00"


def test_min_nul_in_de_begroting_komt_nergens_als_min_nul_uit(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, BEGROTING, "      - {post: Overig, bedrag: 118461.52, herkomst: voorbeeld}",
             "      - {post: Overig, bedrag: 118461.52, herkomst: voorbeeld}\n"
             "      - {post: Reserve, bedrag: -0.00, fte: -0.0, herkomst: voorbeeld}")
    catalogus, fouten = lees_menukaart(mini_menukaart)
    assert not fouten, fouten
    assert catalogus is not None
    post = catalogus.begroting.jaren[0].begrotingsposten[2]
    assert not post.bedrag.is_signed() and post.fte is not None and not post.fte.is_signed()

    uitvoer = _bouw_alles(catalogus)

    assert "€\u00a00,00" in _als_tekst(uitvoer["kosten-en-bijdragen/index.md"])
    for pad, inhoud in uitvoer.items():
        tekst = _als_tekst(inhoud)
        assert "-0,00" not in tekst and "-0.00" not in tekst and "€\u00a0-0" not in tekst, pad
    assert "Reserve;0,0;Voorbeeld, geen echt getal.;0,00;" in _als_tekst(uitvoer["kosten-en-bijdragen/begrotingsposten-2024.csv"]).replace("\r\n", "\n")


# --- 7. a date in the future ---------------------------------------------------------------------


@pytest.mark.parametrize("dag", ["9999-12-31", (date.today() + timedelta(days=2)).isoformat()], ids=["jaar-9999", "overmorgen"])
def test_bijgewerkt_in_de_toekomst_wordt_geweigerd(mini_menukaart: Path, dag: str) -> None:
    _vervang(mini_menukaart, VERKENNING, 'bijgewerkt: "2024-11-01"', f'bijgewerkt: "{dag}"')
    assert _fouten(mini_menukaart) == [
        f"menukaart/diensten/verkenning.yml, regel 13, kolom 1 — veld 'bijgewerkt': De datum {dag} ligt na vandaag "
        f"({vandaag().isoformat()}). Vul bij bijgewerkt de dag in waarop het item echt is gewijzigd: een datum in de "
        "toekomst zet het bovenaan 'Nieuw en gewijzigd' en in de feed."
    ]


def test_bijgewerkt_vandaag_mag_en_peildatum_in_de_toekomst_ook(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, VERKENNING, 'bijgewerkt: "2024-11-01"', f'bijgewerkt: "{date.today().isoformat()}"')
    _vervang(mini_menukaart, EMMEN, 'peildatum: "2025-01-01"', 'peildatum: "2099-01-01"')
    catalogus, fouten = lees_menukaart(mini_menukaart)
    assert not fouten, fouten
    assert catalogus is not None
    assert catalogus.item_per_id["verkenning"].bijgewerkt == date.today()


# --- the invariant: what the check accepts, builds ----------------------------------------------


_VIJANDIGE_STUKKEN = [
    "<script>alert(1)</script>", "</title>", "]]>", "&amp;", "&#0;", "|", "| a | b |\n|---|---|", "{{ 7*7 }}", "{% raw %}",
    "{#", "${x}", "**vet**", "[link](javascript:alert(1))", "![x](https://evil.example/x.png)", "# Kop", "---", "- ", "> ",
    "`code`", "\\", "'", '"', "\u00a0", "\u3000", "\u00ad", "\u2028", "\u200b", "\u202e", "\ufeff", "\x00", "\x1b", "\x7f",
    "\x85", "\ud7ff", "\ue000", "\ufffd", "\U0001f525", "\U0001fffe", "é", "ĳ", "=1+1", "@SUM(A1)", "+31", "-0", "nee", "null",
    "~", "true", "010", "12:30", "2024-01-01", "1e400", "0x10", "%", " ", "\n", "\t", "a" * 130, "b" * 310,
]

vrije_tekst = st.lists(
    st.one_of(st.sampled_from(_VIJANDIGE_STUKKEN), st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), max_size=12),
              st.text(st.characters(codec="utf-8"), max_size=3)),
    min_size=1, max_size=5,
).map("".join)


def _yaml_tekst(inhoud: str, stijl: str) -> str:
    """One way a contributor can write text in YAML; some of these are not valid YAML, which the check must report."""
    if stijl == "dubbel":
        return json.dumps(inhoud, ensure_ascii=False)
    if stijl == "ascii":
        return json.dumps(inhoud, ensure_ascii=True)
    if stijl == "enkel":
        return "'" + inhoud.replace("'", "''") + "'"
    return inhoud  # plain, as typed


getalteken = st.one_of(
    # Mostly values the check accepts somewhere (so that the build is reached), then everything else.
    st.integers(min_value=0, max_value=100_000_000).map(str),
    st.decimals(min_value=0, max_value=Decimal("9999999999.99"), places=2).map(lambda d: f"{d:f}"),
    st.decimals(min_value=0, max_value=1, places=6).map(lambda d: f"{d:f}"),
    st.integers(min_value=-(10**35), max_value=10**35).map(str),
    st.builds(lambda heel, deel, min: f"{'-' if min else ''}{heel}.{deel}",
              st.integers(min_value=0, max_value=10**14), st.text("0123456789", min_size=1, max_size=22), st.booleans()),
    st.sampled_from(["0", "-0", "-0.00", "0.000", "10000", "10000.00", "10000.01", "9999999999.99", "10000000000",
                     "100000000", "100000001", "1" + "0" * 29, "1" + "0" * 30, "1" + "0" * 400, "9" * 5000, "1e5", "1.000,50",
                     ".5", "1_000", "0.1234567", "0.333333", "1", "1.0000001", "-1", "nan", ".inf", "0x1F", "00.5", "true"]),
)

Veld = tuple[str, tuple[tuple[str, str], ...]]
"""A field in the mini menukaart: its file and each (text, what it becomes) where ``{}`` is the generated value."""

_GETALVELDEN: list[Veld] = [
    (BEGROTING, (("  waarde: 0.33", "  waarde: {}"),)),
    # The total and the one post of the free budget (below) get the same value, so that they add up.
    (BEGROTING, (("waarde: 1518461.52", "waarde: {}"), ("{post: Overig, bedrag: 1518461.52,", "{{post: Overig, bedrag: {},"))),
    (BEGROTING, (("fte: 10,", "fte: {},"),)),
    (BEGROTING, (("      waarde: 20000.00", "      waarde: {}"),)),
    (BEGROTING, (("team_fte: {waarde: 10,", "team_fte: {{waarde: {},"),)),
    (BEGROTING, (("uren_per_fte: {waarde: 1200,", "uren_per_fte: {{waarde: {},"),)),
    (EMMEN, (("aantal: 109346", "aantal: {}"),)),
    (ASSEN, (("uren_gevraagd: 150", "uren_gevraagd: {}"),)),
    (ASSEN, (("uren_afgesproken: 150", "uren_afgesproken: {}"),)),
    (VERKENNING, (("uren_tot: 40", "uren_tot: {}"),)),
    (VERKENNING, (("weken_tot: 6", "weken_tot: {}"),)),
    ("kennisproducten/bewonersavond.yml", (("tot: 150", "tot: {}"),)),
]
_TEKSTVELDEN: list[Veld] = [
    (VERKENNING, (("titel: Verkenning van een dorp", "titel: {}"),)),
    (VERKENNING, (("samenvatting: We kijken samen wat er speelt in het dorp.", "samenvatting: {}"),)),
    (VERKENNING, (("beschrijving: Een korte verkenning.", "beschrijving: {}"),)),
    (VERKENNING, (("resultaat: [Een notitie]", "resultaat:\n  - {}"),)),
    (VERKENNING, (("{stap: Gesprek, toelichting: We praten met de gemeente.}", "{{stap: Gesprek, toelichting: {}}}"),)),
    ("diensten/wijkplan-maken.yml", (("trefwoorden: [WUP]", "trefwoorden:\n  - {}"),)),
    ("kennisproducten/bewonersavond.yml", (("vraagt_van_bewoners: Eén avond van twee uur.", "vraagt_van_bewoners: {}"),)),
    ("kennisproducten/sjabloon-wijkplan.yml", (("{titel: Sjabloon, bestand: sjabloon-wijkplan.md}",
                                                "{{titel: {}, bestand: sjabloon-wijkplan.md}}"),)),
    (ASSEN, (("naam: Assen", "naam: {}"),)),
    (ASSEN, (("dorp_of_wijk: Lariks-West, herkomst: voorbeeld}", "dorp_of_wijk: Lariks-West, toelichting: {}, herkomst: voorbeeld}}"),)),
    (ASSEN, (("door: redactie,", "door: {},"),)),
    (BEGROTING, (("levert: de samenwerkingsbegroting", "levert: {}"),)),
    (BEGROTING, (("regel: de provinciale bijdrage gedeeld door het aandeel", "regel: {}"),)),
    (BEGROTING, (("{post: Personeel, bedrag:", "{{post: {}, bedrag:"),)),
]

wijziging = st.one_of(
    st.tuples(st.sampled_from(_GETALVELDEN), getalteken),
    st.tuples(st.sampled_from(_TEKSTVELDEN),
              st.builds(_yaml_tekst, vrije_tekst, st.sampled_from(["dubbel", "dubbel", "ascii", "enkel", "gewoon"]))),
)


def _vrije_begroting(map: Path) -> None:
    """Without the fixed amounts and with the whole total in one post, so that most generated totals and shares pass."""
    _vervang(map, BEGROTING, "    provinciale_bijdrage:\n      waarde: 501092.30\n      herkomst: vastgesteld\n"
             "      bron: besluit-test\n", "")
    _vervang(map, BEGROTING, "    totaal_in_besluit:\n      waarde: 1518462\n      herkomst: vastgesteld\n"
             "      bron: besluit-test\n", "")
    _vervang(map, BEGROTING, "bedrag: 1400000.00, fte: 10,", "bedrag: 0, fte: 10,")
    _vervang(map, BEGROTING, "{post: Overig, bedrag: 118461.52,", "{post: Overig, bedrag: 1518461.52,")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(wijziging, min_size=1, max_size=3), st.booleans())
def test_wat_de_check_accepteert_bouwt_altijd(wijzigingen: list[tuple[Veld, str]], vrij: bool) -> None:
    with tempfile.TemporaryDirectory() as tijdelijk:
        map = Path(tijdelijk) / "menukaart"
        shutil.copytree(MINI, map)
        if vrij:
            _vrije_begroting(map)
        for (bestand, vervangingen), waarde in wijzigingen:
            pad = map / bestand
            inhoud = pad.read_text(encoding="utf-8")
            for oud, nieuw in vervangingen:
                if oud in inhoud:
                    inhoud = inhoud.replace(oud, nieuw.format(waarde), 1)
            pad.write_text(inhoud, encoding="utf-8")

        catalogus, fouten = lees_menukaart(map)

        if fouten:
            assert catalogus is None
            for fout in fouten:
                assert fout.bestand.startswith("menukaart/"), fout
                assert fout.melding.strip(), fout
                assert not fout.melding.startswith("Ongeldige waarde"), f"geen Nederlandse uitleg: {fout}"
                for engels in ("Input should", "Value error", "validation error", "Traceback"):
                    assert engels not in fout.melding, fout
            return
        assert catalogus is not None
        _bouw_alles(catalogus)
        # and the publication, without its examples, builds too
        publicatie, fouten = lees_menukaart(map, publicatie=True)
        assert not fouten and publicatie is not None
        _bouw_alles(publicatie)
