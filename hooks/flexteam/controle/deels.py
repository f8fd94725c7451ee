"""What can still be read of a file the model refused: its top-level fields that are valid on their own.

One run reports every error that can be known (README). A type error in one field must not hide a broken
reference in another field of the same file until the first is fixed: ``gelezen`` validates, one by one, each
top-level field that has no error of its own and no placeholder, with the model's own validator for that field
(its type, its constraints and its validators), into an instance that skips the rest. The rules across files
(references, duplicates, the vocabulary: ``kruisverwijzingen.py``) then run on those fields only
(``Record.leesbaar``); the file itself still fails, with its own errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import ValidationError

from flexteam.lezen.record import M


def gelezen(model: type[M], data: object, onleesbaar: Iterable[str]) -> tuple[M, frozenset[str]] | None:
    """An instance with every readable top-level field, and their names; None when the file is not a mapping.

    ``onleesbaar``: the fields with an error or a placeholder. A field the file leaves out counts as read when the
    model gives it a default (that is what it will be), and as unread when it is required."""
    if not isinstance(data, Mapping):
        return None
    overslaan = set(onleesbaar)
    exemplaar = model.model_construct()
    namen: set[str] = set()
    for naam, veld in model.model_fields.items():
        if naam in overslaan:
            continue
        if naam not in data:
            if not veld.is_required():
                namen.add(naam)
            continue
        try:
            model.__pydantic_validator__.validate_assignment(exemplaar, naam, data[naam])
        except ValidationError:
            continue
        namen.add(naam)
    return exemplaar, frozenset(namen)


def eerste_velden(fout: ValidationError) -> set[str]:
    """The top-level fields the errors of a validation are about (an error of the whole file names none)."""
    return {str(e["loc"][0]) for e in fout.errors() if e["loc"]}

