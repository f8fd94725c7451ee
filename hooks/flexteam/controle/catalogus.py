"""The validated menukaart as one immutable value, with the look-ups pages need."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from flexteam.basis.fout import Fout
from flexteam.inhoud.model import (
    Afspraak,
    Begroting,
    Bron,
    Dienst,
    Gemeente,
    Item,
    Kennisproduct,
    Praktijkvoorbeeld,
    Taxonomie,
    Term,
)
from flexteam.inhoud.regio import Regio
from flexteam.rekenen.financien import Financien


@dataclass(frozen=True)
class Catalogus:
    map: Path
    taxonomie: Taxonomie
    diensten: tuple[Dienst, ...]
    kennisproducten: tuple[Kennisproduct, ...]
    gemeenten: tuple[Gemeente, ...]
    begroting: Begroting
    financien: Financien
    """The budget split per year, computed once by the check (``controle/begroting.py``)."""
    regio: Regio
    """The region and its team (``regio.yml``): names, addresses, the tile map."""
    praktijkvoorbeelden: tuple[Praktijkvoorbeeld, ...] = ()
    """Real cases, by title."""
    begrippen: tuple[Term, ...] = ()
    """The glossary, by term."""
    bronnen: dict[str, Bron] = field(default_factory=dict)
    """The sources in ``bronnen.yml`` by id: what a ``vastgesteld`` figure refers to."""
    waarschuwingen: tuple[Fout, ...] = ()
    """What the check reports without refusing: a law check date older than twelve months."""
    publicatie: bool = False
    """True for the publication: nothing marked ``voorbeeld`` is in this catalogue (``controle/publicatie.py``)."""
    bronbestanden: dict[str, str] = field(default_factory=dict)
    """``"dienst/<id>"``, ``"kennisproduct/<id>"``, ``"gemeente/<id>"`` → path relative to the repository."""
    bijlagen: dict[str, bytes] = field(default_factory=dict)
    """File name in ``bijlagen/`` → the bytes the check read and accepted; only these are published."""

    @cached_property
    def items(self) -> tuple[Item, ...]:
        """All items, services first, each group by title."""
        return (*sorted(self.diensten, key=_titel_sleutel), *sorted(self.kennisproducten, key=_titel_sleutel))

    @cached_property
    def item_per_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items if item.id}

    @cached_property
    def genoemd_bij(self) -> dict[str, tuple[Item, ...]]:
        """Reverse of ``gerelateerd``: for each id, the items that link to it."""
        omgekeerd: dict[str, list[Item]] = defaultdict(list)
        for item in self.items:
            for doel in item.gerelateerd:
                omgekeerd[doel].append(item)
        return {doel: tuple(bronnen) for doel, bronnen in omgekeerd.items()}

    @cached_property
    def afspraken_per_item(self) -> dict[str, tuple[tuple[Gemeente, Afspraak], ...]]:
        per_item: dict[str, list[tuple[Gemeente, Afspraak]]] = defaultdict(list)
        for gemeente in self.gemeenten:
            for afspraak in gemeente.afspraken:
                per_item[afspraak.item].append((gemeente, afspraak))
        return {item_id: tuple(lijst) for item_id, lijst in per_item.items()}

    @cached_property
    def praktijk_per_item(self) -> dict[str, tuple[Praktijkvoorbeeld, ...]]:
        """For each item id, the cases that used it ("Zo ging het in …")."""
        per_item: dict[str, list[Praktijkvoorbeeld]] = defaultdict(list)
        for geval in self.praktijkvoorbeelden:
            for item_id in geval.items:
                per_item[item_id].append(geval)
        return {item_id: tuple(lijst) for item_id, lijst in per_item.items()}

    def praktijk_van_gemeente(self, gemeente_id: str) -> tuple[Praktijkvoorbeeld, ...]:
        return tuple(p for p in self.praktijkvoorbeelden if p.gemeente == gemeente_id)

    def bron(self, soort: str, ident: str) -> str:
        return self.bronbestanden[f"{soort}/{ident}"]


def _titel_sleutel(item: Item) -> str:
    return item.titel.casefold()
