"""A table as a value: the same rows become an HTML table, a CSV file and an Excel sheet.

One source for the three keeps the downloads equal to the page. Each column has a kind that
says how its values are written: on the page in Dutch notation (``€ 1.518.462,00``), in CSV
as Dutch Excel reads numbers (``1518462,00``: no euro sign, no thousands separator, decimal comma).
In CSV a number is a ``Getal``, so the CSV writer leaves it as it is and guards only text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from flexteam.basis import opmaak
from flexteam.weergave.csvbestand import Getal

Soort = Literal["tekst", "jaar", "bedrag", "getal", "procent"]
"""jaar: a year (2024, no thousands separator); bedrag: euro's in cents; getal: a count or hours;
procent: a fraction (0.123 = 12,3%)."""

Waarde = str | int | Decimal | None
Rij = tuple[Waarde, ...]

LEEG = "—"
"""What the page shows where a table has no value."""


@dataclass(frozen=True)
class Kolom:
    kop: str
    soort: Soort = "tekst"

    @property
    def is_getal(self) -> bool:
        return self.soort != "tekst"


@dataclass(frozen=True)
class Tabel:
    sleutel: str
    """File name without extension, and the anchor on the page: ``verdeling-2024``."""
    titel: str
    """Caption on the page and title in the Excel file."""
    blad: str
    """Excel sheet name (at most 31 characters)."""
    kolommen: tuple[Kolom, ...]
    rijen: tuple[Rij, ...]
    voet: tuple[Rij, ...] = ()
    """Total rows, shown in ``<tfoot>`` and after the rows in the downloads."""

    def __post_init__(self) -> None:
        if len(self.blad) > 31:
            raise ValueError(f"Bladnaam te lang: {self.blad!r}")
        for rij in (*self.rijen, *self.voet):
            if len(rij) != len(self.kolommen):
                raise ValueError(f"Rij met {len(rij)} waarden in tabel {self.sleutel} met {len(self.kolommen)} kolommen")

    @property
    def alle_rijen(self) -> tuple[Rij, ...]:
        return (*self.rijen, *self.voet)


def op_pagina(waarde: Waarde, soort: Soort) -> str:
    """How a value reads on the page."""
    if waarde is None:
        return LEEG
    if soort == "bedrag":
        return opmaak.bedrag(_decimaal(waarde))
    if soort == "getal":
        return opmaak.getal(_decimaal(waarde))
    if soort == "procent":
        return opmaak.procent(_decimaal(waarde))
    return str(waarde)  # tekst, jaar


def in_csv(waarde: Waarde, soort: Soort) -> str:
    """How a value is written in CSV for Dutch Excel: decimal comma, no thousands separator, no euro sign.

    A number comes back as a ``Getal`` (a ``str``), which the CSV writer never gives the formula guard."""
    if waarde is None:
        return ""
    if soort == "bedrag":
        return Getal(f"{_decimaal(waarde).quantize(Decimal('0.01')):f}".replace(".", ","))
    if soort == "getal":
        return Getal(f"{_decimaal(waarde):f}".replace(".", ","))
    if soort == "procent":
        return Getal(f"{(_decimaal(waarde) * 100).normalize():f}".replace(".", ","))
    if soort == "jaar" and isinstance(waarde, int) and not isinstance(waarde, bool):
        return Getal(str(waarde))
    return str(waarde)  # tekst


def csv_kop(kolom: Kolom) -> str:
    """Column heading in the CSV: percentages are written as numbers, so the heading says (%)."""
    return f"{kolom.kop} (%)" if kolom.soort == "procent" else kolom.kop


def _decimaal(waarde: Waarde) -> Decimal:
    if isinstance(waarde, bool) or not isinstance(waarde, (int, Decimal)):
        raise TypeError(f"Verwacht een getal, kreeg {waarde!r}")
    return Decimal(waarde)
