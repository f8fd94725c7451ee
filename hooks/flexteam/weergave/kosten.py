"""The appendix "Kosten en bijdragen" as values: tables and charts per year, and a view per municipality.

Built from the finance result (``financien``) and the demand for hours (``capaciteit``).
The page template, the downloads and the municipality pages all read these values, so
they show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flexteam.basis import opmaak
from flexteam.basis.afronding import rond_af
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Gemeente
from flexteam.rekenen.capaciteit import Capaciteit, JaarCapaciteit, bereken_inzet
from flexteam.rekenen.financien import Financien, Jaarcijfers
from flexteam.weergave.grafiek import Grafiek, Reeks, staafgrafiek
from flexteam.weergave.tabellen import Kolom, Tabel

PROMILLE = Decimal("0.001")

DONKER = "#004a80"
LICHT = "#a9cbe8"
RAND = "#003459"
PROVINCIE = Reeks("Provincie", DONKER, RAND)
GEMEENTEN = Reeks("Gemeenten", LICHT, RAND)
VAST = Reeks("Vaste bijdrage", DONKER, RAND)
NAAR_INWONERS = Reeks("Naar inwoners", LICHT, RAND)
VRAAG = Reeks("Uren in afspraken", LICHT, RAND)

HERKOMST = {"vastgelegd": "vastgelegd in besluit", "berekend": "berekend"}


@dataclass(frozen=True)
class KostenJaar:
    jaar: Jaarcijfers
    inzet: JaarCapaciteit
    verdeling: Tabel
    grafiek: Grafiek
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

    @property
    def tabellen(self) -> tuple[Tabel, ...]:
        """Every table, in the order of the page."""
        verdelingen = [j.verdeling for j in self.jaren]
        posten = [j.posten for j in self.jaren if j.posten is not None]
        return (self.begroting, *verdelingen, *posten, self.capaciteit, self.uren)

    @property
    def voorbeelden(self) -> int:
        return sum(j.voorbeelden for j in self.inzet.jaren)

    @property
    def afspraken(self) -> int:
        return sum(j.afspraken for j in self.inzet.jaren)


def maak_kostenoverzicht(catalogus: Catalogus) -> Kostenoverzicht:
    financien = catalogus.financien
    inzet = _inzet(catalogus, financien)
    jaren = tuple(_kosten_jaar(financien, jaar, jaarinzet) for jaar, jaarinzet in zip(financien.jaren, inzet.jaren))
    return Kostenoverzicht(
        financien=financien,
        inzet=inzet,
        begroting=_begroting_tabel(financien),
        begroting_grafiek=_begroting_grafiek(financien),
        jaren=jaren,
        capaciteit=_capaciteit_tabel(inzet, catalogus.regio.team_in_tekst),
        capaciteit_grafiek=_capaciteit_grafiek(inzet, catalogus.regio.team_in_tekst),
        uren=_uren_tabel(catalogus, inzet),
    )


def _inzet(catalogus: Catalogus, financien: Financien) -> Capaciteit:
    return bereken_inzet([(j.jaar, j.capaciteit_uren) for j in financien.jaren], catalogus.gemeenten, catalogus.item_per_id)


def jaarlabel(jaar: Jaarcijfers) -> str:
    return f"{jaar.jaar} (onder voorbehoud)" if jaar.onder_voorbehoud else str(jaar.jaar)


def aandeel(deel: Decimal | int, geheel: Decimal | int) -> Decimal | None:
    """``deel / geheel`` as a fraction rounded half up to 0.1 percent; None when there is no whole."""
    if not geheel:
        return None
    return rond_af(Decimal(deel) / Decimal(geheel), PROMILLE)


# --- the budget per year -----------------------------------------------------------------------


def _begroting_tabel(financien: Financien) -> Tabel:
    return Tabel(
        sleutel="begroting-per-jaar",
        titel="Begroting per jaar: provincie en gemeenten",
        blad="Begroting per jaar",
        kolommen=(
            Kolom("Jaar", "jaar"), Kolom("Status"), Kolom("Totaal begroting", "bedrag"), Kolom("Totaal in besluit", "bedrag"),
            Kolom("Provincie", "bedrag"), Kolom("Herkomst bedrag provincie"), Kolom("Gemeenten samen", "bedrag"),
            Kolom("Vaste bijdrage per gemeente", "bedrag"), Kolom("Naar inwoners samen", "bedrag"),
        ),
        rijen=tuple(
            (j.jaar, j.status, j.totaal.bedrag, j.totaal_in_besluit.bedrag if j.totaal_in_besluit else None,
             j.provincie.bedrag, HERKOMST[j.provincie.herkomst], j.verdeling.gemeenten_totaal, j.vaste_bijdrage,
             j.verdeling.inwonersdeel_totaal)
            for j in financien.jaren
        ),
    )


def _begroting_grafiek(financien: Financien) -> Grafiek:
    delen = "; ".join(
        f"{jaarlabel(j)}: provincie {opmaak.bedrag(j.provincie.bedrag)}, gemeenten {opmaak.bedrag(j.verdeling.gemeenten_totaal)}"
        for j in financien.jaren
    )
    return staafgrafiek(
        "grafiek-begroting",
        "Begroting per jaar, verdeeld over provincie en gemeenten",
        f"Staafgrafiek. {delen}. De tabel bij de grafiek geeft dezelfde bedragen.",
        (PROVINCIE, GEMEENTEN),
        [(jaarlabel(j), (j.provincie.bedrag, j.verdeling.gemeenten_totaal)) for j in financien.jaren],
        opmaak.bedrag,
        gestapeld=True,
    )


# --- the split over the municipalities ---------------------------------------------------------


def _kosten_jaar(financien: Financien, jaar: Jaarcijfers, inzet: JaarCapaciteit) -> KostenJaar:
    return KostenJaar(
        jaar=jaar,
        inzet=inzet,
        verdeling=_verdeling_tabel(financien, jaar),
        grafiek=_verdeling_grafiek(jaar),
        posten=_posten_tabel(jaar),
    )


def _verdeling_tabel(financien: Financien, jaar: Jaarcijfers) -> Tabel:
    v = jaar.verdeling
    inwoners = sum(b.inwoners for b in v.bijdragen)
    return Tabel(
        sleutel=f"verdeling-{jaar.jaar}",
        titel=f"Bijdrage per gemeente in {jaarlabel(jaar)}",
        blad=f"Verdeling {jaar.jaar}",
        kolommen=(
            Kolom("Gemeente"), Kolom(f"Inwoners op {opmaak.datum(financien.peildatum)}", "getal"), Kolom("Vaste bijdrage", "bedrag"),
            Kolom("Naar inwoners", "bedrag"), Kolom("Totaal", "bedrag"), Kolom("Per inwoner", "bedrag"),
        ),
        rijen=tuple((b.naam, b.inwoners, b.vast, b.inwonersdeel, b.totaal, b.per_inwoner) for b in v.bijdragen),
        voet=(
            ("Gemeenten samen", inwoners, v.vast_totaal, v.inwonersdeel_totaal, v.gemeenten_totaal,
             rond_af(v.gemeenten_totaal / inwoners) if inwoners else None),
            ("Provincie", None, None, None, v.provincie.bedrag, None),
            ("Totaal begroting", None, None, None, v.totaal, None),
        ),
    )


def _verdeling_grafiek(jaar: Jaarcijfers) -> Grafiek:
    delen = "; ".join(f"{b.naam} {opmaak.bedrag(b.totaal)}" for b in jaar.verdeling.bijdragen)
    return staafgrafiek(
        f"grafiek-verdeling-{jaar.jaar}",
        f"Bijdrage per gemeente in {jaarlabel(jaar)}: vaste bijdrage en deel naar inwoners",
        f"Staafgrafiek. {delen}. De tabel bij de grafiek geeft de bedragen per onderdeel.",
        (VAST, NAAR_INWONERS),
        [(b.naam, (b.vast, b.inwonersdeel)) for b in jaar.verdeling.bijdragen],
        opmaak.bedrag,
        gestapeld=True,
    )


def _posten_tabel(jaar: Jaarcijfers) -> Tabel | None:
    if not jaar.posten:
        return None
    fte = [p.fte for p in jaar.posten if p.fte is not None]
    return Tabel(
        sleutel=f"begrotingsposten-{jaar.jaar}",
        titel=f"Begrotingsposten {jaarlabel(jaar)}",
        blad=f"Posten {jaar.jaar}",
        kolommen=(Kolom("Post"), Kolom("Fte", "getal"), Kolom("Bedrag", "bedrag")),
        rijen=tuple((p.post, p.fte, p.bedrag) for p in jaar.posten),
        voet=(("Totaal", sum(fte, Decimal(0)) if fte else None, sum((p.bedrag for p in jaar.posten), Decimal(0))),),
    )


# --- hours: demand against capacity ------------------------------------------------------------


def _capaciteit_tabel(inzet: Capaciteit, team: str) -> Tabel:
    return Tabel(
        sleutel="capaciteit-en-vraag",
        titel=f"Capaciteit van het {team} en uren in afspraken per jaar",
        blad="Capaciteit en vraag",
        kolommen=(
            Kolom("Jaar", "jaar"), Kolom(f"Capaciteit {team} (uren)", "getal"), Kolom("Uren in afspraken", "getal"),
            Kolom("Capaciteit min afspraken (uren)", "getal"), Kolom("Bezetting", "procent"), Kolom("Afspraken", "getal"),
            Kolom("Indicatie menukaart, van (uren)", "getal"), Kolom("Indicatie menukaart, tot (uren)", "getal"),
        ),
        rijen=tuple(
            (j.jaar, j.capaciteit, j.uren, j.verschil, aandeel(j.uren, j.capaciteit) if j.capaciteit is not None else None,
             j.afspraken, j.indicatie_van, j.indicatie_tot)
            for j in inzet.jaren
        ),
    )


def _capaciteit_grafiek(inzet: Capaciteit, team: str) -> Grafiek:
    delen = "; ".join(
        f"{j.jaar}: capaciteit {_uren(j.capaciteit) if j.capaciteit is not None else 'niet bekend'}, in afspraken {_uren(j.uren)}"
        for j in inzet.jaren
    )
    return staafgrafiek(
        "grafiek-capaciteit",
        f"Capaciteit van het {team} tegenover de uren in afspraken, per jaar",
        f"Staafgrafiek. {delen}. De tabel bij de grafiek geeft dezelfde uren.",
        (Reeks(f"Capaciteit {team}", DONKER, RAND), VRAAG),
        [(str(j.jaar), (j.capaciteit, j.uren)) for j in inzet.jaren],
        _uren,
        gestapeld=False,
    )


def _uren(waarde: Decimal | int) -> str:
    return f"{opmaak.getal(waarde)} uur"


def _uren_tabel(catalogus: Catalogus, inzet: Capaciteit) -> Tabel:
    gemeenten = sorted(catalogus.gemeenten, key=lambda g: g.naam)
    return Tabel(
        sleutel="uren-per-gemeente",
        titel="Uren in afspraken per gemeente en per jaar",
        blad="Uren per gemeente",
        kolommen=(Kolom("Gemeente"), *(Kolom(f"Uren {j.jaar}", "getal") for j in inzet.jaren)),
        rijen=tuple((g.naam, *(j.uren_van(g.id or g.naam) for j in inzet.jaren)) for g in gemeenten),
        voet=(
            ("Alle gemeenten", *(j.uren for j in inzet.jaren)),
            (f"Capaciteit {catalogus.regio.team_in_tekst}", *(j.capaciteit for j in inzet.jaren)),
        ),
    )


# --- one municipality --------------------------------------------------------------------------


@dataclass(frozen=True)
class GemeenteOverzicht:
    """What a municipality page shows of the appendix: its contribution and its share of the hours."""

    gemeente: Gemeente
    tabel: Tabel
    voorbeeld: bool
    peildatum_tekst: str
    onder_voorbehoud: tuple[int, ...]


def gemeente_overzicht(catalogus: Catalogus, gemeente: Gemeente) -> GemeenteOverzicht:
    financien = catalogus.financien
    return _gemeente_overzicht(gemeente, financien, _inzet(catalogus, financien))


def gemeente_overzichten(catalogus: Catalogus) -> dict[str, GemeenteOverzicht]:
    """Every municipality's view by id, from one computation of budget and hours (not one per page: O(n²))."""
    financien = catalogus.financien
    inzet = _inzet(catalogus, financien)
    return {g.id or g.naam: _gemeente_overzicht(g, financien, inzet) for g in catalogus.gemeenten}


def _gemeente_overzicht(gemeente: Gemeente, financien: Financien, inzet: Capaciteit) -> GemeenteOverzicht:
    ident = gemeente.id or gemeente.naam
    rijen = []
    for jaar, uren in zip(financien.jaren, inzet.jaren):
        bijdrage = jaar.bijdrage_van(ident)
        if bijdrage is None:  # pragma: no cover - every municipality is in every year's split
            raise ValueError(f"{gemeente.naam} ontbreekt in de verdeling van {jaar.jaar}.")
        eigen_uren = uren.uren_van(ident)
        rijen.append((
            jaar.jaar, jaar.status, bijdrage.vast, bijdrage.inwonersdeel, bijdrage.totaal, bijdrage.per_inwoner,
            aandeel(bijdrage.totaal, jaar.verdeling.gemeenten_totaal), eigen_uren, aandeel(eigen_uren, uren.uren),
        ))
    tabel = Tabel(
        sleutel=f"bijdrage-{ident}",
        titel=f"Bijdrage van {gemeente.naam} en uren in afspraken per jaar",
        blad=gemeente.naam[:31],
        kolommen=(
            Kolom("Jaar", "jaar"), Kolom("Status"), Kolom("Vaste bijdrage", "bedrag"), Kolom("Naar inwoners", "bedrag"),
            Kolom("Totaal bijdrage", "bedrag"), Kolom("Per inwoner", "bedrag"), Kolom("Aandeel in bijdragen gemeenten", "procent"),
            Kolom("Uren in afspraken", "getal"), Kolom("Aandeel in alle afgesproken uren", "procent"),
        ),
        rijen=tuple(rijen),
    )
    return GemeenteOverzicht(
        gemeente=gemeente,
        tabel=tabel,
        voorbeeld=financien.voorbeeld,
        peildatum_tekst=opmaak.datum(financien.peildatum),
        onder_voorbehoud=tuple(j.jaar for j in financien.jaren if j.onder_voorbehoud),
    )
