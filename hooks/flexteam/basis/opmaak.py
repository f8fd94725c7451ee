"""Dutch formatting of numbers, amounts and dates (Babel, locale nl_NL).

A value that is shown as zero is shown without a minus sign: ``Decimal('-0.00')`` and
``Decimal('-0.001')`` as an amount both read ``€ 0,00``, never ``€ -0,00``.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from flexteam.basis.afronding import rond_af

LOCALE = "nl_NL"
_NL = Locale.parse(LOCALE)
"""Parsed once: Babel parses a locale given as text on every call (about half the cost of formatting a number)."""


def getal(waarde: int | Decimal) -> str:
    """109346 → '109.346'; 2.5 → '2,5'. A whole number of any size is written exactly (also in a message about a
    number far too large, where Babel's 28-digit arithmetic would fail)."""
    if type(waarde) is int:
        return f"{waarde:,}".replace(",", ".")
    if type(waarde) in _EXACT:
        return _getal(type(waarde) is int, str(waarde))
    return format_decimal(_zonder_min_nul(waarde, _DRIE), locale=_NL)


def bedrag(waarde: int | Decimal) -> str:
    """Decimal('1518462') → '€ 1.518.462,00' (with a no-break space after the euro sign)."""
    if type(waarde) in _EXACT:
        return _bedrag(type(waarde) is int, str(waarde))
    return format_currency(_zonder_min_nul(waarde, _CENT), "EUR", locale=_NL)


def bedrag_zoals_geschreven(waarde: int | Decimal) -> str:
    """A whole amount as a decision writes it: Decimal('783109') → '€ 783.109'; with cents as ``bedrag``."""
    if Decimal(waarde) == Decimal(waarde).to_integral_value():
        return "€\u00a0" + getal(int(waarde))
    return bedrag(waarde)


def _decimalen(stap: Decimal) -> int:
    exponent = stap.as_tuple().exponent
    return -exponent if isinstance(exponent, int) else 0


_CENT = Decimal("0.01")
_DRIE = Decimal("0.001")
"""Babel's default decimal pattern (#,##0.###) shows three decimals."""
_ONAFGEROND = Decimal("1e-12")
_PROCENT = Decimal("0.0001")
"""#,##0.##% shows a fraction to four decimals."""


def _zonder_min_nul(waarde: Any, stap: Decimal) -> Any:
    """A negative value that rounds to zero at ``stap`` (the last digit shown) made positive: Babel would write '-0'.

    Only values below 1 are quantized: a larger one cannot round to zero, and quantizing it could exceed
    the context's precision. For ``getal`` and ``bedrag`` this runs once per distinct value (inside the cache).
    """
    if isinstance(waarde, Decimal):
        if waarde.is_signed() and (waarde.is_zero() or (waarde.is_finite() and waarde.copy_abs() < 1 and
                                                        waarde.quantize(stap, rounding=ROUND_HALF_EVEN).is_zero())):
            return waarde.copy_abs()
    elif isinstance(waarde, float) and waarde <= 0 and round(waarde, _decimalen(stap)) == 0:
        return abs(waarde)
    return waarde


# The same hours and amounts come back on many pages (at 342 municipalities some 13,000 calls for 1,400
# amounts). Cached by type and text, which give back exactly the value (also 2.50 ≠ 2.5 and -0 ≠ 0).
_EXACT = (int, Decimal)


@lru_cache(maxsize=16384)
def _getal(geheel: bool, tekst: str) -> str:
    return format_decimal(_zonder_min_nul(_exact(geheel, tekst), _DRIE), locale=_NL)


@lru_cache(maxsize=16384)
def _bedrag(geheel: bool, tekst: str) -> str:
    return format_currency(_zonder_min_nul(_exact(geheel, tekst), _CENT), "EUR", locale=_NL)


def _exact(geheel: bool, tekst: str) -> int | Decimal:
    return int(tekst) if geheel else Decimal(tekst)


def bedrag_onafgerond(waarde: Decimal) -> str:
    """Decimal('501092.3016') → '€ 501.092,3016': every decimal shown, for a worked example of rounding."""
    waarde = _zonder_min_nul(waarde, _ONAFGEROND)
    return format_currency(waarde, "EUR", format="¤\u00a0#,##0.00##########", currency_digits=False, locale=_NL)


def procent(fractie: Decimal) -> str:
    """Decimal('0.33') → '33%'; Decimal('0.123') → '12,3%'. Round first: Babel rounds half to even."""
    fractie = _zonder_min_nul(fractie, _PROCENT)
    return format_percent(fractie, format="#,##0.##%", locale=_NL)


@lru_cache(maxsize=4096, typed=True)
def datum(waarde: date) -> str:
    """date(2025, 3, 14) → '14 maart 2025'. Cached: a thousand items share a few hundred dates."""
    return format_date(waarde, format="long", locale=_NL)


_TELWOORDEN = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
               "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig")


def telwoord(aantal: int) -> str:
    """12 → 'twaalf': small counts in words, as Dutch text writes them; from 21 on in digits ('342')."""
    return _TELWOORDEN[aantal] if 0 <= aantal < len(_TELWOORDEN) else getal(aantal)


def bestandsgrootte(aantal_bytes: int) -> str:
    """The size of a download as readers see it: 1 kB is 1.000 bytes, rounded half up, at least 1 kB.
    45_300 → '45 kB'; 1_250_000 → '1,3 MB'."""
    if aantal_bytes >= 1_000_000:
        return getal(rond_af(Decimal(aantal_bytes) / 1_000_000, Decimal("0.1"))) + "\u00a0MB"
    return getal(max(1, int(rond_af(Decimal(aantal_bytes) / 1000, Decimal(1))))) + "\u00a0kB"
