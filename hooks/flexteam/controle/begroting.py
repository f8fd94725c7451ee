"""Finance rules a schema cannot check, as Dutch errors with file and line.

Called from ``controles.controleer``. Types and single amounts (negative, text such as
"1.000,50", more than two decimals, a share above 100%, a missing total) are refused earlier
by the model; the rules here need several figures at once.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable, Sequence

from flexteam.basis.afronding import EURO, rond_af
from flexteam.basis.fout import Fout
from flexteam.basis.opmaak import bedrag, getal, procent
from flexteam.inhoud.model import Begroting, Begrotingsjaar, Gemeente
from flexteam.lezen.record import Record
from flexteam.lezen.yamlbestand import Pad, veldnaam
from flexteam.rekenen.financien import berekende_provinciale_bijdrage


def controleer_financien(begroting: Record[Begroting], gemeenten: Sequence[Record[Gemeente]]) -> list[Fout]:
    """Every finance problem in ``begroting.yml``; an empty list when the budget can be split to the cent."""
    inwoners = _inwoners(begroting.model, gemeenten)
    fouten: list[Fout] = []
    for index, jaar in enumerate(begroting.model.jaren):
        fouten += _controleer_jaar(begroting, index, jaar, len(gemeenten), inwoners)
    return fouten


def _inwoners(begroting: Begroting, gemeenten: Sequence[Record[Gemeente]]) -> int | None:
    """Total inhabitants on the peildatum; None when one is missing (``controles`` reports that)."""
    totaal = 0
    for record in gemeenten:
        inwoners = record.model.inwoners_op(begroting.verdeelsleutel.peildatum_inwoners)
        if inwoners is None or inwoners.aantal is None:
            return None
        totaal += inwoners.aantal
    return totaal


def _controleer_jaar(
    record: Record[Begroting], index: int, jaar: Begrotingsjaar, aantal_gemeenten: int, inwoners: int | None
) -> Iterable[Fout]:
    begroting = record.model
    pad: Pad = ("jaren", index)
    berekend = berekende_provinciale_bijdrage(jaar.totaal, begroting.provincie_aandeel)
    if jaar.provinciale_bijdrage is not None and jaar.provinciale_bijdrage != berekend:
        yield _fout(record, (*pad, "provinciale_bijdrage"),
                    f"De provinciale bijdrage voor {jaar.jaar} ({bedrag(jaar.provinciale_bijdrage)}) klopt niet: "
                    f"{procent(begroting.provincie_aandeel)} van het totaal {bedrag(jaar.totaal)} is {bedrag(berekend)} "
                    "(afgerond op hele centen). Verbeter het bedrag of het totaal, of laat provinciale_bijdrage weg.")
    if jaar.totaal_in_besluit is not None and jaar.totaal_in_besluit != rond_af(jaar.totaal, EURO):
        yield _fout(record, (*pad, "totaal_in_besluit"),
                    f"Het totaal in het besluit voor {jaar.jaar} ({bedrag(jaar.totaal_in_besluit)}) is niet het totaal "
                    f"{bedrag(jaar.totaal)} afgerond op hele euro's ({bedrag(rond_af(jaar.totaal, EURO))}).")
    if jaar.begrotingsposten:
        som = sum((p.bedrag for p in jaar.begrotingsposten), Decimal(0))
        if som != jaar.totaal:
            yield _fout(record, (*pad, "begrotingsposten"),
                        f"De begrotingsposten voor {jaar.jaar} tellen op tot {bedrag(som)}, maar het totaal is "
                        f"{bedrag(jaar.totaal)} (verschil {bedrag(abs(jaar.totaal - som))}). Maak ze gelijk.")
    gemeenten_deel = jaar.totaal - berekend
    vast = jaar.vaste_bijdrage_per_gemeente * aantal_gemeenten
    if vast > gemeenten_deel:
        yield _fout(record, (*pad, "vaste_bijdrage_per_gemeente"),
                    f"De vaste bijdragen voor {jaar.jaar} zijn samen {bedrag(vast)} "
                    f"({getal(aantal_gemeenten)} gemeenten × {bedrag(jaar.vaste_bijdrage_per_gemeente)}). Dat is meer dan "
                    f"het deel van de gemeenten: {bedrag(gemeenten_deel)}. Maak de vaste bijdrage kleiner.")
    elif aantal_gemeenten == 0 and gemeenten_deel > 0:
        yield _fout(record, (*pad, "totaal"),
                    f"Er zijn geen gemeenten om het deel van de gemeenten voor {jaar.jaar} ({bedrag(gemeenten_deel)}) "
                    "over te verdelen. Voeg de gemeenten toe in menukaart/gemeenten/.")
    elif inwoners == 0 and gemeenten_deel > vast:
        yield _fout(record, ("verdeelsleutel", "peildatum_inwoners"),
                    f"Alle gemeenten hebben 0 inwoners op {begroting.verdeelsleutel.peildatum_inwoners.isoformat()}: "
                    f"het deel naar inwoners voor {jaar.jaar} ({bedrag(gemeenten_deel - vast)}) kan niet worden verdeeld.")


def _fout(record: Record[Any], pad: Pad, melding: str) -> Fout:
    plek = record.document.plek(pad)
    return Fout(record.bestand, plek.regel if plek else None, plek.kolom if plek else None, veldnaam(pad) or None, melding)
