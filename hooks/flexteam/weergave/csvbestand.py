"""The one CSV writer for every CSV the site publishes, made for Dutch Excel opened by double-click.

- UTF-8 with a byte order mark (so Excel shows accents), ``;`` between fields, CRLF line ends, and
  double quotes only around a field that needs them (a ``;``, a quote or a line break in it).
- Formula guard (CSV injection): a spreadsheet runs a text cell that starts with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return as a formula, so such a text gets a leading ``'``. Headings are
  text too.
- Numbers are not text: a caller marks an already formatted number as ``Getal("-12,50")``, and
  the writer leaves it as it is. ``Getal`` accepts only digits with an optional minus and decimal
  comma, so contributor text can never pass the guard by posing as a number.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Iterable, Sequence

BOM = "\ufeff"
SCHEIDING = ";"
REGELEINDE = "\r\n"
FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula."""

_GETAL = re.compile(r"-?[0-9]+(?:,[0-9]+)?")


class Getal(str):
    """A number written as Dutch Excel reads it (``2024``, ``1518462,00``, ``-12,5``): never given the formula guard."""

    __slots__ = ()

    def __new__(cls, tekst: str) -> Getal:
        if not _GETAL.fullmatch(tekst):
            raise ValueError(f"Geen getal voor een CSV-bestand: {tekst!r}")
        return super().__new__(cls, tekst)


def csv_bytes(kop: Sequence[str], rijen: Iterable[Sequence[str]]) -> bytes:
    """The file: the heading, then one line per row. A cell is text (``str``) or a number (``Getal``)."""
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=SCHEIDING, lineterminator=REGELEINDE, quoting=csv.QUOTE_MINIMAL)
    schrijver.writerow([veilige_cel(cel) for cel in kop])
    schrijver.writerows([veilige_cel(cel) for cel in rij] for rij in rijen)
    return (BOM + buffer.getvalue()).encode("utf-8")


def veilige_cel(cel: str) -> str:
    """A number as it is; a text that a spreadsheet would run as a formula with a leading ``'``."""
    if isinstance(cel, Getal):
        return cel
    return "'" + cel if cel.startswith(FORMULE_BEGIN) else cel
