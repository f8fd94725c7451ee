"""The one rounding rule and the cent-exact split; Decimal only, nothing read or logged.

- ``rond_af``: half up to the cent (Dutch and EU practice), never half to even;
- ``verdeel_in_centen``: an amount over weights in whole cents, by largest remainder, so the
  parts add up to the whole to the cent.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Mapping

from flexteam.basis.fout import FlexteamFout

CENT = Decimal("0.01")
EURO = Decimal("1")
PRECISIE = 60
"""Digits of the Decimal context: enough that a product of two amounts is never rounded."""


class VerdeelFout(FlexteamFout, ValueError):
    """Input that cannot be split; ``financien_controle`` reports each case to contributors first."""


def rond_af(waarde: Decimal, op: Decimal = CENT) -> Decimal:
    """Half up, as Dutch and EU practice rounds: 0.125 → 0.13 (``round`` would give 0.12)."""
    with localcontext(prec=PRECISIE):
        return waarde.quantize(op, rounding=ROUND_HALF_UP)


def verdeel_in_centen(bedrag: Decimal, gewichten: Mapping[str, int]) -> dict[str, Decimal]:
    """Split ``bedrag`` (whole cents) over the keys in proportion to their weights, by largest remainder.

    Integer arithmetic in cents: no rounding error anywhere. The parts add up to ``bedrag``
    exactly; ties for a left-over cent go to the key that sorts first.
    """
    centen = _in_centen(bedrag)
    if centen < 0:
        raise VerdeelFout(f"Een negatief bedrag ({bedrag}) kan niet worden verdeeld.")
    if any(g < 0 for g in gewichten.values()):
        raise VerdeelFout("Een gewicht (aantal inwoners) kan niet negatief zijn.")
    som = sum(gewichten.values())
    if som == 0:
        if centen:
            raise VerdeelFout("Er zijn geen inwoners om het bedrag over te verdelen.")
        return {sleutel: Decimal("0.00") for sleutel in gewichten}
    delen = {sleutel: centen * gewicht // som for sleutel, gewicht in gewichten.items()}
    resten = {sleutel: centen * gewicht % som for sleutel, gewicht in gewichten.items()}
    over = centen - sum(delen.values())
    for sleutel in sorted(gewichten, key=lambda s: (-resten[s], s))[:over]:
        delen[sleutel] += 1
    return {sleutel: _uit_centen(aantal) for sleutel, aantal in delen.items()}


def _in_centen(bedrag: Decimal) -> int:
    centen = bedrag * 100
    if centen != centen.to_integral_value():
        raise VerdeelFout(f"Het bedrag {bedrag} is geen heel aantal centen.")
    return int(centen)


def _uit_centen(centen: int) -> Decimal:
    return (Decimal(centen) / 100).quantize(CENT)
