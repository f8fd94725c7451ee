"""Strict reading of one contributor YAML file, with a line mark for every value.

What a contributor wrote is never silently changed or dropped:
- plain scalars follow the YAML 1.2 core schema: only ``true``/``false`` are booleans,
  only plain decimal numbers are numbers; ``nee``, ``010``, ``12:30`` and ``2024-01-01``
  stay text, so the model can refuse them where a number, date or boolean is wanted;
- numbers with a decimal point become ``Decimal``, never float;
- keys stay the text that was written (``50:`` is the field name '50', ``1:`` and ``1.0:`` are two
  names): every field name in the model is text, so the model reports such a key as unknown;
- numbers of more than ``MAX_CIJFERS`` digits are refused before they are converted;
- control and invisible characters are refused in every key and value, also when they are
  written as an escape in double quotes (``"\\0"``, ``"\\e"``, ``"\\u202e"``);
- duplicate keys, anchors, aliases, explicit tags and multiple documents are refused;
- files that are too large, empty, not UTF-8 or not valid YAML are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import yaml
import yaml.reader
from yaml.nodes import ScalarNode
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

from flexteam.basis.fout import FlexteamFout, Fout
from flexteam.basis.meldingen import (
    ANKER_NIET_TOEGESTAAN,
    BESTAND_LEEG,
    BESTAND_LEEG_VUL_IN,
    BESTAND_NIET_UTF8,
    BESTAND_TE_GROOT,
    GEEN_VELDEN,
    GEEN_YAML,
    GEEN_YAML_UITLEG,
    GETAL_TE_LANG,
    MEER_DOCUMENTEN,
    ONZICHTBAAR_TEKEN_IN_NAAM,
    ONZICHTBAAR_TEKEN_IN_WAARDE,
    SLEUTEL_GEEN_NAAM,
    SPATIES_AANTAL,
    SPATIES_GEEN,
    STUURTEKEN_IN_BESTAND,
    TAG_NIET_TOEGESTAAN,
    TEKEN_ANNOTATIE,
    TEKEN_NIET_TEKEN,
    TEKEN_SCHRIJFRICHTING,
    TEKEN_STUUR,
    TEKEN_SURROGAAT,
    TEKEN_ZONDER_BREEDTE,
    VELD_TWEE_KEER,
    VERWIJZING_NIET_TOEGESTAAN,
    YAML_ALGEMEEN,
    YAML_BACKSLASH,
    YAML_DUBBELE_PUNT_IN_TEKST,
    YAML_DUBBELE_PUNT_ONTBREEKT,
    YAML_DUBBELE_PUNT_VERKEERD,
    YAML_INSPRINGING_LIJST,
    YAML_INSPRINGING_REGEL,
    YAML_INSPRINGING_VELD,
    YAML_INSPRINGING_VERVOLG,
    YAML_NIET_GESLOTEN,
    YAML_SPATIE_NA_DUBBELE_PUNT,
    YAML_STUURTEKEN,
    YAML_TAB,
    YAML_TAB_VOORBEELD,
    YAML_TEKENCODE,
    YAML_VERWIJZING,
    melding,
)
from flexteam.lezen.bestanden import OnveiligBestand, lees_zonder_koppeling

MAX_BYTES = 256 * 1024
"""Largest contributor file accepted; the biggest shipped item is a few kB."""

MAX_CIJFERS = 30
"""Most digits in a number: far more than any amount, share or count needs, and far below both Python's
4,300 (``int()`` raises above that) and the 28 digits of Decimal's default context."""

Pad = tuple[str | int, ...]


def veldnaam(pad: Pad) -> str:
    """``('afspraken', 2, 'uren')`` → ``afspraken[3].uren`` (lists counted from 1, as people count)."""
    tekst = ""
    for deel in pad:
        if isinstance(deel, int):
            tekst += f"[{deel + 1}]"
        else:
            tekst += f".{deel}" if tekst else str(deel)
    return tekst


class Plek(NamedTuple):
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

    def fout(self, bestand: str, pad: Pad, tekst: str) -> Fout:
        """The error ``tekst`` at the field ``pad`` of this file: its line and column, and the field's name."""
        plek = self.plek(pad)
        return Fout(bestand, plek.regel if plek else None, plek.kolom if plek else None, veldnaam(pad) or None, tekst)


class YamlFout(FlexteamFout):
    """A file that cannot be read; ``veld`` names the field (as ``veldnaam`` writes it) where one is known."""

    def __init__(self, melding: str, regel: int | None = None, kolom: int | None = None, veld: str | None = None) -> None:
        super().__init__(melding)
        self.melding = melding
        self.regel = regel
        self.kolom = kolom
        self.veld = veld


class _CoreResolver(BaseResolver):
    """YAML 1.2 core schema, lower case only: what you see is what you get."""


_CoreResolver.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
_CoreResolver.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^-?(?:0|[1-9][0-9]*)$"), list("-0123456789"))
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^-?(?:0|[1-9][0-9]*)\.[0-9]+$"), list("-0123456789")
)
_CoreResolver.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


class _ScanLoader(_Parser, _CoreResolver):  # type: ignore[misc, valid-type, unused-ignore]
    def __init__(self, text: str) -> None:
        _make_parser(self, text)
        _CoreResolver.__init__(self)


def lees_bestand(pad: Path) -> YamlDocument:
    """Read and parse one file; raise ``YamlFout`` with a Dutch message on any problem.

    The file is opened without following a symbolic link (``bestanden.lees_zonder_koppeling``):
    the walk of the content folder refused links, and none can be swapped in before the read.
    """
    try:
        ruw = lees_zonder_koppeling(pad, MAX_BYTES + 1)
    except OnveiligBestand as fout:
        raise YamlFout(fout.reden) from None
    if len(ruw) > MAX_BYTES:
        raise YamlFout(melding(BESTAND_TE_GROOT, grens=MAX_BYTES // 1024))
    return lees_tekst(ruw)


def lees_tekst(ruw: bytes) -> YamlDocument:
    if len(ruw) > MAX_BYTES:
        raise YamlFout(melding(BESTAND_TE_GROOT, grens=MAX_BYTES // 1024))
    tekst = _decodeer(ruw)
    if not tekst.strip() or all(r.lstrip().startswith("#") or not r.strip() for r in tekst.splitlines()):
        raise YamlFout(BESTAND_LEEG_VUL_IN, 1, 1)
    return _lees_gebeurtenissen(tekst, astraal=any(leider in ruw for leider in _ASTRALE_LEIDERS))


def _decodeer(ruw: bytes) -> str:
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = ruw[: fout.start].count(b"\n") + 1
        kolom = fout.start - (ruw.rfind(b"\n", 0, fout.start) + 1) + 1
        raise YamlFout(BESTAND_NIET_UTF8, regel, kolom) from None
    return tekst.removeprefix("\ufeff")


_STR, _INT, _FLOAT, _BOOL, _NULL = (f"tag:yaml.org,2002:{soort}" for soort in ("str", "int", "float", "bool", "null"))
_RESOLVER_TEKENS = frozenset(_CoreResolver.yaml_implicit_resolvers)
"""First characters of plain scalars that can be a number, boolean or null; every other scalar is text."""
_GEEN = object()


def _plek(gebeurtenis: Any) -> Plek:
    return Plek(gebeurtenis.start_mark.line + 1, gebeurtenis.start_mark.column + 1)


def _lees_gebeurtenissen(tekst: str, astraal: bool = True) -> YamlDocument:
    """One pass over libyaml's events: refuse, build the data and note a mark for every value.

    Every key and value is searched for refused characters (``_ONZICHTBAAR``), at C speed and only where
    one can be: the reader already refuses raw control characters, so plain ASCII text outside double
    quotes (where escapes such as ``\\0`` live) is skipped, and the noncharacters beyond U+FFFF are only
    searched for when the file (``astraal``) or the double-quoted value has characters beyond U+FFFF.

    Anchors, aliases, tags and extra documents are refused at the event where they occur,
    before anything is built: an alias bomb ("billion laughs") is refused in microseconds and
    never expands. Problems of structure (the file is not a block of fields, a key is a list or
    block, a key occurs twice) are reported after the whole file has been scanned, so a syntax
    error or a refused construct later in the file is reported first; of several key problems the
    one nearest the top level wins, then the first in the file (the order PyYAML's constructor had).
    """
    try:
        loader = _ScanLoader(tekst)
    except yaml.reader.ReaderError as fout:
        raise _lezerfout(fout, tekst) from None
    resolve: Any = loader.resolve
    zoek_teken = _verboden_teken if astraal else _verboden_bmp_teken
    waarden: dict[Pad, Plek] = {}
    sleutels: dict[Pad, Plek] = {}
    wortel: Any = _GEEN
    wortelfout: YamlFout | None = None
    sleutelfout: tuple[int, YamlFout] | None = None  # (nesting depth, error)
    documenten = 0
    # One frame per open mapping or sequence: [container, path (None inside a refused key), is mapping,
    # raw text of the pending key (_GEEN: the next value is a key), the key to store the value under (the same text), {key: first line}].
    stapel: list[list[Any]] = []
    try:
        while True:
            try:
                gebeurtenis: Any = loader.get_event()
            except yaml.MarkedYAMLError as fout:
                raise _syntaxfout(fout, tekst) from None
            except yaml.reader.ReaderError as fout:
                raise _lezerfout(fout, tekst) from None
            except yaml.YAMLError as fout:
                raise YamlFout(melding(GEEN_YAML, technisch=fout)) from None
            if gebeurtenis is None:
                break
            soort = type(gebeurtenis)
            if soort is yaml.MappingEndEvent or soort is yaml.SequenceEndEvent:
                stapel.pop()
                continue
            if soort is yaml.AliasEvent:
                plek = _plek(gebeurtenis)
                raise YamlFout(melding(VERWIJZING_NIET_TOEGESTAAN, naam=gebeurtenis.anchor), plek.regel, plek.kolom)
            if soort is yaml.DocumentStartEvent:
                documenten += 1
                if documenten > 1:
                    plek = _plek(gebeurtenis)
                    raise YamlFout(MEER_DOCUMENTEN, plek.regel, plek.kolom)
                continue
            if soort is not yaml.ScalarEvent and soort is not yaml.MappingStartEvent and soort is not yaml.SequenceStartEvent:
                continue  # stream and document ends
            if gebeurtenis.anchor is not None:
                plek = _plek(gebeurtenis)
                raise YamlFout(melding(ANKER_NIET_TOEGESTAAN, naam=gebeurtenis.anchor), plek.regel, plek.kolom)
            if gebeurtenis.tag is not None and gebeurtenis.tag != "!":
                plek = _plek(gebeurtenis)
                raise YamlFout(melding(TAG_NIET_TOEGESTAAN, tag=gebeurtenis.tag), plek.regel, plek.kolom)
            if soort is yaml.ScalarEvent:
                waarde: Any = gebeurtenis.value
                if gebeurtenis.style == '"':
                    if _verboden_teken(waarde) is not None:
                        raise _tekenfout(waarde, gebeurtenis, stapel)
                elif not waarde.isascii() and zoek_teken(waarde) is not None:
                    raise _tekenfout(waarde, gebeurtenis, stapel)
                tag = resolve(ScalarNode, waarde, gebeurtenis.implicit) if gebeurtenis.implicit[0] and waarde[:1] in _RESOLVER_TEKENS else _STR
                if tag != _STR:
                    if len(waarde) > MAX_CIJFERS and (tag == _INT or tag == _FLOAT):
                        _weiger_lang_getal(waarde, gebeurtenis, stapel)
                    waarde = int(waarde) if tag == _INT else Decimal(waarde) if tag == _FLOAT else waarde == "true" if tag == _BOOL else None
            else:
                waarde = {} if soort is yaml.MappingStartEvent else []

            pad: Pad | None
            if not stapel:  # the root
                wortel, pad = waarde, ()
                waarden[pad] = _plek(gebeurtenis)
                if soort is not yaml.MappingStartEvent:
                    wortelfout = YamlFout(GEEN_VELDEN, waarden[pad].regel, waarden[pad].kolom)
            elif stapel[-1][2]:  # in a mapping
                ouder = stapel[-1]
                if ouder[3] is _GEEN:  # a key
                    plek = _plek(gebeurtenis)
                    if soort is not yaml.ScalarEvent:
                        if sleutelfout is None or len(stapel) < sleutelfout[0]:
                            sleutelfout = (len(stapel), YamlFout(SLEUTEL_GEEN_NAAM, plek.regel, plek.kolom))
                        ouder[3], ouder[4] = object(), None
                        stapel.append([waarde, None, soort is yaml.MappingStartEvent, _GEEN, None, {}])
                        continue
                    tekst_sleutel = gebeurtenis.value
                    if tekst_sleutel in ouder[5]:
                        if sleutelfout is None or len(stapel) < sleutelfout[0]:
                            sleutelfout = (len(stapel), YamlFout(
                                melding(VELD_TWEE_KEER, veld=tekst_sleutel, regel=ouder[5][tekst_sleutel]), plek.regel, plek.kolom
                            ))
                    else:
                        ouder[5][tekst_sleutel] = plek.regel
                    ouder[3], ouder[4] = tekst_sleutel, tekst_sleutel
                    if ouder[1] is not None:
                        sleutels[(*ouder[1], tekst_sleutel)] = plek
                    continue
                pad = (*ouder[1], ouder[3]) if ouder[1] is not None and isinstance(ouder[3], str) else None
                if pad is not None:
                    waarden[pad] = _plek(gebeurtenis)
                    ouder[0][ouder[4]] = waarde
                ouder[3] = _GEEN
            else:  # in a sequence
                ouder = stapel[-1]
                pad = (*ouder[1], len(ouder[0])) if ouder[1] is not None else None
                if pad is not None:
                    waarden[pad] = _plek(gebeurtenis)
                ouder[0].append(waarde)
            if soort is not yaml.ScalarEvent:
                stapel.append([waarde, pad, soort is yaml.MappingStartEvent, _GEEN, None, {}])
    finally:
        loader.dispose()
    if wortel is _GEEN:
        raise YamlFout(BESTAND_LEEG, 1, 1)
    if wortelfout is not None:
        raise wortelfout
    if sleutelfout is not None:
        raise sleutelfout[1]
    return YamlDocument(data=wortel, waarden=waarden, sleutels=sleutels)


# Characters refused in every key and value, also when written as an escape ("\0", "\e", "\u202e"): C0
# controls except tab and line feed, DEL and C1 controls; characters without width; direction controls (they
# make text read differently from what it says, "Trojan Source"); interlinear annotation; surrogates and
# noncharacters. XML 1.0 (the Atom feed) forbids several of them outright. The soft hyphen (U+00AD) is fine.
_ONZICHTBAAR_BMP = (
    r"\x00-\x08\x0b-\x1f\x7f-\x9f"
    r"\u200b-\u200d\u2060-\u2064\ufeff"
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    r"\ufff9-\ufffb"
    r"\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
)
_ONZICHTBAAR = _ONZICHTBAAR_BMP + "".join(f"\\U{vlak + 0xFFFE:08x}\\U{vlak + 0xFFFF:08x}" for vlak in range(0x10000, 0x110000, 0x10000))
_verboden_teken = re.compile(f"[{_ONZICHTBAAR}]").search
"""The first refused character, or None."""
_verboden_bmp_teken = re.compile(f"[{_ONZICHTBAAR_BMP}]").search
"""The same without the noncharacters beyond U+FFFF: about twice as fast (sre can use one bitmap for the class)."""
_ASTRALE_LEIDERS = (b"\xf0", b"\xf1", b"\xf2", b"\xf3", b"\xf4")
"""UTF-8 lead bytes of the characters beyond U+FFFF."""


def _is_sleutel(stapel: list[list[Any]]) -> bool:
    """Whether the scalar being read is a key (the next scalar in a mapping with no key pending)."""
    return bool(stapel) and stapel[-1][2] and stapel[-1][3] is _GEEN


def _veld_hier(stapel: list[list[Any]], tekst: str) -> str | None:
    """The field name for the scalar ``tekst`` being read; only called for an error, so the fast path pays nothing."""
    if not stapel or stapel[-1][1] is None:
        return None
    ouder = stapel[-1]
    if not ouder[2]:  # in a sequence
        return veldnaam((*ouder[1], len(ouder[0])))
    if ouder[3] is _GEEN:  # the scalar is a key
        naam = _zichtbaar(tekst)
        return veldnaam((*ouder[1], naam if len(naam) <= 60 else naam[:57] + "…"))
    return veldnaam((*ouder[1], ouder[3])) if isinstance(ouder[3], str) else None


def _weiger_lang_getal(tekst: str, gebeurtenis: Any, stapel: list[list[Any]]) -> None:
    """Refuse a number of more than ``MAX_CIJFERS`` digits, before ``int()`` or ``Decimal()`` sees it."""
    cijfers = sum(teken.isdigit() for teken in tekst)
    if cijfers <= MAX_CIJFERS:
        return
    plek = _plek(gebeurtenis)
    raise YamlFout(melding(GETAL_TE_LANG, cijfers=_met_punten(cijfers), grens=MAX_CIJFERS), plek.regel, plek.kolom,
                   _veld_hier(stapel, tekst))


def _met_punten(getal: int) -> str:
    """5001 → '5.001': Dutch thousands separator (no Babel here: the reader stays light)."""
    return f"{getal:,}".replace(",", ".")


def _soort_teken(teken: str) -> str:
    code = ord(teken)
    if code < 0xA0:
        return TEKEN_STUUR
    if code in (0x061C, 0x200E, 0x200F) or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return TEKEN_SCHRIJFRICHTING
    if 0x200B <= code <= 0x200D or 0x2060 <= code <= 0x2064 or code == 0xFEFF:
        return TEKEN_ZONDER_BREEDTE
    if 0xFFF9 <= code <= 0xFFFB:
        return TEKEN_ANNOTATIE
    if 0xD800 <= code <= 0xDFFF:
        return TEKEN_SURROGAAT
    return TEKEN_NIET_TEKEN


_KORTE_CODES = {0x00: "\\0", 0x07: "\\a", 0x08: "\\b", 0x0B: "\\v", 0x0C: "\\f", 0x0D: "\\r", 0x1B: "\\e", 0x85: "\\N"}


def _als_code(teken: str) -> str:
    """How the character can stand in a double-quoted YAML string: ``\\0``, ``\\e``, ``\\u202e``."""
    code = ord(teken)
    if code in _KORTE_CODES:
        return _KORTE_CODES[code]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _zichtbaar(tekst: str) -> str:
    """``tekst`` with each refused character replaced by its code, so a message never carries the character itself."""
    return re.sub(f"[{_ONZICHTBAAR}]", lambda gevonden: f"<U+{ord(gevonden.group()):04X}>", tekst)


def _tekenfout(tekst: str, gebeurtenis: Any, stapel: list[list[Any]]) -> YamlFout:
    gevonden = _verboden_teken(tekst)
    assert gevonden is not None
    teken = gevonden.group()
    plek = _plek(gebeurtenis)
    return YamlFout(
        melding(ONZICHTBAAR_TEKEN_IN_NAAM if _is_sleutel(stapel) else ONZICHTBAAR_TEKEN_IN_WAARDE,
                code=f"{ord(teken):04X}", soort=_soort_teken(teken), positie=gevonden.start() + 1, als_code=_als_code(teken)),
        plek.regel,
        plek.kolom,
        _veld_hier(stapel, tekst),
    )


_VERTALINGEN = (
    ("could not find expected ':'", YAML_DUBBELE_PUNT_ONTBREEKT),
    ("mapping values are not allowed here", YAML_DUBBELE_PUNT_VERKEERD),
    ("found character '\\t' that cannot start any token", YAML_TAB),
    ("found a tab character", YAML_TAB),
    ("found unexpected end of stream", YAML_NIET_GESLOTEN),
    ("did not find expected key", YAML_INSPRINGING_VELD),
    ("did not find expected '-' indicator", YAML_INSPRINGING_LIJST),
    ("found undefined alias", YAML_VERWIJZING),
    ("expected <block end>, but found", YAML_INSPRINGING_REGEL),
    ("found invalid Unicode character escape code", YAML_TEKENCODE),
    ("found unknown escape character", YAML_BACKSLASH),
    ("special characters are not allowed", YAML_STUURTEKEN),
    ("unacceptable character", YAML_STUURTEKEN),
)
"""PyYAML's words for a syntax error → what to tell the contributor (the first match wins)."""


def _lezerfout(fout: yaml.reader.ReaderError, tekst: str) -> YamlFout:
    regel = tekst.count("\n", 0, fout.position) + 1
    kolom = fout.position - (tekst.rfind("\n", 0, fout.position) + 1) + 1
    return YamlFout(melding(STUURTEKEN_IN_BESTAND, code=f"{fout.character:04X}"), regel, kolom)


def _syntaxfout(fout: yaml.MarkedYAMLError, bron: str) -> YamlFout:
    origineel = " ".join(filter(None, [fout.context, fout.problem]))
    plek = fout.problem_mark or fout.context_mark
    uitleg = next((nl for en, nl in _VERTALINGEN if en in origineel), YAML_ALGEMEEN)
    if plek is not None:
        regels = bron.splitlines()
        regel = regels[plek.line] if plek.line < len(regels) else ""
        if "found character that cannot start any token" in origineel and regel[plek.column:plek.column + 1] == "\t":
            uitleg = YAML_TAB  # libyaml leaves the character out of its message
        elif "mapping values are not allowed" in origineel:
            uitleg = _dubbele_punt_te_veel(regel, plek.column)
            vorige = plek.line - 1
            if uitleg == YAML_INSPRINGING_VERVOLG and vorige >= 0 and _ZONDER_SPATIE.match(regels[vorige]):
                # ``titel:Warmte`` above a field: YAML read both lines as one text, and stumbles on the second
                uitleg = _zonder_spatie(regels[vorige])
                return YamlFout(melding(GEEN_YAML_UITLEG, uitleg=uitleg, technisch=origineel.strip()), vorige + 1, 1)
        elif "could not find expected ':'" in origineel and fout.context_mark is not None:
            plek = fout.context_mark  # the key that lacks its ':' (libyaml points at the line after it)
            uitleg = _zonder_spatie(regels[plek.line] if plek.line < len(regels) else "")
    if uitleg == YAML_TAB and plek is not None:
        uitleg = _tab_voorbeeld(bron.splitlines(), plek.line)
    tekst = melding(GEEN_YAML_UITLEG, uitleg=uitleg, technisch=origineel.strip())
    if plek is None:
        return YamlFout(tekst)
    return YamlFout(tekst, plek.line + 1, plek.column + 1)


def _tab_voorbeeld(regels: list[str], index: int) -> str:
    """The line with a tab, written with spaces: as far in as the line above, or two further after a ``veld:`` that opens
    a block. Without a tab on that line (libyaml may point elsewhere), the general words."""
    regel = regels[index] if index < len(regels) else ""
    if "\t" not in regel:
        return YAML_TAB
    boven = next((r for r in reversed(regels[:index]) if r.strip() and not r.lstrip().startswith("#")), "")
    diepte = len(boven) - len(boven.lstrip(" "))
    if boven.rstrip().endswith(":"):
        diepte += 2
    inhoud = regel.strip(" \t") if regel[:1] in " \t" else regel.replace("\t", " ").strip()
    spaties = melding(SPATIES_AANTAL, aantal=diepte) if diepte else SPATIES_GEEN
    return melding(YAML_TAB_VOORBEELD, spaties=spaties, voorbeeld=inhoud)


def _dubbele_punt_te_veel(regel: str, kolom: int) -> str:
    """A ':' where YAML allows none: a second one in a value (``titel: A: B``) or an indented field read as more text."""
    sleutel, gevonden, waarde = regel.partition(": ")
    if not gevonden or len(sleutel) + 2 > kolom:
        return YAML_INSPRINGING_VERVOLG
    voorbeeld = f'{sleutel.strip()}: "{waarde.strip()}"'
    return melding(YAML_DUBBELE_PUNT_IN_TEKST, veld=sleutel.strip(" -"), voorbeeld=voorbeeld)


_ZONDER_SPATIE = re.compile(r"^(\s*[-\s]*[A-Za-z_][\w-]*):([^\s:/].*)$")
"""A field and its value without the space between them (``status:beschikbaar``); not ``https://``."""


def _zonder_spatie(regel: str) -> str:
    """``status:beschikbaar`` → the line as it should be written; otherwise the general words."""
    gevonden = _ZONDER_SPATIE.match(regel)
    if gevonden is None:
        return YAML_DUBBELE_PUNT_ONTBREEKT
    return melding(YAML_SPATIE_NA_DUBBELE_PUNT, voorbeeld=f"{gevonden.group(1).strip()}: {gevonden.group(2).strip()}")
