"""Scaffold: a new item file from a template in ``menukaart/_sjablonen/``.

The new file keeps every comment of the template, so the contributor still sees what each
field means; only the title (or name), the date and the introduction at the top change.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from flexteam.basis.fout import FlexteamFout, zichtbaar
from flexteam.basis.meldingen import (
    KIES_UIT,
    NIEUW_GEEN_BESTANDSNAAM,
    NIEUW_GEEN_GELDIGE_KEUZE,
    NIEUW_GEEN_SJABLOON_VOOR_TYPE,
    NIEUW_GEMAAKT,
    NIEUW_ID_BESTAAT_AL,
    NIEUW_NIET_OPGEGEVEN_DE,
    NIEUW_NIET_OPGEGEVEN_HET,
    NIEUW_NOG_INVULLEN,
    NIEUW_ONBEKENDE_SOORT,
    NIEUW_SJABLOON_ONTBREEKT,
    NIEUW_TITEL_NODIG,
    NIEUW_TITEL_TE_LANG,
    NIEUW_TYPE_ALLEEN_BIJ_KENNISPRODUCT,
    NIEUW_TYPE_NODIG,
    NIEUW_VRAAG_NAAM,
    NIEUW_VRAAG_SOORT,
    NIEUW_VRAAG_TITEL,
    NIEUW_VRAAG_TYPE,
    NIEUW_VUL_IETS_IN,
    melding,
)
from flexteam.cli.gedeeld import STANDAARD_MAP
from flexteam.inhoud.regels import ITEM_MAPPEN, SJABLONEN_MAP, SOORTEN, maak_slug

MAX_TITEL = 120

_TITELVELD = {"dienst": "titel", "kennisproduct": "titel", "gemeente": "naam", "praktijkvoorbeeld": "titel"}


class NieuwFout(FlexteamFout):
    """A new file could not be made; the message says why, in Dutch."""


@dataclass(frozen=True)
class NieuwBestand:
    pad: Path
    ident: str
    plaatshouders: int


def kennisproduct_types(map: Path) -> list[str]:
    """The types that have a template: ``kennisproduct-<type>.yml``."""
    return sorted(p.stem.removeprefix("kennisproduct-") for p in (map / SJABLONEN_MAP).glob("kennisproduct-*.yml"))


def sjabloon_voor(map: Path, soort: str, soort_type: str | None) -> Path:
    if soort not in SOORTEN:
        raise NieuwFout(melding(NIEUW_ONBEKENDE_SOORT, soort=soort, keuzes=", ".join(SOORTEN)))
    if soort == "kennisproduct":
        types = kennisproduct_types(map)
        if not soort_type:
            raise NieuwFout(melding(NIEUW_TYPE_NODIG, keuzes=", ".join(types)))
        if soort_type not in types:
            raise NieuwFout(melding(NIEUW_GEEN_SJABLOON_VOOR_TYPE, type=soort_type, keuzes=", ".join(types)))
        pad = map / SJABLONEN_MAP / f"kennisproduct-{soort_type}.yml"
    else:
        if soort_type:
            raise NieuwFout(melding(NIEUW_TYPE_ALLEEN_BIJ_KENNISPRODUCT, soort=soort))
        pad = map / SJABLONEN_MAP / f"{soort}.yml"
    if not pad.is_file():
        raise NieuwFout(melding(NIEUW_SJABLOON_ONTBREEKT, pad=pad))
    return pad


def maak_nieuw(map: Path, soort: str, titel: str, soort_type: str | None = None, vandaag: date | None = None) -> NieuwBestand:
    """Write ``menukaart/<map>/<slug>.yml`` from the template; refuse an id that is taken."""
    sjabloon = sjabloon_voor(map, soort, soort_type)
    titel = " ".join(titel.split())
    if not titel:
        raise NieuwFout(NIEUW_TITEL_NODIG)
    if len(titel) > MAX_TITEL:
        raise NieuwFout(melding(NIEUW_TITEL_TE_LANG, lengte=len(titel), maximum=MAX_TITEL))
    ident = maak_slug(titel)
    if not ident:
        raise NieuwFout(NIEUW_GEEN_BESTANDSNAAM)
    doelmap = map / SOORTEN[soort][0]
    _controleer_vrij(map, soort, ident)
    tekst = vul_sjabloon(sjabloon.read_text(encoding="utf-8"), soort, titel, vandaag or date.today())
    doelmap.mkdir(parents=True, exist_ok=True)
    doel = doelmap / f"{ident}.yml"
    with doel.open("x", encoding="utf-8") as bestand:  # never overwrite, not even in a race
        bestand.write(tekst)
    return NieuwBestand(doel, ident, len(re.findall(r"VUL[ -]IN", _zonder_commentaar(tekst))))


def vul_sjabloon(tekst: str, soort: str, titel: str, vandaag: date) -> str:
    veld = _TITELVELD[soort]
    regels = _vervang_kop(tekst.splitlines(keepends=True))
    gevuld = []
    for regel in regels:
        if regel.startswith(f"{veld}:"):
            regel = f"{veld}: {_yaml_tekst(titel)}\n"
        elif regel.startswith("bijgewerkt:"):
            regel = f"bijgewerkt: \"{vandaag.isoformat()}\"\n"
        gevuld.append(regel)
    return "".join(gevuld)


def _controleer_vrij(map: Path, soort: str, ident: str) -> None:
    mappen = ITEM_MAPPEN if soort in ("dienst", "kennisproduct") else (SOORTEN[soort][0],)
    for naam in mappen:
        for extensie in (".yml", ".yaml"):
            bestaand = map / naam / f"{ident}{extensie}"
            if bestaand.exists():
                raise NieuwFout(melding(NIEUW_ID_BESTAAT_AL, id=ident, bestand=f"{naam}/{bestaand.name}"))


def _vervang_kop(regels: list[str]) -> list[str]:
    """Replace the template's 'how to use this template' block by a short note."""
    if not regels or not regels[0].startswith("# yaml-language-server:"):
        return regels
    einde = 1
    while einde < len(regels) and regels[einde].startswith("#"):
        einde += 1
    kop = [
        regels[0],
        "#\n",
        "# Vervang elke tekst die begint met VUL IN of VUL-IN. Regels met # zijn uitleg.\n",
        "# Controleer het bestand met: make check. Uitleg over elk veld: CONTRIBUTING.md.\n",
    ]
    return kop + regels[einde:]


def _yaml_tekst(tekst: str) -> str:
    """A YAML double-quoted scalar: JSON's string syntax is valid YAML and escapes everything risky."""
    return json.dumps(tekst, ensure_ascii=False)


def _zonder_commentaar(tekst: str) -> str:
    return "\n".join(r for r in tekst.splitlines() if not r.lstrip().startswith("#"))


# --- the command -------------------------------------------------------------------------------


def voeg_toe(sub: Any) -> None:
    nieuw = sub.add_parser("nieuw", help="maak een nieuw item uit een sjabloon in menukaart/_sjablonen/")
    nieuw.add_argument("--map", type=Path, default=STANDAARD_MAP)
    nieuw.add_argument("--soort", default="", help="dienst, kennisproduct, gemeente of praktijkvoorbeeld (leeg: de opdracht vraagt het)")
    nieuw.add_argument("--type", default="", help="bij een kennisproduct: het type, zoals handreiking")
    nieuw.add_argument("--titel", default="", help="de titel (bij een gemeente: de naam)")
    nieuw.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args: argparse.Namespace) -> int:
    vraag = _vrager()
    soort = args.soort.strip() or vraag(NIEUW_VRAAG_SOORT, "soort", list(SOORTEN))
    soort_type = args.type.strip() or None
    if soort == "kennisproduct" and soort_type is None:
        soort_type = vraag(NIEUW_VRAAG_TYPE, "type", kennisproduct_types(args.map))
    titel = args.titel.strip() or vraag(NIEUW_VRAAG_NAAM if soort == "gemeente" else NIEUW_VRAAG_TITEL, "titel", None)
    try:
        nieuw = maak_nieuw(args.map, soort, titel, soort_type)
    except NieuwFout as fout:
        print(zichtbaar(str(fout)), file=sys.stderr)
        return 1
    print(melding(NIEUW_GEMAAKT, pad=nieuw.pad.as_posix(), id=nieuw.ident))
    print(melding(NIEUW_NOG_INVULLEN, aantal=nieuw.plaatshouders))
    return 0


def _vrager() -> Callable[[str, str, list[str] | None], str]:
    """Ask for what is missing when someone sits at the keyboard; otherwise say which option to give."""

    def vraag(tekst: str, optie: str, keuzes: list[str] | None) -> str:
        uitleg = melding(KIES_UIT, keuzes=", ".join(keuzes)) if keuzes else ""
        if not sys.stdin.isatty():
            raise SystemExit(melding(NIEUW_NIET_OPGEGEVEN_HET if optie == "type" else NIEUW_NIET_OPGEGEVEN_DE,
                                     optie=optie, variabele=optie.upper(), keuzes=uitleg))
        while True:
            antwoord = input(f"{tekst}{uitleg} ").strip()
            if antwoord and (keuzes is None or antwoord in keuzes):
                return antwoord
            print(NIEUW_GEEN_GELDIGE_KEUZE if antwoord else NIEUW_VUL_IETS_IN)

    return vraag
