"""The content for publishing: everything marked ``voorbeeld`` taken out, in one place, before anything is computed.

- a figure (``waarde``) that is an example becomes not yet known (``null``), and keeps ``levert``: who supplies it;
- a claim block that is an example (an afspraak, a local process, a contact) is left out of its list, or becomes
  empty where it is optional.

Pages, downloads, the search index and the feed are all made from this catalogue, so none of them can show an
example. A block that is required and cannot be left out (a service's ``inzet``) may not be an example: the check
says so (``voorbeeld_problemen``), so that content the check accepts also builds for publishing.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from flexteam.basis.meldingen import VOORBEELD_VERPLICHT
from flexteam.inhoud.model import MetHerkomst
from flexteam.lezen.yamlbestand import Pad

B = TypeVar("B", bound=BaseModel)

_HERKOMST_VELDEN = ("herkomst", "bron", "regel", "door", "waarom")


class VerplichtVoorbeeld(Exception):
    """A required block is an example: there is nothing to publish in its place."""

    def __init__(self, pad: Pad) -> None:
        super().__init__(pad)
        self.pad = pad


def zonder_voorbeelden(model: B) -> B:
    """``model`` without its examples; raises ``VerplichtVoorbeeld`` for a required example block."""
    return _zonder(model, ())


def voorbeeld_problemen(model: BaseModel) -> list[tuple[Pad, str]]:
    """Where ``model`` holds an example that publishing cannot leave out, with the Dutch message."""
    try:
        zonder_voorbeelden(model)
    except VerplichtVoorbeeld as fout:
        return [((*fout.pad, "herkomst"), VOORBEELD_VERPLICHT)]
    return []


def is_voorbeeld(blok: Any) -> bool:
    return isinstance(blok, MetHerkomst) and blok.herkomst == "voorbeeld"


def _zonder(model: B, pad: Pad) -> B:
    if is_voorbeeld(model) and model._waarde is not None:  # type: ignore[attr-defined]
        leeg = {veld: None for veld in (*_HERKOMST_VELDEN, model._waarde)}  # type: ignore[attr-defined]
        return model.model_copy(update=leeg)
    wijzigingen: dict[str, Any] = {}
    for naam, veld in type(model).model_fields.items():
        waarde = getattr(model, naam)
        nieuw = _waarde_zonder(waarde, (*pad, naam), verplicht=veld.is_required())
        if nieuw is not waarde:
            wijzigingen[naam] = nieuw
    return model.model_copy(update=wijzigingen) if wijzigingen else model


def _waarde_zonder(waarde: Any, pad: Pad, verplicht: bool) -> Any:
    if isinstance(waarde, BaseModel):
        if is_voorbeeld(waarde) and waarde._waarde is None:  # type: ignore[attr-defined]
            if verplicht:
                raise VerplichtVoorbeeld(pad)
            return None
        return _zonder(waarde, pad)
    if isinstance(waarde, list):
        nieuw = [_waarde_zonder(e, (*pad, i), verplicht=False) for i, e in enumerate(waarde)
                 if not (is_voorbeeld(e) and e._waarde is None)]
        return waarde if len(nieuw) == len(waarde) and all(a is b for a, b in zip(nieuw, waarde)) else nieuw
    if isinstance(waarde, dict):
        nieuw_dict = {k: _waarde_zonder(e, (*pad, k), verplicht=True) for k, e in waarde.items()}
        return waarde if all(nieuw_dict[k] is waarde[k] for k in waarde) else nieuw_dict
    return waarde
