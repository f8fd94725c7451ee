"""Where every figure comes from: the rules of ``herkomst``, checked in every file, and the status rules that
depend on them (a knowledge product is ``beschikbaar`` only with a document; an afspraak's hours fit its status).

The model (``MetHerkomst``) only types the fields; this module says which kind of herkomst needs which field,
that a ``bron`` exists in ``bronnen.yml``, and points at the line of the block. It walks each file's model,
so a new figure block anywhere in the model is checked without a change here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, Iterable, Sequence

from pydantic import BaseModel

from flexteam.basis.fout import Fout
from flexteam.basis.meldingen import (
    AANGEVRAAGD_MET_UREN,
    AANNAME_ZONDER_DOOR,
    AFGELEID_ZONDER_REGEL,
    AFGESPROKEN_UREN_NODIG,
    BESCHIKBAAR_ZONDER_DOCUMENT,
    BRON_ID_TWEE_KEER,
    DIENST_BESCHRIJVING,
    HERKOMST_ONTBREEKT,
    HERKOMST_ZONDER_WAARDE,
    ONBEKEND_ZONDER_LEVERT,
    VASTGESTELD_ZONDER_BRON,
    VOORBEELD_ZONDER_LEVERT,
    WAAR_BRONNEN,
    melding,
)
from flexteam.controle.kruisverwijzingen import onbekend
from flexteam.controle.publicatie import voorbeeld_problemen
from flexteam.inhoud.model import Afspraak, Bronnen, Dienst, Gemeente, Inwonertal, Kennisproduct, MetHerkomst
from flexteam.inhoud.regels import heeft_document
from flexteam.lezen.record import Record
from flexteam.lezen.yamlbestand import Pad


def blokken(model: BaseModel, pad: Pad = ()) -> Iterator[tuple[Pad, MetHerkomst]]:
    """Every block with a herkomst in ``model``, with its path in the file (field names are the YAML keys)."""
    if isinstance(model, MetHerkomst):
        yield pad, model
    for naam in type(model).model_fields:
        yield from _in_waarde(getattr(model, naam), (*pad, naam))


def _in_waarde(waarde: Any, pad: Pad) -> Iterator[tuple[Pad, MetHerkomst]]:
    if isinstance(waarde, BaseModel):
        yield from blokken(waarde, pad)
    elif isinstance(waarde, (list, tuple)):
        for index, element in enumerate(waarde):
            yield from _in_waarde(element, (*pad, index))
    elif isinstance(waarde, dict):
        for sleutel, element in waarde.items():
            yield from _in_waarde(element, (*pad, sleutel))


def controleer_herkomst(records: Iterable[Record[Any]], bronnen: Record[Bronnen]) -> list[Fout]:
    """Every herkomst problem in every file, and a source id that appears twice in ``bronnen.yml``."""
    fouten = list(_dubbele_bronnen(bronnen))
    bekend = {b.id for b in bronnen.model.bronnen}
    for record in records:
        for pad, blok in blokken(record.model):
            fouten.extend(record.fout(p, tekst) for p, tekst in _problemen(pad, blok, bekend))
        fouten.extend(record.fout(p, tekst) for p, tekst in voorbeeld_problemen(record.model))
    return fouten


def _dubbele_bronnen(bronnen: Record[Bronnen]) -> Iterable[Fout]:
    aantal = Counter(b.id for b in bronnen.model.bronnen)
    gezien: set[str] = set()
    for index, bron in enumerate(bronnen.model.bronnen):
        if aantal[bron.id] > 1 and bron.id in gezien:
            yield bronnen.fout(("bronnen", index, "id"), melding(BRON_ID_TWEE_KEER, id=bron.id))
        gezien.add(bron.id)


def _problemen(pad: Pad, blok: MetHerkomst, bekend: set[str]) -> Iterable[tuple[Pad, str]]:
    if not blok.heeft_waarde:
        if blok.herkomst is not None:
            yield (*pad, "herkomst"), melding(HERKOMST_ZONDER_WAARDE, veld=blok._waarde)
        elif not isinstance(blok, Inwonertal) and blok.levert is None:
            yield pad, ONBEKEND_ZONDER_LEVERT
        return
    if blok.herkomst is None:
        yield pad, HERKOMST_ONTBREEKT
        return
    if blok.bron is not None and blok.bron not in bekend:
        yield (*pad, "bron"), onbekend(blok.bron, bekend, WAAR_BRONNEN)
    if blok.herkomst == "vastgesteld" and blok.bron is None:
        yield (*pad, "herkomst"), VASTGESTELD_ZONDER_BRON
    elif blok.herkomst == "afgeleid" and blok.regel is None:
        yield (*pad, "herkomst"), AFGELEID_ZONDER_REGEL
    elif blok.herkomst == "aanname":
        for veld in ("door", "waarom"):
            if getattr(blok, veld) is None:
                yield (*pad, "herkomst"), melding(AANNAME_ZONDER_DOOR, veld=veld)
    elif blok.herkomst == "voorbeeld" and blok._waarde is not None and blok.levert is None:
        yield (*pad, "herkomst"), VOORBEELD_ZONDER_LEVERT


def controleer_status(items: Sequence[Record[Dienst | Kennisproduct]], gemeenten: Sequence[Record[Gemeente]]) -> list[Fout]:
    """Status that matches reality: documents behind 'beschikbaar', hours that fit an afspraak's status."""
    fouten = []
    for record in items:
        item = record.model
        if isinstance(item, Kennisproduct) and item.status == "beschikbaar" and not heeft_document(item):
            fouten.append(record.fout(("status",), BESCHIKBAAR_ZONDER_DOCUMENT))
        if isinstance(item, Dienst) and item.status == "beschrijving":
            fouten.append(record.fout(("status",), DIENST_BESCHRIJVING))
    for gemeente in gemeenten:
        for index, afspraak in enumerate(gemeente.model.afspraken):
            fouten.extend(gemeente.fout(("afspraken", index, *p), tekst) for p, tekst in _urenproblemen(afspraak))
    return fouten


def _urenproblemen(afspraak: Afspraak) -> Iterable[tuple[Pad, str]]:
    if afspraak.status == "aangevraagd":
        for veld in ("uren_afgesproken", "uren_geleverd"):
            if getattr(afspraak, veld) is not None:
                yield (veld,), melding(AANGEVRAAGD_MET_UREN, veld=veld)
    elif afspraak.uren_afgesproken is None:
        yield ("status",), melding(AFGESPROKEN_UREN_NODIG, status=afspraak.status)
