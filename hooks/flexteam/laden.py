"""Loads the ``menukaart/`` folder into a ``Catalogus``, or reports every problem at once."""

from __future__ import annotations

import difflib
import gc
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .bestanden import (
    MAX_BIJLAGE_BYTES,
    OnveiligBestand,
    lees_zonder_koppeling,
    ongeldige_bijlage,
    ongeldige_ingang,
    onveilige_map,
)
from .catalogus import Catalogus
from .controles import controleer
from .fouten import Fout, MenukaartFouten
from .invullen import nog_invullen, zonder_plaatshouders
from .model import SLUG_PATROON, Begroting, Dienst, Gemeente, Kennisproduct, Taxonomie
from .paden import botsing, gemeente_bron, item_bron
from .vertaling import vertaal
from .yamlbestand import Plek, YamlDocument, YamlFout, lees_bestand

M = TypeVar("M", bound=BaseModel)

SOORTEN: dict[str, tuple[str, type[BaseModel]]] = {
    "dienst": ("diensten", Dienst),
    "kennisproduct": ("kennisproducten", Kennisproduct),
    "gemeente": ("gemeenten", Gemeente),
}
"""Kind → (content folder, model). Each file in the folder is one record; its name is the id."""

ENKELE_BESTANDEN: dict[str, type[BaseModel]] = {"taxonomie.yml": Taxonomie, "begroting.yml": Begroting}


@dataclass(frozen=True)
class Record(Generic[M]):
    """One validated file: its model, where it came from and the marks to point at its lines."""

    ident: str
    bestand: str
    model: M
    document: YamlDocument


def laad_menukaart(map: Path, repo: Path | None = None, docs: Path | None = None) -> Catalogus:
    """The validated catalogue; raises ``MenukaartFouten`` listing every problem in every file."""
    catalogus, fouten = lees_menukaart(map, repo, docs)
    if fouten or catalogus is None:
        raise MenukaartFouten(fouten)
    return catalogus


def lees_menukaart(map: Path, repo: Path | None = None, docs: Path | None = None) -> tuple[Catalogus | None, list[Fout]]:
    """The catalogue and no errors, or None and every problem in every file.

    ``docs`` is the folder of hand-written pages, when there is one: an id whose page would
    replace one of them is refused.
    """
    with _zonder_cyclische_gc():
        return _lees_menukaart(map, repo, docs)


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


def _lees_menukaart(map: Path, repo: Path | None = None, docs: Path | None = None) -> tuple[Catalogus | None, list[Fout]]:
    basis = (repo or map.parent).resolve()
    reden = onveilige_map(map)
    if reden is not None:
        return None, [Fout(_relatief(map.absolute(), basis), None, None, None, reden)]
    map = map.resolve()
    fouten: list[Fout] = []
    inventaris = _verken(map, basis, fouten)

    enkel: dict[str, Record[BaseModel] | None] = {}
    for naam, model in ENKELE_BESTANDEN.items():
        pad = map / naam
        if naam not in inventaris.enkel:
            if not os.path.lexists(pad):
                fouten.append(Fout(_relatief(pad, basis), None, None, None, f"Het bestand {naam} ontbreekt."))
            enkel[naam] = None
            continue
        enkel[naam] = _lees_record(pad, pad.stem, model, basis, fouten)

    records: dict[str, list[Record[BaseModel]]] = {}
    bestaande_ids: set[str] = set()
    """Ids of every content file, also those refused: a broken file must not cascade into 'not found' errors."""
    for soort, (submap, model) in SOORTEN.items():
        records[soort] = []
        for pad in inventaris.inhoud[soort]:
            ident = pad.stem
            if not re.fullmatch(SLUG_PATROON, ident):
                fouten.append(Fout(_relatief(pad, basis), None, None, None,
                                   f"De bestandsnaam '{pad.name}' is geen geldige id. Gebruik kleine letters, cijfers en "
                                   f"streepjes, bijvoorbeeld '{maak_slug(ident) or 'mijn-item'}.yml'."))
                continue
            if soort != "gemeente":
                bestaande_ids.add(ident)
            record = _lees_record(pad, ident, model, basis, fouten)
            if record is None:
                continue
            botsing = _paginabotsing(soort, ident, docs)
            if botsing is not None:
                plek = record.document.plek(("id",)) or Plek(1, 1)
                fouten.append(Fout(record.bestand, plek.regel, plek.kolom, "id" if ("id",) in record.document.sleutels else None,
                                   f"De bestandsnaam '{pad.name}' kan niet als id: {botsing}. Kies een andere bestandsnaam."))
                continue
            records[soort].append(record)

    taxonomie, begroting = enkel["taxonomie.yml"], enkel["begroting.yml"]
    if taxonomie is None or begroting is None:
        return None, fouten
    fouten.extend(controleer(map, taxonomie, begroting, records, bestaande_ids, inventaris.bijlagen,  # type: ignore[arg-type]
                              _relatief(map / BIJLAGEN_MAP, basis)))
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
        bijlagen={naam: inhoud for naam, inhoud in inventaris.bijlagen.items() if inhoud is not None},
    )
    return catalogus, []


@dataclass
class _Inventaris:
    """What a walk of the content folder found to read; everything else it found was refused."""

    enkel: set[str] = field(default_factory=set)
    inhoud: dict[str, list[Path]] = field(default_factory=lambda: {soort: [] for soort in SOORTEN})
    bijlagen: dict[str, bytes | None] = field(default_factory=dict)
    """Every file in ``bijlagen/``: its accepted bytes, or None when it was refused (then an error says why)."""


_SOORT_PER_MAP = {submap: soort for soort, (submap, _) in SOORTEN.items()}
_HULPMAPPEN = {"_sjablonen": ".yml", "schema": ".schema.json"}
"""Folders that the check does not read as content, with the only kind of file that belongs there:
the templates of ``make nieuw`` (tested on their own) and the generated JSON Schema."""
TOEGESTANE_VERBORGEN = frozenset({".gitkeep"})
BIJLAGEN_MAP = "bijlagen"


def _verken(map: Path, basis: Path, fouten: list[Fout]) -> _Inventaris:
    """Walk the whole content folder without following links: every entry is read, or refused with a reason.

    Nothing is skipped silently: a typo in a folder name (``dienst/``), a stray ``los.yml`` or
    ``taxonomie.yaml``, a symbolic link or a hidden file is an error, never an item that quietly
    disappears from the site.
    """
    inventaris = _Inventaris()
    bovenmappen = [*_SOORT_PER_MAP, *_HULPMAPPEN, BIJLAGEN_MAP]

    def weiger(pad: Path, melding: str) -> None:
        fouten.append(Fout(_relatief(pad, basis), None, None, None, melding))

    for ingang in _ingangen(map):
        pad = Path(ingang.path)
        if _geweigerd(ingang, pad, weiger):
            continue
        if ingang.is_dir(follow_symlinks=False):
            if ingang.name not in bovenmappen:
                suggestie = difflib.get_close_matches(ingang.name, bovenmappen, n=1)
                hint = f" Bedoelde je '{suggestie[0]}/'?" if suggestie else ""
                weiger(pad, f"De map '{ingang.name}/' wordt niet gelezen.{hint} Diensten horen in diensten/, "
                            "kennisproducten in kennisproducten/, gemeenten in gemeenten/ en downloads in bijlagen/.")
                continue
            _verken_map(ingang.name, pad, inventaris, weiger)
        elif ingang.name in ENKELE_BESTANDEN:
            inventaris.enkel.add(ingang.name)
        else:
            weiger(pad, _hint_los_bestand(ingang.name))
    return inventaris


def _verken_map(naam: str, map: Path, inventaris: _Inventaris, weiger: Callable[[Path, str], None]) -> None:
    for ingang in _ingangen(map):
        pad = Path(ingang.path)
        if _geweigerd(ingang, pad, weiger):
            continue
        if ingang.is_dir(follow_symlinks=False):
            weiger(pad, f"Submappen in {naam}/ worden niet gelezen. Zet de bestanden direct in {naam}/.")
        elif naam in _SOORT_PER_MAP:
            if pad.suffix == ".yml":
                inventaris.inhoud[_SOORT_PER_MAP[naam]].append(pad)
            else:
                hint = " Gebruik de extensie .yml." if pad.suffix == ".yaml" else " Alleen .yml-bestanden horen hier."
                weiger(pad, f"'{ingang.name}' wordt niet gelezen.{hint}")
        elif naam == BIJLAGEN_MAP:
            inventaris.bijlagen[ingang.name] = None
            try:
                inhoud = lees_zonder_koppeling(pad, MAX_BIJLAGE_BYTES + 1)
            except OnveiligBestand as fout:
                weiger(pad, fout.reden)
                continue
            reden = ongeldige_bijlage(ingang.name, inhoud)
            if reden is not None:
                weiger(pad, reden)
            else:
                inventaris.bijlagen[ingang.name] = inhoud
        elif not ingang.name.endswith(_HULPMAPPEN[naam]):
            weiger(pad, f"In {naam}/ horen alleen {_HULPMAPPEN[naam]}-bestanden; '{ingang.name}' wordt niet gelezen.")


def _ingangen(map: Path) -> list[os.DirEntry[str]]:
    with os.scandir(map) as ingangen:
        return sorted(ingangen, key=lambda i: i.name)


def _geweigerd(ingang: os.DirEntry[str], pad: Path, weiger: Callable[[Path, str], None]) -> bool:
    """Refuse links, hidden entries (except .gitkeep) and anything that is neither a file nor a folder."""
    reden = ongeldige_ingang(ingang)
    if reden is not None:
        weiger(pad, reden)
        return True
    if ingang.name.startswith("."):
        if ingang.name not in TOEGESTANE_VERBORGEN or not ingang.is_file(follow_symlinks=False):
            weiger(pad, "Verborgen bestanden en mappen (met een punt vooraan) worden niet gelezen; alleen .gitkeep mag. "
                        "Verwijder het of geef het een naam zonder punt.")
        return True
    return False


def _hint_los_bestand(naam: str) -> str:
    stam, _, extensie = naam.rpartition(".")
    for bekend in ENKELE_BESTANDEN:
        if stam == bekend.removesuffix(".yml"):
            return f"'{naam}' wordt niet gelezen. Noem het bestand '{bekend}'."
    if extensie in ("yml", "yaml"):
        return (f"'{naam}' wordt niet gelezen: een item hoort in een map. Zet een dienst in diensten/, "
                "een kennisproduct in kennisproducten/ en een gemeente in gemeenten/.")
    return f"'{naam}' hoort niet in deze map en wordt niet gelezen. Downloads horen in bijlagen/."


def _paginabotsing(soort: str, ident: str, docs: Path | None) -> str | None:
    """Why the page of this id would collide with another page of the site, or None."""
    bron = gemeente_bron(ident) if soort == "gemeente" else item_bron(ident)
    reden = botsing(bron)
    if reden is None and docs is not None:
        stam = bron.removesuffix(".md")
        for pagina in (bron, f"{stam}/index.md", f"{stam}/README.md"):
            if os.path.lexists(docs / pagina):
                return f"er staat al een pagina docs/{pagina}"
    return reden


def _lees_record(pad: Path, ident: str, model: type[M], basis: Path, fouten: list[Fout]) -> Record[M] | None:
    bestand = _relatief(pad, basis)
    try:
        document = lees_bestand(pad)
    except YamlFout as fout:
        fouten.append(Fout(bestand, fout.regel, fout.kolom, fout.veld, fout.melding))
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
