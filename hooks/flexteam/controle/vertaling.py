"""Turns pydantic's validation errors into Dutch ``Fout`` values with file and line."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from flexteam.basis.fout import Fout
from flexteam.basis.meldingen import (
    BLOK_VERWACHT,
    GEHEEL_GETAL_VERWACHT,
    HINT_AANHALINGSTEKENS,
    HINT_BEDOELDE_JE,
    HINT_SPATIE_NA_STREEPJE,
    HINT_VOORLOOPNUL,
    HOOGSTENS,
    KEUZE_NIET_TOEGESTAAN,
    LAATSTE_KEUZE,
    LIJST_VERWACHT,
    MINSTENS,
    ONBEKEND_VELD,
    ONGELDIGE_WAARDE,
    TE_GROOT,
    TE_KLEIN,
    TEKST_TE_LANG,
    TEKST_VERWACHT,
    TOEGESTANE_VELDEN,
    TOON_BLOK,
    TOON_GETAL,
    TOON_LEEG_VELD,
    TOON_LIJST,
    TOON_TEKST,
    VELD_LEEG,
    VELD_ONTBREEKT,
    VERPLICHT_VELD_ONTBREEKT,
    VORM_ALGEMEEN,
    VORM_BESTANDSNAAM,
    VORM_CBS_CODE,
    VORM_ID,
    VORM_ONJUIST,
    WAAR_OF_ONWAAR_VERWACHT,
    melding,
)
from flexteam.basis.opmaak import getal
from flexteam.inhoud.model import BESTANDSNAAM_PATROON, CBS_PATROON, SLUG_PATROON
from flexteam.lezen.yamlbestand import Pad, YamlDocument, veldnaam

__all__ = ["vertaal"]

_PATROON_UITLEG = {SLUG_PATROON: VORM_ID, CBS_PATROON: VORM_CBS_CODE, BESTANDSNAAM_PATROON: VORM_BESTANDSNAAM}


def vertaal(fout: ValidationError, model: type[BaseModel], bestand: str, document: YamlDocument) -> list[Fout]:
    resultaat = []
    for detail in fout.errors(include_url=False):
        pad = _pad_zonder_varianten(detail["loc"])
        plek = document.plek(pad)
        resultaat.append(
            Fout(
                bestand=bestand,
                regel=plek.regel if plek else None,
                kolom=plek.kolom if plek else None,
                veld=veldnaam(pad) or None,
                melding=_melding(detail, model, pad),
            )
        )
    return resultaat


def _pad_zonder_varianten(loc: tuple[Any, ...]) -> Pad:
    """pydantic puts union variants ('int', 'constrained-str', …) in ``loc``; the contributor never wrote those."""
    return tuple(deel for deel in loc if isinstance(deel, int) or not _is_variant_label(deel))


def _is_variant_label(deel: str) -> bool:
    return deel in {"int", "str", "none", "constrained-int", "constrained-str", "function-after", "function-before", "decimal"} or (
        "[" in deel and "]" in deel
    )


def _melding(detail: Any, model: type[BaseModel], pad: Pad) -> str:
    soort = detail["type"]
    ctx = detail.get("ctx") or {}
    invoer = detail.get("input")
    if soort == "flexteam":
        return str(detail["msg"])
    if soort == "missing":
        return melding(VELD_ONTBREEKT, veld=pad[-1]) if pad else VERPLICHT_VELD_ONTBREEKT
    if soort == "extra_forbidden":
        return _onbekend_veld(model, pad)
    if soort == "string_type":
        return melding(TEKST_VERWACHT, invoer=_beschrijf(invoer), hint=_aanhalingstekens_hint(invoer))
    if soort in {"int_type", "int_parsing", "int_from_float"}:
        hint = ""
        if isinstance(invoer, str) and invoer.isdigit() and invoer.startswith("0"):
            hint = HINT_VOORLOOPNUL
        return melding(GEHEEL_GETAL_VERWACHT, invoer=_beschrijf(invoer), hint=hint)
    if soort in {"bool_type", "bool_parsing"}:
        return melding(WAAR_OF_ONWAAR_VERWACHT, invoer=_beschrijf(invoer))
    if soort == "list_type":
        return melding(LIJST_VERWACHT, invoer=_beschrijf(invoer), hint=_streepje_hint(invoer))
    if soort in {"model_type", "dict_type", "model_attributes_type"}:
        return melding(BLOK_VERWACHT, invoer=_beschrijf(invoer))
    if soort == "literal_error":
        verwacht = str(ctx.get("expected", ""))
        keuzes = verwacht.replace("' or '", LAATSTE_KEUZE)
        suggestie = _bedoelde_je(invoer, re.findall(r"'([^']*)'", verwacht))
        return melding(KEUZE_NIET_TOEGESTAAN, invoer=_hoofdletter(_beschrijf(invoer)), suggestie=suggestie, keuzes=keuzes)
    if soort == "string_too_short" or (soort == "too_short" and isinstance(invoer, str)):
        return VELD_LEEG
    if soort == "string_too_long" or (soort == "too_long" and isinstance(invoer, str)):
        return melding(TEKST_TE_LANG, lengte=len(invoer), maximum=ctx.get("max_length"))
    if soort == "too_short":
        return melding(MINSTENS, aantal=ctx.get("min_length"))
    if soort == "too_long":
        return melding(HOOGSTENS, aantal=ctx.get("max_length"))
    if soort == "string_pattern_mismatch":
        uitleg = _PATROON_UITLEG.get(ctx.get("pattern", ""), VORM_ALGEMEEN)
        return melding(VORM_ONJUIST, invoer=_hoofdletter(_beschrijf(invoer)), uitleg=uitleg)
    if soort in {"greater_than_equal", "greater_than"}:
        grens = ctx.get("ge", ctx.get("gt"))
        return melding(TE_KLEIN, invoer=_hoofdletter(_beschrijf(invoer)), grens=_getal(grens))
    if soort in {"less_than_equal", "less_than"}:
        grens = ctx.get("le", ctx.get("lt"))
        return melding(TE_GROOT, invoer=_hoofdletter(_beschrijf(invoer)), grens=_getal(grens))
    return melding(ONGELDIGE_WAARDE, invoer=_beschrijf(invoer), technisch=detail["msg"])


def _hoofdletter(tekst: str) -> str:
    """Upper-case only the first letter: ``str.capitalize`` would lower-case the contributor's own text."""
    return tekst[:1].upper() + tekst[1:]


def _bedoelde_je(invoer: Any, keuzes: list[str]) -> str:
    """' Bedoelde je 'beschikbaar'?' for 'Beschikbaar' or 'beschikbar'; empty when nothing is close."""
    if not isinstance(invoer, str) or not keuzes:
        return ""
    gelijk = [k for k in keuzes if k.casefold() == invoer.strip().casefold()]
    suggestie = gelijk or difflib.get_close_matches(invoer.strip().casefold(), keuzes, n=1)
    return melding(HINT_BEDOELDE_JE, suggestie=suggestie[0]) if suggestie else ""


def _getal(waarde: Any) -> str:
    """A number in a message in Dutch notation; from five digits on with thousands dots (2100, 100.000)."""
    if isinstance(waarde, int) and not isinstance(waarde, bool):
        return getal(waarde) if abs(waarde) >= 10_000 else str(waarde)
    return str(waarde)


def _beschrijf(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, str):
        return melding(TOON_TEKST, tekst=waarde if len(waarde) <= 60 else waarde[:57] + "…")
    if waarde is None:
        return TOON_LEEG_VELD
    if isinstance(waarde, list):
        return TOON_LIJST
    if isinstance(waarde, dict):
        return TOON_BLOK
    if isinstance(waarde, int):
        return melding(TOON_GETAL, getal=_getal(waarde))
    return melding(TOON_GETAL, getal=waarde)


def _streepje_hint(invoer: object) -> str:
    """``-Een wijkplan`` (no space after the dash): YAML reads text, where a list was meant."""
    if isinstance(invoer, str) and re.match(r"-[^\s\d-]", invoer):
        eerste = re.split(r"\s+-(?=\S)|\s+-\s", invoer[1:])[0].strip()
        return melding(HINT_SPATIE_NA_STREEPJE, voorbeeld=eerste)
    return ""


def _aanhalingstekens_hint(waarde: Any) -> str:
    if isinstance(waarde, (bool, int, float)) or waarde is None:
        return HINT_AANHALINGSTEKENS
    return ""


def _onbekend_veld(model: type[BaseModel], pad: Pad) -> str:
    naam = str(pad[-1])
    toegestaan = _velden_op(model, pad[:-1])
    tekst = melding(ONBEKEND_VELD, veld=naam)
    if not toegestaan:
        return tekst
    suggestie = difflib.get_close_matches(naam, toegestaan, n=1)
    if suggestie:
        tekst += melding(HINT_BEDOELDE_JE, suggestie=suggestie[0])
    return tekst + melding(TOEGESTANE_VELDEN, velden=", ".join(toegestaan))


def _velden_op(model: type[BaseModel], pad: Pad) -> list[str]:
    """The field names allowed in the block at ``pad``, found by walking the model's annotations."""
    huidig: Any = model
    for deel in pad:
        huidig = _kern(huidig)
        if isinstance(deel, int):
            argumenten = typing.get_args(huidig)
            huidig = argumenten[0] if argumenten else None
        elif isinstance(huidig, type) and issubclass(huidig, BaseModel) and deel in huidig.model_fields:
            huidig = huidig.model_fields[deel].annotation
        else:
            return []
    huidig = _kern(huidig)
    if isinstance(huidig, type) and issubclass(huidig, BaseModel):
        return list(huidig.model_fields)
    return []


def _kern(annotatie: Any) -> Any:
    """Strip ``Annotated`` and ``X | None`` down to the type that holds the fields."""
    while True:
        if typing.get_origin(annotatie) is typing.Annotated:
            annotatie = typing.get_args(annotatie)[0]
        elif isinstance(annotatie, types.UnionType) or typing.get_origin(annotatie) is typing.Union:
            opties = [a for a in typing.get_args(annotatie) if a is not type(None)]
            annotatie = opties[0]
        else:
            return annotatie
