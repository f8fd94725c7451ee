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
    REGEL_AANGEVRAAGD,
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
from flexteam.rekenen.herkomst import Onderbouwd, afgeleid, cijfer, herkomst_van, keer, min_

PROMILLE = Decimal("0.001")


@dataclass(frozen=True)
class Uren:
    """Hours in afspraken: asked for, agreed, delivered; each as weak as the afspraken it adds up. ``aangevraagd``:
    the hours asked in afspraken that are still only requested (status aangevraagd), the demand not yet agreed."""

    gevraagd: Onderbouwd
    afgesproken: Onderbouwd
    geleverd: Onderbouwd
    aangevraagd: Onderbouwd


@dataclass(frozen=True)
class JaarCapaciteit:
    jaar: int
    team_fte: Onderbouwd | None
    capaciteit: Onderbouwd
    """The team's hours this year: fte × hours per fte (not known without either)."""
    uren: Uren
    """The hours of all afspraken this year."""
    bezetting: Onderbouwd
    """Agreed hours as a share of the capacity; not known when either is an example or not known."""
    uren_per_gemeente: tuple[tuple[str, Uren], ...]
    """(gemeente id, its hours this year), for every municipality, by name."""
    indicatie_van: Onderbouwd
    indicatie_tot: Onderbouwd
    """What the menukaart's ``inzet`` of each agreed service adds up to: as weak as those indications."""
    afspraken: int
    voorbeelden: int

    @property
    def gevraagd(self) -> Onderbouwd:
        return self.uren.gevraagd

    @property
    def afgesproken(self) -> Onderbouwd:
        return self.uren.afgesproken

    @property
    def geleverd(self) -> Onderbouwd:
        return self.uren.geleverd

    def uren_van(self, gemeente_id: str) -> Uren:
        return next(uren for ident, uren in self.uren_per_gemeente if ident == gemeente_id)


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

    def in_uren(self, fte: Onderbouwd) -> Onderbouwd:
        """A number of fte in hours a year, at the hours per fte."""
        return keer(fte, self.uren_per_fte, REGEL_TEKORT_UREN)


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
        (g.id or g.naam, _uren([a for a in g.afspraken if a.jaar == jaar], bronnen)) for g in sorted(gemeenten, key=lambda g: g.naam)
    )
    afspraken = [a for g in gemeenten for a in g.afspraken if a.jaar == jaar]
    samen = _uren(afspraken, bronnen)
    capaciteit = keer(team_fte or Onderbouwd(None, None), uren_per_fte, REGEL_CAPACITEIT)
    afgesproken = samen.afgesproken.waarde or Decimal(0)
    bezetting = afgeleid(rond_af(afgesproken / capaciteit.waarde, PROMILLE) if capaciteit.waarde else None,
                         REGEL_BEZETTING, samen.afgesproken, capaciteit)
    if bezetting.herkomst is not None and bezetting.herkomst.soort == "voorbeeld":
        bezetting = Onderbouwd(None, None)
    diensten = [d for d in (items.get(a.item) for a in afspraken) if isinstance(d, Dienst)]
    indicaties = [herkomst_van(d.inzet, bronnen) for d in diensten]
    return JaarCapaciteit(
        jaar=jaar,
        team_fte=team_fte,
        capaciteit=capaciteit,
        uren=samen,
        bezetting=bezetting,
        uren_per_gemeente=per_gemeente,
        indicatie_van=afgeleid(sum(d.inzet.uren_van for d in diensten), REGEL_INDICATIE_VAN, *indicaties),
        indicatie_tot=afgeleid(sum(d.inzet.uren_tot for d in diensten), REGEL_INDICATIE_TOT, *indicaties),
        afspraken=len(afspraken),
        voorbeelden=sum(1 for a in afspraken if a.herkomst == "voorbeeld"),
    )


def _uren(afspraken: Sequence[Afspraak], bronnen: Mapping[str, Bron]) -> Uren:
    herkomsten = [herkomst_van(a, bronnen) for a in afspraken]
    return Uren(
        gevraagd=afgeleid(sum(a.uren_gevraagd for a in afspraken), REGEL_GEVRAAGD, *herkomsten),
        afgesproken=afgeleid(sum(a.uren_afgesproken or 0 for a in afspraken), REGEL_AFGESPROKEN, *herkomsten),
        geleverd=afgeleid(sum(a.uren_geleverd or 0 for a in afspraken), REGEL_GELEVERD, *herkomsten),
        aangevraagd=afgeleid(sum(a.uren_gevraagd for a in afspraken if a.status == "aangevraagd"), REGEL_AANGEVRAAGD,
                             *(h for a, h in zip(afspraken, herkomsten) if a.status == "aangevraagd")),
    )


def _tekort(behoefte: Capaciteitsbehoefte, uren_per_fte: Onderbouwd, bronnen: Mapping[str, Bron]) -> Tekort:
    nodig = cijfer(behoefte.nodig_fte, bronnen)
    van = cijfer(behoefte.beschikbaar_fte_van, bronnen)
    tot = cijfer(behoefte.beschikbaar_fte_tot, bronnen)

    return Tekort(
        nodig=nodig, beschikbaar_van=van, beschikbaar_tot=tot,
        tekort_van=min_(nodig, tot, melding(REGEL_TEKORT_VAN, fte=_fte(tot))),
        tekort_tot=min_(nodig, van, melding(REGEL_TEKORT_TOT, fte=_fte(van))),
        uren_per_fte=uren_per_fte,
    )


def _fte(cijfer: Onderbouwd) -> str:
    return getal(cijfer.waarde) if cijfer.waarde is not None else NIET_BEKEND_KORT
