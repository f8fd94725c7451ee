"""One file that was read and validated: its model, where it came from and the marks of its lines."""

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

    def fout(self, pad: Pad, tekst: str) -> Fout:
        """The error ``tekst`` at the field ``pad`` of this file."""
        return self.document.fout(self.bestand, pad, tekst)
