"""Geometry of a horizontal bar chart; ``templates/_grafiek.j2`` draws it as inline SVG.

No script and no chart library: the chart is drawn at build time, has a title and a
description for screen readers, and always stands beside a table with the same numbers.
Positions are computed with Decimal and written with one decimal, so a build is repeatable.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence

BREEDTE = 480
LINKS = 2
PLOT_BREEDTE = 330
LEGENDA_HOOGTE = 30
LABEL_HOOGTE = 19
BALK_HOOGTE = 18
TUSSEN_BALKEN = 4
TUSSENRUIMTE = 12
LETTER = 14
"""Each row: its label on a line of its own, the bar(s) below it, the value just after the bar.
A narrow drawing keeps the text readable when the chart shrinks to a phone's width."""


@dataclass(frozen=True)
class Reeks:
    naam: str
    kleur: str
    rand: str
    """Outline colour: a light fill needs a dark outline to stand out against white (WCAG 1.4.11)."""


@dataclass(frozen=True)
class Segment:
    x: str
    breedte: str
    reeks: Reeks


@dataclass(frozen=True)
class Balk:
    y: str
    tekst_x: str
    tekst_y: str
    tekst: str
    segmenten: tuple[Segment, ...]


@dataclass(frozen=True)
class GrafiekRij:
    label: str
    label_y: str
    balken: tuple[Balk, ...]


@dataclass(frozen=True)
class LegendaItem:
    x: str
    reeks: Reeks


@dataclass(frozen=True)
class Grafiek:
    ident: str
    titel: str
    omschrijving: str
    breedte: int
    hoogte: int
    label_x: int
    balk_hoogte: int
    letter: int
    rijen: tuple[GrafiekRij, ...]
    legenda: tuple[LegendaItem, ...]


Waarden = Sequence[Decimal | int | None]


def staafgrafiek(
    ident: str,
    titel: str,
    omschrijving: str,
    reeksen: Sequence[Reeks],
    rijen: Sequence[tuple[str, Waarden]],
    tekst: Callable[[Decimal], str],
    gestapeld: bool,
    schaal_tot: Decimal | None = None,
) -> Grafiek:
    """One row per label; per row one value per series, stacked in one bar or as a bar each.

    A value of None draws no bar and reads "niet bekend". The longest bar is the largest value, or ``schaal_tot``
    when given: charts that are compared (one per year) share that scale.
    """
    grootste = max((_som(w) if gestapeld else max((Decimal(v) for v in w if v is not None), default=Decimal(0))
                    for _, w in rijen), default=Decimal(0))
    grootste = max(grootste, schaal_tot or Decimal(0))
    schaal = Decimal(PLOT_BREEDTE) / grootste if grootste > 0 else Decimal(0)
    balken_per_rij = 1 if gestapeld else len(reeksen)
    balken_hoogte = balken_per_rij * BALK_HOOGTE + (balken_per_rij - 1) * TUSSEN_BALKEN
    rij_hoogte = LABEL_HOOGTE + balken_hoogte + TUSSENRUIMTE
    grafiek_rijen = []
    for nummer, (label, waarden) in enumerate(rijen):
        boven = LEGENDA_HOOGTE + nummer * rij_hoogte
        eerste_balk = boven + LABEL_HOOGTE
        balken: tuple[Balk, ...]
        if gestapeld:
            balken = (_balk(eerste_balk, list(zip(reeksen, waarden)), schaal, tekst),)
        else:
            balken = tuple(_balk(eerste_balk + i * (BALK_HOOGTE + TUSSEN_BALKEN), [(r, w)], schaal, tekst)
                           for i, (r, w) in enumerate(zip(reeksen, waarden)))
        grafiek_rijen.append(GrafiekRij(label=label, label_y=str(boven + LABEL_HOOGTE - 5), balken=balken))
    legenda, x = [], LINKS
    for reeks in reeksen:
        legenda.append(LegendaItem(x=str(x), reeks=reeks))
        x += 32 + len(reeks.naam) * 7
    return Grafiek(
        ident=ident,
        titel=titel,
        omschrijving=omschrijving,
        breedte=BREEDTE,
        hoogte=LEGENDA_HOOGTE + len(rijen) * rij_hoogte,
        label_x=LINKS,
        balk_hoogte=BALK_HOOGTE,
        letter=LETTER,
        rijen=tuple(grafiek_rijen),
        legenda=tuple(legenda),
    )


def _balk(boven: int, delen: Sequence[tuple[Reeks, Decimal | int | None]], schaal: Decimal, tekst: Callable[[Decimal], str]) -> Balk:
    x = Decimal(LINKS)
    segmenten = []
    for reeks, waarde in delen:
        if waarde is None or waarde <= 0:
            continue
        breedte = Decimal(waarde) * schaal
        segmenten.append(Segment(x=_px(x), breedte=_px(breedte), reeks=reeks))
        x += breedte
    bekend = [w for _, w in delen if w is not None]
    label = tekst(sum((Decimal(w) for w in bekend), Decimal(0))) if bekend else "niet bekend"
    return Balk(
        y=str(boven),
        tekst_x=_px(x + 6),
        tekst_y=_px(Decimal(boven) + Decimal(BALK_HOOGTE) / 2 + Decimal(LETTER) / 3),
        tekst=label,
        segmenten=tuple(segmenten),
    )


def _som(waarden: Waarden) -> Decimal:
    return sum((Decimal(w) for w in waarden if w is not None), Decimal(0))


def _px(waarde: Decimal) -> str:
    return f"{waarde.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP):f}"
