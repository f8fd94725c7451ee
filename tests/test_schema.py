"""The JSON Schema for editors is generated from the model and agrees with the project's own loader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MENUKAART, REPO
from flexteam import MenukaartFouten, laad_menukaart

SOORTEN = {"dienst": "diensten", "kennisproduct": "kennisproducten", "gemeente": "gemeenten"}


def _check_jsonschema(schema: Path, *bestanden: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, bestanden)],
        capture_output=True, text=True, timeout=120,
    )


def test_schemas_zijn_actueel() -> None:
    """Committed schema files are exactly what the model generates (no hand-kept twins)."""
    proces = subprocess.run([sys.executable, "-m", "flexteam", "schema", "--controleer"], cwd=REPO,
                            capture_output=True, text=True)
    assert proces.returncode == 0, proces.stderr


def test_elk_yaml_bestand_verwijst_naar_zijn_schema() -> None:
    for soort, map in SOORTEN.items():
        for pad in sorted((MENUKAART / map).glob("*.yml")):
            eerste = pad.read_text(encoding="utf-8").splitlines()[0]
            assert eerste == f"# yaml-language-server: $schema=../schema/{soort}.schema.json", pad
    for naam in ("taxonomie", "begroting"):
        eerste = (MENUKAART / f"{naam}.yml").read_text(encoding="utf-8").splitlines()[0]
        assert eerste == f"# yaml-language-server: $schema=schema/{naam}.schema.json"


@pytest.mark.parametrize("soort", [*SOORTEN, "taxonomie", "begroting"])
def test_check_jsonschema_accepteert_de_meegeleverde_inhoud(soort: str) -> None:
    bestanden = sorted((MENUKAART / SOORTEN[soort]).glob("*.yml")) if soort in SOORTEN else [MENUKAART / f"{soort}.yml"]
    assert bestanden
    proces = _check_jsonschema(MENUKAART / "schema" / f"{soort}.schema.json", *bestanden)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_schema_kent_de_woordenlijst() -> None:
    """Editors autocomplete thema's from taxonomie.yml."""
    import json

    schema = json.loads((MENUKAART / "schema" / "dienst.schema.json").read_text(encoding="utf-8"))
    themas = schema["properties"]["thema"]["items"]["enum"]
    catalogus = laad_menukaart(MENUKAART)
    assert themas == [t.id for t in catalogus.taxonomie.themas]


SLECHTE_VOORBEELDEN = {
    "onbekend veld": ("titel:", "titell: Iets\ntitel:"),
    "uren als tekst": ("uren_van:", "uren_van: veel\n  oud_uren_van:"),
    "thema buiten de woordenlijst": ("thema:", "thema: [bestaat-niet]\noud_thema:"),
    "status buiten de keuzes": ("status:", "status: klaar\noud_status:"),
    "samenvatting te lang": ("samenvatting:", "samenvatting: " + "lang " * 80 + "\noud_samenvatting:"),
}


@pytest.mark.parametrize("naam", SLECHTE_VOORBEELDEN)
def test_schema_en_loader_weigeren_dezelfde_fouten(menukaart_kopie: Path, naam: str) -> None:
    oud, nieuw = SLECHTE_VOORBEELDEN[naam]
    pad = sorted((menukaart_kopie / "diensten").glob("*.yml"))[0]
    regels = pad.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, r in enumerate(regels) if r.lstrip().startswith(oud))
    inspringing = regels[index][: len(regels[index]) - len(regels[index].lstrip())]
    # Replace the original line by the bad value; keep the file otherwise intact.
    regels[index] = inspringing + nieuw.split("\n")[0] + "\n"
    pad.write_text("".join(regels), encoding="utf-8")

    with pytest.raises(MenukaartFouten):
        laad_menukaart(menukaart_kopie)
    proces = _check_jsonschema(MENUKAART / "schema" / "dienst.schema.json", pad)
    assert proces.returncode == 1, proces.stdout
