"""Warn when an item changed in a branch but kept its old ``bijgewerkt`` date.

Git tells which item files changed since the branch left ``basis`` (the merge base, so
changes on main after that do not count). The old and new versions are compared as data:
a change in comments or layout alone needs no new date.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from flexteam.basis import opmaak
from flexteam.basis.fout import FlexteamFout, Fout
from flexteam.basis.meldingen import (
    BIJGEWERKT_NIET_VERZET,
    BIJGEWERKT_TERUG,
    GIT_MAP_BUITEN_REPOSITORY,
    GIT_MISLUKT,
    GIT_ONTBREEKT,
    TOON_NIETS,
    melding,
)
from flexteam.lezen.yamlbestand import YamlFout, lees_bestand, lees_tekst

ITEM_MAPPEN = ("diensten", "kennisproducten")


class GitFout(FlexteamFout):
    """Git could not answer (no repository, unknown base); the message is in Dutch."""


def controleer_bijgewerkt(repo: Path, map: Path, basis: str, vandaag: date | None = None) -> list[Fout]:
    """One warning per changed item whose date did not move forward."""
    vandaag = vandaag or date.today()
    repo = repo.resolve()
    vertrek = _git(repo, "merge-base", basis, "HEAD").strip()
    mappen = [_relatief(map.resolve() / naam, repo) for naam in ITEM_MAPPEN]
    uitvoer = _git(repo, "diff", "--name-only", "--diff-filter=M", "-z", vertrek, "--", *mappen)
    waarschuwingen = []
    for bestand in sorted(p for p in uitvoer.split("\0") if p.endswith(".yml")):
        fout = _vergelijk(repo, vertrek, bestand, vandaag)
        if fout is not None:
            waarschuwingen.append(fout)
    return waarschuwingen


def _vergelijk(repo: Path, vertrek: str, bestand: str, vandaag: date) -> Fout | None:
    try:
        nieuw = lees_bestand(repo / bestand)
        oud = lees_tekst(_git_bytes(repo, "show", f"{vertrek}:{bestand}"))
    except (YamlFout, GitFout):
        return None  # a broken file is reported by the check itself
    if not isinstance(nieuw.data, dict) or not isinstance(oud.data, dict):
        return None
    oude_datum, nieuwe_datum = oud.data.get("bijgewerkt"), nieuw.data.get("bijgewerkt")
    plek = nieuw.plek(("bijgewerkt",))
    regel = plek.regel if plek else None
    kolom = plek.kolom if plek else None
    if isinstance(oude_datum, str) and isinstance(nieuwe_datum, str) and nieuwe_datum < oude_datum:
        tekst = melding(BIJGEWERKT_TERUG, nieuw=_leesbaar(nieuwe_datum), oud=_leesbaar(oude_datum), vandaag=vandaag.isoformat())
        return Fout(bestand, regel, kolom, "bijgewerkt", tekst)
    if _zonder_datum(oud.data) == _zonder_datum(nieuw.data):
        return None
    if nieuwe_datum == oude_datum:
        tekst = melding(BIJGEWERKT_NIET_VERZET, oud=_leesbaar(oude_datum), vandaag=vandaag.isoformat())
        return Fout(bestand, regel, kolom, "bijgewerkt", tekst)
    return None


def _zonder_datum(data: dict[str, Any]) -> dict[str, Any]:
    return {sleutel: waarde for sleutel, waarde in data.items() if sleutel != "bijgewerkt"}


def _leesbaar(waarde: Any) -> str:
    if isinstance(waarde, str):
        try:
            return opmaak.datum(date.fromisoformat(waarde))
        except ValueError:
            return f"'{waarde}'"
    return TOON_NIETS


def _relatief(pad: Path, repo: Path) -> str:
    try:
        return pad.relative_to(repo).as_posix()
    except ValueError:
        raise GitFout(melding(GIT_MAP_BUITEN_REPOSITORY, map=pad, repository=repo)) from None


def _git(repo: Path, *argumenten: str) -> str:
    return _git_bytes(repo, *argumenten).decode("utf-8")


def _git_bytes(repo: Path, *argumenten: str) -> bytes:
    try:
        proces = subprocess.run(["git", "-C", str(repo), *argumenten], capture_output=True, timeout=60, check=False)
    except FileNotFoundError:
        raise GitFout(GIT_ONTBREEKT) from None
    if proces.returncode != 0:
        uitleg = proces.stderr.decode("utf-8", "replace").strip()
        raise GitFout(melding(GIT_MISLUKT, opdracht=" ".join(argumenten), uitleg=uitleg))
    return proces.stdout
