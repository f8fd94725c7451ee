"""A walk of the whole content folder that follows no links: every entry is sorted into what is read,
or refused with a Dutch reason (the caller turns each reason into an error for that file)."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flexteam.basis.meldingen import (
    BESTAND_NIET_GELEZEN,
    HINT_ALLEEN_YML,
    HINT_BEDOELDE_JE_MAP,
    HINT_EXTENSIE_YML,
    HULPMAP_VERKEERD_BESTAND,
    LOS_BESTAND,
    LOS_BESTAND_VERKEERDE_NAAM,
    LOS_ITEM,
    MAP_NIET_GELEZEN,
    SUBMAP_NIET_GELEZEN,
    VERBORGEN_BESTAND,
    melding,
)
from flexteam.inhoud.regels import BIJLAGEN_MAP, ENKELE_BESTANDEN, SCHEMA_MAP, SJABLONEN_MAP, SOORTEN
from flexteam.lezen.bestanden import (
    MAX_BIJLAGE_BYTES,
    OnveiligBestand,
    lees_zonder_koppeling,
    ongeldige_bijlage,
    ongeldige_ingang,
)


@dataclass
class Inventaris:
    """What a walk of the content folder found to read; everything else it found was refused."""

    enkel: set[str] = field(default_factory=set)
    inhoud: dict[str, list[Path]] = field(default_factory=lambda: {soort: [] for soort in SOORTEN})
    bijlagen: dict[str, bytes | None] = field(default_factory=dict)
    """Every file in ``bijlagen/``: its accepted bytes, or None when it was refused (then an error says why)."""


_SOORT_PER_MAP = {submap: soort for soort, (submap, _) in SOORTEN.items()}
_HULPMAPPEN = {SJABLONEN_MAP: ".yml", SCHEMA_MAP: ".schema.json"}
"""Folders that the check does not read as content, with the only kind of file that belongs there:
the templates of ``make nieuw`` (tested on their own) and the generated JSON Schema."""
TOEGESTANE_VERBORGEN = frozenset({".gitkeep"})


def verken(map: Path, weiger: Callable[[Path, str], None]) -> Inventaris:
    """Walk the whole content folder without following links: every entry is read, or refused with a reason.

    Nothing is skipped silently: a typo in a folder name (``dienst/``), a stray ``los.yml`` or
    ``taxonomie.yaml``, a symbolic link or a hidden file is an error, never an item that quietly
    disappears from the site.
    """
    inventaris = Inventaris()
    bovenmappen = [*_SOORT_PER_MAP, *_HULPMAPPEN, BIJLAGEN_MAP]
    for ingang in _ingangen(map):
        pad = Path(ingang.path)
        if _geweigerd(ingang, pad, weiger):
            continue
        if ingang.is_dir(follow_symlinks=False):
            if ingang.name not in bovenmappen:
                suggestie = difflib.get_close_matches(ingang.name, bovenmappen, n=1)
                hint = melding(HINT_BEDOELDE_JE_MAP, map=suggestie[0]) if suggestie else ""
                weiger(pad, melding(MAP_NIET_GELEZEN, naam=ingang.name, hint=hint))
                continue
            _verken_map(ingang.name, pad, inventaris, weiger)
        elif ingang.name in ENKELE_BESTANDEN:
            inventaris.enkel.add(ingang.name)
        else:
            weiger(pad, _hint_los_bestand(ingang.name))
    return inventaris


def _verken_map(naam: str, map: Path, inventaris: Inventaris, weiger: Callable[[Path, str], None]) -> None:
    for ingang in _ingangen(map):
        pad = Path(ingang.path)
        if _geweigerd(ingang, pad, weiger):
            continue
        if ingang.is_dir(follow_symlinks=False):
            weiger(pad, melding(SUBMAP_NIET_GELEZEN, map=naam))
        elif naam in _SOORT_PER_MAP:
            if pad.suffix == ".yml":
                inventaris.inhoud[_SOORT_PER_MAP[naam]].append(pad)
            else:
                hint = HINT_EXTENSIE_YML if pad.suffix == ".yaml" else HINT_ALLEEN_YML
                weiger(pad, melding(BESTAND_NIET_GELEZEN, naam=ingang.name, hint=hint))
        elif naam == BIJLAGEN_MAP:
            inventaris.bijlagen[ingang.name] = None
            try:
                inhoud = lees_zonder_koppeling(pad, MAX_BIJLAGE_BYTES + 1)
            except OnveiligBestand as fout:
                weiger(pad, fout.reden)
                continue
            reden = ongeldige_bijlage(ingang.name, inhoud)
            if reden is not None:
                weiger(pad, reden)
            else:
                inventaris.bijlagen[ingang.name] = inhoud
        elif not ingang.name.endswith(_HULPMAPPEN[naam]):
            weiger(pad, melding(HULPMAP_VERKEERD_BESTAND, map=naam, extensie=_HULPMAPPEN[naam], naam=ingang.name))


def _ingangen(map: Path) -> list[os.DirEntry[str]]:
    with os.scandir(map) as ingangen:
        return sorted(ingangen, key=lambda i: i.name)


def _geweigerd(ingang: os.DirEntry[str], pad: Path, weiger: Callable[[Path, str], None]) -> bool:
    """Refuse links, hidden entries (except .gitkeep) and anything that is neither a file nor a folder."""
    reden = ongeldige_ingang(ingang)
    if reden is not None:
        weiger(pad, reden)
        return True
    if ingang.name.startswith("."):
        if ingang.name not in TOEGESTANE_VERBORGEN or not ingang.is_file(follow_symlinks=False):
            weiger(pad, VERBORGEN_BESTAND)
        return True
    return False


def _hint_los_bestand(naam: str) -> str:
    stam, _, extensie = naam.rpartition(".")
    for bekend in ENKELE_BESTANDEN:
        if stam == bekend.removesuffix(".yml"):
            return melding(LOS_BESTAND_VERKEERDE_NAAM, naam=naam, bekend=bekend)
    if extensie in ("yml", "yaml"):
        return melding(LOS_ITEM, naam=naam)
    return melding(LOS_BESTAND, naam=naam)
