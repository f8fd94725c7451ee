"""Helpers for the contribution tests: the templates, and filling their placeholders as a contributor would."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from conftest import MENUKAART, REPO
from flexteam.lezen.yamlbestand import lees_bestand

SJABLONEN = MENUKAART / "_sjablonen"
ALLE_SJABLONEN = sorted(SJABLONEN.glob("*.yml"))
MAP_PER_SJABLOON = {"dienst": "diensten", "gemeente": "gemeenten", "praktijkvoorbeeld": "praktijkvoorbeelden"}


def doelmap(sjabloon: Path) -> str:
    return MAP_PER_SJABLOON.get(sjabloon.stem, "kennisproducten")


def met_sjablonen(menukaart: Path) -> Path:
    """Give a test menukaart the shipped templates, as ``make nieuw`` expects them."""
    shutil.copytree(SJABLONEN, menukaart / "_sjablonen", dirs_exist_ok=True)
    return menukaart


def plaatshouder_regels(tekst: str) -> list[int]:
    """Where a contributor sees VUL IN / VUL-IN outside a comment: the lines the check must point at.

    A block scalar (``beschrijving: |``) is reported on its key, the line above its text.
    """
    regels = tekst.splitlines()
    verwacht = []
    for nummer, regel in enumerate(regels, start=1):
        code = regel.split(" #")[0] if not regel.lstrip().startswith("#") else ""
        if re.search(r"VUL[ -]IN", code):
            vorige = regels[nummer - 2].rstrip() if nummer > 1 else ""
            verwacht.append(nummer - 1 if vorige.endswith("|") else nummer)
    return verwacht


def vul_plaatshouders(pad: Path, menukaart: Path) -> None:
    """Replace every placeholder with a valid value for the mini menukaart, and save (comments are lost)."""
    data = lees_bestand(pad).data
    taxonomie = lees_bestand(menukaart / "taxonomie.yml").data
    eerste = {naam: lijst[0]["id"] for naam, lijst in taxonomie.items() if naam != "synoniemen"}  # synonyms have no ids
    dienst = next(p.stem for p in sorted((menukaart / "diensten").glob("*.yml")) if p != pad)
    bijlage = sorted((menukaart / "bijlagen").iterdir())[0].name
    peildata = sorted({j["peildatum_inwoners"] for j in lees_bestand(menukaart / "begroting.yml").data["jaren"]})
    peildatum = peildata[0]
    bron = lees_bestand(menukaart / "bronnen.yml").data["bronnen"][0]["id"]
    waarden: dict[str, Any] = {
        "samenvatting": "Een korte samenvatting.", "beschrijving": "Uitleg in **Markdown**.",
        "thema": eerste["themas"], "fase": eerste["fasen"], "doelgroep": eerste["doelgroepen"],
        "niveau": eerste["participatieniveaus"], "resultaat": "Een resultaat", "trefwoorden": "WUP",
        "gerelateerd": dienst, "item": dienst, "status": "beschikbaar", "bijgewerkt": "2025-01-01",
        "uren_van": 10, "uren_tot": 20, "weken_van": 2, "weken_tot": 8, "van": 2024, "tot": 2026,
        "vraagt_van_bewoners": "Een avond.", "stap": "Gesprek", "titel": "Onderdeel", "toelichting": "Uitleg.",
        "punten": "Een punt om na te lopen",
        "bestand": bijlage, "cbs_code": "GM9999", "website": "https://www.example.nl", "adres": "warmte@example.nl",
        "peildatum": peildatum, "aantal": 1000, "bron": bron, "jaar": 2025, "uren_gevraagd": 10,
        "uren_afgesproken": 10, "uren_geleverd": 5, "door": "het flexteam", "waarom": "ervaring",
        "gemeente": next(p.stem for p in sorted((menukaart / "gemeenten").glob("*.yml"))), "plaats": "Centrum",
        "betrokkenen": "De gemeente", "items": dienst, "verloop": "Wat er **gebeurde**.", "lessen": "Een les.",
        "uitgever": "CBS", "datum": "2025-01-01", "url": "https://www.example.nl/bron",
        "dorp_of_wijk": "Centrum", "naam": "Testproces",
    }
    if "cbs_code" in data:
        waarden["status"] = "lopend"  # the status of an agreement, not of an item
    if "participatie" in data and data.get("type") == "participatiemethode":
        waarden["van"], waarden["tot"] = 5, 40

    def vul(waarde: Any, sleutel: str) -> Any:
        if isinstance(waarde, dict):
            return {k: vul(v, k) for k, v in waarde.items()}
        if isinstance(waarde, list):
            return [vul(v, sleutel) for v in waarde]
        if isinstance(waarde, str) and re.match(r"\s*VUL[ -]IN", waarde):
            return waarden[sleutel]
        return waarde

    gevuld = {k: vul(v, k) for k, v in data.items()}
    if "inwoners" in gevuld:  # one block per peildatum the budget uses, as the template asks
        gevuld["inwoners"] = [{**gevuld["inwoners"][0], "peildatum": p} for p in peildata]
    if "lokale_processen" in gevuld:
        for proces in gevuld["lokale_processen"]:
            proces["planning"] = {"van": 2024, "tot": 2026}
    pad.write_text(yaml.safe_dump(gevuld, allow_unicode=True, sort_keys=False), encoding="utf-8")


__all__ = ["ALLE_SJABLONEN", "REPO", "SJABLONEN", "doelmap", "met_sjablonen", "plaatshouder_regels", "vul_plaatshouders"]
