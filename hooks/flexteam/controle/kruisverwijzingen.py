"""Checks across files: vocabulary, references, unique ids and codes, attachments (the budget: ``begroting.py``)."""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from flexteam.basis.fout import Fout
from flexteam.basis.meldingen import (
    BESTAAT_NIET,
    BIJLAGE_ONGEBRUIKT,
    BIJLAGE_ONTBREEKT,
    CBS_CODE_TWEE_KEER,
    DUBBEL_IN_LIJST,
    GEMEENTENAAM_TWEE_KEER,
    HINT_BEDOELDE_JE,
    ID_BESTAAT_AL,
    JAAR_TWEE_KEER,
    KIES_UIT,
    ONDERDELEN_NIET_BIJ_TYPE,
    ONDERDELEN_NODIG,
    PARTICIPATIE_NIET_BIJ_TYPE,
    PARTICIPATIE_NODIG,
    PEILDATUM_TWEE_KEER,
    TAXONOMIE_ID_TWEE_KEER,
    VERPLICHT_TYPE_ONTBREEKT,
    VERWIJST_NAAR_ZICHZELF,
    WAAR_ITEMS,
    WAAR_MENUKAART,
    WAAR_TAXONOMIE,
    melding,
)
from flexteam.inhoud.model import Begroting, Dienst, Gemeente, Kennisproduct, Taxonomie
from flexteam.inhoud.regels import VERPLICHTE_TYPES, veld_bij_type
from flexteam.lezen.markdown import markdown_problemen
from flexteam.lezen.record import Record
from flexteam.lezen.yamlbestand import Pad


def controleer(
    map: Path,
    taxonomie: Record[Taxonomie],
    begroting: Record[Begroting],
    records: dict[str, Sequence[Record[Any]]],
    bestaande_ids: set[str],
    bijlagen: Mapping[str, bytes | None],
    bijlagen_map: str = "menukaart/bijlagen",
    deels: Mapping[str, Sequence[Record[Any]]] | None = None,
) -> list[Fout]:
    """Every cross-file problem. ``bijlagen`` holds every file found in ``bijlagen/`` (None: refused
    by the file rules, with its own error), ``bijlagen_map`` how that folder is named in messages. ``deels``: what
    could be read of the files that were refused (``controle/deels.py``); the same rules run on its readable fields."""
    fouten: list[Fout] = []
    fouten += _controleer_taxonomie(taxonomie)
    woorden = {naam: {b.id for b in taxonomie.model.lijst(naam)} for naam in _LIJSTEN}
    deels = deels or {}
    items: list[Record[Dienst | Kennisproduct]] = [*records["dienst"], *deels.get("dienst", ()),
                                                   *records["kennisproduct"], *deels.get("kennisproduct", ())]
    gemeenten: Sequence[Record[Gemeente]] = [*records["gemeente"], *deels.get("gemeente", ())]

    fouten += _dubbele_ids(items)
    bekende_items = bestaande_ids
    for record in items:
        fouten += _controleer_item(record, woorden, bekende_items, bijlagen)
    fouten += _losse_bijlagen(items, bijlagen, bijlagen_map)
    fouten += _controleer_gemeenten(gemeenten, woorden, bekende_items)
    fouten += _controleer_begroting(begroting)
    return fouten


_LIJSTEN = ("themas", "fasen", "doelgroepen", "kennisproduct_types", "participatieniveaus")



def _controleer_taxonomie(record: Record[Taxonomie]) -> Iterable[Fout]:
    for naam in _LIJSTEN:
        gezien: set[str] = set()
        for index, begrip in enumerate(record.model.lijst(naam)):
            if begrip.id in gezien:
                yield record.fout((naam, index, "id"), melding(TAXONOMIE_ID_TWEE_KEER, id=begrip.id, lijst=naam))
            gezien.add(begrip.id)
    types = {b.id for b in record.model.kennisproduct_types}
    for verplicht in VERPLICHTE_TYPES:
        if verplicht not in types:
            yield record.fout(("kennisproduct_types",), melding(VERPLICHT_TYPE_ONTBREEKT, type=verplicht))


def _dubbele_ids(items: Sequence[Record[Any]]) -> Iterable[Fout]:
    eerste: dict[str, Record[Any]] = {}
    for record in items:
        if record.ident in eerste:
            yield Fout(record.bestand, None, None, None, melding(ID_BESTAAT_AL, id=record.ident, bestand=eerste[record.ident].bestand))
        else:
            eerste[record.ident] = record


def _in_woordenlijst(record: Record[Any], pad: Pad, waarden: Sequence[str], woorden: set[str], lijst: str) -> Iterable[Fout]:
    for index, waarde in enumerate(waarden):
        if waarde not in woorden:
            yield record.fout((*pad, index), onbekend(waarde, woorden, melding(WAAR_TAXONOMIE, lijst=lijst)))
    for waarde, aantal in Counter(waarden).items():
        if aantal > 1:
            yield record.fout(pad, melding(DUBBEL_IN_LIJST, waarde=waarde, aantal=aantal))


def onbekend(waarde: str, bekend: set[str], waar: str) -> str:
    tekst = melding(BESTAAT_NIET, waarde=waarde, waar=waar)
    suggestie = difflib.get_close_matches(waarde, sorted(bekend), n=1)
    if suggestie:
        tekst += melding(HINT_BEDOELDE_JE, suggestie=suggestie[0])
    if len(bekend) <= 12:
        tekst += melding(KIES_UIT, keuzes=", ".join(sorted(bekend)))
    return tekst


def _controleer_item(
    record: Record[Dienst | Kennisproduct], woorden: dict[str, set[str]], bekende_items: set[str],
    bijlagen: Mapping[str, bytes | None],
) -> Iterable[Fout]:
    item = record.model
    for veld, lijst in (("thema", "themas"), ("fase", "fasen"), ("doelgroep", "doelgroepen")):
        if record.leesbaar(veld):
            yield from _in_woordenlijst(record, (veld,), getattr(item, veld), woorden[lijst], lijst)
    if record.leesbaar("gerelateerd"):
        for index, doel in enumerate(item.gerelateerd):
            if doel == record.ident:
                yield record.fout(("gerelateerd", index), VERWIJST_NAAR_ZICHZELF)
            elif doel not in bekende_items:
                yield record.fout(("gerelateerd", index), onbekend(doel, bekende_items, WAAR_ITEMS))
        for waarde, aantal in Counter(item.gerelateerd).items():
            if aantal > 1:
                yield record.fout(("gerelateerd",), melding(DUBBEL_IN_LIJST, waarde=waarde, aantal=aantal))
    if record.leesbaar("beschrijving"):
        for probleem in markdown_problemen(item.beschrijving):
            yield record.fout(("beschrijving",), probleem)
    if isinstance(item, Kennisproduct):
        yield from _controleer_kennisproduct(record, item, woorden, bijlagen)


def _controleer_kennisproduct(
    record: Record[Any], item: Kennisproduct, woorden: dict[str, set[str]], bijlagen: Mapping[str, bytes | None]
) -> Iterable[Fout]:
    if record.leesbaar("type") and item.type not in woorden["kennisproduct_types"]:
        yield record.fout(("type",), onbekend(item.type, woorden["kennisproduct_types"], melding(WAAR_TAXONOMIE, lijst="kennisproduct_types")))
    if record.leesbaar("type", "participatie"):
        regel = veld_bij_type("participatie", item.type)
        if regel == "verplicht" and item.participatie is None:
            yield record.fout(("type",), PARTICIPATIE_NODIG)
        if regel == "weg" and item.participatie is not None:
            yield record.fout(("participatie",), PARTICIPATIE_NIET_BIJ_TYPE)
    if record.leesbaar("participatie") and item.participatie is not None:
        yield from _in_woordenlijst(record, ("participatie", "niveau"), item.participatie.niveau,
                                    woorden["participatieniveaus"], "participatieniveaus")
    if record.leesbaar("type", "onderdelen"):
        regel = veld_bij_type("onderdelen", item.type)
        if regel == "verplicht" and not item.onderdelen:
            yield record.fout(("type",), melding(ONDERDELEN_NODIG, type=item.type))
        if regel == "weg" and item.onderdelen:
            yield record.fout(("onderdelen",), melding(ONDERDELEN_NIET_BIJ_TYPE, type=item.type))
    for index, bijlage in enumerate(item.bijlagen if record.leesbaar("bijlagen") else ()):
        if bijlage.bestand not in bijlagen:
            yield record.fout(("bijlagen", index, "bestand"), melding(BIJLAGE_ONTBREEKT, bestand=bijlage.bestand))


def _losse_bijlagen(
    items: Sequence[Record[Dienst | Kennisproduct]], bijlagen: Mapping[str, bytes | None], bijlagen_map: str
) -> Iterable[Fout]:
    """Only attachments an item links to are published: a file nobody links to is reported, not served. A refused file
    whose list of attachments could not be read may still name one: every ``bestand`` written in it counts."""
    gebruikt = {b.bestand for r in items if isinstance(r.model, Kennisproduct) and r.leesbaar("bijlagen") for b in r.model.bijlagen}
    gebruikt |= {naam for r in items if not r.leesbaar("bijlagen") for naam in _genoemde_bestanden(r.document.data)}
    for naam, inhoud in sorted(bijlagen.items()):
        if naam not in gebruikt and inhoud is not None:
            yield Fout(f"{bijlagen_map}/{naam}", None, None, None, BIJLAGE_ONGEBRUIKT)


def _genoemde_bestanden(data: object) -> Iterable[str]:
    """Every text under a key ``bestand`` in a parsed file, however broken the rest."""
    if isinstance(data, Mapping):
        for sleutel, waarde in data.items():
            if sleutel == "bestand" and isinstance(waarde, str):
                yield waarde
            else:
                yield from _genoemde_bestanden(waarde)
    elif isinstance(data, list):
        for waarde in data:
            yield from _genoemde_bestanden(waarde)


def _controleer_gemeenten(
    gemeenten: Sequence[Record[Gemeente]], woorden: dict[str, set[str]], bekende_items: set[str]
) -> Iterable[Fout]:
    codes: dict[str, Record[Gemeente]] = {}
    namen: dict[str, Record[Gemeente]] = {}
    for record in gemeenten:
        gemeente = record.model
        if record.leesbaar("cbs_code"):
            if gemeente.cbs_code in codes:
                yield record.fout(("cbs_code",), melding(CBS_CODE_TWEE_KEER, code=gemeente.cbs_code, bestand=codes[gemeente.cbs_code].bestand))
            codes.setdefault(gemeente.cbs_code, record)
        if record.leesbaar("naam"):
            if gemeente.naam in namen:
                yield record.fout(("naam",), melding(GEMEENTENAAM_TWEE_KEER, naam=gemeente.naam, bestand=namen[gemeente.naam].bestand))
            namen.setdefault(gemeente.naam, record)
        inwonertal = gemeente.inwoners if record.leesbaar("inwoners") else ()
        peildata = Counter(i.peildatum for i in inwonertal)
        for index, inwoners in enumerate(inwonertal):
            if peildata[inwoners.peildatum] > 1:
                yield record.fout(("inwoners", index, "peildatum"), melding(PEILDATUM_TWEE_KEER, peildatum=inwoners.peildatum))
        for index, afspraak in enumerate(gemeente.afspraken if record.leesbaar("afspraken") else ()):
            if afspraak.item not in bekende_items:
                yield record.fout(("afspraken", index, "item"), onbekend(afspraak.item, bekende_items, WAAR_MENUKAART))
        for index, proces in enumerate(gemeente.lokale_processen if record.leesbaar("lokale_processen") else ()):
            if proces.fase not in woorden["fasen"]:
                yield record.fout(("lokale_processen", index, "fase"), onbekend(proces.fase, woorden["fasen"], melding(WAAR_TAXONOMIE, lijst="fasen")))


def _controleer_begroting(record: Record[Begroting]) -> Iterable[Fout]:
    jaren = Counter(j.jaar for j in record.model.jaren)
    for index, jaar in enumerate(record.model.jaren):
        if jaren[jaar.jaar] > 1:
            yield record.fout(("jaren", index, "jaar"), melding(JAAR_TWEE_KEER, jaar=jaar.jaar))
