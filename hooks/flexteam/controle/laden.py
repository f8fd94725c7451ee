"""Loads the ``menukaart/`` folder into a ``Catalogus``, or reports every problem at once."""

from __future__ import annotations

import gc
from dataclasses import replace
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from flexteam.basis.fout import Fout, MenukaartFouten
from flexteam.basis.meldingen import (
    BESTANDSNAAM_BOTST,
    BESTANDSNAAM_GEEN_ID,
    BOTSING_DOCS_PAGINA,
    ENKEL_BESTAND_ONTBREEKT,
    ID_ANDERS_DAN_BESTANDSNAAM,
    VOORBEELD_ID,
    melding,
)
from flexteam.controle.begroting import controleer_financien
from flexteam.controle.catalogus import Catalogus
from flexteam.controle.deels import eerste_velden, gelezen
from flexteam.controle.bronvermelding import controleer_bronvermelding, verouderde_wetgeving
from flexteam.controle.herkomst import controleer_herkomst, controleer_status
from flexteam.controle.praktijk import controleer_praktijk
from flexteam.controle.publicatie import zonder_voorbeelden
from flexteam.controle.kruisverwijzingen import controleer
from flexteam.controle.regio import controleer_regio
from flexteam.controle.vertaling import vertaal
from flexteam.inhoud.model import SLUG_PATROON, vandaag
from flexteam.inhoud.paden import botsing, bron_van
from flexteam.inhoud.regels import BIJLAGEN_MAP, ENKELE_BESTANDEN, SOORTEN, maak_slug
from flexteam.inhoud.regio import Regio
from flexteam.lezen.bestanden import onveilige_map
from flexteam.lezen.inventaris import verken
from flexteam.lezen.plaatshouders import nog_invullen, plaatshouders, zonder_plaatshouders
from flexteam.lezen.record import M, Record
from flexteam.lezen.yamlbestand import Plek, YamlFout, lees_bestand


def laad_menukaart(map: Path, repo: Path | None = None, docs: Path | None = None, publicatie: bool = False) -> Catalogus:
    """The validated catalogue; raises ``MenukaartFouten`` listing every problem in every file."""
    catalogus, fouten = lees_menukaart(map, repo, docs, publicatie)
    if fouten or catalogus is None:
        raise MenukaartFouten(fouten)
    return catalogus


def lees_menukaart(
    map: Path, repo: Path | None = None, docs: Path | None = None, publicatie: bool = False
) -> tuple[Catalogus | None, list[Fout]]:
    """The catalogue and no errors, or None and every problem in every file.

    ``docs`` is the folder of hand-written pages, when there is one: an id whose page would
    replace one of them is refused. ``publicatie``: the catalogue for publishing, without anything marked
    ``voorbeeld`` (``controle/publicatie.py``); the check is the same in both.
    """
    with _zonder_cyclische_gc():
        return _lees_menukaart(map, repo, docs, publicatie)


@contextmanager
def _zonder_cyclische_gc() -> Iterator[None]:
    """Loading makes tens of thousands of small containers that all stay alive until the catalogue is built;
    Python's cycle collector would scan them (and the rest of the process, such as MkDocs) over and over:
    about a fifth of the time at 1,000 items. Reference counting still frees everything as usual."""
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def _lees_menukaart(map: Path, repo: Path | None, docs: Path | None, publicatie: bool) -> tuple[Catalogus | None, list[Fout]]:
    basis = (repo or map.parent).resolve()
    reden = onveilige_map(map)
    if reden is not None:
        return None, [Fout(_relatief(map.absolute(), basis), None, None, None, reden)]
    map = map.resolve()
    fouten: list[Fout] = []
    inventaris = verken(map, lambda pad, melding: fouten.append(Fout(_relatief(pad, basis), None, None, None, melding)))

    enkel: dict[str, Record[BaseModel] | None] = {}
    for naam, model in ENKELE_BESTANDEN.items():
        pad = map / naam
        if naam not in inventaris.enkel:
            if not os.path.lexists(pad):
                fouten.append(Fout(_relatief(pad, basis), None, None, None, melding(ENKEL_BESTAND_ONTBREEKT, naam=naam)))
            enkel[naam] = None
            continue
        enkel[naam] = _lees_record(pad, pad.stem, model, basis, fouten)

    records: dict[str, list[Record[BaseModel]]] = {}
    deels: dict[str, list[Record[Any]]] = {soort: [] for soort in SOORTEN}
    """What could be read of the files that were refused: the rules across files also run on it."""
    bestaande_ids: set[str] = set()
    """Ids of every content file, also those refused: a broken file must not cascade into 'not found' errors."""
    for soort, (_, model) in SOORTEN.items():
        records[soort] = []
        for pad in inventaris.inhoud[soort]:
            ident = pad.stem
            if not re.fullmatch(SLUG_PATROON, ident):
                fouten.append(Fout(_relatief(pad, basis), None, None, None, melding(
                    BESTANDSNAAM_GEEN_ID, naam=pad.name, voorbeeld=maak_slug(ident) or VOORBEELD_ID)))
                continue
            if soort in ("dienst", "kennisproduct"):
                bestaande_ids.add(ident)
            record = _lees_record(pad, ident, model, basis, fouten, deels[soort])
            if record is None:
                continue
            botsing = _paginabotsing(soort, ident, docs)
            if botsing is not None:
                plek = record.document.plek(("id",)) or Plek(1, 1)
                fouten.append(Fout(record.bestand, plek.regel, plek.kolom, "id" if ("id",) in record.document.sleutels else None,
                                   melding(BESTANDSNAAM_BOTST, naam=pad.name, reden=botsing)))
                deels[soort].append(record)
                continue
            records[soort].append(record)

    taxonomie, begroting, regio, bronnen, begrippen = (
        enkel[naam] for naam in ("taxonomie.yml", "begroting.yml", "regio.yml", "bronnen.yml", "begrippen.yml"))
    if taxonomie is None or begroting is None or regio is None or bronnen is None or begrippen is None:
        return None, fouten
    fouten.extend(controleer_regio(regio, {pad.stem for pad in inventaris.inhoud["gemeente"]}))  # type: ignore[arg-type]
    fouten.extend(controleer(map, taxonomie, begroting, records, bestaande_ids, inventaris.bijlagen,  # type: ignore[arg-type]
                              _relatief(map / BIJLAGEN_MAP, basis), deels))
    alle = [begroting, regio, begrippen, *(r for lijst in records.values() for r in lijst)]
    fouten.extend(controleer_herkomst(alle, bronnen))  # type: ignore[arg-type]
    items = [*records["dienst"], *records["kennisproduct"]]
    fouten.extend(controleer_status(items, records["gemeente"]))  # type: ignore[arg-type]
    fouten.extend(controleer_bronvermelding(items, records["praktijkvoorbeeld"], begrippen, bronnen))  # type: ignore[arg-type]
    fouten.extend(controleer_praktijk(records["praktijkvoorbeeld"], records["gemeente"], bestaande_ids, begrippen,  # type: ignore[arg-type]
                                      {p.stem for p in inventaris.inhoud["gemeente"]},
                                      {p.stem for p in inventaris.inhoud["praktijkvoorbeeld"]}))
    financien, begrotingsfouten = controleer_financien(begroting, records["gemeente"], bronnen.model.per_id())  # type: ignore[arg-type, attr-defined]
    fouten.extend(begrotingsfouten)
    if fouten or financien is None:
        return None, fouten
    if publicatie:
        records = {soort: [replace(r, model=zonder_voorbeelden(r.model)) for r in lijst] for soort, lijst in records.items()}
        begroting, regio = (replace(r, model=zonder_voorbeelden(r.model)) for r in (begroting, regio))
        financien, _ = controleer_financien(begroting, records["gemeente"], bronnen.model.per_id())  # type: ignore[arg-type, attr-defined]
        if financien is None:  # pragma: no cover - taking examples out never breaks a rule the full content keeps
            raise AssertionError("the budget without examples does not add up")
    catalogus = Catalogus(
        map=map,
        taxonomie=taxonomie.model,  # type: ignore[arg-type]
        diensten=tuple(r.model for r in records["dienst"]),  # type: ignore[misc]
        kennisproducten=tuple(r.model for r in records["kennisproduct"]),  # type: ignore[misc]
        gemeenten=tuple(sorted((r.model for r in records["gemeente"]), key=lambda g: g.naam)),  # type: ignore[misc]
        praktijkvoorbeelden=tuple(sorted((r.model for r in records["praktijkvoorbeeld"]),  # type: ignore[misc]
                                         key=lambda p: p.titel.casefold())),
        begrippen=tuple(sorted(begrippen.model.begrippen, key=lambda t: t.term.casefold())),  # type: ignore[attr-defined]
        begroting=begroting.model,  # type: ignore[arg-type]
        financien=financien,
        regio=regio.model,  # type: ignore[arg-type]
        bronnen=bronnen.model.per_id(),  # type: ignore[attr-defined]
        waarschuwingen=tuple(verouderde_wetgeving(items, vandaag())),  # type: ignore[arg-type]
        publicatie=publicatie,
        bronbestanden={f"{soort}/{r.ident}": r.bestand for soort, lijst in records.items() for r in lijst},
        bijlagen={naam: inhoud for naam, inhoud in inventaris.bijlagen.items() if inhoud is not None},
    )
    return catalogus, []


def _paginabotsing(soort: str, ident: str, docs: Path | None) -> str | None:
    """Why the page of this id would collide with another page of the site, or None."""
    bron = bron_van(soort, ident)
    reden = botsing(bron)
    if reden is None and docs is not None:
        stam = bron.removesuffix(".md")
        for pagina in (bron, f"{stam}/index.md", f"{stam}/README.md"):
            if os.path.lexists(docs / pagina):
                return melding(BOTSING_DOCS_PAGINA, pagina=pagina)
    return reden


def _lees_record(pad: Path, ident: str, model: type[M], basis: Path, fouten: list[Fout],
                 deels: list[Record[Any]] | None = None) -> Record[M] | None:
    """The file as a valid record, or None with its errors in ``fouten``. A file that parses but is refused still adds
    what could be read of it to ``deels``, for the rules across files (``controle/deels.py``)."""
    bestand = _relatief(pad, basis)
    try:
        document = lees_bestand(pad)
    except YamlFout as fout:
        fouten.append(Fout(bestand, fout.regel, fout.kolom, fout.veld, fout.melding))
        return None
    open_plekken = nog_invullen(document, model, bestand)
    fouten.extend(open_plekken)
    onleesbaar = {str(p[0]) for p, _ in plaatshouders(document.data) if p}

    def bewaar_deels(ook_onleesbaar: set[str]) -> None:
        if deels is not None and (gedeeltelijk := gelezen(model, document.data, onleesbaar | ook_onleesbaar)):
            deels.append(Record(ident=ident, bestand=bestand, model=gedeeltelijk[0], document=document, gelezen=gedeeltelijk[1]))

    try:
        waarde = model.model_validate(document.data)
    except ValidationError as fout:
        fouten.extend(zonder_plaatshouders(vertaal(fout, model, bestand, document), open_plekken))
        bewaar_deels(eerste_velden(fout))
        return None
    if open_plekken:
        bewaar_deels(set())
        return None
    if "id" in type(waarde).model_fields:
        eigen = getattr(waarde, "id")
        if eigen is not None and eigen != ident:
            fouten.append(document.fout(bestand, ("id",), melding(ID_ANDERS_DAN_BESTANDSNAAM, id=eigen, naam=ident)))
            if deels is not None:
                deels.append(Record(ident=ident, bestand=bestand, model=waarde, document=document,
                                    gelezen=frozenset(type(waarde).model_fields) - {"id"}))
            return None
        waarde = waarde.model_copy(update={"id": ident})
    return Record(ident=ident, bestand=bestand, model=waarde, document=document)


def _relatief(pad: Path, basis: Path) -> str:
    if pad.is_absolute() and ".." not in pad.parts:
        # Files found under the resolved map: no resolve() needed (it costs a few lstat calls per file),
        # also when the map lies outside the repository (then the path is shown in full).
        return pad.relative_to(basis).as_posix() if pad.is_relative_to(basis) else pad.as_posix()
    try:
        return pad.resolve().relative_to(basis).as_posix()
    except ValueError:
        return pad.as_posix()


def lees_regio(map: Path) -> Regio | None:
    """The region settings alone, before the build starts (the site's name and addresses), or None when
    ``regio.yml`` cannot be read: then the full check reports why, with every other problem."""
    try:
        return Regio.model_validate(lees_bestand(map / "regio.yml").data)
    except (YamlFout, ValidationError):
        return None
