"""GitHub Actions workflow commands for errors and warnings: shown on the right line of a pull request.

Everything in an error can come from a contributor, so every property (file, line, title) and the
message are escaped as GitHub documents: a file name cannot end the command, add a property or
start a new command such as ``::stop-commands::``.
"""

from __future__ import annotations

from typing import Iterable

from flexteam.basis.fout import Fout, per_bestand, rest_melding, sorteer_sleutel, zichtbaar


def github_annotatie(fout: Fout, niveau: str = "error") -> str:
    """One workflow command (``error`` or ``warning``)."""
    soort = "Fout" if niveau == "error" else "Let op"
    titel = f"{soort} in veld {fout.veld}" if fout.veld else f"{soort} in menukaart"
    return _workflow_command(niveau, fout.melding, file=fout.bestand, line=fout.regel, col=fout.kolom, title=titel)


def github_annotaties(fouten: Iterable[Fout], niveau: str = "error") -> list[str]:
    """One workflow command per error, at most ``MAX_PER_BESTAND`` per file, then one for the rest of that file."""
    annotaties: list[str] = []
    for getoond, verborgen in per_bestand(sorted(fouten, key=sorteer_sleutel)):
        annotaties.extend(github_annotatie(fout, niveau) for fout in getoond)
        if verborgen:
            soort = "Fout" if niveau == "error" else "Let op"
            annotaties.append(_workflow_command(niveau, rest_melding(verborgen, niveau), file=getoond[0].bestand,
                                                title=f"{soort} in menukaart"))
    return annotaties



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
