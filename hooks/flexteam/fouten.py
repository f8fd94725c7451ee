"""Validation errors as values: file, line, column, field and a Dutch message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True)
class Fout:
    """One problem in one contributor file."""

    bestand: str
    regel: int | None
    kolom: int | None
    veld: str | None
    melding: str

    def __str__(self) -> str:
        plaats = self.bestand
        if self.regel is not None:
            plaats += f", regel {self.regel}"
            if self.kolom is not None:
                plaats += f", kolom {self.kolom}"
        veld = f" — veld '{self.veld}'" if self.veld else ""
        return f"{plaats}{veld}: {self.melding}"

    def als_github_annotatie(self, niveau: str = "error") -> str:
        """GitHub Actions workflow command (``error`` or ``warning``), shown on the right line of a pull request."""
        delen = [f"file={self.bestand}"]
        if self.regel is not None:
            delen.append(f"line={self.regel}")
        if self.kolom is not None:
            delen.append(f"col={self.kolom}")
        soort = "Fout" if niveau == "error" else "Let op"
        titel = f"{soort} in veld {self.veld}" if self.veld else f"{soort} in menukaart"
        delen.append(f"title={_escape_property(titel)}")
        return f"::{niveau} {','.join(delen)}::{_escape_data(self.melding)}"


class MenukaartFouten(Exception):
    """Raised when content is refused; carries every problem of the run."""

    def __init__(self, fouten: Iterable[Fout]) -> None:
        self.fouten: tuple[Fout, ...] = tuple(sorted(set(fouten), key=_sorteer_sleutel))
        super().__init__(samenvatting(self.fouten))


def samenvatting(fouten: Iterable[Fout]) -> str:
    lijst = list(fouten)
    kop = "De menukaart bevat 1 fout:" if len(lijst) == 1 else f"De menukaart bevat {len(lijst)} fouten:"
    return "\n".join([kop, *(f"  - {fout}" for fout in lijst)])


def _sorteer_sleutel(fout: Fout) -> tuple[str, int, int, str]:
    return (fout.bestand, fout.regel or 0, fout.kolom or 0, fout.melding)


def _escape_data(tekst: str) -> str:
    return tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(tekst: str) -> str:
    return _escape_data(tekst).replace(":", "%3A").replace(",", "%2C")
