"""The stylesheets of a built site without the rules no page can use, for any engine.

Material for MkDocs ships one stylesheet for all its features; a page of this site uses a small part of it.
``snoei_stijlen`` reads what the built pages can contain (tags, classes, ids, attributes and their values in the HTML,
and every word of the scripts the pages refer to, since a script can add a class at runtime) and removes from each
stylesheet the selectors that require something absent from all of it. When unsure it keeps: a selector it cannot
read, an unknown pseudo-class and the contents of ``:not()`` never make it drop anything, and at-rules other than
``@media``, ``@supports``, ``@container`` and ``@layer`` stay as they are. Where its scanner gets confused (an
unbalanced brace, an unterminated string or comment) the rest of the file is kept unchanged.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

GROEPEN = frozenset({"media", "supports", "container", "layer"})
"""At-rules whose block holds style rules: pruned inside, dropped when nothing is left."""
IEDER = frozenset({"is", "where", "matches", "-webkit-any", "-moz-any", "has"})
"""Pseudo-classes that can match when any selector of their list can."""
ALTIJD = frozenset({"html", "head", "body"})
"""Elements every page has, written or not."""
IMPLICIET = {"table": ("tbody",), "col": ("colgroup",)}
"""Elements the browser adds although the HTML does not contain them."""

_WOORD = re.compile(r"[A-Za-z_][-\w]*")
_VOORVOEGSEL = re.compile(r"([A-Za-z_][-\w]*[-_])(?:\$\{|[\"']\s*\+)")
"""A word a script completes at runtime (``"md-tag--" + x``, ```fx-${naam}```): a possible start of a class or id."""
_SPATIE = re.compile(r"[ \t\n\r\f]+")
_NIET_SPATIE = re.compile(r"\S")
_BIJZONDER = re.compile(r"""[{};"'\\]|/\*|url\(""", re.IGNORECASE)
_TEKST_OF_COMMENTAAR = re.compile(r"""["'\\]|/\*""")
_AT = re.compile(r"@([-\w]+)")
_HEX = re.compile(r"[0-9a-fA-F]{1,6}")
_SLUIT = {"(": ")", "[": "]"}


class _Onleesbaar(ValueError):
    """Text the scanner cannot read; what it belongs to stays as it is."""


@dataclass(frozen=True)
class Snoei:
    bestanden: int  # stylesheets rewritten
    voor: int  # bytes of all stylesheets, before
    na: int  # and after


@dataclass
class _Feiten:
    """What the pages of a site and their scripts can contain."""

    tags: set[str] = field(default_factory=lambda: set(ALTIJD))
    klassen: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    attributen: set[str] = field(default_factory=set)
    waarden: set[tuple[str, str]] = field(default_factory=set)
    woorden: set[str] = field(default_factory=set)
    plat: set[str] = field(default_factory=set)
    """Script words in lower case without hyphens: ``tabIndex`` sets ``tabindex``, ``dataset.mdState`` ``data-md-state``."""
    voorvoegsels: tuple[str, ...] = ()
    scripts: set[Path] = field(default_factory=set)
    teksten: set[str] = field(default_factory=set)
    """The text of every script read, once: for an attribute value that is not one word."""

    def lees_script(self, tekst: str) -> None:
        if tekst not in self.teksten:  # the same inline script is on every page
            self.teksten.add(tekst)
            woorden = set(_WOORD.findall(tekst)) - self.woorden
            self.woorden |= woorden
            self.plat |= {_plat(woord) for woord in woorden}
            self.voorvoegsels += tuple(set(_VOORVOEGSEL.findall(tekst)) - set(self.voorvoegsels))

    def voeg_toe(self, ander: _Feiten) -> None:
        """Add what ``ander`` (other pages) can contain."""
        self.tags |= ander.tags
        self.klassen |= ander.klassen
        self.ids |= ander.ids
        self.attributen |= ander.attributen
        self.waarden |= ander.waarden
        self.scripts |= ander.scripts
        for tekst in ander.teksten:
            self.lees_script(tekst)

    def tag(self, naam: str) -> bool:
        return naam.lower() in self.tags or _plat(naam) in self.plat

    def naam(self, naam: str, html: set[str]) -> bool:
        """A class or id (case-sensitive): in the HTML, a script word, or a script's prefix completed."""
        return naam in html or naam in self.woorden or naam.startswith(self.voorvoegsels)

    def attribuut(self, naam: str) -> bool:
        naam = naam.lower()
        return naam in self.attributen or _plat(naam) in self.plat or (naam[:5] == "data-" and _plat(naam[5:]) in self.plat)

    def waarde(self, naam: str, waarde: str) -> bool:
        if (naam.lower(), waarde.casefold()) in self.waarden or _plat(waarde) in self.plat or self.naam(waarde, set()):
            return True
        return not _WOORD.fullmatch(waarde) and any(waarde in tekst for tekst in self.teksten)


def _plat(woord: str) -> str:
    return woord.lower().replace("-", "")


class _Pagina(HTMLParser):
    """Adds to ``feiten`` what one page contains, its inline scripts and the scripts its attributes refer to; keeps
    the stylesheets inside the site it links (``<link rel="stylesheet" href>``) in ``stijlen``."""

    def __init__(self, feiten: _Feiten, pagina: Path, site: Path) -> None:
        super().__init__(convert_charrefs=False)
        self.feiten, self.pagina, self.site, self.in_script = feiten, pagina, site, False
        self.stijlen: set[Path] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        f = self.feiten
        f.tags.update((tag, *IMPLICIET.get(tag, ())))
        self.in_script = tag == "script"
        if tag == "link":
            kenmerken = dict(attrs)
            if "stylesheet" in (kenmerken.get("rel") or "").lower().split():
                if (stijl := _stijlblad(kenmerken.get("href") or "", self.pagina, self.site)) is not None:
                    self.stijlen.add(stijl)
        if tag in ("details", "dialog"):
            f.attributen.add("open")  # the browser sets it when the reader opens one
        for naam, waarde in attrs:
            waarde = waarde or ""
            f.attributen.add(naam)
            f.waarden.add((naam, waarde.casefold()))
            if naam == "class":
                f.klassen.update(filter(None, _SPATIE.split(waarde)))
            elif naam == "id":
                f.ids.add(waarde)
            elif naam.startswith("on"):
                f.lees_script(waarde)
            if ".js" in waarde and (script := _script(waarde, self.pagina, self.site)) is not None:
                f.scripts.add(script)  # <script src>, but also a data-* attribute a loader reads

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script:
            self.feiten.lees_script(data)


def _stijlblad(adres: str, pagina: Path, site: Path) -> Path | None:
    """Where the stylesheet ``adres`` on ``pagina`` would be in ``site``, by its path alone (no look at the disk: a page
    links some twenty of them); it only has to match a stylesheet ``snoei_stijlen`` found. None for another site's."""
    try:
        delen = urlsplit(adres.strip())
    except ValueError:
        return None
    if delen.scheme or delen.netloc:
        return None
    pad = unquote(delen.path)
    return Path(os.path.normpath(site / pad.lstrip("/") if pad.startswith("/") else pagina.parent / pad))


def _script(adres: str, pagina: Path, site: Path) -> Path | None:
    """The script inside ``site`` an attribute value of ``pagina`` refers to; None for another site or no script."""
    try:
        delen = urlsplit(adres.strip())
        if delen.scheme or delen.netloc or not delen.path.endswith((".js", ".mjs")):
            return None
        pad = unquote(delen.path)
        doel = (site / pad.lstrip("/") if pad.startswith("/") else pagina.parent / pad).resolve()
        return doel if doel.is_relative_to(site) and doel.is_file() else None
    except (ValueError, OSError):  # not a URL, or not a path this system can have
        return None


def _bestanden(site: Path, einde: str) -> Iterator[Path]:
    """The files under ``site`` whose name ends in ``einde``; symbolic links are neither followed nor returned."""
    for map_, mappen, namen in os.walk(site):
        mappen.sort()
        yield from (Path(map_) / naam for naam in sorted(namen) if naam.endswith(einde) and not (Path(map_) / naam).is_symlink())


def _feiten_per_groep(site: Path) -> dict[frozenset[Path], _Feiten]:
    """What the pages can contain, per group of pages that link the same stylesheets. A page only shows the rules of
    the stylesheets it links: the editor in ``/beheer/`` loads a large script of its own, whose words would otherwise
    keep Material's rules for every page. A page that links none (a fragment, or markup the reader gives up on) is in
    the group of the empty set, which counts for every stylesheet."""
    groepen: dict[frozenset[Path], _Feiten] = {}
    for pagina in _bestanden(site, ".html"):
        tekst = pagina.read_text(encoding="utf-8", errors="replace")
        feiten = _Feiten()
        lezer = _Pagina(feiten, pagina, site)
        try:
            lezer.feed(tekst)
            lezer.close()
        except AssertionError:  # html.parser gives up on some markup (``<![x[``): every word of the page counts
            feiten.lees_script(tekst)
            lezer.stijlen.clear()
        groepen.setdefault(frozenset(lezer.stijlen), _Feiten()).voeg_toe(feiten)
    for feiten in groepen.values():
        for script in sorted(feiten.scripts):
            feiten.lees_script(script.read_text(encoding="utf-8", errors="replace"))
    return groepen


def _feiten_voor(stijl: Path, groepen: dict[frozenset[Path], _Feiten],
                 samen: dict[tuple[frozenset[Path], ...], _Feiten]) -> _Feiten:
    """What the pages that can show ``stijl`` contain: the groups that link it and those that link nothing. A stylesheet
    no page links (imported, or loaded by a script) keeps what any page can use."""
    sleutels = tuple(k for k in groepen if stijl in k or not k)
    if not any(stijl in k for k in sleutels):
        sleutels = tuple(groepen)
    if len(sleutels) == 1:
        return groepen[sleutels[0]]
    if sleutels not in samen:
        samen[sleutels] = _Feiten()
        for sleutel in sleutels:
            samen[sleutels].voeg_toe(groepen[sleutel])
    return samen[sleutels]


def _over(tekst: str, i: int) -> int:
    """The index after the comment, escape, string or unquoted ``url()`` at ``i``; -1 if it does not end."""
    if tekst.startswith("/*", i):
        einde = tekst.find("*/", i + 2)
        return -1 if einde < 0 else einde + 2
    if tekst[i] == "\\":
        return i + 2 if tekst[i + 1:i + 2] not in ("", "\n", "\r", "\f") else -1
    if tekst[i] in "\"'":
        j = i + 1
        while j < len(tekst) and tekst[j] != tekst[i]:
            if tekst[j] in "\n\r\f":
                return -1
            j += 2 if tekst[j] == "\\" else 1
        return j + 1 if j < len(tekst) else -1
    teken = _NIET_SPATIE.search(tekst, i + 4)  # after "url("
    if teken is not None and teken.group() in "\"'":
        return teken.start()  # a quoted url: the string is read next
    einde = tekst.find(")", i + 4)
    return -1 if einde < 0 else einde + 1


def _tot(tekst: str, i: int, tekens: str) -> int:
    """The index of the first of ``tekens`` from ``i`` on, outside strings, comments and nested braces; -1 if none."""
    diepte = 0
    while (treffer := _BIJZONDER.search(tekst, i)) is not None:
        j, teken = treffer.start(), treffer.group()
        if teken in tekens and diepte == 0:
            return j
        if teken in "{};":
            diepte += (teken == "{") - (teken == "}")
            i = j + 1
        elif (i := _over(tekst, j)) < 0:
            return -1
    return -1


_Regel = tuple[str, str | None]
"""A rule's prelude and what is between its braces; None for a statement ending in ``;``."""


def _lees(css: str) -> tuple[list[_Regel | str], str]:
    """The rules and comments of ``css`` at the top level, and the rest from where the scanner got confused."""
    stukken: list[_Regel | str] = []
    i = 0
    while (begin := _NIET_SPATIE.search(css, i)) is not None:
        i = begin.start()
        if css.startswith("/*", i):
            if (einde := _over(css, i)) < 0:
                return stukken, css[i:]
            stukken.append(css[i:einde])
            i = einde
            continue
        kop = _tot(css, i, "{;}")
        if kop < 0 or css[kop] == "}":
            return stukken, css[i:]
        if (einde := kop if css[kop] == ";" else _tot(css, kop + 1, "}")) < 0:
            return stukken, css[i:]
        stukken.append((css[i:kop], None if einde == kop else css[kop + 1:einde]))
        i = einde + 1
    return stukken, ""


def _snoei_css(css: str, f: _Feiten) -> str:
    """``css`` without the rules no page can use and without comments, but ``/*!`` ones (licences)."""
    stukken, rest = _lees(css)
    uit = []
    for stuk in stukken:
        if isinstance(stuk, str):
            uit.append(stuk if stuk.startswith("/*!") else "")
            continue
        kop, lijf = stuk[0].strip(), stuk[1]
        if lijf is None:
            uit.append(kop + ";" if kop else "")
        else:
            uit.append(_at_regel(kop, lijf, f) if kop.startswith("@") else _stijlregel(kop, lijf.strip(), f))
    return "".join(uit) + rest


def _at_regel(kop: str, lijf: str, f: _Feiten) -> str:
    if not (naam := _AT.match(kop)) or naam.group(1).lower() not in GROEPEN:
        return f"{kop}{{{lijf}}}"
    binnen = _snoei_css(lijf, f)
    return f"{kop}{{{binnen}}}" if binnen.strip() else ""


def _stijlregel(kop: str, lijf: str, f: _Feiten) -> str:
    """The rule with the selectors that might match; all of them if one cannot be read or the list is risky."""
    try:
        selectors = _splits(_zonder_commentaar(kop))[0]
        oordelen = [_oordeel(selector, f) for selector in selectors]
    except _Onleesbaar:
        return f"{kop}{{{lijf}}}"  # a browser ignores the whole rule, so must we
    houden = [s.strip() for s, (kan, _) in zip(selectors, oordelen, strict=True) if kan]
    if houden and any(heikel for _, heikel in oordelen):
        houden = [s.strip() for s in selectors]  # dropping a part a browser does not know would wake up the rest
    return f"{','.join(houden)}{{{lijf}}}" if houden else ""


def _zonder_commentaar(tekst: str) -> str:
    delen: list[str] = []
    i = 0
    while (treffer := _TEKST_OF_COMMENTAAR.search(tekst, i)) is not None:
        if (einde := _over(tekst, treffer.start())) < 0:
            raise _Onleesbaar(tekst)
        delen.append(tekst[i:treffer.start()] if treffer.group() == "/*" else tekst[i:einde])
        i = einde
    return "".join(delen) + tekst[i:]


def _splits(tekst: str, i: int = -1) -> tuple[list[str], int]:
    """The parts of ``tekst`` split on commas outside brackets and strings, and where they end: all of the text, or
    with ``i`` at an opening bracket, up to the bracket that closes it."""
    stapel = [_SLUIT[tekst[i]]] if i >= 0 else []
    delen: list[str] = []
    begin = j = i + 1
    while j < len(tekst):
        teken = tekst[j]
        if teken in "\"'\\":
            if (j := _over(tekst, j)) < 0:
                break
            continue
        if teken in "([":
            stapel.append(_SLUIT[teken])
        elif teken in ")]":
            if not stapel or stapel.pop() != teken:
                break
            if not stapel and i >= 0:
                return [*delen, tekst[begin:j]], j
        elif teken == "," and len(stapel) == (i >= 0):
            delen.append(tekst[begin:j])
            begin = j + 1
        j += 1
    if stapel or j < len(tekst):
        raise _Onleesbaar(tekst)
    return [*delen, tekst[begin:]], j


def _mag(selector: str, f: _Feiten) -> bool:
    """False only when ``selector`` (one in ``:is()``, which forgives what it cannot read) certainly matches nothing."""
    try:
        return _oordeel(selector, f)[0]
    except _Onleesbaar:
        return True


def _oordeel(selector: str, f: _Feiten) -> tuple[bool, bool]:
    """Whether ``selector`` can match, and whether it is risky (a vendor's pseudo-class another browser rejects)."""
    kan, heikel, i = True, False, 0
    while i < len(selector):
        teken = selector[i]
        if teken in " \t\n\r\f>+~&*|":
            i += 1
        elif teken in ".#":
            naam, i = _naam(selector, i + 1)
            kan = kan and f.naam(naam, f.klassen if teken == "." else f.ids)
        elif teken == "[":
            delen, einde = _splits(selector, i)
            kan, i = kan and _attribuut(",".join(delen), f), einde + 1
        elif teken == ":":
            naam, i = _naam(selector, i + 2 if selector.startswith("::", i) else i + 1)
            heikel = heikel or naam.startswith("-")
            if selector.startswith("(", i):
                delen, einde = _splits(selector, i)
                kan, i = kan and (naam.lower() not in IEDER or any(_mag(deel, f) for deel in delen)), einde + 1
        elif teken.isalpha() or teken in "_-\\" or ord(teken) > 0x7F:
            naam, i = _naam(selector, i)
            namespace = selector.startswith("|", i) and not selector.startswith("||", i)
            kan = kan and (namespace or f.tag(naam))
        else:
            raise _Onleesbaar(selector)
    return kan, heikel


def _attribuut(binnen: str, f: _Feiten) -> bool:
    """Whether ``[binnen]`` can match: its name must occur, and for ``=`` its value with it; a namespace: always."""
    binnen = binnen.strip()
    if binnen.startswith(("*|", "|")) and not binnen.startswith("|="):
        return True
    naam, i = _naam(binnen, 0)
    if binnen.startswith("|", i) and not binnen.startswith("|=", i):
        return True
    rest = binnen[i:].strip()
    if not f.attribuut(naam) or not rest.startswith("="):
        return f.attribuut(naam)  # presence, or ~= |= ^= $= *=: the name is enough
    waarde = rest[1:].strip()
    if waarde[:1] not in ("'", '"'):
        return f.waarde(naam, _naam(waarde, 0)[0])
    einde = _over(waarde, 0)
    return einde < 0 or "\\" in waarde or f.waarde(naam, waarde[1:einde - 1])


def _naam(tekst: str, i: int) -> tuple[str, int]:
    """The identifier at ``i`` with its escapes resolved (``\\31 0`` is ``10``), and the index after it."""
    delen, begin = [], i
    while i < len(tekst):
        teken = tekst[i]
        if teken == "\\":
            if i + 1 >= len(tekst) or tekst[i + 1] in "\n\r\f":
                raise _Onleesbaar(tekst)
            if hexa := _HEX.match(tekst, i + 1):
                code, i = int(hexa.group(), 16), hexa.end()
                i += 2 if tekst.startswith("\r\n", i) else tekst[i:i + 1] in (" ", "\t", "\n", "\r", "\f")
                teken = chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
            else:
                teken, i = tekst[i + 1], i + 2
        elif teken.isalnum() or teken in "-_" or ord(teken) > 0x7F:
            i += 1
        else:
            break
        delen.append(teken)
    if i == begin:
        raise _Onleesbaar(tekst)
    return "".join(delen), i


def _schrijf(pad: Path, inhoud: bytes) -> None:
    """Replace ``pad`` at once: a temporary file with the same permissions in the same folder, then a rename."""
    rechten = pad.stat().st_mode & 0o7777
    greep, tijdelijk = tempfile.mkstemp(dir=pad.parent, prefix=f".{pad.name}.", suffix=".tmp")
    try:
        with os.fdopen(greep, "wb") as bestand:
            bestand.write(inhoud)
        os.chmod(tijdelijk, rechten)
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise


def snoei_stijlen(site: Path) -> Snoei:
    """Remove from every stylesheet under ``site`` the rules no page can use; delete the source maps (``*.css.map``)."""
    site = site.resolve()
    groepen = _feiten_per_groep(site)
    samen: dict[tuple[frozenset[Path], ...], _Feiten] = {}
    bestanden = voor = na = 0
    for pad in _bestanden(site, ".css"):
        feiten = _feiten_voor(pad.resolve(), groepen, samen)
        oud = nieuw = pad.read_bytes()
        try:
            tekst = oud.decode("utf-8")
        except UnicodeDecodeError:
            tekst = ""  # another encoding: left as it is
        if tekst:
            bom = "\ufeff" if tekst.startswith("\ufeff") else ""
            nieuw = (bom + _snoei_css(tekst.removeprefix(bom), feiten)).encode("utf-8")
        if nieuw != oud:
            _schrijf(pad, nieuw)
            bestanden += 1
        voor, na = voor + len(oud), na + len(nieuw)
    for kaart in _bestanden(site, ".css.map"):
        kaart.unlink()
    return Snoei(bestanden, voor, na)
