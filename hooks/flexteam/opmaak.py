"""Dutch formatting of numbers, amounts and dates (Babel, locale nl_NL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

LOCALE = "nl_NL"


def getal(waarde: int | Decimal) -> str:
    """109346 → '109.346'; 2.5 → '2,5'."""
    return format_decimal(waarde, locale=LOCALE)


def bedrag(waarde: Decimal) -> str:
    """Decimal('1518462') → '€ 1.518.462,00' (with a no-break space after the euro sign)."""
    return format_currency(waarde, "EUR", locale=LOCALE)


def bedrag_onafgerond(waarde: Decimal) -> str:
    """Decimal('501092.3016') → '€ 501.092,3016': every decimal shown, for a worked example of rounding."""
    return format_currency(waarde, "EUR", format="¤\u00a0#,##0.00##########", currency_digits=False, locale=LOCALE)


def procent(fractie: Decimal) -> str:
    """Decimal('0.33') → '33%'; Decimal('0.123') → '12,3%'. Round first: Babel rounds half to even."""
    return format_percent(fractie, format="#,##0.##%", locale=LOCALE)


def datum(waarde: date) -> str:
    """date(2025, 3, 14) → '14 maart 2025'."""
    return format_date(waarde, format="long", locale=LOCALE)
