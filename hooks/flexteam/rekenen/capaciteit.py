"""Demand against capacity: the hours in the municipalities' afspraken per year, and the team's hours.

Every afspraak counts (aangevraagd, lopend and afgerond): together they are what the
municipalities asked of the team. The indication from the menukaart adds up the
``inzet`` range of each service that an afspraak names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from flexteam.inhoud.model import Dienst, Gemeente, Item


@dataclass(frozen=True)
class JaarCapaciteit:
    jaar: int
    capaciteit: int | None
    uren_per_gemeente: tuple[tuple[str, int], ...]
    """(gemeente id, hours in its afspraken this year), for every municipality, by name."""
    indicatie_van: int
    indicatie_tot: int
    afspraken: int
    voorbeelden: int

    @property
    def uren(self) -> int:
        return sum(uren for _, uren in self.uren_per_gemeente)

    @property
    def verschil(self) -> int | None:
        """Capacity minus demand: negative when more was asked than the team has."""
        return None if self.capaciteit is None else self.capaciteit - self.uren

    def uren_van(self, gemeente_id: str) -> int:
        return next((uren for ident, uren in self.uren_per_gemeente if ident == gemeente_id), 0)


@dataclass(frozen=True)
class Capaciteit:
    jaren: tuple[JaarCapaciteit, ...]
    uren_buiten_begroting: int
    """Hours in afspraken for years the budget does not cover."""


def bereken_inzet(
    jaren: Sequence[tuple[int, int | None]],
    gemeenten: Sequence[Gemeente],
    items: Mapping[str, Item],
) -> Capaciteit:
    """``jaren``: (year, capacity in hours or None) for each budget year."""
    begrotingsjaren = {jaar for jaar, _ in jaren}
    per_jaar = []
    for jaar, capaciteit in sorted(jaren):
        uren = tuple((g.id or g.naam, sum(a.uren for a in g.afspraken if a.jaar == jaar)) for g in sorted(gemeenten, key=lambda g: g.naam))
        afspraken = [a for g in gemeenten for a in g.afspraken if a.jaar == jaar]
        diensten = [items[a.item] for a in afspraken if isinstance(items.get(a.item), Dienst)]
        per_jaar.append(JaarCapaciteit(
            jaar=jaar,
            capaciteit=capaciteit,
            uren_per_gemeente=uren,
            indicatie_van=sum(d.inzet.uren_van for d in diensten if isinstance(d, Dienst)),
            indicatie_tot=sum(d.inzet.uren_tot for d in diensten if isinstance(d, Dienst)),
            afspraken=len(afspraken),
            voorbeelden=sum(1 for a in afspraken if a.voorbeeld),
        ))
    buiten = sum(a.uren for g in gemeenten for a in g.afspraken if a.jaar not in begrotingsjaren)
    return Capaciteit(jaren=tuple(per_jaar), uren_buiten_begroting=buiten)
