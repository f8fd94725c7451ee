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

Every figure leaves here as an ``Onderbouwd``: the value and where it comes from. The year's total, the
decision's figures, the fixed contribution and the inhabitants carry the herkomst the content gives them; what
is computed is ``afgeleid`` with its rule, and as weak as its weakest input (``rekenen/herkomst.py``): a
contribution computed from an example fixed part is an example. A year whose fixed part or inhabitants are not
yet known has no split, and says which are missing.

These are also the only place the rules are written: ``verdeel`` and ``bereken`` refuse input that
does not add up with a ``VerdeelFout`` naming every broken rule, its Dutch message and its field, and
``controle/begroting.py`` reports those with file and line. The check computes the budget once; the
catalogue keeps the result (``Catalogus.financien``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext
from typing import Mapping, Sequence

from flexteam.basis.afronding import CENT, EURO, PRECISIE, Probleem, VerdeelFout, rond_af, verdeel_in_centen
from flexteam.basis.meldingen import (
    GEEN_GEMEENTEN_OM_TE_VERDELEN,
    GEEN_INWONERS_OM_TE_VERDELEN,
    GEEN_INWONERS_OP_PEILDATUM,
    POSTEN_TELLEN_NIET_OP,
    PROVINCIALE_BIJDRAGE_KLOPT_NIET,
    REGEL_BIJDRAGE,
    REGEL_DEEL_VOLGENS_TEKST,
    REGEL_GEMEENTEN_SAMEN,
    REGEL_INWONERSDEEL,
    REGEL_PROVINCIE,
    REGEL_VAST_TOTAAL,
    REGEL_VERSCHIL_TEKST,
    TOTAAL_IN_BESLUIT_KLOPT_NIET,
    VASTE_BIJDRAGEN_TE_GROOT,
    melding,
)
from flexteam.basis.opmaak import bedrag, datum, getal, procent
from flexteam.inhoud.model import AandeelInTekst, Begroting, Begrotingsjaar, Begrotingspost, Bron, Gemeente
from flexteam.rekenen.herkomst import Herkomst, Onderbouwd, afgeleid, afgeleide_herkomst, cijfer, herkomst_van, zwakste


def berekende_provinciale_bijdrage(totaal: Decimal, aandeel: Decimal) -> Decimal:
    """``aandeel`` of ``totaal``, half up to the cent: 0.33 × 1518461.52 = 501092.3016 → 501092.30."""
    with localcontext(prec=PRECISIE):
        return rond_af(totaal * aandeel)


def totalen_bij_bijdrage(bijdrage: Decimal, aandeel: Decimal) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest total in cents whose ``aandeel`` rounds to ``bijdrage``: how far a total derived
    from the province's amount is fixed by it (501.092,30 at 33% fits every total from 1.518.461,50 to ,53)."""
    if not aandeel:
        return None
    with localcontext(prec=PRECISIE):
        midden = bijdrage / aandeel
        laag = (midden - CENT / aandeel).quantize(CENT, ROUND_FLOOR)
        hoog = (midden + CENT / aandeel).quantize(CENT, ROUND_CEILING)
    passend = []
    totaal = laag
    while totaal <= hoog:
        if berekende_provinciale_bijdrage(totaal, aandeel) == bijdrage:
            passend.append(totaal)
        totaal += CENT
    return (passend[0], passend[-1]) if passend else None


# --- one year ----------------------------------------------------------------------------------


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
    """The split of one year's total: province, the municipalities together, and each municipality's part.

    ``vast_totaal``, ``inwonersdeel_totaal`` and ``bijdragen`` are empty while the fixed part or an inhabitants
    count is not yet known (``open`` names the municipalities whose count is still open)."""

    totaal: Decimal
    provincie: Decimal
    provincie_uit_besluit: bool
    gemeenten_totaal: Decimal
    vast_totaal: Decimal | None
    inwonersdeel_totaal: Decimal | None
    bijdragen: tuple[Gemeentebijdrage, ...]
    open: tuple[str, ...] = ()


@dataclass(frozen=True)
class Inwoners:
    gemeente_id: str
    naam: str
    aantal: int | None
    """None: not yet known (``aantal: null``), or missing when ``ontbreekt``."""
    ontbreekt: bool = False
    """The municipality has no entry for the peildatum at all: the check refuses that."""


def verdeel(
    totaal: Decimal,
    provincie_aandeel: Decimal,
    vaste_bijdrage: Decimal | None,
    inwoners: Sequence[Inwoners],
    provinciale_bijdrage: Decimal | None = None,
) -> Verdeling:
    """The year's split; raises ``VerdeelFout`` with every rule of the split the input breaks.

    The problems name a field of the year's block (``in_jaar``), of ``begroting.yml`` or of a municipality;
    ``bereken`` fills in the year and the peildatum (``{jaar}``, ``{peildatum}``).
    """
    berekend = berekende_provinciale_bijdrage(totaal, provincie_aandeel)
    gemeenten_totaal = totaal - berekend
    problemen = []
    if provinciale_bijdrage is not None and provinciale_bijdrage != berekend:
        problemen.append(Probleem(PROVINCIALE_BIJDRAGE_KLOPT_NIET, {
            "bijdrage": bedrag(provinciale_bijdrage), "aandeel": procent(provincie_aandeel),
            "totaal": bedrag(totaal), "berekend": bedrag(berekend),
        }, ("provinciale_bijdrage",), in_jaar=True))
    problemen += [Probleem(GEEN_INWONERS_OP_PEILDATUM, {"naam": i.naam}, ("inwoners",), gemeente=i.gemeente_id,
                           per_peildatum=True) for i in inwoners if i.ontbreekt]
    open_ = tuple(sorted(i.naam for i in inwoners if i.aantal is None and not i.ontbreekt))
    aantallen = {i.naam: i.aantal for i in inwoners if i.aantal is not None}
    vast_totaal = inwonersdeel_totaal = None
    if vaste_bijdrage is not None:
        vast_totaal = vaste_bijdrage * len(inwoners)
        inwonersdeel_totaal = gemeenten_totaal - vast_totaal
        if inwonersdeel_totaal < 0:
            problemen.append(Probleem(VASTE_BIJDRAGEN_TE_GROOT, {
                "vast": bedrag(vast_totaal), "aantal": getal(len(inwoners)), "per_gemeente": bedrag(vaste_bijdrage),
                "deel": bedrag(gemeenten_totaal),
            }, ("vaste_bijdrage_per_gemeente",), in_jaar=True))
        elif not inwoners and gemeenten_totaal > 0:
            problemen.append(Probleem(GEEN_GEMEENTEN_OM_TE_VERDELEN, {"deel": bedrag(gemeenten_totaal)}, ("totaal",), in_jaar=True))
        elif inwonersdeel_totaal > 0 and len(aantallen) == len(inwoners) and not any(aantallen.values()):
            problemen.append(Probleem(GEEN_INWONERS_OM_TE_VERDELEN, {"bedrag": bedrag(inwonersdeel_totaal)},
                                      ("peildatum_inwoners",), in_jaar=True))
    if problemen:
        raise VerdeelFout(*problemen)
    uit_besluit = provinciale_bijdrage is not None
    if vaste_bijdrage is None or inwonersdeel_totaal is None or open_:
        return Verdeling(totaal, berekend, uit_besluit, gemeenten_totaal, vast_totaal, inwonersdeel_totaal, (), open_)
    delen = verdeel_in_centen(inwonersdeel_totaal, aantallen)
    bijdragen = tuple(
        _bijdrage(i, aantallen[i.naam], vaste_bijdrage, delen[i.naam]) for i in sorted(inwoners, key=lambda i: i.naam)
    )
    if berekend + sum((b.totaal for b in bijdragen), Decimal(0)) != totaal:  # pragma: no cover - invariant
        raise ArithmeticError("the split does not add up to the total")
    return Verdeling(totaal, berekend, uit_besluit, gemeenten_totaal, vast_totaal, inwonersdeel_totaal, bijdragen)


def _bijdrage(inwoners: Inwoners, aantal: int, vast: Decimal, inwonersdeel: Decimal) -> Gemeentebijdrage:
    totaal = vast + inwonersdeel
    per_inwoner = rond_af(totaal / aantal) if aantal else None
    return Gemeentebijdrage(inwoners.gemeente_id, inwoners.naam, aantal, vast, inwonersdeel, totaal, per_inwoner)


# --- the whole budget --------------------------------------------------------------------------


@dataclass(frozen=True)
class Derdeverschil:
    """The letter's wording of the province's share ('een derde') against the share in its amounts."""

    tekst: str
    deel_volgens_tekst: Onderbouwd
    """The decreed total times the fraction, half up to the cent."""
    verschil: Onderbouwd
    """What the municipalities carry because the amounts are below the fraction: fraction share minus province."""


@dataclass(frozen=True)
class Jaarcijfers:
    """One budget year: every figure with its herkomst, and the split."""

    jaar: int
    status: str
    toelichting: str | None
    peildatum: date
    totaal: Onderbouwd
    totaal_in_besluit: Onderbouwd | None
    totalen_bij_bijdrage: tuple[Decimal, Decimal] | None
    """The range of totals the province's decreed amount allows (when the decision gives that amount)."""
    provincie: Onderbouwd
    gemeenten_totaal: Onderbouwd
    vaste_bijdrage: Onderbouwd
    vast_totaal: Onderbouwd
    inwonersdeel_totaal: Onderbouwd
    verdeling: Verdeling
    bijdrage_herkomst: Herkomst | None
    """Herkomst of every municipality's contribution this year (None while the split is not known)."""
    derde: Derdeverschil | None
    posten: tuple[Begrotingspost, ...]
    posten_herkomst: Herkomst | None
    team_fte: Onderbouwd | None
    inwoners: tuple[tuple[str, Onderbouwd], ...] = ()
    """(gemeente id, its inhabitants on the peildatum with their herkomst)."""

    def inwoners_van(self, gemeente_id: str) -> Onderbouwd:
        return next((c for ident, c in self.inwoners if ident == gemeente_id), Onderbouwd(None, None))

    @property
    def onder_voorbehoud(self) -> bool:
        return self.status == "onder voorbehoud"

    @property
    def verdeeld(self) -> bool:
        return bool(self.verdeling.bijdragen)

    def bijdrage_van(self, gemeente_id: str) -> Gemeentebijdrage | None:
        return next((b for b in self.verdeling.bijdragen if b.gemeente_id == gemeente_id), None)


@dataclass(frozen=True)
class Financien:
    provincie_aandeel: Onderbouwd
    toelichting_sleutel: str | None
    jaren: tuple[Jaarcijfers, ...]
    """In calendar order."""

    @property
    def voorbeeld(self) -> bool:
        """Whether any contribution in any year is an example."""
        return any(j.bijdrage_herkomst is not None and j.bijdrage_herkomst.is_voorbeeld for j in self.jaren)


def inwoners_op_peildatum(gemeenten: Sequence[Gemeente], peildatum: date) -> list[Inwoners]:
    """Inhabitants of each municipality on the peildatum; ``ontbreekt`` where it has no entry for that date."""
    resultaat = []
    for gemeente in gemeenten:
        inwoners = gemeente.inwoners_op(peildatum)
        resultaat.append(Inwoners(gemeente.id or gemeente.naam, gemeente.naam, inwoners.aantal if inwoners else None,
                                  ontbreekt=inwoners is None))
    return resultaat


def bereken_jaar(
    jaar: Begrotingsjaar, provincie_aandeel: Onderbouwd, gemeenten: Sequence[Gemeente], bronnen: Mapping[str, Bron],
    in_tekst: AandeelInTekst | None = None,
) -> Jaarcijfers:
    """One year's figures and split; raises ``VerdeelFout`` with every rule the year breaks, the year filled in."""
    aandeel = provincie_aandeel.waarde if provincie_aandeel.waarde is not None else Decimal(0)
    inwoners = inwoners_op_peildatum(gemeenten, jaar.peildatum_inwoners)
    vast = cijfer(jaar.vaste_bijdrage_per_gemeente, bronnen)
    decreet = jaar.provinciale_bijdrage.waarde if jaar.provinciale_bijdrage else None
    problemen = _jaarproblemen(jaar)
    try:
        verdeling = verdeel(jaar.totaal.waarde, aandeel, vast.waarde, inwoners, decreet)
    except VerdeelFout as fout:
        problemen[:0] = fout.problemen
    if problemen:
        raise VerdeelFout(*(replace(p, waarden={"jaar": jaar.jaar, **p.waarden}) for p in problemen))
    totaal = cijfer(jaar.totaal, bronnen)
    pct = procent(aandeel)
    if jaar.provinciale_bijdrage is not None:
        provincie = cijfer(jaar.provinciale_bijdrage, bronnen)
    else:
        provincie = afgeleid(verdeling.provincie, melding(REGEL_PROVINCIE, aandeel=pct),
                             totaal, provincie_aandeel)
    gemeenten_totaal = afgeleid(verdeling.gemeenten_totaal, REGEL_GEMEENTEN_SAMEN, totaal, provincie)
    vast_totaal = afgeleid(verdeling.vast_totaal, melding(REGEL_VAST_TOTAAL, aantal=len(inwoners)), vast)
    inwonersdeel = afgeleid(verdeling.inwonersdeel_totaal, REGEL_INWONERSDEEL,
                            gemeenten_totaal, vast_totaal)
    inwonerherkomst = [herkomst_van(g.inwoners_op(jaar.peildatum_inwoners), bronnen)  # type: ignore[arg-type]
                       for g in gemeenten if g.inwoners_op(jaar.peildatum_inwoners) is not None]
    bijdrage_herkomst = afgeleide_herkomst(
        melding(REGEL_BIJDRAGE, peildatum=datum(jaar.peildatum_inwoners)),
        vast, inwonersdeel, zwakste([h for h in inwonerherkomst if h is not None])) if verdeling.bijdragen else None
    return Jaarcijfers(
        jaar=jaar.jaar,
        status=jaar.status,
        toelichting=jaar.toelichting,
        peildatum=jaar.peildatum_inwoners,
        totaal=totaal,
        totaal_in_besluit=cijfer(jaar.totaal_in_besluit, bronnen) if jaar.totaal_in_besluit is not None else None,
        totalen_bij_bijdrage=totalen_bij_bijdrage(decreet, aandeel) if decreet is not None else None,
        provincie=provincie,
        gemeenten_totaal=gemeenten_totaal,
        vaste_bijdrage=vast,
        vast_totaal=vast_totaal,
        inwonersdeel_totaal=inwonersdeel,
        verdeling=verdeling,
        bijdrage_herkomst=bijdrage_herkomst,
        derde=_derde(in_tekst, cijfer(jaar.totaal_in_besluit, bronnen) if jaar.totaal_in_besluit else None,
                     provincie, bronnen),
        posten=tuple(jaar.begrotingsposten),
        posten_herkomst=zwakste([h for h in (herkomst_van(p, bronnen) for p in jaar.begrotingsposten) if h is not None]),
        team_fte=cijfer(jaar.team_fte, bronnen) if jaar.team_fte is not None else None,
        inwoners=tuple((g.id or g.naam, cijfer(g.inwoners_op(jaar.peildatum_inwoners), bronnen)) for g in gemeenten),
    )


def _derde(in_tekst: AandeelInTekst | None, besluit: Onderbouwd | None, provincie: Onderbouwd,
           bronnen: Mapping[str, Bron]) -> Derdeverschil | None:
    """Only for a year whose decreed total is known: the letter's fraction speaks of that total."""
    if in_tekst is None or provincie.waarde is None or besluit is None or besluit.waarde is None:
        return None
    breuk = herkomst_van(in_tekst, bronnen)
    with localcontext(prec=PRECISIE):
        deel = rond_af(besluit.waarde * Decimal(in_tekst.teller) / Decimal(in_tekst.noemer))
    deel_cijfer = afgeleid(deel, melding(REGEL_DEEL_VOLGENS_TEKST, tekst=in_tekst.tekst, totaal=bedrag(besluit.waarde)),
                           besluit, breuk)
    verschil = afgeleid(deel - provincie.waarde, melding(REGEL_VERSCHIL_TEKST, tekst=in_tekst.tekst),
                        deel_cijfer, provincie)
    return Derdeverschil(in_tekst.tekst, deel_cijfer, verschil)


def _jaarproblemen(jaar: Begrotingsjaar) -> list[Probleem]:
    """The rules about the year's own figures: the rounded total of the decision, and the budget lines."""
    problemen = []
    afgerond = rond_af(jaar.totaal.waarde, EURO)
    if jaar.totaal_in_besluit is not None and jaar.totaal_in_besluit.waarde != afgerond:
        problemen.append(Probleem(TOTAAL_IN_BESLUIT_KLOPT_NIET, {
            "besluit": bedrag(jaar.totaal_in_besluit.waarde), "totaal": bedrag(jaar.totaal.waarde), "afgerond": bedrag(afgerond),
        }, ("totaal_in_besluit",), in_jaar=True))
    if jaar.begrotingsposten:
        som = sum((p.bedrag for p in jaar.begrotingsposten), Decimal(0))
        if som != jaar.totaal.waarde:
            problemen.append(Probleem(POSTEN_TELLEN_NIET_OP, {
                "som": bedrag(som), "totaal": bedrag(jaar.totaal.waarde), "verschil": bedrag(abs(jaar.totaal.waarde - som)),
            }, ("begrotingsposten",), in_jaar=True))
    return problemen


def _opsomming(jaren: Sequence[int]) -> str:
    """[2024, 2025, 2026] → '2024, 2025 en 2026'."""
    tekst = [str(j) for j in jaren]
    return tekst[0] if len(tekst) == 1 else ", ".join(tekst[:-1]) + " en " + tekst[-1]


def bereken(begroting: Begroting, gemeenten: Sequence[Gemeente], bronnen: Mapping[str, Bron] | None = None) -> Financien:
    """The whole budget, split per year.

    Raises ``VerdeelFout`` with every broken rule of every year (a municipality without inhabitants on a
    peildatum once per peildatum), each with its field from the top of ``begroting.yml`` or in that municipality's file.
    """
    bronnen = bronnen or {}
    aandeel = cijfer(begroting.provincie_aandeel, bronnen)
    jaren = []
    problemen: dict[tuple[object, ...], Probleem] = {}
    ontbrekend: dict[tuple[object, ...], list[int]] = {}
    """A municipality without a peildatum is named once per peildatum, with the years that need it."""
    for index, jaar in sorted(enumerate(begroting.jaren), key=lambda paar: paar[1].jaar):
        try:
            jaren.append(bereken_jaar(jaar, aandeel, gemeenten, bronnen, begroting.provincie_aandeel_in_tekst))
        except VerdeelFout as fout:
            for probleem in fout.problemen:
                veld = ("jaren", index, *probleem.veld) if probleem.in_jaar else probleem.veld
                probleem = replace(probleem, waarden={"peildatum": jaar.peildatum_inwoners.isoformat(), **probleem.waarden},
                                   veld=veld, in_jaar=False)
                if probleem.per_peildatum:
                    sleutel: tuple[object, ...] = (probleem.gemeente, probleem.sjabloon, probleem.waarden["peildatum"])
                    ontbrekend.setdefault(sleutel, []).append(jaar.jaar)
                else:
                    sleutel = (probleem.gemeente, probleem.veld, probleem.tekst)
                problemen.setdefault(sleutel, probleem)
    for sleutel, jaartallen in ontbrekend.items():
        problemen[sleutel] = replace(problemen[sleutel], waarden={**problemen[sleutel].waarden, "jaar": _opsomming(jaartallen)})
    if problemen:
        raise VerdeelFout(*problemen.values())
    return Financien(
        provincie_aandeel=aandeel,
        toelichting_sleutel=begroting.verdeelsleutel.toelichting,
        jaren=tuple(jaren),
    )
