"""Generated documents by the hash of what they are made from: a document is made again only when its content changed.

The key is the SHA-256 of the input (the Markdown and title of a PDF, the content of a Word file) and of the code and files that
turn it into a document (this folder, the library versions), so a new stylesheet or writer never serves an old file.
Documents are kept in memory for the process and, with a folder, on disk (``.cache/documenten/`` in the repository).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from flexteam.lezen.bestanden import OnveiligBestand, lees_zonder_koppeling

_MAP = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def _versie() -> bytes:
    """What the documents depend on besides their content: this folder's code, stylesheet and font, and the libraries."""
    h = hashlib.sha256()
    for pad in sorted(p for p in _MAP.rglob("*") if p.is_file() and p.suffix in {".py", ".css", ".ttf", ".j2"}):
        h.update(pad.name.encode() + b"\0" + pad.read_bytes())
    for sjabloon in sorted((_MAP.parent / "templates").glob("*.j2")):
        h.update(sjabloon.name.encode() + b"\0" + sjabloon.read_bytes())
    for pakket in ("weasyprint", "pydyf", "python-docx", "Markdown"):
        h.update(f"{pakket}={version(pakket)}".encode())
    return h.digest()


class Documentcache:
    def __init__(self, map: Path | None = None) -> None:
        self.map = map
        self._geheugen: dict[str, bytes] = {}
        self.gemaakt = 0
        self.hergebruikt = 0

    def haal(self, formaat: str, invoer: str, maak: Callable[[], bytes]) -> bytes:
        """The document of ``formaat`` for ``invoer``: from memory, from the folder, or made by ``maak`` (and kept)."""
        sleutel = hashlib.sha256(_versie() + formaat.encode() + b"\0" + invoer.encode("utf-8")).hexdigest()
        if sleutel in self._geheugen:
            self.hergebruikt += 1
            return self._geheugen[sleutel]
        pad = self.map / f"{sleutel}.{formaat}" if self.map is not None else None
        inhoud = _lees(pad) if pad is not None else None
        if inhoud is not None:
            self.hergebruikt += 1
        else:
            inhoud = maak()
            self.gemaakt += 1
            if pad is not None:
                _bewaar(pad, inhoud)
        self._geheugen[sleutel] = inhoud
        return inhoud


def _lees(pad: Path) -> bytes | None:
    try:
        return lees_zonder_koppeling(pad)
    except OnveiligBestand:
        return None


def _bewaar(pad: Path, inhoud: bytes) -> None:
    """Written beside and then renamed: a build that stops halfway leaves no half document in the cache."""
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        fd, tijdelijk = tempfile.mkstemp(dir=pad.parent, prefix=".nieuw-")
        with os.fdopen(fd, "wb") as bestand:
            bestand.write(inhoud)
        os.replace(tijdelijk, pad)
    except OSError:  # a read-only checkout still builds, only slower
        pass
