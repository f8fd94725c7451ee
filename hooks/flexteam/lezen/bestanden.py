"""One rule for every file the core reads or publishes, and the allowlist of attachments.

A pull request can add any file, so a file is only read or published when it is a regular file
inside its root folder: no symbolic link anywhere on its path (a link to ``/proc/self/environ``
would publish the build machine's secrets), no path that resolves outside the root, no device or
pipe. Attachments (``bijlagen/``) are limited to document formats a municipality uses; nothing a
browser runs (HTML, SVG, JavaScript, executables) is ever served from the site's own origin.

The walks that find files (``laden._verken`` for the content, ``onveilige_bestanden`` for the hand-written
pages and the theme) follow no links and refuse each one they meet; files are then opened without
following a link (``lees_zonder_koppeling``). Every check returns a Dutch reason (or ``None``); the
callers turn it into a ``Fout`` or a build error naming the file.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from flexteam.basis.fout import FlexteamFout
from flexteam.basis.meldingen import (
    ACTIEF_BESTAND,
    BESTAND_NIET_LEESBAAR,
    BIJLAGE_EXTENSIE_NIET_TOEGESTAAN,
    BIJLAGE_GEEN_TEKST,
    BIJLAGE_NIET_UTF8,
    BIJLAGE_TE_GROOT,
    BIJLAGE_VERKEERD_FORMAAT,
    CSV_FORMULE,
    CSV_ZONDER_BOM,
    CSV_TEKEN_REGELEINDE,
    CSV_TEKEN_TAB,
    GEEN_EXTENSIE,
    GEEN_GEWOON_BESTAND,
    GEEN_MAP,
    KOPPELING,
    MAP_BESTAAT_NIET,
    MAP_IS_KOPPELING,
    ZIP_BESCHADIGD,
    ZIP_MACROS,
    melding,
)

MAX_BIJLAGE_BYTES = 25 * 1024 * 1024
"""Largest attachment accepted (a designed handreiking as PDF is a few MB)."""


@dataclass(frozen=True)
class Formaat:
    naam: str
    """How readers and contributors call it, e.g. "Word-document"."""
    kort: str
    """The short name in a download line, e.g. "Word (45 kB)"."""
    begin: tuple[bytes, ...] = ()
    """Bytes the file must start with (its signature); empty for text formats."""
    tekst: bool = False
    """Plain text: must be UTF-8 without NUL bytes."""
    zip: bool = False
    """An Office Open XML or OpenDocument file: a zip that may not carry macros."""


_ZIP = (b"PK\x03\x04",)
BIJLAGE_FORMATEN: dict[str, Formaat] = {
    ".pdf": Formaat("PDF-document", "PDF", begin=(b"%PDF-",)),
    ".docx": Formaat("Word-document", "Word", begin=_ZIP, zip=True),
    ".odt": Formaat("OpenDocument-tekst", "OpenDocument", begin=_ZIP, zip=True),
    ".xlsx": Formaat("Excel-werkmap", "Excel", begin=_ZIP, zip=True),
    ".ods": Formaat("OpenDocument-rekenblad", "OpenDocument-rekenblad", begin=_ZIP, zip=True),
    ".csv": Formaat("CSV-bestand", "CSV", tekst=True),
    ".txt": Formaat("tekstbestand", "tekst", tekst=True),
    ".md": Formaat("Markdown-sjabloon", "Markdown", tekst=True),
    ".png": Formaat("PNG-afbeelding", "PNG", begin=(b"\x89PNG\r\n\x1a\n",)),
    ".jpg": Formaat("JPEG-afbeelding", "JPEG", begin=(b"\xff\xd8\xff",)),
    ".jpeg": Formaat("JPEG-afbeelding", "JPEG", begin=(b"\xff\xd8\xff",)),
}
"""Allowed attachments by extension. Deliberately absent: .html/.htm/.svg/.xml/.js (run scripts in the
browser from the site's origin), .exe/.bat/.sh/.msi (programs), .docm/.xlsm and old .doc/.xls (macros)."""

TOEGESTANE_BIJLAGEN = ", ".join(sorted({e for e in BIJLAGE_FORMATEN if e != ".jpeg"}))


def ongeldige_ingang(ingang: os.DirEntry[str]) -> str | None:
    """Why an entry found by a walk that follows no links may not be read or published: it is a link,
    or neither a regular file nor a folder. None when it is fine."""
    if ingang.is_symlink():
        return KOPPELING
    if not ingang.is_dir(follow_symlinks=False) and not ingang.is_file(follow_symlinks=False):
        return GEEN_GEWOON_BESTAND
    return None


def onveilige_map(map: Path) -> str | None:
    """Why the folder ``map`` (a content or docs root) may not be used, or None."""
    if map.is_symlink():
        return MAP_IS_KOPPELING
    if not map.is_dir():
        return MAP_BESTAAT_NIET
    return None


def lees_zonder_koppeling(pad: Path, max_bytes: int = -1) -> bytes:
    """The bytes of a file found by a walk that follows no links; the file itself is opened without
    following a link either, so it cannot be swapped for one between the walk and the read."""
    try:
        fd = os.open(pad, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as fout:
        if fout.errno == errno.ELOOP:
            raise OnveiligBestand(pad, KOPPELING) from None
        raise OnveiligBestand(pad, melding(BESTAND_NIET_LEESBAAR, reden=fout.strerror)) from None
    with os.fdopen(fd, "rb") as bestand:
        if not stat.S_ISREG(os.fstat(bestand.fileno()).st_mode):
            raise OnveiligBestand(pad, GEEN_GEWOON_BESTAND)
        return bestand.read(max_bytes)


class OnveiligBestand(FlexteamFout):
    """A file that may not be read: a link, not a regular file, or unreadable."""

    def __init__(self, pad: Path, reden: str) -> None:
        super().__init__(f"{pad}: {reden}")
        self.pad = pad
        self.reden = reden


def ongeldige_bijlage(naam: str, inhoud: bytes) -> str | None:
    """Why ``inhoud`` may not be published as the attachment ``naam``, or None."""
    extensie = os.path.splitext(naam)[1].lower()
    formaat = BIJLAGE_FORMATEN.get(extensie)
    if formaat is None:
        return melding(BIJLAGE_EXTENSIE_NIET_TOEGESTAAN, extensie=extensie or GEEN_EXTENSIE, toegestaan=TOEGESTANE_BIJLAGEN)
    if len(inhoud) > MAX_BIJLAGE_BYTES:
        return melding(BIJLAGE_TE_GROOT, grootte=len(inhoud) // (1024 * 1024), grens=MAX_BIJLAGE_BYTES // (1024 * 1024))
    if formaat.begin and not inhoud.startswith(formaat.begin):
        return melding(BIJLAGE_VERKEERD_FORMAAT, extensie=extensie, formaat=formaat.naam)
    if formaat.tekst:
        if b"\0" in inhoud:
            return melding(BIJLAGE_GEEN_TEKST, extensie=extensie)
        try:
            tekst = inhoud.decode("utf-8-sig")
        except UnicodeDecodeError:
            return BIJLAGE_NIET_UTF8
        if extensie == ".csv":
            if not inhoud.startswith(codecs.BOM_UTF8):
                return CSV_ZONDER_BOM
            return _formule_in_csv(tekst)
    if formaat.zip:
        return _ongeldig_zip(inhoud, formaat)
    return None


_FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")
_GETAL = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")


def _formule_in_csv(tekst: str) -> str | None:
    """A spreadsheet runs a cell that starts with = + - @ (CSV injection): refuse such a cell, except a negative number."""
    scheiding = ";" if ";" in tekst.split("\n", 1)[0] else ","
    for regel, rij in enumerate(csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding), start=1):
        for kolom, cel in enumerate(rij, start=1):
            if cel.startswith(_FORMULE_BEGIN) and not _GETAL.fullmatch(cel):
                teken = {"\t": CSV_TEKEN_TAB, "\r": CSV_TEKEN_REGELEINDE}.get(cel[0], f"'{cel[0]}'")
                return melding(CSV_FORMULE, regel=regel, kolom=kolom, teken=teken)
    return None


def _ongeldig_zip(inhoud: bytes, formaat: Formaat) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            namen = archief.namelist()
    except zipfile.BadZipFile:
        return melding(ZIP_BESCHADIGD, formaat=formaat.naam)
    if any(naam.lower().endswith("vbaproject.bin") or naam.startswith(("Basic/", "Scripts/")) for naam in namen):
        return melding(ZIP_MACROS, formaat=formaat.naam)
    return None


ACTIEVE_EXTENSIES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".xml", ".xsl", ".js", ".mjs", ".wasm",
                               ".swf", ".exe", ".bat", ".cmd", ".com", ".sh", ".ps1", ".msi", ".jar", ".php", ".py"})
"""Files a browser or an operating system may run. In hand-written folders they belong only where the site keeps
its own reviewed code (``assets/``); anywhere else they are refused."""


def onveilige_bestanden(wortel: Path, actief_onder: tuple[str, ...] | None = ()) -> list[tuple[Path, str]]:
    """Every entry under ``wortel`` that may not be published, with the reason: links, non-regular files,
    and active files outside the folders named in ``actief_onder`` (relative to ``wortel``; None: the
    folder is code, such as the theme's templates, and active files are allowed everywhere)."""
    problemen: list[tuple[Path, str]] = []
    reden = onveilige_map(wortel)
    if reden is not None:
        return [(wortel, reden)]
    te_doen = [wortel]
    while te_doen:
        map = te_doen.pop()
        with os.scandir(map) as ingangen:
            for ingang in sorted(ingangen, key=lambda i: i.name):
                pad = Path(ingang.path)
                reden = ongeldige_ingang(ingang)
                if reden is not None:
                    problemen.append((pad, reden))
                elif ingang.is_dir(follow_symlinks=False):
                    te_doen.append(pad)
                elif (actief_onder is not None and pad.suffix.lower() in ACTIEVE_EXTENSIES
                      and pad.relative_to(wortel).parts[0] not in actief_onder):
                    mappen = ", ".join(a + "/" for a in actief_onder) or GEEN_MAP
                    problemen.append((pad, melding(ACTIEF_BESTAND, extensie=pad.suffix.lower(), mappen=mappen)))
    return sorted(problemen)
