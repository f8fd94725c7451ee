"""Placeholders from ``menukaart/_sjablonen/``: say "nog invullen" instead of a type error.

The convention, also explained at the top of every template:

- text that still has to be written starts with ``VUL IN``; what follows ``VUL IN:`` is a hint,
  shown in the message (``titel: "VUL IN: naam van de dienst"``);
- an id or a number that still has to be chosen is ``VUL-IN`` (``thema: [VUL-IN]``).

A file with placeholders is refused with one message per placeholder, on its line. Errors the
model reports at a placeholder (a number or date that is still text) are left out: the
contributor sees "nog invullen" there, not "verwacht een getal".
"""

from __future__ import annotations

import re
import types
import typing
from typing import Any, Iterator

from pydantic import BaseModel

from flexteam.basis.fout import Fout
from flexteam.basis.meldingen import HINT_MAG_WEG, NOG_INVULLEN_KEUZE, NOG_INVULLEN_TEKST, melding
from flexteam.inhoud.regels import veld_bij_type
from flexteam.lezen.yamlbestand import Pad, YamlDocument

_PLAATSHOUDER = re.compile(r"\s*VUL[ -]IN(?![A-Za-z0-9])[\s:]*(?P<hint>.*)", re.S)


def plaatshouders(data: Any, pad: Pad = ()) -> Iterator[tuple[Pad, str]]:
    """Every placeholder in a parsed file, in file order, with its hint (may be empty)."""
    if isinstance(data, dict):
        for sleutel, waarde in data.items():
            yield from plaatshouders(waarde, (*pad, str(sleutel)))
    elif isinstance(data, list):
        for index, waarde in enumerate(data):
            yield from plaatshouders(waarde, (*pad, index))
    elif isinstance(data, str):
        gevonden = _PLAATSHOUDER.match(data)
        if gevonden:
            yield pad, " ".join(gevonden.group("hint").split())


def nog_invullen(document: YamlDocument, model: type[BaseModel], bestand: str) -> list[Fout]:
    """One ``Fout`` per placeholder still in the file."""
    fouten = []
    for pad, hint in plaatshouders(document.data):
        tekst = _melding(hint)
        weg = _mag_weg(document.data, model, pad)
        if weg:
            tekst += melding(HINT_MAG_WEG, veld=weg)
        fouten.append(document.fout(bestand, pad, tekst))
    return fouten


def _melding(hint: str) -> str:
    if not hint:
        return NOG_INVULLEN_KEUZE
    return melding(NOG_INVULLEN_TEKST, hint=hint, slot="" if hint[-1] in ".?!" else ".")


def zonder_plaatshouders(fouten: list[Fout], open_plekken: list[Fout]) -> list[Fout]:
    """Leave out the model's errors at or below a placeholder: the placeholder message says it better."""
    velden = {(f.bestand, f.veld) for f in open_plekken if f.veld}

    def onder_plaatshouder(fout: Fout) -> bool:
        if not fout.veld:
            return False
        return any(
            fout.bestand == bestand and (fout.veld == veld or fout.veld.startswith((f"{veld}.", f"{veld}[")))
            for bestand, veld in velden
        )

    return [f for f in fouten if not onder_plaatshouder(f)]


def _mag_weg(data: Any, model: type[BaseModel], pad: Pad) -> str | None:
    """The innermost optional field that holds the placeholder, if the contributor may simply delete it."""
    huidig: Any = model
    namen: list[str] = []
    weg: str | None = None
    for deel in pad:
        huidig = _kern(huidig)
        if isinstance(deel, int):
            argumenten = typing.get_args(huidig)
            huidig = argumenten[0] if argumenten else None
            namen.append(f"[{deel + 1}]")
            continue
        if not (isinstance(huidig, type) and issubclass(huidig, BaseModel)) or deel not in huidig.model_fields:
            return weg
        veld = huidig.model_fields[deel]
        namen.append(f".{deel}" if namen else deel)
        if deel == "id":
            return None
        if not veld.is_required() and not (len(namen) == 1 and _verplicht_voor_type(data, deel)):
            weg = "".join(namen)
        huidig = veld.annotation
    return weg


def _verplicht_voor_type(data: Any, veld: str) -> bool:
    """Fields the model lets go but ``controles`` asks for, depending on the kind of knowledge product."""
    soort = data.get("type") if isinstance(data, dict) else None
    return isinstance(soort, str) and veld_bij_type(veld, soort) == "verplicht"


def _kern(annotatie: Any) -> Any:
    while True:
        if typing.get_origin(annotatie) is typing.Annotated:
            annotatie = typing.get_args(annotatie)[0]
        elif isinstance(annotatie, types.UnionType) or typing.get_origin(annotatie) is typing.Union:
            annotatie = next(a for a in typing.get_args(annotatie) if a is not type(None))
        else:
            return annotatie
