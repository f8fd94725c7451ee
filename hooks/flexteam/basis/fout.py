"""Validation errors as values: file, line, column, field and a Dutch message.

Everything in an error can come from a contributor: the file name, the field and the quoted value
in the message. So every way an error leaves the program is made safe for where it goes:

- text for people (``str(fout)``, ``samenvatting``): control characters, bidi overrides and
  zero-width characters are shown visibly (``\\x1b``, ``\\u202e``), and a newline as ``\\n``, so one
  error is one line and a terminal never receives an escape sequence;
- GitHub workflow commands and GitLab's report: see ``cli/annotaties.py`` and ``cli/codequality.py``.

A file full of junk can give tens of thousands of errors: the text and the annotations show the
first ``MAX_PER_BESTAND`` of each file and then say how many more there are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import groupby
from typing import Iterable, Sequence

from flexteam.basis.meldingen import (
    PLAATS_KOLOM,
    PLAATS_REGEL,
    PLAATS_VELD,
    REST_FOUT,
    REST_FOUTEN,
    REST_WAARSCHUWING,
    REST_WAARSCHUWINGEN,
    SAMENVATTING_EEN_FOUT,
    SAMENVATTING_FOUTEN,
    SAMENVATTING_WAARSCHUWINGEN,
    melding,
)

MAX_PER_BESTAND = 20
"""Errors shown per file in the summary and the annotations; ``MenukaartFouten.fouten`` keeps them all."""

_ONZICHTBAAR = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""Unicode categories shown as an escape: controls (C0, DEL, C1), format characters (bidi overrides and
isolates, zero-width characters, byte order mark), lone surrogates, line and paragraph separators."""

_KANDIDAAT = re.compile(r"[^\x20-\x7e]")
_KORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True, order=True)
class Fout:
    """One problem in one contributor file."""

    bestand: str
    regel: int | None
    kolom: int | None
    veld: str | None
    melding: str

    def __str__(self) -> str:
        plaats = zichtbaar(self.bestand)
        if self.regel is not None:
            plaats += melding(PLAATS_REGEL, regel=self.regel)
            if self.kolom is not None:
                plaats += melding(PLAATS_KOLOM, kolom=self.kolom)
        veld = melding(PLAATS_VELD, veld=zichtbaar(self.veld)) if self.veld else ""
        return f"{plaats}{veld}: {zichtbaar(self.melding)}"


class FlexteamFout(Exception):
    """Base class of the project's own errors: each carries a Dutch message for the person who caused it."""


class MenukaartFouten(FlexteamFout):
    """Raised when content is refused; carries every problem of the run."""

    def __init__(self, fouten: Iterable[Fout]) -> None:
        self.fouten: tuple[Fout, ...] = tuple(sorted(set(fouten), key=sorteer_sleutel))
        super().__init__(samenvatting(self.fouten))


def samenvatting(fouten: Iterable[Fout], niveau: str = "error") -> str:
    """The errors (or warnings) for people: a heading with the total, then one line each, at most ``MAX_PER_BESTAND`` per file."""
    lijst = sorted(fouten, key=sorteer_sleutel)
    if niveau != "error":
        kop = melding(SAMENVATTING_WAARSCHUWINGEN, aantal=len(lijst))
    else:
        kop = SAMENVATTING_EEN_FOUT if len(lijst) == 1 else melding(SAMENVATTING_FOUTEN, aantal=len(lijst))
    regels = [kop]
    for getoond, verborgen in per_bestand(lijst):
        regels.extend(f"  - {fout}" for fout in getoond)
        if verborgen:
            regels.append(f"    {rest_melding(verborgen, niveau)}")
    return "\n".join(regels)


def rest_melding(aantal: int, niveau: str = "error") -> str:
    """'… en nog 1.234 fouten in dit bestand (…)': the line that stands in for the errors not shown."""
    if niveau != "error":
        return melding(REST_WAARSCHUWING if aantal == 1 else REST_WAARSCHUWINGEN, aantal=_duizendtallen(aantal))
    return melding(REST_FOUT if aantal == 1 else REST_FOUTEN, aantal=_duizendtallen(aantal))


def zichtbaar(tekst: str) -> str:
    """The text on one line with every invisible or controlling character written as an escape (``\\x1b``, ``\\u202e``)."""
    if tekst.isascii() and tekst.isprintable():
        return tekst
    return _KANDIDAAT.sub(_als_escape, tekst)


def _als_escape(treffer: re.Match[str]) -> str:
    teken = treffer.group()
    if teken in _KORT:
        return _KORT[teken]
    if unicodedata.category(teken) not in _ONZICHTBAAR:
        return teken
    code = ord(teken)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def per_bestand(gesorteerd: Sequence[Fout]) -> Iterable[tuple[list[Fout], int]]:
    """Per file (in order): the errors to show and how many are left out."""
    for _, groep in groupby(gesorteerd, key=lambda fout: fout.bestand):
        alle = list(groep)
        yield alle[:MAX_PER_BESTAND], max(len(alle) - MAX_PER_BESTAND, 0)


def _duizendtallen(aantal: int) -> str:
    return f"{aantal:,}".replace(",", ".")


def sorteer_sleutel(fout: Fout) -> tuple[str, int, int, str]:
    return (fout.bestand, fout.regel or 0, fout.kolom or 0, fout.melding)
