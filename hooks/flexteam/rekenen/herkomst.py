"""A figure together with where it comes from, as the computations pass it on.

``Onderbouwd`` is what every page, table, chart and download shows: the value and its ``Herkomst``. A figure
computed from others is ``afgeleid`` with its rule, but never stronger than its weakest input: derived from an
example it is an example, derived from an assumption it is an assumption.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping

from flexteam.inhoud.model import HERKOMST_SOORTEN, Bron, MetHerkomst


@dataclass(frozen=True)
class Herkomst:
    soort: str
    """vastgesteld, afgeleid, aanname or voorbeeld."""
    bron: Bron | None = None
    regel: str | None = None
    door: str | None = None
    waarom: str | None = None
    levert: str | None = None

    @property
    def is_voorbeeld(self) -> bool:
        return self.soort == "voorbeeld"


@dataclass(frozen=True)
class Onderbouwd:
    """A figure and its herkomst; ``waarde`` None: not yet known, and ``levert`` says who supplies it."""

    waarde: Decimal | None
    herkomst: Herkomst | None
    levert: str | None = None

    @property
    def bekend(self) -> bool:
        return self.waarde is not None


ONBEKEND = Onderbouwd(None, None)


def herkomst_van(blok: MetHerkomst, bronnen: Mapping[str, Bron]) -> Herkomst | None:
    """The block's herkomst with its source looked up; None for a block without a figure."""
    if blok.herkomst is None:
        return None
    return Herkomst(blok.herkomst, bronnen.get(blok.bron) if blok.bron else None, blok.regel, blok.door, blok.waarom,
                    blok.levert)


def cijfer(blok: MetHerkomst | None, bronnen: Mapping[str, Bron]) -> Onderbouwd:
    """The figure of a block (its ``_waarde`` field; None: not given), as a value with its herkomst."""
    if blok is None:
        return ONBEKEND
    waarde = getattr(blok, blok._waarde or "waarde")
    if waarde is None:
        return Onderbouwd(None, None, blok.levert)
    return Onderbouwd(Decimal(waarde), herkomst_van(blok, bronnen))


def zwakste(herkomsten: list[Herkomst]) -> Herkomst | None:
    """The weakest of the herkomsten: the last in the order vastgesteld, afgeleid, aanname, voorbeeld."""
    return max(herkomsten, key=lambda h: HERKOMST_SOORTEN.index(h.soort), default=None)


def afgeleide_herkomst(regel: str, *uit: Onderbouwd | Herkomst | None) -> Herkomst:
    """The herkomst of a figure computed by ``regel`` from ``uit``: afgeleid, or as weak as its weakest input."""
    herkomsten = [u.herkomst if isinstance(u, Onderbouwd) else u for u in uit]
    zwak = zwakste([h for h in herkomsten if h is not None])
    if zwak is None or zwak.soort in ("vastgesteld", "afgeleid"):
        return Herkomst("afgeleid", regel=regel)
    return Herkomst(zwak.soort, regel=regel, door=zwak.door, waarom=zwak.waarom, levert=zwak.levert)


def keer(a: Onderbouwd, b: Onderbouwd, regel: str) -> Onderbouwd:
    """``a × b``, derived from both; not known when either is not."""
    return afgeleid(a.waarde * b.waarde if a.waarde is not None and b.waarde is not None else None, regel, a, b)


def min_(a: Onderbouwd, b: Onderbouwd, regel: str) -> Onderbouwd:
    """``a − b``, derived from both; not known when either is not."""
    return afgeleid(a.waarde - b.waarde if a.waarde is not None and b.waarde is not None else None, regel, a, b)


def afgeleid(waarde: Decimal | int | None, regel: str, *uit: Onderbouwd | Herkomst | None) -> Onderbouwd:
    """A figure computed by ``regel`` from ``uit``, with ``afgeleide_herkomst``.

    Not known when an input is not known (then it carries that input's ``levert``)."""
    onbekend = next((u for u in uit if isinstance(u, Onderbouwd) and not u.bekend), None)
    if waarde is None or onbekend is not None:
        return Onderbouwd(None, None, onbekend.levert if onbekend else None)
    return Onderbouwd(Decimal(waarde), afgeleide_herkomst(regel, *uit))
