"""Turns pydantic's validation errors into Dutch ``Fout`` values with file and line."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from flexteam.basis.fout import Fout
from flexteam.basis.opmaak import getal
from flexteam.inhoud.model import BESTANDSNAAM_PATROON, CBS_PATROON, SLUG_PATROON
from flexteam.lezen.yamlbestand import Pad, YamlDocument, veldnaam

__all__ = ["vertaal", "veldnaam"]

_PATROON_UITLEG = {
    SLUG_PATROON: "Gebruik alleen kleine letters, cijfers en streepjes, zoals 'wijkuitvoeringsplan-opstellen'.",
    CBS_PATROON: "Een CBS-gemeentecode is GM met vier cijfers, tussen aanhalingstekens: \"GM0106\".",
    BESTANDSNAAM_PATROON: "Een bestandsnaam in kleine letters met streepjes en een extensie, zoals 'sjabloon-wup.md'.",
}


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
        return f"Het verplichte veld '{pad[-1]}' ontbreekt." if pad else "Er ontbreekt een verplicht veld."
    if soort == "extra_forbidden":
        return _onbekend_veld(model, pad)
    if soort == "string_type":
        return f"Verwacht tekst, maar hier staat {_beschrijf(invoer)}." + _aanhalingstekens_hint(invoer)
    if soort in {"int_type", "int_parsing", "int_from_float"}:
        hint = ""
        if isinstance(invoer, str) and invoer.isdigit() and invoer.startswith("0"):
            hint = " Een getal met een voorloopnul wordt niet als getal gelezen: laat de nul weg."
        return f"Verwacht een geheel getal (zoals 120), maar hier staat {_beschrijf(invoer)}.{hint}"
    if soort in {"bool_type", "bool_parsing"}:
        return f"Verwacht true of false, maar hier staat {_beschrijf(invoer)}. Schrijf ja als true en nee als false."
    if soort == "list_type":
        return f"Verwacht een lijst (regels die beginnen met '- ' of [a, b]), maar hier staat {_beschrijf(invoer)}."
    if soort in {"model_type", "dict_type", "model_attributes_type"}:
        return f"Verwacht een blok met velden, maar hier staat {_beschrijf(invoer)}."
    if soort == "literal_error":
        verwacht = str(ctx.get("expected", ""))
        keuzes = verwacht.replace("' or '", "' of '")
        suggestie = _bedoelde_je(invoer, re.findall(r"'([^']*)'", verwacht))
        return f"{_hoofdletter(_beschrijf(invoer))} is hier niet toegestaan.{suggestie} Kies uit: {keuzes}."
    if soort == "string_too_short" or (soort == "too_short" and isinstance(invoer, str)):
        return "Dit veld mag niet leeg zijn."
    if soort == "string_too_long" or (soort == "too_long" and isinstance(invoer, str)):
        return f"De tekst is {len(invoer)} tekens lang; het maximum is {ctx.get('max_length')} tekens. Maak hem korter."
    if soort == "too_short":
        return f"Noem er minstens {ctx.get('min_length')}."
    if soort == "too_long":
        return f"Noem er hoogstens {ctx.get('max_length')}."
    if soort == "string_pattern_mismatch":
        uitleg = _PATROON_UITLEG.get(ctx.get("pattern", ""), "De waarde heeft niet de juiste vorm.")
        return f"{_hoofdletter(_beschrijf(invoer))} heeft niet de juiste vorm. {uitleg}"
    if soort in {"greater_than_equal", "greater_than"}:
        grens = ctx.get("ge", ctx.get("gt"))
        return f"{_hoofdletter(_beschrijf(invoer))} is te klein; de ondergrens is {_getal(grens)}."
    if soort in {"less_than_equal", "less_than"}:
        grens = ctx.get("le", ctx.get("lt"))
        return f"{_hoofdletter(_beschrijf(invoer))} is te groot; de bovengrens is {_getal(grens)}."
    return f"Ongeldige waarde {_beschrijf(invoer)} (technisch: {detail['msg']})."


def _hoofdletter(tekst: str) -> str:
    """Upper-case only the first letter: ``str.capitalize`` would lower-case the contributor's own text."""
    return tekst[:1].upper() + tekst[1:]


def _bedoelde_je(invoer: Any, keuzes: list[str]) -> str:
    """' Bedoelde je 'beschikbaar'?' for 'Beschikbaar' or 'beschikbar'; empty when nothing is close."""
    if not isinstance(invoer, str) or not keuzes:
        return ""
    gelijk = [k for k in keuzes if k.casefold() == invoer.strip().casefold()]
    suggestie = gelijk or difflib.get_close_matches(invoer.strip().casefold(), keuzes, n=1)
    return f" Bedoelde je '{suggestie[0]}'?" if suggestie else ""


def _getal(waarde: Any) -> str:
    """A number in a message in Dutch notation; from five digits on with thousands dots (2100, 100.000)."""
    if isinstance(waarde, int) and not isinstance(waarde, bool):
        return getal(waarde) if abs(waarde) >= 10_000 else str(waarde)
    return str(waarde)


def _beschrijf(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, str):
        kort = waarde if len(waarde) <= 60 else waarde[:57] + "…"
        return f"de tekst '{kort}'"
    if waarde is None:
        return "niets (een leeg veld)"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een blok met velden"
    if isinstance(waarde, int):
        return f"het getal {_getal(waarde)}"
    return f"het getal {waarde}"


def _aanhalingstekens_hint(waarde: Any) -> str:
    if isinstance(waarde, (bool, int, float)) or waarde is None:
        return " Zet de tekst tussen aanhalingstekens als dit zo bedoeld is."
    return ""


def _onbekend_veld(model: type[BaseModel], pad: Pad) -> str:
    naam = str(pad[-1])
    toegestaan = _velden_op(model, pad[:-1])
    if not toegestaan:
        return f"Onbekend veld '{naam}'."
    suggestie = difflib.get_close_matches(naam, toegestaan, n=1)
    tekst = f"Onbekend veld '{naam}'."
    if suggestie:
        tekst += f" Bedoelde je '{suggestie[0]}'?"
    return tekst + f" Toegestaan zijn: {', '.join(toegestaan)}."


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
