"""A table as a value: the same rows become an HTML table, a CSV file and an Excel sheet.

One source for the three keeps the downloads equal to the page. A cell can hold an ``Onderbouwd``: a figure
with its herkomst. On the page its label stands in the cell, or in the column's heading when the whole column
shares it, and a legend under the table says where each figure comes from; the downloads get a column
"Herkomst: <kolom>" beside each such column (``voor_download``), so a forwarded file still says it. Each column has a kind that
says how its values are written: on the page in Dutch notation (``€ 1.518.462,00``), in CSV
as Dutch Excel reads numbers (``1518462,00``: no euro sign, no thousands separator, decimal comma).
In CSV a number is a ``Getal``, so the CSV writer leaves it as it is and guards only text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from flexteam.basis import opmaak
from flexteam.rekenen.herkomst import Herkomst, Onderbouwd
from flexteam.weergave.csvbestand import Getal
from flexteam.weergave.herkomst import LABELS, NIET_BEKEND, beschrijving, label

Soort = Literal["tekst", "jaar", "bedrag", "getal", "procent"]
"""jaar: a year (2024, no thousands separator); bedrag: euro's in cents; getal: a count or hours;
procent: a fraction (0.123 = 12,3%)."""

Waarde = str | int | Decimal | Onderbouwd | None
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

    def _herkomsten_in(self, kolom_nr: int) -> list[Herkomst | None]:
        cellen = (rij[kolom_nr] for rij in self.alle_rijen)
        return [cel.herkomst for cel in cellen if isinstance(cel, Onderbouwd) and cel.bekend]

    @property
    def kolomlabels(self) -> tuple[str | None, ...]:
        """Per column the label every figure in it shares (shown in the heading), or None."""
        labels = []
        for nummer in range(len(self.kolommen)):
            soorten = {h.soort if h else None for h in self._herkomsten_in(nummer)}
            labels.append(LABELS[next(iter(soorten))] if len(soorten) == 1 and None not in soorten else None)  # type: ignore[index]
        return tuple(labels)

    def _cijfers(self) -> list[Onderbouwd]:
        """The figures with a herkomst, in the order of the cells."""
        return [waarde for rij in self.alle_rijen for waarde in rij if isinstance(waarde, Onderbouwd)]

    @property
    def herkomsten(self) -> tuple[Herkomst, ...]:
        """Every distinct herkomst in the table, in the order of the cells: the legend under it."""
        return tuple(dict.fromkeys(c.herkomst for c in self._cijfers() if c.herkomst is not None))

    @property
    def aanleveraars(self) -> tuple[str, ...]:
        """Who supplies each figure the table does not know yet: the legend says so beside the herkomsten."""
        return tuple(dict.fromkeys(c.levert for c in self._cijfers() if not c.bekend and c.levert))

    def voor_download(self) -> Tabel:
        """The table with plain values and, after each column of figures with a herkomst, a column that says it."""
        met = [any(isinstance(rij[n], Onderbouwd) for rij in self.alle_rijen) for n in range(len(self.kolommen))]
        kolommen: list[Kolom] = []
        for kolom, heeft in zip(self.kolommen, met):
            kolommen.append(kolom)
            if heeft:
                kolommen.append(Kolom(f"Herkomst: {kolom.kop}"))

        def rij_(rij: Rij) -> Rij:
            cellen: list[Waarde] = []
            for waarde, heeft in zip(rij, met):
                cellen.append(waarde.waarde if isinstance(waarde, Onderbouwd) else waarde)
                if heeft:
                    cellen.append(herkomst_tekst(waarde))
            return tuple(cellen)

        return Tabel(self.sleutel, self.titel, self.blad, tuple(kolommen), tuple(map(rij_, self.rijen)),
                     tuple(map(rij_, self.voet)))


def herkomst_tekst(waarde: Waarde) -> str | None:
    """The herkomst sentence of a cell, 'nog niet bekend (levert: …)' for a figure without a value, or None."""
    if not isinstance(waarde, Onderbouwd):
        return None
    if not waarde.bekend:
        return NIET_BEKEND + (f"; levert: {waarde.levert}" if waarde.levert else "")
    return beschrijving(waarde.herkomst) if waarde.herkomst else None


def cel_label(waarde: Waarde) -> str | None:
    """The label shown in a cell beside its figure."""
    if isinstance(waarde, Onderbouwd) and waarde.bekend and waarde.herkomst is not None:
        return label(waarde.herkomst)
    return None


def op_pagina(waarde: Waarde, soort: Soort) -> str:
    """How a value reads on the page."""
    if isinstance(waarde, Onderbouwd):
        if not waarde.bekend:
            return NIET_BEKEND
        waarde = waarde.waarde
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
    if isinstance(waarde, Onderbouwd):
        waarde = waarde.waarde
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
