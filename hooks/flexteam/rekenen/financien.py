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

These are also the only place the rules are written: ``verdeel`` and ``bereken`` refuse input that
does not add up with a ``VerdeelFout`` naming every broken rule, its Dutch message and its field, and
``controle/begroting.py`` reports those with file and line. The check computes the budget once; the
catalogue keeps the result (``Catalogus.financien``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, localcontext
from typing import Literal, Sequence

from flexteam.basis.afronding import EURO, PRECISIE, Probleem, VerdeelFout, rond_af, verdeel_in_centen
from flexteam.basis.meldingen import (
    GEEN_GEMEENTEN_OM_TE_VERDELEN,
    GEEN_INWONERS_OM_TE_VERDELEN,
    GEEN_INWONERS_OP_PEILDATUM,
    POSTEN_TELLEN_NIET_OP,
    PROVINCIALE_BIJDRAGE_KLOPT_NIET,
    TOTAAL_IN_BESLUIT_KLOPT_NIET,
    VASTE_BIJDRAGEN_TE_GROOT,
)
from flexteam.basis.opmaak import bedrag, getal, procent
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
    aantal: int | None
    """None: the municipality has no count on the peildatum, so the year cannot be split."""


def verdeel(
    totaal: Decimal,
    provincie_aandeel: Decimal,
    vaste_bijdrage: Decimal,
    inwoners: Sequence[Inwoners],
    provinciale_bijdrage: Decimal | None = None,
) -> Verdeling:
    """The year's split; raises ``VerdeelFout`` with every rule of the split the input breaks.

    The problems name a field of the year's block (``in_jaar``), of ``begroting.yml`` or of a municipality;
    ``bereken`` fills in the year and the peildatum (``{jaar}``, ``{peildatum}``).
    """
    berekend = berekende_provinciale_bijdrage(totaal, provincie_aandeel)
    gemeenten_totaal = totaal - berekend
    vast_totaal = vaste_bijdrage * len(inwoners)
    inwonersdeel_totaal = gemeenten_totaal - vast_totaal
    aantallen = {i.naam: i.aantal for i in inwoners if i.aantal is not None}
    problemen = []
    if provinciale_bijdrage is not None and provinciale_bijdrage != berekend:
        problemen.append(Probleem(PROVINCIALE_BIJDRAGE_KLOPT_NIET, {
            "bijdrage": bedrag(provinciale_bijdrage), "aandeel": procent(provincie_aandeel),
            "totaal": bedrag(totaal), "berekend": bedrag(berekend),
        }, ("provinciale_bijdrage",), in_jaar=True))
    if inwonersdeel_totaal < 0:
        problemen.append(Probleem(VASTE_BIJDRAGEN_TE_GROOT, {
            "vast": bedrag(vast_totaal), "aantal": getal(len(inwoners)), "per_gemeente": bedrag(vaste_bijdrage),
            "deel": bedrag(gemeenten_totaal),
        }, ("vaste_bijdrage_per_gemeente",), in_jaar=True))
    elif not inwoners and gemeenten_totaal > 0:
        problemen.append(Probleem(GEEN_GEMEENTEN_OM_TE_VERDELEN, {"deel": bedrag(gemeenten_totaal)}, ("totaal",), in_jaar=True))
    elif inwonersdeel_totaal > 0 and len(aantallen) == len(inwoners) and not any(aantallen.values()):
        problemen.append(Probleem(GEEN_INWONERS_OM_TE_VERDELEN, {"bedrag": bedrag(inwonersdeel_totaal)},
                                  ("verdeelsleutel", "peildatum_inwoners")))
    problemen += [Probleem(GEEN_INWONERS_OP_PEILDATUM, {"naam": i.naam}, ("inwoners",), gemeente=i.gemeente_id)
                  for i in inwoners if i.aantal is None]
    if problemen:
        raise VerdeelFout(*problemen)
    provincie = Cijfer(berekend, "berekend" if provinciale_bijdrage is None else "vastgelegd")
    delen = verdeel_in_centen(inwonersdeel_totaal, aantallen)
    bijdragen = tuple(
        _bijdrage(i, aantallen[i.naam], vaste_bijdrage, delen[i.naam]) for i in sorted(inwoners, key=lambda i: i.naam)
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
        raise ArithmeticError("the split does not add up to the total")
    return verdeling


def _bijdrage(inwoners: Inwoners, aantal: int, vast: Decimal, inwonersdeel: Decimal) -> Gemeentebijdrage:
    totaal = vast + inwonersdeel
    per_inwoner = rond_af(totaal / aantal) if aantal else None
    return Gemeentebijdrage(inwoners.gemeente_id, inwoners.naam, aantal, vast, inwonersdeel, totaal, per_inwoner)


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
    """Inhabitants of each municipality on the key's peildatum; None where it has none (``verdeel`` refuses that)."""
    resultaat = []
    for gemeente in gemeenten:
        inwoners = gemeente.inwoners_op(peildatum)
        resultaat.append(Inwoners(gemeente.id or gemeente.naam, gemeente.naam, inwoners.aantal if inwoners else None))
    return resultaat


def bereken_jaar(jaar: Begrotingsjaar, provincie_aandeel: Decimal, inwoners: Sequence[Inwoners]) -> Jaarcijfers:
    """One year's figures and split; raises ``VerdeelFout`` with every rule the year breaks, the year filled in."""
    problemen = _jaarproblemen(jaar)
    try:
        verdeling = verdeel(jaar.totaal, provincie_aandeel, jaar.vaste_bijdrage_per_gemeente, inwoners, jaar.provinciale_bijdrage)
    except VerdeelFout as fout:
        problemen[:0] = fout.problemen
    if problemen:
        raise VerdeelFout(*(replace(p, waarden={"jaar": jaar.jaar, **p.waarden}) for p in problemen))
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


def _jaarproblemen(jaar: Begrotingsjaar) -> list[Probleem]:
    """The rules about the year's own figures: the rounded total of the decision, and the budget lines."""
    problemen = []
    afgerond = rond_af(jaar.totaal, EURO)
    if jaar.totaal_in_besluit is not None and jaar.totaal_in_besluit != afgerond:
        problemen.append(Probleem(TOTAAL_IN_BESLUIT_KLOPT_NIET, {
            "besluit": bedrag(jaar.totaal_in_besluit), "totaal": bedrag(jaar.totaal), "afgerond": bedrag(afgerond),
        }, ("totaal_in_besluit",), in_jaar=True))
    if jaar.begrotingsposten:
        som = sum((p.bedrag for p in jaar.begrotingsposten), Decimal(0))
        if som != jaar.totaal:
            problemen.append(Probleem(POSTEN_TELLEN_NIET_OP, {
                "som": bedrag(som), "totaal": bedrag(jaar.totaal), "verschil": bedrag(abs(jaar.totaal - som)),
            }, ("begrotingsposten",), in_jaar=True))
    return problemen


def bereken(begroting: Begroting, gemeenten: Sequence[Gemeente]) -> Financien:
    """The whole budget, split per year.

    Raises ``VerdeelFout`` with every broken rule of every year (a municipality without inhabitants on the
    peildatum once), each with its field from the top of ``begroting.yml`` or in that municipality's file.
    """
    sleutel = begroting.verdeelsleutel
    peildatum = sleutel.peildatum_inwoners.isoformat()
    inwoners = inwoners_op_peildatum(gemeenten, sleutel.peildatum_inwoners)
    jaren = []
    problemen: dict[tuple[str | None, tuple[str | int, ...], str], Probleem] = {}
    for index, jaar in sorted(enumerate(begroting.jaren), key=lambda paar: paar[1].jaar):
        try:
            jaren.append(bereken_jaar(jaar, begroting.provincie_aandeel, inwoners))
        except VerdeelFout as fout:
            for probleem in fout.problemen:
                veld = ("jaren", index, *probleem.veld) if probleem.in_jaar else probleem.veld
                probleem = replace(probleem, waarden={"peildatum": peildatum, **probleem.waarden}, veld=veld, in_jaar=False)
                problemen.setdefault((probleem.gemeente, probleem.veld, probleem.tekst), probleem)
    if problemen:
        raise VerdeelFout(*problemen.values())
    return Financien(
        bron=begroting.bron,
        provincie_aandeel=begroting.provincie_aandeel,
        peildatum=sleutel.peildatum_inwoners,
        voorbeeld=sleutel.voorbeeld,
        toelichting_sleutel=sleutel.toelichting,
        jaren=tuple(jaren),
    )
