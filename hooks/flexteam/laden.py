"""Loads the ``menukaart/`` folder into a ``Catalogus``, or reports every problem at once."""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .catalogus import Catalogus
from .controles import controleer
from .fouten import Fout, MenukaartFouten
from .invullen import nog_invullen, zonder_plaatshouders
from .model import SLUG_PATROON, Begroting, Dienst, Gemeente, Kennisproduct, Taxonomie
from .vertaling import vertaal
from .yamlbestand import YamlDocument, YamlFout, lees_bestand

M = TypeVar("M", bound=BaseModel)

SOORTEN: dict[str, tuple[str, type[BaseModel]]] = {
    "dienst": ("diensten", Dienst),
    "kennisproduct": ("kennisproducten", Kennisproduct),
    "gemeente": ("gemeenten", Gemeente),
}
"""Kind → (content folder, model). Each file in the folder is one record; its name is the id."""

ENKELE_BESTANDEN: dict[str, type[BaseModel]] = {"taxonomie.yml": Taxonomie, "begroting.yml": Begroting}
NIET_INHOUD = {"_sjablonen", "schema", "bijlagen"}


@dataclass(frozen=True)
class Record(Generic[M]):
    """One validated file: its model, where it came from and the marks to point at its lines."""

    ident: str
    bestand: str
    model: M
    document: YamlDocument


def laad_menukaart(map: Path, repo: Path | None = None) -> Catalogus:
    """The validated catalogue; raises ``MenukaartFouten`` listing every problem in every file."""
    catalogus, fouten = lees_menukaart(map, repo)
    if fouten or catalogus is None:
        raise MenukaartFouten(fouten)
    return catalogus


def lees_menukaart(map: Path, repo: Path | None = None) -> tuple[Catalogus | None, list[Fout]]:
    """The catalogue and no errors, or None and every problem in every file."""
    with _zonder_cyclische_gc():
        return _lees_menukaart(map, repo)


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


def _lees_menukaart(map: Path, repo: Path | None = None) -> tuple[Catalogus | None, list[Fout]]:
    map = map.resolve()
    basis = (repo or map.parent).resolve()
    fouten: list[Fout] = []
    if not map.is_dir():
        return None, [Fout(_relatief(map, basis), None, None, None, "De map met de menukaart bestaat niet.")]

    enkel: dict[str, Record[BaseModel] | None] = {}
    for naam, model in ENKELE_BESTANDEN.items():
        pad = map / naam
        if not pad.is_file():
            fouten.append(Fout(_relatief(pad, basis), None, None, None, f"Het bestand {naam} ontbreekt."))
            enkel[naam] = None
            continue
        enkel[naam] = _lees_record(pad, pad.stem, model, basis, fouten)

    records: dict[str, list[Record[BaseModel]]] = {}
    bestaande_ids: set[str] = set()
    """Ids of every content file, also those refused: a broken file must not cascade into 'not found' errors."""
    for soort, (submap, model) in SOORTEN.items():
        records[soort] = []
        for pad in _inhoudsbestanden(map / submap, basis, fouten):
            ident = pad.stem
            if not re.fullmatch(SLUG_PATROON, ident):
                fouten.append(Fout(_relatief(pad, basis), None, None, None,
                                   f"De bestandsnaam '{pad.name}' is geen geldige id. Gebruik kleine letters, cijfers en "
                                   f"streepjes, bijvoorbeeld '{maak_slug(ident) or 'mijn-item'}.yml'."))
                continue
            if soort != "gemeente":
                bestaande_ids.add(ident)
            record = _lees_record(pad, ident, model, basis, fouten)
            if record is not None:
                records[soort].append(record)

    taxonomie, begroting = enkel["taxonomie.yml"], enkel["begroting.yml"]
    if taxonomie is None or begroting is None:
        return None, fouten
    fouten.extend(controleer(map, taxonomie, begroting, records, bestaande_ids))  # type: ignore[arg-type]
    if fouten:
        return None, fouten
    catalogus = Catalogus(
        map=map,
        taxonomie=taxonomie.model,  # type: ignore[arg-type]
        diensten=tuple(r.model for r in records["dienst"]),  # type: ignore[misc]
        kennisproducten=tuple(r.model for r in records["kennisproduct"]),  # type: ignore[misc]
        gemeenten=tuple(sorted((r.model for r in records["gemeente"]), key=lambda g: g.naam)),  # type: ignore[misc, attr-defined]
        begroting=begroting.model,  # type: ignore[arg-type]
        bronbestanden={f"{soort}/{r.ident}": r.bestand for soort, lijst in records.items() for r in lijst},
    )
    return catalogus, []


def _inhoudsbestanden(submap: Path, basis: Path, fouten: list[Fout]) -> list[Path]:
    if not submap.is_dir():
        return []
    bestanden = []
    for pad in sorted(submap.iterdir()):
        if pad.name.startswith(".") or pad.name in NIET_INHOUD:
            continue
        if pad.suffix == ".yml" and pad.is_file():
            bestanden.append(pad)
        else:
            hint = " Gebruik de extensie .yml." if pad.suffix == ".yaml" else " Alleen .yml-bestanden horen hier."
            fouten.append(Fout(_relatief(pad, basis), None, None, None, f"'{pad.name}' wordt niet gelezen.{hint}"))
    return bestanden


def _lees_record(pad: Path, ident: str, model: type[M], basis: Path, fouten: list[Fout]) -> Record[M] | None:
    bestand = _relatief(pad, basis)
    try:
        document = lees_bestand(pad)
    except YamlFout as fout:
        fouten.append(Fout(bestand, fout.regel, fout.kolom, None, fout.melding))
        return None
    open_plekken = nog_invullen(document, model, bestand)
    fouten.extend(open_plekken)
    try:
        waarde = model.model_validate(document.data)
    except ValidationError as fout:
        fouten.extend(zonder_plaatshouders(vertaal(fout, model, bestand, document), open_plekken))
        return None
    if open_plekken:
        return None
    if "id" in type(waarde).model_fields:
        eigen = getattr(waarde, "id")
        if eigen is not None and eigen != ident:
            plek = document.plek(("id",))
            fouten.append(Fout(bestand, plek.regel if plek else None, plek.kolom if plek else None, "id",
                               f"De id '{eigen}' is anders dan de bestandsnaam '{ident}'. Laat id weg of maak ze gelijk."))
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


def maak_slug(tekst: str) -> str:
    """'Coöperatie & VvE' → 'cooperatie-vve': Dutch diacritics dropped, everything else a dash."""
    zonder_accenten = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", zonder_accenten.lower()).strip("-")
