"""Validation errors as values: file, line, column, field and a Dutch message.

Everything in an error can come from a contributor: the file name, the field and the quoted value
in the message. So every way an error leaves the program is made safe for where it goes:

- text for people (``str(fout)``, ``samenvatting``): control characters, bidi overrides and
  zero-width characters are shown visibly (``\\x1b``, ``\\u202e``), and a newline as ``\\n``, so one
  error is one line and a terminal never receives an escape sequence;
- GitHub workflow commands (``als_github_annotatie``, ``github_annotaties``): escaped as GitHub
  documents, so a file name cannot end the command, add a property or start a new command.

A file full of junk can give tens of thousands of errors: the text and the annotations show the
first ``MAX_PER_BESTAND`` of each file and then say how many more there are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import groupby
from typing import Iterable, Sequence

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
            plaats += f", regel {self.regel}"
            if self.kolom is not None:
                plaats += f", kolom {self.kolom}"
        veld = f" — veld '{zichtbaar(self.veld)}'" if self.veld else ""
        return f"{plaats}{veld}: {zichtbaar(self.melding)}"

    def als_github_annotatie(self, niveau: str = "error") -> str:
        """GitHub Actions workflow command (``error`` or ``warning``), shown on the right line of a pull request."""
        soort = "Fout" if niveau == "error" else "Let op"
        titel = f"{soort} in veld {self.veld}" if self.veld else f"{soort} in menukaart"
        return _workflow_command(niveau, self.melding, file=self.bestand, line=self.regel, col=self.kolom, title=titel)


class MenukaartFouten(Exception):
    """Raised when content is refused; carries every problem of the run."""

    def __init__(self, fouten: Iterable[Fout]) -> None:
        self.fouten: tuple[Fout, ...] = tuple(sorted(set(fouten), key=_sorteer_sleutel))
        super().__init__(samenvatting(self.fouten))


def samenvatting(fouten: Iterable[Fout]) -> str:
    """The errors for people: a heading with the total, then one line per error, at most ``MAX_PER_BESTAND`` per file."""
    lijst = sorted(fouten, key=_sorteer_sleutel)
    kop = "De menukaart bevat 1 fout:" if len(lijst) == 1 else f"De menukaart bevat {len(lijst)} fouten:"
    regels = [kop]
    for getoond, verborgen in _per_bestand(lijst):
        regels.extend(f"  - {fout}" for fout in getoond)
        if verborgen:
            regels.append(f"    {rest_melding(verborgen)}")
    return "\n".join(regels)


def github_annotaties(fouten: Iterable[Fout], niveau: str = "error") -> list[str]:
    """One workflow command per error, at most ``MAX_PER_BESTAND`` per file, then one for the rest of that file."""
    annotaties = []
    for getoond, verborgen in _per_bestand(sorted(fouten, key=_sorteer_sleutel)):
        annotaties.extend(fout.als_github_annotatie(niveau) for fout in getoond)
        if verborgen:
            soort = "Fout" if niveau == "error" else "Let op"
            annotaties.append(_workflow_command(niveau, rest_melding(verborgen, niveau), file=getoond[0].bestand,
                                                title=f"{soort} in menukaart"))
    return annotaties


def rest_melding(aantal: int, niveau: str = "error") -> str:
    """'… en nog 1.234 fouten in dit bestand (…)': the line that stands in for the errors not shown."""
    if niveau != "error":
        woord = "waarschuwing" if aantal == 1 else "waarschuwingen"
        return f"… en nog {_duizendtallen(aantal)} {woord} in dit bestand."
    woord = "fout" if aantal == 1 else "fouten"
    return f"… en nog {_duizendtallen(aantal)} {woord} in dit bestand (verbeter eerst de fouten hierboven)."


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


def _per_bestand(gesorteerd: Sequence[Fout]) -> Iterable[tuple[list[Fout], int]]:
    """Per file (in order): the errors to show and how many are left out."""
    for _, groep in groupby(gesorteerd, key=lambda fout: fout.bestand):
        alle = list(groep)
        yield alle[:MAX_PER_BESTAND], max(len(alle) - MAX_PER_BESTAND, 0)


def _duizendtallen(aantal: int) -> str:
    return f"{aantal:,}".replace(",", ".")


def _sorteer_sleutel(fout: Fout) -> tuple[str, int, int, str]:
    return (fout.bestand, fout.regel or 0, fout.kolom or 0, fout.melding)


def _workflow_command(niveau: str, melding: str, **eigenschappen: object) -> str:
    """``::niveau key=value,…::message`` with every value and the message escaped; properties that are None are left out."""
    delen = [f"{sleutel}={_escape_property(str(waarde))}" for sleutel, waarde in eigenschappen.items() if waarde is not None]
    return f"::{niveau} {','.join(delen)}::{_escape_data(melding)}"


def _escape_data(tekst: str) -> str:
    """GitHub's escaping of a command's message; other control characters are made visible (they would reach the log)."""
    tekst = tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return zichtbaar(tekst)


def _escape_property(tekst: str) -> str:
    """GitHub's escaping of a property value: also ``:`` and ``,``, which would end the value."""
    return _escape_data(tekst).replace(":", "%3A").replace(",", "%2C")
