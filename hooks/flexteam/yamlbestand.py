"""Strict reading of one contributor YAML file, with a line mark for every value.

What a contributor wrote is never silently changed or dropped:
- plain scalars follow the YAML 1.2 core schema: only ``true``/``false`` are booleans,
  only plain decimal numbers are numbers; ``nee``, ``010``, ``12:30`` and ``2024-01-01``
  stay text, so the model can refuse them where a number, date or boolean is wanted;
- numbers with a decimal point become ``Decimal``, never float;
- duplicate keys, anchors, aliases, explicit tags and multiple documents are refused;
- files that are too large, empty, not UTF-8 or not valid YAML are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
import yaml.reader
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

try:  # libyaml's C parser where present: ~10x faster on a large menukaart
    from yaml._yaml import CParser as _Parser

    def _make_parser(loader: Any, text: str) -> None:
        _Parser.__init__(loader, text)

except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        pass

    def _make_parser(loader: Any, text: str) -> None:
        Reader.__init__(loader, text)
        Scanner.__init__(loader)
        Parser.__init__(loader)
        Composer.__init__(loader)


MAX_BYTES = 256 * 1024
"""Largest contributor file accepted; the biggest shipped item is a few kB."""

Pad = tuple[str | int, ...]


@dataclass(frozen=True)
class Plek:
    regel: int
    kolom: int


@dataclass(frozen=True)
class YamlDocument:
    data: Any
    waarden: dict[Pad, Plek] = field(default_factory=dict)
    sleutels: dict[Pad, Plek] = field(default_factory=dict)

    def plek(self, pad: Pad) -> Plek | None:
        """Mark of the key at ``pad`` where there is one, else of the nearest enclosing value."""
        for lengte in range(len(pad), -1, -1):
            deel = pad[:lengte]
            if deel in self.sleutels:
                return self.sleutels[deel]
            if deel in self.waarden:
                return self.waarden[deel]
        return None


class YamlFout(Exception):
    def __init__(self, melding: str, regel: int | None = None, kolom: int | None = None) -> None:
        super().__init__(melding)
        self.melding = melding
        self.regel = regel
        self.kolom = kolom


class _CoreResolver(BaseResolver):
    """YAML 1.2 core schema, lower case only: what you see is what you get."""


_CoreResolver.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
_CoreResolver.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^-?(?:0|[1-9][0-9]*)$"), list("-0123456789"))
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^-?(?:0|[1-9][0-9]*)\.[0-9]+$"), list("-0123456789")
)
_CoreResolver.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


class _Constructor(SafeConstructor):
    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:  # type: ignore[override]
        gezien: dict[Any, Node] = {}
        for sleutel_node, _ in node.value:
            if not isinstance(sleutel_node, ScalarNode):
                raise YamlFout(
                    "Een sleutel moet een gewone naam zijn, geen lijst of blok.",
                    sleutel_node.start_mark.line + 1,
                    sleutel_node.start_mark.column + 1,
                )
            sleutel = sleutel_node.value
            if sleutel in gezien:
                eerste = gezien[sleutel].start_mark.line + 1
                raise YamlFout(
                    f"Het veld '{sleutel}' staat twee keer in hetzelfde blok (eerst op regel {eerste}). "
                    "Houd één van de twee over: anders gaat er tekst verloren.",
                    sleutel_node.start_mark.line + 1,
                    sleutel_node.start_mark.column + 1,
                )
            gezien[sleutel] = sleutel_node
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_float(self, node: ScalarNode) -> Decimal:  # type: ignore[override]
        return Decimal(node.value)


_Constructor.add_constructor("tag:yaml.org,2002:float", _Constructor.construct_yaml_float)
_Constructor.add_constructor("tag:yaml.org,2002:map", _Constructor.construct_yaml_map)


class _Loader(_Parser, _Constructor, _CoreResolver):  # type: ignore[misc, valid-type]
    def __init__(self, text: str) -> None:
        _make_parser(self, text)
        _Constructor.__init__(self)
        _CoreResolver.__init__(self)


class _ScanLoader(_Parser, _CoreResolver):  # type: ignore[misc, valid-type]
    def __init__(self, text: str) -> None:
        _make_parser(self, text)
        _CoreResolver.__init__(self)


def lees_bestand(pad: Path) -> YamlDocument:
    """Read and parse one file; raise ``YamlFout`` with a Dutch message on any problem."""
    try:
        grootte = pad.stat().st_size
    except OSError as fout:
        raise YamlFout(f"Het bestand kan niet worden gelezen ({fout.strerror}).") from None
    if grootte > MAX_BYTES:
        raise YamlFout(
            f"Het bestand is {grootte // 1024} kB; de grens is {MAX_BYTES // 1024} kB. "
            "Een menukaart-item is meestal een paar kB: kort de tekst in of verdeel het over meer items."
        )
    return lees_tekst(pad.read_bytes())


def lees_tekst(ruw: bytes) -> YamlDocument:
    if len(ruw) > MAX_BYTES:
        raise YamlFout(f"Het bestand is groter dan {MAX_BYTES // 1024} kB.")
    tekst = _decodeer(ruw)
    if not tekst.strip() or all(r.lstrip().startswith("#") or not r.strip() for r in tekst.splitlines()):
        raise YamlFout("Het bestand is leeg. Vul de velden in (kijk in menukaart/_sjablonen/ voor een voorbeeld).", 1, 1)
    _controleer_gebeurtenissen(tekst)
    loader = _Loader(tekst)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as fout:
            raise _syntaxfout(fout) from None
        except yaml.YAMLError as fout:
            raise YamlFout(f"Het bestand is geen geldige YAML ({fout}).") from None
        if node is None:
            raise YamlFout("Het bestand is leeg.", 1, 1)
        if not isinstance(node, MappingNode):
            raise YamlFout(
                "Het bestand moet bestaan uit velden ('naam: waarde'), niet uit een losse tekst of lijst.",
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            )
        waarden: dict[Pad, Plek] = {}
        sleutels: dict[Pad, Plek] = {}
        _verzamel_plekken(node, (), waarden, sleutels)
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    return YamlDocument(data=data, waarden=waarden, sleutels=sleutels)


def _decodeer(ruw: bytes) -> str:
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = ruw[: fout.start].count(b"\n") + 1
        kolom = fout.start - (ruw.rfind(b"\n", 0, fout.start) + 1) + 1
        raise YamlFout(
            "Het bestand is niet opgeslagen als UTF-8 (bijvoorbeeld Windows-1252 of Latin-1). "
            "Sla het op als UTF-8; in de GitHub-editor en VS Code is dat de standaard.",
            regel,
            kolom,
        ) from None
    return tekst.removeprefix("\ufeff")


def _controleer_gebeurtenissen(tekst: str) -> None:
    """Refuse anchors, aliases, tags and extra documents before anything is built.

    Scanning the event stream stops at the first alias, so an alias bomb
    ("billion laughs") is refused in microseconds, before it can expand.
    """
    try:
        loader = _ScanLoader(tekst)
    except yaml.reader.ReaderError as fout:
        raise _lezerfout(fout, tekst) from None
    documenten = 0
    try:
        while True:
            try:
                gebeurtenis = loader.get_event()
            except yaml.MarkedYAMLError as fout:
                raise _syntaxfout(fout) from None
            except yaml.reader.ReaderError as fout:
                raise _lezerfout(fout, tekst) from None
            if gebeurtenis is None:
                return
            plek = gebeurtenis.start_mark
            regel, kolom = plek.line + 1, plek.column + 1
            if isinstance(gebeurtenis, yaml.DocumentStartEvent):
                documenten += 1
                if documenten > 1:
                    raise YamlFout("Het bestand bevat meer dan één YAML-document ('---'). Gebruik één item per bestand.", regel, kolom)
            elif isinstance(gebeurtenis, yaml.AliasEvent):
                raise YamlFout(
                    f"Verwijzingen ('*{gebeurtenis.anchor}') zijn niet toegestaan: schrijf de tekst voluit.", regel, kolom
                )
            elif isinstance(gebeurtenis, yaml.NodeEvent):
                if gebeurtenis.anchor is not None:
                    raise YamlFout(
                        f"Ankers ('&{gebeurtenis.anchor}') zijn niet toegestaan: schrijf de tekst voluit.", regel, kolom
                    )
                tag = getattr(gebeurtenis, "tag", None)
                if tag is not None and tag != "!":
                    raise YamlFout(
                        f"YAML-tags zoals '{tag}' zijn niet toegestaan. Schrijf alleen gewone waarden; "
                        "zet tekst die met ! begint tussen aanhalingstekens.",
                        regel,
                        kolom,
                    )
    finally:
        loader.dispose()


def _verzamel_plekken(node: Node, pad: Pad, waarden: dict[Pad, Plek], sleutels: dict[Pad, Plek]) -> None:
    waarden[pad] = Plek(node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, MappingNode):
        for sleutel, waarde in node.value:
            sub = (*pad, str(sleutel.value))
            sleutels[sub] = Plek(sleutel.start_mark.line + 1, sleutel.start_mark.column + 1)
            _verzamel_plekken(waarde, sub, waarden, sleutels)
    elif isinstance(node, SequenceNode):
        for index, element in enumerate(node.value):
            _verzamel_plekken(element, (*pad, index), waarden, sleutels)


_VERTALINGEN = (
    ("could not find expected ':'", "Er ontbreekt een dubbele punt ':' na een veldnaam."),
    ("mapping values are not allowed here", "Een ':' staat op een plek waar dat niet mag. Zet tekst met een dubbele punt tussen aanhalingstekens."),
    ("found character '\\t' that cannot start any token", "Er staat een tab. Gebruik spaties om in te springen."),
    ("found a tab character", "Er staat een tab. Gebruik spaties om in te springen."),
    ("found unexpected end of stream", "Het bestand houdt midden in een waarde op: een aanhalingsteken of haakje is niet gesloten."),
    ("did not find expected key", "De inspringing klopt niet: een veld staat verder of minder ver ingesprongen dan de velden eromheen."),
    ("did not find expected '-' indicator", "De inspringing van een lijst klopt niet."),
    ("found undefined alias", "Verwijzingen ('*naam') zijn niet toegestaan."),
    ("expected <block end>, but found", "De inspringing klopt niet: controleer de spaties aan het begin van de regel."),
    ("found unknown escape character", "Een backslash '\\' in tekst tussen dubbele aanhalingstekens: gebruik enkele aanhalingstekens of laat ze weg."),
    ("special characters are not allowed", "Het bestand bevat een onzichtbaar stuurteken dat niet is toegestaan."),
    ("unacceptable character", "Het bestand bevat een onzichtbaar stuurteken dat niet is toegestaan."),
)


def _lezerfout(fout: yaml.reader.ReaderError, tekst: str) -> YamlFout:
    regel = tekst.count("\n", 0, fout.position) + 1
    kolom = fout.position - (tekst.rfind("\n", 0, fout.position) + 1) + 1
    return YamlFout(
        f"Het bestand bevat een onzichtbaar stuurteken (code {fout.character:#06x}) dat niet is toegestaan. "
        "Typ de regel opnieuw of plak de tekst als platte tekst.",
        regel,
        kolom,
    )


def _syntaxfout(fout: yaml.MarkedYAMLError) -> YamlFout:
    origineel = " ".join(filter(None, [fout.context, fout.problem]))
    uitleg = next((nl for en, nl in _VERTALINGEN if en in origineel), None)
    melding = "Het bestand is geen geldige YAML. " + (uitleg or "Controleer inspringing, dubbele punten en aanhalingstekens.")
    melding += f" (technisch: {origineel.strip()})"
    plek = fout.problem_mark or fout.context_mark
    if plek is None:
        return YamlFout(melding)
    return YamlFout(melding, plek.line + 1, plek.column + 1)
