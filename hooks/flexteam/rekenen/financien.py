"""Money math for the budget: cent-exact, Decimal only, rounding half up.

Rules (the appendix page states them in Dutch):
- the province pays ``provincie_aandeel`` of the unrounded total, rounded half up to the cent;
  where the decision fixes the amount (``provinciale_bijdrage``) it must equal that figure;
- the municipalities together pay the rest: total minus province;
- each municipality pays the same fixed contribution; what remains (the inhabitants part)
  is split by inhabitants on the peildatum, in whole cents, by largest remainder: every
  municipality first gets its share rounded down to the cent, the cents left over go one
  each to the largest remainders, ties broken by the municipality's name.

So the twelve contributions plus the province's add up to the year's total to the cent,
and no part is negative. Every function here is pure; nothing is read or logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from typing import Literal, Sequence

from flexteam.basis.afronding import PRECISIE, VerdeelFout, rond_af, verdeel_in_centen
from flexteam.inhoud.model import Begroting, Begrotingsjaar, Begrotingspost, Gemeente

Herkomst = Literal["vastgelegd", "berekend"]
"""vastgelegd: the figure stands in the decision or the budget file; berekend: computed here."""


def berekende_provinciale_bijdrage(totaal: Decimal, aandeel: Decimal) -> Decimal:
    """``aandeel`` of ``totaal``, half up to the cent: 0.33 × 1518461.52 = 501092.3016 → 501092.30."""
    with localcontext(prec=PRECISIE):
        return rond_af(totaal * aandeel)


# --- one year ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cijfer:
    """An amount and whether it is fixed in the decision or computed."""

    bedrag: Decimal
    herkomst: Herkomst


@dataclass(frozen=True)
class Gemeentebijdrage:
    gemeente_id: str
    naam: str
    inwoners: int
    vast: Decimal
    inwonersdeel: Decimal
    totaal: Decimal
    per_inwoner: Decimal | None
    """Total divided by inhabitants, half up to the cent; None without inhabitants."""


@dataclass(frozen=True)
class Verdeling:
    """The split of one year's total: province, and each municipality's fixed and inhabitants part."""

    totaal: Decimal
    provincie: Cijfer
    gemeenten_totaal: Decimal
    vast_totaal: Decimal
    inwonersdeel_totaal: Decimal
    bijdragen: tuple[Gemeentebijdrage, ...]


@dataclass(frozen=True)
class Inwoners:
    gemeente_id: str
    naam: str
    aantal: int


def verdeel(
    totaal: Decimal,
    provincie_aandeel: Decimal,
    vaste_bijdrage: Decimal,
    inwoners: Sequence[Inwoners],
    provinciale_bijdrage: Decimal | None = None,
) -> Verdeling:
    """The year's split; raises ``VerdeelFout`` where the input cannot add up."""
    berekend = berekende_provinciale_bijdrage(totaal, provincie_aandeel)
    if provinciale_bijdrage is not None and provinciale_bijdrage != berekend:
        raise VerdeelFout(f"De provinciale bijdrage {provinciale_bijdrage} is niet gelijk aan {berekend}.")
    provincie = Cijfer(berekend, "berekend" if provinciale_bijdrage is None else "vastgelegd")
    gemeenten_totaal = totaal - provincie.bedrag
    vast_totaal = vaste_bijdrage * len(inwoners)
    inwonersdeel_totaal = gemeenten_totaal - vast_totaal
    if inwonersdeel_totaal < 0:
        raise VerdeelFout("De vaste bijdragen zijn samen groter dan het deel van de gemeenten.")
    if not inwoners and gemeenten_totaal:
        raise VerdeelFout("Er zijn geen gemeenten om het deel van de gemeenten over te verdelen.")
    delen = verdeel_in_centen(inwonersdeel_totaal, {i.naam: i.aantal for i in inwoners})
    bijdragen = tuple(
        _bijdrage(i, vaste_bijdrage, delen[i.naam]) for i in sorted(inwoners, key=lambda i: i.naam)
    )
    verdeling = Verdeling(
        totaal=totaal,
        provincie=provincie,
        gemeenten_totaal=gemeenten_totaal,
        vast_totaal=vast_totaal,
        inwonersdeel_totaal=inwonersdeel_totaal,
        bijdragen=bijdragen,
    )
    if provincie.bedrag + sum((b.totaal for b in bijdragen), Decimal(0)) != totaal:  # pragma: no cover - invariant
        raise ArithmeticError("De verdeling telt niet op tot het totaal.")
    return verdeling


def _bijdrage(inwoners: Inwoners, vast: Decimal, inwonersdeel: Decimal) -> Gemeentebijdrage:
    totaal = vast + inwonersdeel
    per_inwoner = rond_af(totaal / inwoners.aantal) if inwoners.aantal else None
    return Gemeentebijdrage(inwoners.gemeente_id, inwoners.naam, inwoners.aantal, vast, inwonersdeel, totaal, per_inwoner)


# --- the whole budget --------------------------------------------------------------------------


@dataclass(frozen=True)
class Jaarcijfers:
    """One budget year: the model's figures, which of them are fixed, and the split."""

    jaar: int
    status: str
    toelichting: str | None
    totaal: Cijfer
    totaal_in_besluit: Cijfer | None
    verdeling: Verdeling
    vaste_bijdrage: Decimal
    posten: tuple[Begrotingspost, ...]
    capaciteit_uren: int | None

    @property
    def provincie(self) -> Cijfer:
        return self.verdeling.provincie

    @property
    def onder_voorbehoud(self) -> bool:
        return self.status == "onder voorbehoud"

    def bijdrage_van(self, gemeente_id: str) -> Gemeentebijdrage | None:
        return next((b for b in self.verdeling.bijdragen if b.gemeente_id == gemeente_id), None)


@dataclass(frozen=True)
class Financien:
    bron: str
    provincie_aandeel: Decimal
    peildatum: date
    voorbeeld: bool
    toelichting_sleutel: str | None
    jaren: tuple[Jaarcijfers, ...]
    """In calendar order."""


def inwoners_op_peildatum(gemeenten: Sequence[Gemeente], peildatum: date) -> list[Inwoners]:
    """Inhabitants of each municipality on the key's peildatum; raises if one is missing."""
    resultaat = []
    for gemeente in gemeenten:
        inwoners = gemeente.inwoners_op(peildatum)
        if inwoners is None or inwoners.aantal is None:
            raise VerdeelFout(f"{gemeente.naam} heeft geen inwonertal op {peildatum.isoformat()}.")
        resultaat.append(Inwoners(gemeente.id or gemeente.naam, gemeente.naam, inwoners.aantal))
    return resultaat


def bereken_jaar(jaar: Begrotingsjaar, provincie_aandeel: Decimal, inwoners: Sequence[Inwoners]) -> Jaarcijfers:
    verdeling = verdeel(jaar.totaal, provincie_aandeel, jaar.vaste_bijdrage_per_gemeente, inwoners, jaar.provinciale_bijdrage)
    return Jaarcijfers(
        jaar=jaar.jaar,
        status=jaar.status,
        toelichting=jaar.toelichting,
        totaal=Cijfer(jaar.totaal, "vastgelegd"),
        totaal_in_besluit=Cijfer(jaar.totaal_in_besluit, "vastgelegd") if jaar.totaal_in_besluit is not None else None,
        verdeling=verdeling,
        vaste_bijdrage=jaar.vaste_bijdrage_per_gemeente,
        posten=tuple(jaar.begrotingsposten),
        capaciteit_uren=jaar.capaciteit_uren,
    )


def bereken(begroting: Begroting, gemeenten: Sequence[Gemeente]) -> Financien:
    """The whole budget, split per year; for a catalogue that passed validation this never raises."""
    sleutel = begroting.verdeelsleutel
    inwoners = inwoners_op_peildatum(gemeenten, sleutel.peildatum_inwoners)
    jaren = tuple(bereken_jaar(j, begroting.provincie_aandeel, inwoners) for j in sorted(begroting.jaren, key=lambda j: j.jaar))
    return Financien(
        bron=begroting.bron,
        provincie_aandeel=begroting.provincie_aandeel,
        peildatum=sleutel.peildatum_inwoners,
        voorbeeld=sleutel.voorbeeld,
        toelichting_sleutel=sleutel.toelichting,
        jaren=jaren,
    )
