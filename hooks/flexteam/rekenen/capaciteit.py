"""The team's hours against the municipalities' afspraken, per year, and the region's need for people.

Requested, agreed and delivered hours are kept apart: a requested hour is not an agreed one. The team's capacity
in hours is its size in fte times the hours per fte (``begroting.yml``, ``capaciteit.uren_per_fte``); each sum
carries the weakest herkomst of what it adds up, so hours from example afspraken are an example, and an occupancy
figure is only given when neither the agreed hours nor the capacity is an example. The indication from the
menukaart adds up the ``inzet`` range of each service that an afspraak names.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping, Sequence

from flexteam.basis.afronding import rond_af
from flexteam.basis.meldingen import (
    NIET_BEKEND_KORT,
    REGEL_AFGESPROKEN,
    REGEL_BEZETTING,
    REGEL_CAPACITEIT,
    REGEL_GELEVERD,
    REGEL_GEVRAAGD,
    REGEL_INDICATIE_TOT,
    REGEL_INDICATIE_VAN,
    REGEL_TEKORT_TOT,
    REGEL_TEKORT_UREN,
    REGEL_TEKORT_VAN,
    melding,
)
from flexteam.basis.opmaak import getal
from flexteam.inhoud.model import Afspraak, Bron, Capaciteitsbehoefte, Dienst, Gemeente, Item
from flexteam.rekenen.financien import Financien
from flexteam.rekenen.herkomst import Onderbouwd, afgeleid, cijfer, herkomst_van

PROMILLE = Decimal("0.001")


@dataclass(frozen=True)
class Uren:
    """Hours in afspraken: asked for, agreed, delivered."""

    gevraagd: int
    afgesproken: int
    geleverd: int


@dataclass(frozen=True)
class JaarCapaciteit:
    jaar: int
    team_fte: Onderbouwd | None
    capaciteit: Onderbouwd
    """The team's hours this year: fte × hours per fte (not known without either)."""
    gevraagd: Onderbouwd
    afgesproken: Onderbouwd
    geleverd: Onderbouwd
    bezetting: Onderbouwd
    """Agreed hours as a share of the capacity; not known when either is an example or not known."""
    uren_per_gemeente: tuple[tuple[str, Uren], ...]
    """(gemeente id, its hours this year), for every municipality, by name."""
    indicatie_van: Onderbouwd
    indicatie_tot: Onderbouwd
    """What the menukaart's ``inzet`` of each agreed service adds up to: as weak as those indications."""
    afspraken: int
    voorbeelden: int

    def uren_van(self, gemeente_id: str) -> Uren:
        return next((uren for ident, uren in self.uren_per_gemeente if ident == gemeente_id), Uren(0, 0, 0))


@dataclass(frozen=True)
class Tekort:
    """The region's need for people against what it has (the decision: 160 fte needed, 50 to 60 available)."""

    nodig: Onderbouwd
    beschikbaar_van: Onderbouwd
    beschikbaar_tot: Onderbouwd
    tekort_van: Onderbouwd
    """Smallest shortage: needed minus the most available."""
    tekort_tot: Onderbouwd
    uren_per_fte: Onderbouwd
    tekort_uren_van: Onderbouwd
    tekort_uren_tot: Onderbouwd


@dataclass(frozen=True)
class Capaciteit:
    jaren: tuple[JaarCapaciteit, ...]
    uren_buiten_begroting: int
    """Hours asked in afspraken for years the budget does not cover."""
    tekort: Tekort | None


def bereken_inzet(
    financien: Financien,
    behoefte: Capaciteitsbehoefte | None,
    gemeenten: Sequence[Gemeente],
    items: Mapping[str, Item],
    bronnen: Mapping[str, Bron],
) -> Capaciteit:
    uren_per_fte = cijfer(behoefte.uren_per_fte if behoefte else None, bronnen)
    jaren = tuple(_jaar(j.jaar, j.team_fte, uren_per_fte, gemeenten, items, bronnen) for j in financien.jaren)
    begrotingsjaren = {j.jaar for j in financien.jaren}
    buiten = sum(a.uren_gevraagd for g in gemeenten for a in g.afspraken if a.jaar not in begrotingsjaren)
    return Capaciteit(jaren=jaren, uren_buiten_begroting=buiten,
                      tekort=_tekort(behoefte, uren_per_fte, bronnen) if behoefte else None)


def _jaar(
    jaar: int, team_fte: Onderbouwd | None, uren_per_fte: Onderbouwd, gemeenten: Sequence[Gemeente],
    items: Mapping[str, Item], bronnen: Mapping[str, Bron],
) -> JaarCapaciteit:
    per_gemeente = tuple(
        (g.id or g.naam, _uren([a for a in g.afspraken if a.jaar == jaar])) for g in sorted(gemeenten, key=lambda g: g.naam)
    )
    afspraken = [a for g in gemeenten for a in g.afspraken if a.jaar == jaar]
    herkomsten = [herkomst_van(a, bronnen) for a in afspraken]
    samen = _uren(afspraken)
    fte = team_fte or Onderbouwd(None, None)
    capaciteit = afgeleid(fte.waarde * uren_per_fte.waarde if fte.waarde is not None and uren_per_fte.waarde is not None else None,
                          REGEL_CAPACITEIT, fte, uren_per_fte)
    gevraagd = afgeleid(samen.gevraagd, REGEL_GEVRAAGD, *herkomsten)
    afgesproken = afgeleid(samen.afgesproken, REGEL_AFGESPROKEN, *herkomsten)
    geleverd = afgeleid(samen.geleverd, REGEL_GELEVERD, *herkomsten)
    bezetting = afgeleid(
        rond_af(Decimal(samen.afgesproken) / capaciteit.waarde, PROMILLE) if capaciteit.waarde else None,
        REGEL_BEZETTING, afgesproken, capaciteit)
    if bezetting.herkomst is not None and bezetting.herkomst.soort == "voorbeeld":
        bezetting = Onderbouwd(None, None)
    diensten = [d for d in (items.get(a.item) for a in afspraken) if isinstance(d, Dienst)]
    indicaties = [herkomst_van(d.inzet, bronnen) for d in diensten]
    return JaarCapaciteit(
        jaar=jaar,
        team_fte=team_fte,
        capaciteit=capaciteit,
        gevraagd=gevraagd,
        afgesproken=afgesproken,
        geleverd=geleverd,
        bezetting=bezetting,
        uren_per_gemeente=per_gemeente,
        indicatie_van=afgeleid(sum(d.inzet.uren_van for d in diensten), REGEL_INDICATIE_VAN, *indicaties),
        indicatie_tot=afgeleid(sum(d.inzet.uren_tot for d in diensten), REGEL_INDICATIE_TOT, *indicaties),
        afspraken=len(afspraken),
        voorbeelden=sum(1 for a in afspraken if a.herkomst == "voorbeeld"),
    )


def _uren(afspraken: Sequence[Afspraak]) -> Uren:
    return Uren(
        gevraagd=sum(a.uren_gevraagd for a in afspraken),
        afgesproken=sum(a.uren_afgesproken or 0 for a in afspraken),
        geleverd=sum(a.uren_geleverd or 0 for a in afspraken),
    )


def _tekort(behoefte: Capaciteitsbehoefte, uren_per_fte: Onderbouwd, bronnen: Mapping[str, Bron]) -> Tekort:
    nodig = cijfer(behoefte.nodig_fte, bronnen)
    van = cijfer(behoefte.beschikbaar_fte_van, bronnen)
    tot = cijfer(behoefte.beschikbaar_fte_tot, bronnen)

    def min_(a: Onderbouwd, b: Onderbouwd) -> Decimal | None:
        return a.waarde - b.waarde if a.waarde is not None and b.waarde is not None else None

    def maal(a: Onderbouwd) -> Decimal | None:
        return a.waarde * uren_per_fte.waarde if a.waarde is not None and uren_per_fte.waarde is not None else None

    tekort_van = afgeleid(min_(nodig, tot), melding(REGEL_TEKORT_VAN, fte=_fte(tot)), nodig, tot)
    tekort_tot = afgeleid(min_(nodig, van), melding(REGEL_TEKORT_TOT, fte=_fte(van)), nodig, van)
    return Tekort(
        nodig=nodig, beschikbaar_van=van, beschikbaar_tot=tot, tekort_van=tekort_van, tekort_tot=tekort_tot,
        uren_per_fte=uren_per_fte,
        tekort_uren_van=afgeleid(maal(tekort_van), REGEL_TEKORT_UREN, tekort_van, uren_per_fte),
        tekort_uren_tot=afgeleid(maal(tekort_tot), REGEL_TEKORT_UREN, tekort_tot, uren_per_fte),
    )


def _fte(cijfer: Onderbouwd) -> str:
    return getal(cijfer.waarde) if cijfer.waarde is not None else NIET_BEKEND_KORT
