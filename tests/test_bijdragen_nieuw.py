"""``python -m flexteam nieuw`` / ``make nieuw``: a correctly named file that passes once filled in."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bijdragen_hulp import met_sjablonen, vul_plaatshouders
from conftest import REPO, check
from flexteam import laad_menukaart, lees_menukaart
from flexteam.cli.nieuw import NieuwFout, maak_nieuw
from flexteam.lezen.yamlbestand import lees_bestand


def nieuw(menukaart: Path, *argumenten: str, invoer: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flexteam", "nieuw", "--map", str(menukaart), *argumenten],
                          cwd=REPO, capture_output=True, text=True, timeout=120, input=invoer)


@pytest.mark.parametrize(
    ("soort", "soort_type", "map"),
    [("dienst", None, "diensten"), ("gemeente", None, "gemeenten"),
     *[("kennisproduct", t, "kennisproducten") for t in
       ("warmtetransitieplan", "participatiemethode", "wijkaanpak-template", "handreiking", "factsheet", "checklist")]],
)
def test_nieuw_bestand_is_goed_zodra_de_plaatshouders_zijn_ingevuld(
    menukaart_kopie: Path, soort: str, soort_type: str | None, map: str
) -> None:
    """In a copy of the shipped menukaart: its vocabulary has every type of knowledge product."""
    mini_menukaart = met_sjablonen(menukaart_kopie)
    argumenten = ["--soort", soort, "--titel", "Coöperatie Zuid-Drenthe"] + (["--type", soort_type] if soort_type else [])

    proces = nieuw(mini_menukaart, *argumenten)

    assert proces.returncode == 0, proces.stderr
    pad = mini_menukaart / map / "cooperatie-zuid-drenthe.yml"
    assert pad.is_file()
    assert f"{map}/cooperatie-zuid-drenthe.yml" in proces.stdout
    data = lees_bestand(pad).data
    assert data["naam" if soort == "gemeente" else "titel"] == "Coöperatie Zuid-Drenthe"
    if soort != "gemeente":
        assert data["bijgewerkt"] == date.today().isoformat()
    if soort_type:
        assert data["type"] == soort_type

    # As created: refused, and only for what is still to be filled in.
    _, fouten = lees_menukaart(mini_menukaart)
    assert fouten and all(f.melding.startswith("Nog invullen") for f in fouten)
    assert f"Vul nog {len(fouten)} plekken in" in proces.stdout

    vul_plaatshouders(pad, mini_menukaart)
    resultaat = check(mini_menukaart)
    assert resultaat.returncode == 0, resultaat.stderr
    catalogus = laad_menukaart(mini_menukaart)
    if soort == "gemeente":
        assert "cooperatie-zuid-drenthe" in {g.id for g in catalogus.gemeenten}
    else:
        assert catalogus.item_per_id["cooperatie-zuid-drenthe"].titel == "Coöperatie Zuid-Drenthe"


def test_titel_met_aanhalingstekens_en_dubbele_punt_blijft_heel(mini_menukaart: Path) -> None:
    met_sjablonen(mini_menukaart)
    titel = 'Warmte: "samen" & snel #1'
    nieuw_bestand = maak_nieuw(mini_menukaart, "dienst", titel, vandaag=date(2025, 6, 1))
    assert nieuw_bestand.ident == "warmte-samen-snel-1"
    data = lees_bestand(nieuw_bestand.pad).data
    assert data["titel"] == titel
    assert data["bijgewerkt"] == "2025-06-01"


def test_bestaande_id_wordt_geweigerd_ook_in_de_andere_map(mini_menukaart: Path) -> None:
    met_sjablonen(mini_menukaart)
    # 'bewonersavond' is a knowledge product; services and knowledge products share one list of ids.
    proces = nieuw(mini_menukaart, "--soort", "dienst", "--titel", "Bewonersavond")
    assert proces.returncode == 1
    assert "De id 'bewonersavond' bestaat al: kennisproducten/bewonersavond.yml" in proces.stderr
    assert not (mini_menukaart / "diensten" / "bewonersavond.yml").exists()
    origineel = (mini_menukaart / "kennisproducten" / "bewonersavond.yml").read_text(encoding="utf-8")
    with pytest.raises(NieuwFout):
        maak_nieuw(mini_menukaart, "kennisproduct", "Bewonersavond!", "handreiking")
    assert (mini_menukaart / "kennisproducten" / "bewonersavond.yml").read_text(encoding="utf-8") == origineel


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["--soort", "kennisproduct", "--titel", "X"], "Niet opgegeven: het type. Geef die mee met --type (of TYPE=… bij make nieuw)"),
        (["--soort", "kennisproduct", "--type", "roman", "--titel", "X"], "Er is geen sjabloon voor het type 'roman'"),
        (["--soort", "recept", "--titel", "X"], "Onbekende soort 'recept'"),
        (["--soort", "dienst", "--titel", "!!!"], "geen bestandsnaam"),
        (["--soort", "dienst", "--titel", "x" * 121], "maximum is 120"),
        (["--soort", "dienst"], "Niet opgegeven: de titel. Geef die mee met --titel (of TITEL=… bij make nieuw)."),
    ],
)
def test_onvolledige_opdracht_geeft_uitleg(mini_menukaart: Path, argumenten: list[str], melding: str) -> None:
    met_sjablonen(mini_menukaart)
    proces = nieuw(mini_menukaart, *argumenten, invoer="")
    assert proces.returncode != 0
    assert melding in proces.stderr
    assert not any((mini_menukaart / "diensten").glob("x*.yml"))


def test_vraagt_wat_ontbreekt_als_iemand_aan_het_toetsenbord_zit(mini_menukaart: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from flexteam.cli import main

    met_sjablonen(mini_menukaart)
    antwoorden = iter(["boek", "kennisproduct", "checklist", "Checklist warmtescan"])
    vragen: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda vraag: vragen.append(vraag) or next(antwoorden))

    assert main(["nieuw", "--map", str(mini_menukaart)]) == 0

    assert (mini_menukaart / "kennisproducten" / "checklist-warmtescan.yml").is_file()
    assert "Kies uit: dienst, kennisproduct, gemeente" in vragen[0]
    assert len(vragen) == 4  # the wrong answer 'boek' is asked again
    assert "Dat is geen geldige keuze." in capsys.readouterr().out


def test_make_nieuw_geeft_soort_en_titel_door(tmp_path: Path) -> None:
    """The make target passes SOORT/TYPE/TITEL through the environment, quotes and all."""
    uitvoer = subprocess.run(["make", "-n", "-s", "nieuw", "SOORT=kennisproduct", "TYPE=factsheet", "TITEL=Wat \"is\" dit"],
                             cwd=REPO, capture_output=True, text=True, timeout=60)
    assert uitvoer.returncode == 0, uitvoer.stderr
    assert 'flexteam nieuw --soort "$SOORT" --type "$TYPE" --titel "$TITEL"' in uitvoer.stdout
