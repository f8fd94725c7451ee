"""Every kind of bad input a contributor can make: a Dutch message with file, line and field, exit 1."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import MINI, check
from flexteam import MenukaartFouten, laad_menukaart


def _fouten(map: Path) -> list[str]:
    with pytest.raises(MenukaartFouten) as info:
        laad_menukaart(map)
    return [str(f) for f in info.value.fouten]


def _schrijf(map: Path, relatief: str, tekst: str | bytes) -> Path:
    pad = map / relatief
    if isinstance(tekst, bytes):
        pad.write_bytes(tekst)
    else:
        pad.write_text(tekst, encoding="utf-8")
    return pad


def _vervang(map: Path, relatief: str, oud: str, nieuw: str) -> None:
    pad = map / relatief
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} staat niet in {relatief}"
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def test_mini_menukaart_is_geldig() -> None:
    catalogus = laad_menukaart(MINI)
    assert {i.id for i in catalogus.items} == {"wijkplan-maken", "verkenning", "bewonersavond", "sjabloon-wijkplan"}
    assert catalogus.item_per_id["bewonersavond"].participatie is not None


def test_check_meldt_fout_met_bestand_regel_en_veld_en_stopt_met_code_1(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/wijkplan-maken.yml", "thema: [wijkaanpak]", "thema: [wijkaanpakk]")
    proces = check(mini_menukaart)
    assert proces.returncode == 1
    assert "diensten/wijkplan-maken.yml, regel 8, kolom 9 — veld 'thema[1]'" in proces.stderr
    assert "'wijkaanpakk' bestaat niet in taxonomie.yml (themas). Bedoelde je 'wijkaanpak'?" in proces.stderr
    assert "Traceback" not in proces.stderr


def test_alle_fouten_van_een_run_samen(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/wijkplan-maken.yml", "status: beschikbaar", "status: klaar")
    _vervang(mini_menukaart, "diensten/verkenning.yml", "fase: [verkennen]", "fase: [dromen]")
    _schrijf(mini_menukaart, "gemeenten/kapot.yml", "naam: [\n")
    fouten = _fouten(mini_menukaart)
    assert len(fouten) == 3
    assert any("wijkplan-maken.yml" in f and "'klaar' is hier niet toegestaan" in f for f in fouten)
    assert any("verkenning.yml" in f and "'dromen' bestaat niet" in f for f in fouten)
    assert any("kapot.yml" in f and "geen geldige YAML" in f for f in fouten)


def test_onbekend_veld_met_suggestie(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/verkenning.yml", "titel:", "titl: x\ntitel:")
    fouten = _fouten(mini_menukaart)
    assert any("regel 1" in f and "Onbekend veld 'titl'. Bedoelde je 'titel'?" in f for f in fouten)


def test_onbekend_veld_in_genest_blok(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/verkenning.yml", "inzet: {uren_van: 20, uren_tot: 40}", "inzet: {uren_van: 20, uren_tot: 40, uren: 3}")
    fouten = _fouten(mini_menukaart)
    assert any("veld 'inzet.uren'" in f and "Toegestaan zijn: uren_van, uren_tot" in f for f in fouten)


def test_ontbrekend_verplicht_veld(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/verkenning.yml", "samenvatting: We kijken samen wat er speelt in het dorp.\n", "")
    fouten = _fouten(mini_menukaart)
    assert any("verkenning.yml" in f and "Het verplichte veld 'samenvatting' ontbreekt" in f for f in fouten)


@pytest.mark.parametrize(
    ("oud", "nieuw", "verwacht"),
    [
        # YAML 1.1 would read these as False, 8 and 750: here they stay text and are refused where a number is wanted.
        ("uren_van: 20", "uren_van: 010", "Verwacht een geheel getal (zoals 120), maar hier staat de tekst '010'. Een getal met een voorloopnul"),
        ("uren_van: 20", "uren_van: 12:30", "maar hier staat de tekst '12:30'"),
        ("uren_van: 20", "uren_van: 12.5", "Verwacht een geheel getal"),
        ("uren_van: 20", "uren_van: twintig", "de tekst 'twintig'"),
        ("titel: Verkenning van een dorp", "titel: 2024", "Verwacht tekst, maar hier staat het getal 2024. Zet de tekst tussen aanhalingstekens"),
        ("titel: Verkenning van een dorp", "titel: true", "Verwacht tekst, maar hier staat true"),
        ("bijgewerkt: \"2024-11-01\"", "bijgewerkt: 1-11-2024", "Verwacht een datum als \"JJJJ-MM-DD\""),
        ("bijgewerkt: \"2024-11-01\"", "bijgewerkt: \"2024-02-30\"", "'2024-02-30' is geen bestaande datum"),
        ("status: in ontwikkeling", "status: nee", "De tekst 'nee' is hier niet toegestaan. Kies uit: 'beschikbaar', 'in ontwikkeling' of 'vervallen'"),
    ],
)
def test_verkeerde_types_en_yaml_11_valkuilen(mini_menukaart: Path, oud: str, nieuw: str, verwacht: str) -> None:
    _vervang(mini_menukaart, "diensten/verkenning.yml", oud, nieuw)
    fouten = _fouten(mini_menukaart)
    assert any("verkenning.yml, regel" in f and verwacht in f for f in fouten), fouten


def test_nee_als_tekst_blijft_tekst(mini_menukaart: Path) -> None:
    """'nee' and '010' in a text field are the contributor's text and must arrive unchanged."""
    _vervang(mini_menukaart, "diensten/verkenning.yml", "resultaat: [Een notitie]", "resultaat: [nee, '010', 010, 12:30]")
    catalogus = laad_menukaart(mini_menukaart)
    assert catalogus.item_per_id["verkenning"].resultaat == ["nee", "010", "010", "12:30"]


def test_dubbele_sleutel_wordt_geweigerd(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/verkenning.yml", "beschrijving: Een korte verkenning.", "beschrijving: Een korte verkenning.\nbeschrijving: Tweede tekst.")
    fouten = _fouten(mini_menukaart)
    assert any("regel 4" in f and "Het veld 'beschrijving' staat twee keer in hetzelfde blok (eerst op regel 3)" in f for f in fouten)


def test_dubbele_id_over_diensten_en_kennisproducten(mini_menukaart: Path) -> None:
    (mini_menukaart / "kennisproducten" / "bewonersavond.yml").rename(mini_menukaart / "kennisproducten" / "verkenning.yml")
    _vervang(mini_menukaart, "diensten/wijkplan-maken.yml", "gerelateerd: [bewonersavond]", "gerelateerd: [verkenning]")
    fouten = _fouten(mini_menukaart)
    assert any("De id 'verkenning' bestaat al in" in f for f in fouten)


def test_id_moet_bestandsnaam_zijn(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/verkenning.yml", "titel:", "id: dorpsverkenning\ntitel:")
    fouten = _fouten(mini_menukaart)
    assert any("veld 'id'" in f and "De id 'dorpsverkenning' is anders dan de bestandsnaam 'verkenning'" in f for f in fouten)


def test_ongeldige_bestandsnaam(mini_menukaart: Path) -> None:
    (mini_menukaart / "diensten" / "verkenning.yml").rename(mini_menukaart / "diensten" / "Verkenning Dorp.yml")
    fouten = _fouten(mini_menukaart)
    assert any("'Verkenning Dorp.yml' is geen geldige id" in f and "'verkenning-dorp.yml'" in f for f in fouten)


def test_yaml_extensie_wordt_niet_stil_overgeslagen(mini_menukaart: Path) -> None:
    (mini_menukaart / "diensten" / "verkenning.yml").rename(mini_menukaart / "diensten" / "verkenning.yaml")
    _vervang(mini_menukaart, "diensten/wijkplan-maken.yml", "gerelateerd: [bewonersavond]", "gerelateerd: []")
    fouten = _fouten(mini_menukaart)
    assert any("'verkenning.yaml' wordt niet gelezen. Gebruik de extensie .yml." in f for f in fouten)


def test_verwijzing_naar_onbekend_item(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/wijkplan-maken.yml", "gerelateerd: [bewonersavond]", "gerelateerd: [bewonersavondd]")
    _vervang(mini_menukaart, "gemeenten/assen.yml", "item: wijkplan-maken", "item: wijkplan")
    fouten = _fouten(mini_menukaart)
    assert any("wijkplan-maken.yml, regel 20" in f and "'bewonersavondd' bestaat niet als dienst of kennisproduct. Bedoelde je 'bewonersavond'?" in f for f in fouten)
    assert any("assen.yml, regel 9" in f and "veld 'afspraken[1].item'" in f and "'wijkplan' bestaat niet in de menukaart" in f for f in fouten)


def test_cbs_code_verkeerd_of_dubbel(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "gemeenten/emmen.yml", '"GM0114"', '"GM0106"')
    _vervang(mini_menukaart, "gemeenten/assen.yml", 'naam: Assen', 'naam: Assen\nid: assen')
    fouten = _fouten(mini_menukaart)
    assert any("emmen.yml" in f and "De CBS-code GM0106 staat ook in" in f for f in fouten)


def test_cbs_code_als_getal_wordt_geweigerd(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "gemeenten/emmen.yml", '"GM0114"', "0114")
    fouten = _fouten(mini_menukaart)
    assert any("veld 'cbs_code'" in f and "GM met vier cijfers" in f for f in fouten)


def test_participatiemethode_zonder_participatieblok(mini_menukaart: Path) -> None:
    tekst = (mini_menukaart / "kennisproducten" / "bewonersavond.yml").read_text(encoding="utf-8")
    begin = tekst.index("participatie:")
    eind = tekst.index("gerelateerd:")
    _schrijf(mini_menukaart, "kennisproducten/bewonersavond.yml", tekst[:begin] + tekst[eind:])
    fouten = _fouten(mini_menukaart)
    assert any("bewonersavond.yml" in f and "heeft het blok 'participatie' nodig" in f for f in fouten)


def test_bijlage_moet_bestaan(mini_menukaart: Path) -> None:
    (mini_menukaart / "bijlagen" / "sjabloon-wijkplan.md").unlink()
    fouten = _fouten(mini_menukaart)
    assert any("veld 'bijlagen[1].bestand'" in f and "staat niet in menukaart/bijlagen/" in f for f in fouten)


def test_inwoners_ontbreken_voor_peildatum_van_de_verdeelsleutel(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "gemeenten/emmen.yml", 'peildatum: "2024-01-01", aantal: 109346', 'peildatum: "2023-01-01", aantal: 109346')
    fouten = _fouten(mini_menukaart)
    assert any("emmen.yml" in f and "rekent met inwoners op 2024-01-01" in f for f in fouten)


# --- files that are not YAML a contributor meant to write ----------------------------------------


@pytest.mark.parametrize(
    ("inhoud", "verwacht"),
    [
        (b"", "Het bestand is leeg"),
        (b"# alleen commentaar\n", "Het bestand is leeg"),
        ("titel: Caf\u00e9\n".encode("latin-1"), "niet opgeslagen als UTF-8"),
        (b"titel: x\n\tsamenvatting: y\n", "Er staat een tab"),
        (b"titel: [onaf\n", "geen geldige YAML"),
        (b"titel: !!python/object/apply:os.system ['echo hallo']\n", "YAML-tags zoals"),
        (b"- een\n- lijst\n", "moet bestaan uit velden"),
        (b"titel: a\n---\ntitel: b\n", "meer dan één YAML-document"),
        (b"titel: &t Titel\nsamenvatting: *t\n", "Ankers ('&t') zijn niet toegestaan"),
        (b"titel: a\x07b\n", "onzichtbaar stuurteken"),
    ],
)
def test_kapotte_bestanden_geven_nederlandse_fout_zonder_traceback(mini_menukaart: Path, inhoud: bytes, verwacht: str) -> None:
    _schrijf(mini_menukaart, "diensten/kapot.yml", inhoud)
    proces = check(mini_menukaart)
    assert proces.returncode == 1
    assert "diensten/kapot.yml" in proces.stderr
    assert verwacht in proces.stderr
    assert "Traceback" not in proces.stderr


def test_alias_bom_wordt_snel_geweigerd(mini_menukaart: Path) -> None:
    regels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        vorige, naam = chr(ord("a") + i - 1), chr(ord("a") + i)
        regels.append(f"{naam}: &{naam} [" + ",".join([f"*{vorige}"] * 9) + "]")
    _schrijf(mini_menukaart, "diensten/bom.yml", "\n".join(regels) + "\n")
    start = time.perf_counter()
    fouten = _fouten(mini_menukaart)
    assert time.perf_counter() - start < 2
    assert any("bom.yml, regel 1" in f and "Ankers ('&a') zijn niet toegestaan" in f for f in fouten)


def test_heel_groot_bestand_wordt_geweigerd(mini_menukaart: Path) -> None:
    _schrijf(mini_menukaart, "diensten/groot.yml", "titel: x\nbeschrijving: |\n" + ("  " + "lorem ipsum " * 80 + "\n") * 8000)
    fouten = _fouten(mini_menukaart)
    assert any("groot.yml" in f and "de grens is 256 kB" in f for f in fouten)


def test_ontbrekende_taxonomie(mini_menukaart: Path) -> None:
    (mini_menukaart / "taxonomie.yml").unlink()
    assert any("taxonomie.yml" in f and "ontbreekt" in f for f in _fouten(mini_menukaart))


def test_te_lange_tekst_noemt_het_aantal_tekens(mini_menukaart: Path) -> None:
    _vervang(mini_menukaart, "diensten/verkenning.yml", "samenvatting: We kijken samen wat er speelt in het dorp.",
             "samenvatting: " + "lang " * 70)
    fouten = _fouten(mini_menukaart)
    assert any("veld 'samenvatting'" in f and "De tekst is 349 tekens lang; het maximum is 300 tekens" in f for f in fouten), fouten
