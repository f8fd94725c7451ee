"""The appendix "Kosten en bijdragen" as values: tables and charts per year, and a view per municipality.

Built from the finance result (``financien``) and the hours (``capaciteit``). Every figure in a table is an
``Onderbouwd``, so its herkomst travels with it to the page, the gemeente pages and every download. The page
template, the downloads and the municipality pages all read these values, so they show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flexteam.basis import opmaak
from flexteam.basis.afronding import rond_af
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Gemeente
from flexteam.rekenen.capaciteit import PROMILLE, Capaciteit, JaarCapaciteit, bereken_inzet
from flexteam.rekenen.financien import Financien, Jaarcijfers
from flexteam.rekenen.herkomst import Herkomst, Onderbouwd, afgeleid
from flexteam.weergave.grafiek import Grafiek, Reeks, staafgrafiek
from flexteam.weergave.tabellen import Kolom, Tabel

DONKER = "#004a80"
LICHT = "#a9cbe8"
MIDDEN = "#5a8fc0"
RAND = "#003459"
PROVINCIE = Reeks("Provincie", DONKER, RAND)
GEMEENTEN = Reeks("Gemeenten", LICHT, RAND)
VAST = Reeks("Vaste bijdrage", DONKER, RAND)
NAAR_INWONERS = Reeks("Naar inwoners", LICHT, RAND)
GEVRAAGD = Reeks("Gevraagd", LICHT, RAND)
AFGESPROKEN = Reeks("Afgesproken", MIDDEN, RAND)


@dataclass(frozen=True)
class KostenJaar:
    jaar: Jaarcijfers
    inzet: JaarCapaciteit
    verdeling: Tabel | None
    """None while the split is not known (the fixed part or an inhabitants count is missing)."""
    grafiek: Grafiek | None
    posten: Tabel | None


@dataclass(frozen=True)
class Kostenoverzicht:
    financien: Financien
    inzet: Capaciteit
    begroting: Tabel
    begroting_grafiek: Grafiek
    jaren: tuple[KostenJaar, ...]
    capaciteit: Tabel
    capaciteit_grafiek: Grafiek
    uren: Tabel
    tekort: Tabel | None

    @property
    def tabellen(self) -> tuple[Tabel, ...]:
        """Every table, in the order of the page."""
        per_jaar = [t for j in self.jaren for t in (j.verdeling, j.posten) if t is not None]
        tekort = [self.tekort] if self.tekort is not None else []
        return (self.begroting, *per_jaar, *tekort, self.capaciteit, self.uren)

    @property
    def voorbeelden(self) -> int:
        return sum(j.voorbeelden for j in self.inzet.jaren)

    @property
    def afspraken(self) -> int:
        return sum(j.afspraken for j in self.inzet.jaren)


def maak_kostenoverzicht(catalogus: Catalogus) -> Kostenoverzicht:
    financien = catalogus.financien
    inzet = capaciteit_van(catalogus)
    team = catalogus.regio.team_in_tekst
    schaal_tot = _grootste_bijdrage(financien)
    jaren = tuple(_kosten_jaar(jaar, jaarinzet, schaal_tot) for jaar, jaarinzet in zip(financien.jaren, inzet.jaren))
    return Kostenoverzicht(
        financien=financien,
        inzet=inzet,
        begroting=_begroting_tabel(financien),
        begroting_grafiek=_begroting_grafiek(financien),
        jaren=jaren,
        capaciteit=_capaciteit_tabel(inzet, team),
        capaciteit_grafiek=_capaciteit_grafiek(inzet, team),
        uren=_uren_tabel(catalogus, inzet),
        tekort=_tekort_tabel(inzet, catalogus.regio.naam, team),
    )


def capaciteit_van(catalogus: Catalogus) -> Capaciteit:
    """The team's hours against the afspraken, per budget year: computed once per page set from the catalogue."""
    return bereken_inzet(catalogus.financien, catalogus.begroting.capaciteit, catalogus.gemeenten, catalogus.item_per_id,
                         catalogus.bronnen)


def jaarlabel(jaar: Jaarcijfers) -> str:
    return f"{jaar.jaar} (onder voorbehoud)" if jaar.onder_voorbehoud else str(jaar.jaar)


def aandeel(deel: Decimal | int, geheel: Decimal | int) -> Decimal | None:
    """``deel / geheel`` as a fraction rounded half up to 0.1 percent; None when there is no whole."""
    if not geheel:
        return None
    return rond_af(Decimal(deel) / Decimal(geheel), PROMILLE)


def _met(waarde: Decimal | int | None, herkomst: Herkomst | None) -> Onderbouwd:
    """A value of the split with the herkomst of the split."""
    return Onderbouwd(Decimal(waarde) if waarde is not None else None, herkomst)


def _titel(titel: str, *cijfers: Onderbouwd | None) -> str:
    """A chart title that says so when a figure in it is an example or an assumption."""
    soorten = {c.herkomst.soort for c in cijfers if c is not None and c.herkomst is not None}
    if "voorbeeld" in soorten:
        return f"{titel} (met voorbeeldwaarden)"
    if "aanname" in soorten:
        return f"{titel} (met aannames)"
    return titel


# --- the budget per year -----------------------------------------------------------------------


def _begroting_tabel(financien: Financien) -> Tabel:
    """One total to quote per year (the decision's, in whole euros; without a decision the computed one), the two
    shares, and the total they add up to to the cent."""
    return Tabel(
        sleutel="begroting-per-jaar",
        titel="Begroting per jaar: provincie en gemeenten",
        blad="Begroting per jaar",
        kolommen=(
            Kolom("Jaar", "jaar"), Kolom("Status"), Kolom("Totaal om te noemen", "bedrag"), Kolom("Provincie", "bedrag"),
            Kolom("Gemeenten samen", "bedrag"), Kolom("Provincie en gemeenten, tot op de cent", "bedrag"),
        ),
        rijen=tuple(
            (j.jaar, j.status, j.totaal_in_besluit or j.totaal, j.provincie, j.gemeenten_totaal, j.totaal)
            for j in financien.jaren
        ),
    )


def _begroting_grafiek(financien: Financien) -> Grafiek:
    delen = "; ".join(
        f"{jaarlabel(j)}: provincie {opmaak.bedrag(j.verdeling.provincie)}, gemeenten {opmaak.bedrag(j.verdeling.gemeenten_totaal)}"
        for j in financien.jaren
    )
    return staafgrafiek(
        "grafiek-begroting",
        _titel("Begroting per jaar, verdeeld over provincie en gemeenten", *(c for j in financien.jaren for c in (j.provincie, j.gemeenten_totaal))),
        f"Staafgrafiek. {delen}. De tabel bij de grafiek geeft dezelfde bedragen, met hun herkomst.",
        (PROVINCIE, GEMEENTEN),
        [(jaarlabel(j), (j.verdeling.provincie, j.verdeling.gemeenten_totaal)) for j in financien.jaren],
        opmaak.bedrag,
        gestapeld=True,
    )


# --- the split over the municipalities ---------------------------------------------------------


def _kosten_jaar(jaar: Jaarcijfers, inzet: JaarCapaciteit, schaal_tot: Decimal) -> KostenJaar:
    return KostenJaar(
        jaar=jaar,
        inzet=inzet,
        verdeling=_verdeling_tabel(jaar) if jaar.verdeeld else None,
        grafiek=_verdeling_grafiek(jaar, schaal_tot) if jaar.verdeeld else None,
        posten=_posten_tabel(jaar),
    )


def _grootste_bijdrage(financien: Financien) -> Decimal:
    """The largest contribution of any municipality in any year: one scale for the charts of every year, so a bar
    of the same length is the same amount in each year."""
    return max((b.totaal for j in financien.jaren if j.verdeeld for b in j.verdeling.bijdragen), default=Decimal(0))


def _verdeling_tabel(jaar: Jaarcijfers) -> Tabel:
    v = jaar.verdeling
    h = jaar.bijdrage_herkomst
    inwoners = sum(b.inwoners for b in v.bijdragen)
    return Tabel(
        sleutel=f"verdeling-{jaar.jaar}",
        titel=f"Bijdrage per gemeente in {jaarlabel(jaar)}",
        blad=f"Verdeling {jaar.jaar}",
        kolommen=(
            Kolom("Gemeente"), Kolom(f"Inwoners op {opmaak.datum(jaar.peildatum)}", "getal"), Kolom("Vaste bijdrage", "bedrag"),
            Kolom("Naar inwoners", "bedrag"), Kolom("Totaal", "bedrag"), Kolom("Per inwoner", "bedrag"),
        ),
        rijen=tuple((b.naam, jaar.inwoners_van(b.gemeente_id), _met(b.vast, h), _met(b.inwonersdeel, h), _met(b.totaal, h), _met(b.per_inwoner, h))
                    for b in v.bijdragen),
        voet=(
            ("Gemeenten samen", afgeleid(inwoners, "de som van de inwoners van de gemeenten",
                                         *(jaar.inwoners_van(b.gemeente_id) for b in v.bijdragen)), jaar.vast_totaal, jaar.inwonersdeel_totaal, jaar.gemeenten_totaal,
             _met(rond_af(v.gemeenten_totaal / inwoners) if inwoners else None, h)),
            ("Provincie", None, None, None, jaar.provincie, None),
            ("Totaal begroting", None, None, None, jaar.totaal, None),
        ),
    )


def _verdeling_grafiek(jaar: Jaarcijfers, schaal_tot: Decimal) -> Grafiek:
    delen = "; ".join(f"{b.naam} {opmaak.bedrag(b.totaal)}" for b in jaar.verdeling.bijdragen)
    return staafgrafiek(
        f"grafiek-verdeling-{jaar.jaar}",
        _titel(f"Bijdrage per gemeente in {jaarlabel(jaar)}: vaste bijdrage en deel naar inwoners", jaar.vast_totaal),
        f"Staafgrafiek. {delen}. De tabel bij de grafiek geeft de bedragen per onderdeel, met hun herkomst.",
        (VAST, NAAR_INWONERS),
        [(b.naam, (b.vast, b.inwonersdeel)) for b in jaar.verdeling.bijdragen],
        opmaak.bedrag,
        gestapeld=True,
        schaal_tot=schaal_tot,
    )


def _posten_tabel(jaar: Jaarcijfers) -> Tabel | None:
    if not jaar.posten:
        return None
    fte = [p.fte for p in jaar.posten if p.fte is not None]
    h = jaar.posten_herkomst
    return Tabel(
        sleutel=f"begrotingsposten-{jaar.jaar}",
        titel=f"Begrotingsposten {jaarlabel(jaar)}",
        blad=f"Posten {jaar.jaar}",
        kolommen=(Kolom("Post"), Kolom("Fte", "getal"), Kolom("Bedrag", "bedrag")),
        rijen=tuple((p.post, _met(p.fte, h) if p.fte is not None else None, _met(p.bedrag, h)) for p in jaar.posten),
        voet=(("Totaal", _met(sum(fte, Decimal(0)), h) if fte else None, _met(sum((p.bedrag for p in jaar.posten), Decimal(0)), h)),),
    )


# --- hours: demand against capacity ------------------------------------------------------------


def _capaciteit_tabel(inzet: Capaciteit, team: str) -> Tabel:
    return Tabel(
        sleutel="capaciteit-en-vraag",
        titel=f"Capaciteit van het {team} en uren in afspraken per jaar",
        blad="Capaciteit en vraag",
        kolommen=(
            Kolom("Jaar", "jaar"), Kolom(f"Omvang {team} (fte)", "getal"), Kolom(f"Capaciteit {team} (uren)", "getal"),
            Kolom("Uren gevraagd", "getal"), Kolom("Uren afgesproken", "getal"), Kolom("Uren geleverd", "getal"),
            Kolom("Afgesproken als deel van de capaciteit", "procent"), Kolom("Afspraken", "getal"),
            Kolom("Indicatie menukaart, van (uren)", "getal"), Kolom("Indicatie menukaart, tot (uren)", "getal"),
        ),
        rijen=tuple(
            (j.jaar, j.team_fte, j.capaciteit, j.gevraagd, j.afgesproken, j.geleverd, j.bezetting, j.afspraken,
             j.indicatie_van, j.indicatie_tot)
            for j in inzet.jaren
        ),
    )


def _capaciteit_grafiek(inzet: Capaciteit, team: str) -> Grafiek:
    delen = "; ".join(
        f"{j.jaar}: capaciteit {_uren(j.capaciteit.waarde) if j.capaciteit.bekend else 'nog niet bekend'}, "
        f"gevraagd {_uren(j.gevraagd.waarde or 0)}, afgesproken {_uren(j.afgesproken.waarde or 0)}"
        for j in inzet.jaren
    )
    return staafgrafiek(
        "grafiek-capaciteit",
        _titel(f"Capaciteit van het {team} tegenover de gevraagde en afgesproken uren, per jaar",
               *(c for j in inzet.jaren for c in (j.capaciteit, j.gevraagd, j.afgesproken))),
        f"Staafgrafiek. {delen}. De tabel bij de grafiek geeft dezelfde uren, met hun herkomst.",
        (Reeks(f"Capaciteit {team}", DONKER, RAND), GEVRAAGD, AFGESPROKEN),
        [(str(j.jaar), (j.capaciteit.waarde, j.gevraagd.waarde, j.afgesproken.waarde)) for j in inzet.jaren],
        _uren,
        gestapeld=False,
    )


def _uren(waarde: Decimal | int | None) -> str:
    return f"{opmaak.getal(waarde or 0)} uur"


def _uren_tabel(catalogus: Catalogus, inzet: Capaciteit) -> Tabel:
    gemeenten = sorted(catalogus.gemeenten, key=lambda g: g.naam)
    return Tabel(
        sleutel="uren-per-gemeente",
        titel="Afgesproken uren per gemeente en per jaar",
        blad="Uren per gemeente",
        kolommen=(Kolom("Gemeente"), *(Kolom(f"Afgesproken {j.jaar}", "getal") for j in inzet.jaren)),
        rijen=tuple((g.naam, *(j.uren_van(g.id or g.naam).afgesproken for j in inzet.jaren)) for g in gemeenten),
        voet=(
            ("Alle gemeenten", *(j.afgesproken for j in inzet.jaren)),
            (f"Capaciteit {catalogus.regio.team_in_tekst}", *(j.capaciteit for j in inzet.jaren)),
        ),
    )


def _tekort_tabel(inzet: Capaciteit, regio: str, team: str) -> Tabel | None:
    t = inzet.tekort
    if t is None:
        return None
    teamrijen = tuple((f"{team.capitalize()} in {j.jaar}", j.team_fte, j.capaciteit) for j in inzet.jaren if j.team_fte is not None)
    return Tabel(
        sleutel="mensen-nodig-en-beschikbaar",
        titel=f"Mensen voor de warmtetransitie in {regio}: nodig, beschikbaar en het tekort",
        blad="Nodig en beschikbaar",
        kolommen=(Kolom("Wat"), Kolom("Fte", "getal"), Kolom("Uren per jaar", "getal")),
        rijen=(
            (f"Nodig in {regio}", t.nodig, t.in_uren(t.nodig)),
            ("Beschikbaar, ten minste", t.beschikbaar_van, t.in_uren(t.beschikbaar_van)),
            ("Beschikbaar, ten hoogste", t.beschikbaar_tot, t.in_uren(t.beschikbaar_tot)),
            ("Tekort, ten minste", t.tekort_van, t.in_uren(t.tekort_van)),
            ("Tekort, ten hoogste", t.tekort_tot, t.in_uren(t.tekort_tot)),
            *teamrijen,
        ),
    )


# --- one municipality --------------------------------------------------------------------------


@dataclass(frozen=True)
class GemeenteOverzicht:
    """What a municipality page shows of the appendix: its contribution and its share of the hours."""

    gemeente: Gemeente
    tabel: Tabel
    voorbeeld: bool
    peildata: tuple[tuple[int, str], ...]
    """(year, peildatum in words) for each budget year."""
    onder_voorbehoud: tuple[int, ...]
    niet_verdeeld: tuple[int, ...]
    """Years whose split is not yet known."""


def gemeente_overzicht(catalogus: Catalogus, gemeente: Gemeente) -> GemeenteOverzicht:
    return _gemeente_overzicht(gemeente, catalogus, capaciteit_van(catalogus))


def gemeente_overzichten(catalogus: Catalogus) -> dict[str, GemeenteOverzicht]:
    """Every municipality's view by id, from one computation of budget and hours (not one per page: O(n²))."""
    inzet = capaciteit_van(catalogus)
    return {g.id or g.naam: _gemeente_overzicht(g, catalogus, inzet) for g in catalogus.gemeenten}


def _gemeente_overzicht(gemeente: Gemeente, catalogus: Catalogus, inzet: Capaciteit) -> GemeenteOverzicht:
    financien = catalogus.financien
    ident = gemeente.id or gemeente.naam
    rijen = []
    for jaar, uren in zip(financien.jaren, inzet.jaren):
        bijdrage = jaar.bijdrage_van(ident)
        h = jaar.bijdrage_herkomst
        onbekend = Onderbouwd(None, None, jaar.vaste_bijdrage.levert)
        eigen = uren.uren_van(ident)
        gevraagd, afgesproken = eigen.gevraagd, eigen.afgesproken
        deel_uren = afgeleid(aandeel(afgesproken.waarde or 0, uren.afgesproken.waarde or 0),
                             "afgesproken uren van de gemeente gedeeld door die van alle gemeenten", afgesproken, uren.afgesproken)
        if bijdrage is None:
            rijen.append((jaar.jaar, jaar.status, onbekend, onbekend, onbekend, onbekend, onbekend, gevraagd, afgesproken, deel_uren))
            continue
        rijen.append((
            jaar.jaar, jaar.status, _met(bijdrage.vast, h), _met(bijdrage.inwonersdeel, h), _met(bijdrage.totaal, h),
            _met(bijdrage.per_inwoner, h), _met(aandeel(bijdrage.totaal, jaar.verdeling.gemeenten_totaal), h),
            gevraagd, afgesproken, deel_uren,
        ))
    tabel = Tabel(
        sleutel=f"bijdrage-{ident}",
        titel=f"Bijdrage van {gemeente.naam} en uren in afspraken per jaar",
        blad=gemeente.naam[:31],
        kolommen=(
            Kolom("Jaar", "jaar"), Kolom("Status"), Kolom("Vaste bijdrage", "bedrag"), Kolom("Naar inwoners", "bedrag"),
            Kolom("Totaal bijdrage", "bedrag"), Kolom("Per inwoner", "bedrag"), Kolom("Aandeel in bijdragen gemeenten", "procent"),
            Kolom("Uren gevraagd", "getal"), Kolom("Uren afgesproken", "getal"), Kolom("Aandeel in alle afgesproken uren", "procent"),
        ),
        rijen=tuple(rijen),
    )
    return GemeenteOverzicht(
        gemeente=gemeente,
        tabel=tabel,
        voorbeeld=financien.voorbeeld,
        peildata=tuple((j.jaar, opmaak.datum(j.peildatum)) for j in financien.jaren),
        onder_voorbehoud=tuple(j.jaar for j in financien.jaren if j.onder_voorbehoud),
        niet_verdeeld=tuple(j.jaar for j in financien.jaren if not j.verdeeld),
    )

