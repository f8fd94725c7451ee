"""Checks across files: vocabulary, references, unique ids and codes, attachments."""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from flexteam.basis.fout import Fout
from flexteam.controle.begroting import controleer_financien
from flexteam.inhoud.model import Begroting, Dienst, Gemeente, Kennisproduct, Taxonomie
from flexteam.inhoud.regels import TYPES_MET_ONDERDELEN, TYPES_ZONDER_ONDERDELEN, VERPLICHTE_TYPES
from flexteam.lezen.markdown import markdown_problemen
from flexteam.lezen.record import Record
from flexteam.lezen.yamlbestand import Pad, veldnaam


def controleer(
    map: Path,
    taxonomie: Record[Taxonomie],
    begroting: Record[Begroting],
    records: dict[str, Sequence[Record[Any]]],
    bestaande_ids: set[str],
    bijlagen: Mapping[str, bytes | None],
    bijlagen_map: str = "menukaart/bijlagen",
) -> list[Fout]:
    """Every cross-file problem. ``bijlagen`` holds every file found in ``bijlagen/`` (None: refused
    by the file rules, with its own error), ``bijlagen_map`` how that folder is named in messages."""
    fouten: list[Fout] = []
    fouten += _controleer_taxonomie(taxonomie)
    woorden = {naam: {b.id for b in taxonomie.model.lijst(naam)} for naam in _LIJSTEN}
    items: list[Record[Dienst | Kennisproduct]] = [*records["dienst"], *records["kennisproduct"]]
    gemeenten: Sequence[Record[Gemeente]] = records["gemeente"]

    fouten += _dubbele_ids(items)
    bekende_items = bestaande_ids
    for record in items:
        fouten += _controleer_item(record, woorden, bekende_items, bijlagen)
    fouten += _losse_bijlagen(items, bijlagen, bijlagen_map)
    fouten += _controleer_gemeenten(gemeenten, woorden, bekende_items)
    fouten += _controleer_begroting(begroting, gemeenten)
    fouten += controleer_financien(begroting, gemeenten)
    return fouten


_LIJSTEN = ("themas", "fasen", "doelgroepen", "kennisproduct_types", "participatieniveaus")


def _fout(record: Record[Any], pad: Pad, melding: str) -> Fout:
    plek = record.document.plek(pad)
    return Fout(record.bestand, plek.regel if plek else None, plek.kolom if plek else None, veldnaam(pad) or None, melding)


def _controleer_taxonomie(record: Record[Taxonomie]) -> Iterable[Fout]:
    for naam in _LIJSTEN:
        gezien: set[str] = set()
        for index, begrip in enumerate(record.model.lijst(naam)):
            if begrip.id in gezien:
                yield _fout(record, (naam, index, "id"), f"De id '{begrip.id}' staat twee keer in {naam}.")
            gezien.add(begrip.id)
    types = {b.id for b in record.model.kennisproduct_types}
    for verplicht in VERPLICHTE_TYPES:
        if verplicht not in types:
            yield _fout(record, ("kennisproduct_types",), f"Het kennisproducttype '{verplicht}' ontbreekt; het is verplicht.")


def _dubbele_ids(items: Sequence[Record[Any]]) -> Iterable[Fout]:
    eerste: dict[str, Record[Any]] = {}
    for record in items:
        if record.ident in eerste:
            yield Fout(record.bestand, None, None, None,
                       f"De id '{record.ident}' bestaat al in {eerste[record.ident].bestand}. "
                       "Diensten en kennisproducten delen één lijst van ids: kies een andere bestandsnaam.")
        else:
            eerste[record.ident] = record


def _in_woordenlijst(record: Record[Any], pad: Pad, waarden: Sequence[str], woorden: set[str], lijst: str) -> Iterable[Fout]:
    for index, waarde in enumerate(waarden):
        if waarde not in woorden:
            yield _fout(record, (*pad, index), _onbekend(waarde, woorden, f"in taxonomie.yml ({lijst})"))
    for waarde, aantal in Counter(waarden).items():
        if aantal > 1:
            yield _fout(record, pad, f"'{waarde}' staat {aantal} keer in de lijst.")


def _onbekend(waarde: str, bekend: set[str], waar: str) -> str:
    tekst = f"'{waarde}' bestaat niet {waar}."
    suggestie = difflib.get_close_matches(waarde, sorted(bekend), n=1)
    if suggestie:
        tekst += f" Bedoelde je '{suggestie[0]}'?"
    if len(bekend) <= 12:
        tekst += f" Kies uit: {', '.join(sorted(bekend))}."
    return tekst


def _controleer_item(
    record: Record[Dienst | Kennisproduct], woorden: dict[str, set[str]], bekende_items: set[str],
    bijlagen: Mapping[str, bytes | None],
) -> Iterable[Fout]:
    item = record.model
    yield from _in_woordenlijst(record, ("thema",), item.thema, woorden["themas"], "themas")
    yield from _in_woordenlijst(record, ("fase",), item.fase, woorden["fasen"], "fasen")
    yield from _in_woordenlijst(record, ("doelgroep",), item.doelgroep, woorden["doelgroepen"], "doelgroepen")
    for index, doel in enumerate(item.gerelateerd):
        if doel == record.ident:
            yield _fout(record, ("gerelateerd", index), "Een item kan niet naar zichzelf verwijzen.")
        elif doel not in bekende_items:
            yield _fout(record, ("gerelateerd", index), _onbekend(doel, bekende_items, "als dienst of kennisproduct"))
    for waarde, aantal in Counter(item.gerelateerd).items():
        if aantal > 1:
            yield _fout(record, ("gerelateerd",), f"'{waarde}' staat {aantal} keer in de lijst.")
    for probleem in markdown_problemen(item.beschrijving):
        yield _fout(record, ("beschrijving",), probleem)
    if isinstance(item, Kennisproduct):
        yield from _controleer_kennisproduct(record, item, woorden, bijlagen)


def _controleer_kennisproduct(
    record: Record[Any], item: Kennisproduct, woorden: dict[str, set[str]], bijlagen: Mapping[str, bytes | None]
) -> Iterable[Fout]:
    if item.type not in woorden["kennisproduct_types"]:
        yield _fout(record, ("type",), _onbekend(item.type, woorden["kennisproduct_types"], "in taxonomie.yml (kennisproduct_types)"))
    if item.type == "participatiemethode" and item.participatie is None:
        yield _fout(record, ("type",), "Een participatiemethode heeft het blok 'participatie' nodig "
                                       "(niveau, groepsgrootte, vraagt_van_bewoners).")
    if item.type != "participatiemethode" and item.participatie is not None:
        yield _fout(record, ("participatie",), "Het blok 'participatie' hoort alleen bij type participatiemethode.")
    if item.participatie is not None:
        yield from _in_woordenlijst(record, ("participatie", "niveau"), item.participatie.niveau,
                                    woorden["participatieniveaus"], "participatieniveaus")
    if item.type in TYPES_MET_ONDERDELEN and not item.onderdelen:
        yield _fout(record, ("type",), f"Een {item.type} beschrijft zijn hoofdstukken of stappen: vul 'onderdelen' in.")
    if item.type in TYPES_ZONDER_ONDERDELEN and item.onderdelen:
        yield _fout(record, ("onderdelen",), f"Een {item.type} heeft geen 'onderdelen'. Zet de inhoud in de beschrijving.")
    for index, bijlage in enumerate(item.bijlagen):
        if bijlage.bestand not in bijlagen:
            yield _fout(record, ("bijlagen", index, "bestand"),
                        f"Het bestand '{bijlage.bestand}' staat niet in menukaart/bijlagen/. Voeg het toe of verbeter de naam.")


def _losse_bijlagen(
    items: Sequence[Record[Dienst | Kennisproduct]], bijlagen: Mapping[str, bytes | None], bijlagen_map: str
) -> Iterable[Fout]:
    """Only attachments an item links to are published: a file nobody links to is reported, not served."""
    gebruikt = {b.bestand for r in items if isinstance(r.model, Kennisproduct) for b in r.model.bijlagen}
    for naam, inhoud in sorted(bijlagen.items()):
        if naam not in gebruikt and inhoud is not None:
            yield Fout(f"{bijlagen_map}/{naam}", None, None, None,
                       "Geen enkel kennisproduct verwijst naar dit bestand, dus het wordt niet gepubliceerd. "
                       "Voeg het toe aan 'bijlagen' van een kennisproduct, of verwijder het.")


def _controleer_gemeenten(
    gemeenten: Sequence[Record[Gemeente]], woorden: dict[str, set[str]], bekende_items: set[str]
) -> Iterable[Fout]:
    codes: dict[str, Record[Gemeente]] = {}
    namen: dict[str, Record[Gemeente]] = {}
    for record in gemeenten:
        gemeente = record.model
        if gemeente.cbs_code in codes:
            yield _fout(record, ("cbs_code",), f"De CBS-code {gemeente.cbs_code} staat ook in {codes[gemeente.cbs_code].bestand}.")
        codes.setdefault(gemeente.cbs_code, record)
        if gemeente.naam in namen:
            yield _fout(record, ("naam",), f"De naam '{gemeente.naam}' staat ook in {namen[gemeente.naam].bestand}.")
        namen.setdefault(gemeente.naam, record)
        peildata = Counter(i.peildatum for i in gemeente.inwoners)
        for index, inwoners in enumerate(gemeente.inwoners):
            if peildata[inwoners.peildatum] > 1:
                yield _fout(record, ("inwoners", index, "peildatum"), f"De peildatum {inwoners.peildatum} staat meer dan eens in de lijst.")
            if inwoners.aantal is None and inwoners.zekerheid != "onbekend":
                yield _fout(record, ("inwoners", index, "zekerheid"), "Zonder aantal is de zekerheid 'onbekend'.")
        for index, afspraak in enumerate(gemeente.afspraken):
            if afspraak.item not in bekende_items:
                yield _fout(record, ("afspraken", index, "item"), _onbekend(afspraak.item, bekende_items, "in de menukaart"))
        for index, proces in enumerate(gemeente.lokale_processen):
            if proces.fase not in woorden["fasen"]:
                yield _fout(record, ("lokale_processen", index, "fase"), _onbekend(proces.fase, woorden["fasen"], "in taxonomie.yml (fasen)"))


def _controleer_begroting(record: Record[Begroting], gemeenten: Sequence[Record[Gemeente]]) -> Iterable[Fout]:
    begroting = record.model
    jaren = Counter(j.jaar for j in begroting.jaren)
    for index, jaar in enumerate(begroting.jaren):
        if jaren[jaar.jaar] > 1:
            yield _fout(record, ("jaren", index, "jaar"), f"Het jaar {jaar.jaar} staat meer dan eens in de begroting.")
    peildatum = begroting.verdeelsleutel.peildatum_inwoners
    for gemeente in gemeenten:
        inwoners = gemeente.model.inwoners_op(peildatum)
        if inwoners is None or inwoners.aantal is None:
            yield _fout(gemeente, ("inwoners",),
                        f"De verdeelsleutel in begroting.yml rekent met inwoners op {peildatum.isoformat()}, "
                        f"maar {gemeente.model.naam} heeft voor die peildatum geen aantal.")
