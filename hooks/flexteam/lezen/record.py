"""One file that was read and validated, or what could be read of it: its model, its origin and the marks of its lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from flexteam.basis.fout import Fout
from flexteam.lezen.yamlbestand import Pad, YamlDocument

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Record(Generic[M]):
    """One validated file: its model, where it came from and the marks to point at its lines."""

    ident: str
    bestand: str
    model: M
    document: YamlDocument
    gelezen: frozenset[str] | None = None
    """None: the whole file is valid. Otherwise the file was refused, and only these top-level fields of ``model``
    could be read (``controle/deels.py``): the rules across files look at those and at nothing else."""

    def leesbaar(self, *velden: str) -> bool:
        """Whether a rule that reads these top-level fields can run on this file."""
        return self.gelezen is None or all(veld in self.gelezen for veld in velden)

    def fout(self, pad: Pad, tekst: str) -> Fout:
        """The error ``tekst`` at the field ``pad`` of this file."""
        return self.document.fout(self.bestand, pad, tekst)
