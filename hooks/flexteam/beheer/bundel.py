"""The form editor's own code: Decap CMS and js-yaml, pinned by version and checksum, read from their npm packages.

``make beheer-bundel`` (``python -m flexteam beheer-bundel``) fetches the two packages once with ``npm pack`` into
``.cache/beheer/``; every build reads them from there, checks each package against the checksum npm publishes for it
(``dist.integrity``) and takes the files ``/beheer/`` needs straight out of the package. A package someone put in the
cache (a pull request can commit a folder that is ignored) is refused, so what ``/beheer/`` runs is always the
published version, never a copy from a CDN and never a file from the repository.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import posixpath
import tarfile
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from flexteam.basis.fout import FlexteamFout
from flexteam.basis.meldingen import BUNDEL_BESCHADIGD, BUNDEL_ONTBREEKT, melding


@dataclass(frozen=True)
class Pakket:
    naam: str
    versie: str
    integriteit: str
    """``dist.integrity`` of the package in the npm registry: ``sha512-`` and the base64 of the tarball's SHA-512."""
    bestanden: tuple[tuple[str, str], ...]
    """(pattern inside the package, name in ``/beheer/``; empty: the file's own name)."""

    @property
    def tarball(self) -> str:
        return f"{self.naam}-{self.versie}.tgz"

    @property
    def spec(self) -> str:
        return f"{self.naam}@{self.versie}"


PAKKETTEN = (
    Pakket("decap-cms", "3.16.3",
           "sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==",
           (("package/dist/decap-cms.js", ""), ("package/dist/*.decap-cms.js", ""), ("package/dist/*.wasm", ""),
            ("package/dist/decap-cms.js.LICENSE.txt", ""))),
    Pakket("js-yaml", "4.1.1",
           "sha512-qQKT4zQxXl8lLwBtHMWwaTcGfFOZviOJet3Oy/xmGk2gZH677CJM9EvtfdSkgWcATZhj/55JZ0rmy3myCT5lsA==",
           (("package/dist/js-yaml.min.js", ""), ("package/LICENSE", "js-yaml.LICENSE.txt"))),
)


def bundelmap(repo: Path) -> Path:
    """Where the packages lie: ``MENUKAART_BEHEER_BUNDEL``, or ``.cache/beheer/`` in the repository."""
    return Path(os.environ.get("MENUKAART_BEHEER_BUNDEL") or repo / ".cache" / "beheer")


class BundelFout(FlexteamFout):
    """The editor's packages are missing or not the published ones."""


def integriteit(inhoud: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(inhoud).digest()).decode("ascii")


def controleer(pakket: Pakket, pad: Path) -> bytes:
    """The bytes of the package's tarball at ``pad``, after checking them against the pinned checksum."""
    if pad.is_symlink() or not pad.is_file():
        raise BundelFout(melding(BUNDEL_ONTBREEKT, pakket=pakket.spec, pad=str(pad)))
    inhoud = pad.read_bytes()
    if integriteit(inhoud) != pakket.integriteit:
        raise BundelFout(melding(BUNDEL_BESCHADIGD, pakket=pakket.spec, pad=str(pad)))
    return inhoud


def lees_bundel(map: Path) -> dict[str, bytes]:
    """File name in ``/beheer/`` → bytes, for every file of every pinned package; refuses a missing or changed one."""
    bestanden: dict[str, bytes] = {}
    for pakket in PAKKETTEN:
        inhoud = controleer(pakket, map / pakket.tarball)
        with tarfile.open(fileobj=io.BytesIO(inhoud), mode="r:gz") as tar:
            for lid in tar:
                if not lid.isfile():
                    continue
                for patroon, naam in pakket.bestanden:
                    if fnmatch(lid.name, patroon):
                        gelezen = tar.extractfile(lid)
                        assert gelezen is not None
                        bestanden[naam or posixpath.basename(lid.name)] = gelezen.read()
                        break
    return bestanden
