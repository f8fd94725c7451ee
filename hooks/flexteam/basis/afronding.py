"""The one rounding rule and the cent-exact split; Decimal only, nothing read or logged.

- ``rond_af``: half up to the cent (Dutch and EU practice), never half to even;
- ``verdeel_in_centen``: an amount over weights in whole cents, by largest remainder, so the
  parts add up to the whole to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Mapping

from flexteam.basis.fout import FlexteamFout
from flexteam.basis.meldingen import (
    VERDEEL_GEEN_HELE_CENTEN,
    VERDEEL_NEGATIEF_BEDRAG,
    VERDEEL_NEGATIEF_GEWICHT,
    VERDEEL_ZONDER_GEWICHT,
    melding,
)

CENT = Decimal("0.01")
EURO = Decimal("1")
PRECISIE = 60
"""Digits of the Decimal context: enough that a product of two amounts is never rounded."""


@dataclass(frozen=True)
class Probleem:
    """One rule the input of a split breaks: a template from ``basis.meldingen``, its values and the field it is about."""

    sjabloon: str
    waarden: Mapping[str, object] = field(default_factory=dict)
    veld: tuple[str | int, ...] = ()
    """The field as a path (``("jaren", 1, "totaal")``): from the top of ``begroting.yml``, or of the year's block
    when ``in_jaar``, or of the file of ``gemeente``; empty when no field is to blame."""
    in_jaar: bool = False
    gemeente: str | None = None
    """The id of the municipality whose file holds ``veld``; None: ``begroting.yml``."""
    per_peildatum: bool = False
    """Reported once per peildatum with every year that needs it (``{jaar}`` becomes '2024, 2025 en 2026')."""

    @property
    def tekst(self) -> str:
        return melding(self.sjabloon, **self.waarden)


class VerdeelFout(FlexteamFout, ValueError):
    """Input that cannot be split, with every rule it breaks (``problemen``).

    ``rekenen.financien`` owns the budget's rules and raises this; ``controle.begroting`` turns each
    problem into a ``Fout`` with file, line and field.
    """

    def __init__(self, *problemen: Probleem) -> None:
        self.problemen = problemen
        super().__init__(" ".join(probleem.tekst for probleem in problemen))


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
        raise VerdeelFout(Probleem(VERDEEL_NEGATIEF_BEDRAG, {"bedrag": bedrag}))
    if any(g < 0 for g in gewichten.values()):
        raise VerdeelFout(Probleem(VERDEEL_NEGATIEF_GEWICHT))
    som = sum(gewichten.values())
    if som == 0:
        if centen:
            raise VerdeelFout(Probleem(VERDEEL_ZONDER_GEWICHT))
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
        raise VerdeelFout(Probleem(VERDEEL_GEEN_HELE_CENTEN, {"bedrag": bedrag}))
    return int(centen)


def _uit_centen(centen: int) -> Decimal:
    return (Decimal(centen) / 100).quantize(CENT)
