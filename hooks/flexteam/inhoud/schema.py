"""JSON Schema files for editors, generated from the model and the vocabulary in ``taxonomie.yml``.

The schema is a convenience for autocompletion while typing; the project's own loader is
the judge (it also checks references, YAML 1.1 traps and finance rules a schema cannot).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from flexteam.inhoud.model import Begrippen, Begroting, Bronnen, Dienst, Gemeente, Kennisproduct, Praktijkvoorbeeld, Taxonomie
from flexteam.inhoud.regio import Regio

SCHEMA_MODELLEN: dict[str, type[BaseModel]] = {
    "dienst": Dienst,
    "kennisproduct": Kennisproduct,
    "gemeente": Gemeente,
    "begroting": Begroting,
    "taxonomie": Taxonomie,
    "regio": Regio,
    "bronnen": Bronnen,
    "begrippen": Begrippen,
    "praktijkvoorbeeld": Praktijkvoorbeeld,
}



def schema_voor(naam: str, taxonomie: Taxonomie | None) -> dict[str, Any]:
    schema = SCHEMA_MODELLEN[naam].model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{naam}.schema.json",  # relative: resolved against where the file lies (menukaart/schema/)
        **schema,
    }
    gevuld: dict[str, Any] = _vul_woordenlijsten(schema, taxonomie)
    return gevuld


def _vul_woordenlijsten(knoop: Any, taxonomie: Taxonomie | None) -> Any:
    """Replace the ``taxonomie`` marker by an ``enum`` of the ids with their labels as descriptions."""
    if isinstance(knoop, list):
        return [_vul_woordenlijsten(k, taxonomie) for k in knoop]
    if not isinstance(knoop, dict):
        return knoop
    resultaat = {sleutel: _vul_woordenlijsten(waarde, taxonomie) for sleutel, waarde in knoop.items()}
    resultaat.pop("verwijst", None)  # the form's mark (model.VERWIJZINGEN); the loader checks the references
    lijst = resultaat.pop("taxonomie", None)
    if lijst and taxonomie is not None:
        begrippen = taxonomie.lijst(lijst)
        opties = {"enum": [b.id for b in begrippen]}
        doel = resultaat["items"] if resultaat.get("type") == "array" else resultaat
        doel.pop("pattern", None)
        doel.update(opties)
        resultaat["markdownDescription"] = resultaat.get("description", "") + "\n\n" + "\n".join(
            f"- `{b.id}`: {b.label}" for b in begrippen
        )
    return resultaat


def schema_tekst(naam: str, taxonomie: Taxonomie | None) -> str:
    return json.dumps(schema_voor(naam, taxonomie), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
