"""The templates in menukaart/_sjablonen/: complete, explained, and refused until filled in."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel

from bijdragen_hulp import ALLE_SJABLONEN, SJABLONEN, doelmap, plaatshouder_regels
from conftest import MENUKAART, check
from flexteam import lees_menukaart
from flexteam.inhoud.model import Dienst, Gemeente, Kennisproduct, Praktijkvoorbeeld
from flexteam.lezen.yamlbestand import lees_bestand

MODEL = {"diensten": Dienst, "kennisproducten": Kennisproduct, "gemeenten": Gemeente, "praktijkvoorbeelden": Praktijkvoorbeeld}


def test_er_is_een_sjabloon_per_soort_en_per_kennisproducttype() -> None:
    types = {b["id"] for b in lees_bestand(MENUKAART / "taxonomie.yml").data["kennisproduct_types"]}
    assert {p.stem for p in ALLE_SJABLONEN} == {"dienst", "gemeente", "praktijkvoorbeeld", *(f"kennisproduct-{t}" for t in types)}


@pytest.mark.parametrize("sjabloon", ALLE_SJABLONEN, ids=lambda p: p.stem)
def test_ongewijzigd_sjabloon_geeft_een_melding_per_plaatshouder(sjabloon: Path, menukaart_kopie: Path) -> None:
    # The real menukaart: its taxonomy knows every type a template is for (the check also reads the fields around
    # the placeholders, such as ``type``, and the mini menukaart's taxonomy has only some types).
    kopie = menukaart_kopie / doelmap(sjabloon) / "nieuw-item.yml"
    shutil.copy(sjabloon, kopie)
    tekst = kopie.read_text(encoding="utf-8")

    catalogus, fouten = lees_menukaart(menukaart_kopie)

    assert catalogus is None
    verwacht = plaatshouder_regels(tekst)
    assert len(verwacht) >= 5
    assert all(f.bestand.endswith("nieuw-item.yml") for f in fouten), [str(f) for f in fouten]
    assert sorted(f.regel for f in fouten) == sorted(verwacht)
    for fout in fouten:
        assert fout.melding.startswith("Nog invullen"), str(fout)
        assert fout.veld, str(fout)
        regel = tekst.splitlines()[fout.regel - 1]  # type: ignore[operator]
        assert fout.veld.split(".")[-1].split("[")[0] in regel or regel.rstrip().endswith("|") or regel.lstrip().startswith("- ")


def test_melding_noemt_de_uitleg_uit_het_sjabloon_en_wat_weg_mag(mini_menukaart: Path) -> None:
    shutil.copy(SJABLONEN / "kennisproduct-participatiemethode.yml", mini_menukaart / "kennisproducten" / "methode.yml")
    _, fouten = lees_menukaart(mini_menukaart)
    per_veld = {f.veld: f.melding for f in fouten}
    assert per_veld["titel"].startswith("Nog invullen: naam van het kennisproduct.")
    assert "Haal dan 'trefwoorden'" in per_veld["trefwoorden[1]"]
    # Required for a participation method, although the model itself lets it go.
    assert "Haal dan" not in per_veld["participatie.niveau[1]"]
    assert "Haal dan" not in per_veld["bijgewerkt"]


def test_plaatshouder_naast_een_echte_fout_toont_allebei(mini_menukaart: Path) -> None:
    tekst = (SJABLONEN / "dienst.yml").read_text(encoding="utf-8").replace("doelgroep:\n  - VUL-IN", "doelgroep: gemeente")
    (mini_menukaart / "diensten" / "half.yml").write_text(tekst, encoding="utf-8")
    _, fouten = lees_menukaart(mini_menukaart)
    assert any(f.veld == "doelgroep" and "Verwacht een lijst" in f.melding for f in fouten)
    assert all("Verwacht" not in f.melding for f in fouten if f.veld != "doelgroep")


def test_check_meldt_plaatshouders_als_annotatie_op_de_regel(mini_menukaart: Path) -> None:
    shutil.copy(SJABLONEN / "dienst.yml", mini_menukaart / "diensten" / "kopie.yml")
    proces = check(mini_menukaart, "--github")
    assert proces.returncode == 1
    regel_titel = next(n for n, r in enumerate((SJABLONEN / "dienst.yml").read_text().splitlines(), 1) if r.startswith("titel:"))
    assert re.search(rf"^::error file=[^,]*diensten/kopie\.yml,line={regel_titel},col=1,title=Fout in veld titel::Nog invullen: ",
                     proces.stdout, re.M), proces.stdout
    assert "regel" in proces.stderr and "Nog invullen" in proces.stderr


@pytest.mark.parametrize("sjabloon", ALLE_SJABLONEN, ids=lambda p: p.stem)
def test_sjabloon_noemt_elk_veld_van_het_model(sjabloon: Path) -> None:
    tekst = sjabloon.read_text(encoding="utf-8")
    model = MODEL[doelmap(sjabloon)]
    for naam in _velden(model):
        if naam == "participatie" and "participatiemethode" not in sjabloon.stem:
            continue  # only a participation method has this block
        if naam == "onderdelen" and sjabloon.stem == "kennisproduct-factsheet":
            assert "geen onderdelen" in tekst
            continue
        assert re.search(rf"^\s*(# )?(- )?{naam}:", tekst, re.M), f"{sjabloon.name} noemt het veld '{naam}' niet"


@pytest.mark.parametrize("sjabloon", ALLE_SJABLONEN, ids=lambda p: p.stem)
def test_keuzelijsten_in_het_sjabloon_volgen_taxonomie(sjabloon: Path) -> None:
    """'Kies uit:' above a vocabulary field lists exactly the ids in taxonomie.yml: update the templates with it."""
    taxonomie = lees_bestand(MENUKAART / "taxonomie.yml").data
    lijst_per_veld = {"thema": "themas", "fase": "fasen", "doelgroep": "doelgroepen", "niveau": "participatieniveaus"}
    regels = sjabloon.read_text(encoding="utf-8").splitlines()
    gezien = 0
    for nummer, regel in enumerate(regels):
        gevonden = re.match(r"\s*#\s*Kies uit: (.*)$", regel)
        if not gevonden:
            continue
        veld = next(re.match(r"\s*(?:- )?(\w+):", r).group(1) for r in regels[nummer + 1:] if re.match(r"\s*(?:- )?\w+:", r))  # type: ignore[union-attr]
        if veld not in lijst_per_veld:
            continue
        gezien += 1
        opties = [o.strip() for o in gevonden.group(1).split(",")]
        assert opties == [b["id"] for b in taxonomie[lijst_per_veld[veld]]], f"{sjabloon.name}: de keuzes bij '{veld}'"
    heeft_woordenlijst = any(re.match(rf"\s*(?:- )?({'|'.join(lijst_per_veld)}):", r) for r in regels)
    assert gezien >= 1 or not heeft_woordenlijst


def test_sjablonen_map_is_geen_inhoud(site) -> None:  # type: ignore[no-untyped-def]
    """Templates never become pages, even though they sit in menukaart/."""
    assert not (site.site / "menukaart" / "dienst").exists()
    assert "VUL IN" not in (site.site / "menukaart" / "index.html").read_text(encoding="utf-8")


def _velden(model: type[BaseModel]) -> list[str]:
    return list(model.model_fields)
