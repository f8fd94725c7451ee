"""The local backend of the form editor (Decap CMS at ``/beheer/``): ``npx decap-server``, in Python and safe.

Decap's ``local_backend`` sends every read and write as ``POST /api/v1`` with ``{"action": …, "params": {…}}``
(``decap-cms-backend-proxy``); this server answers with the same JSON as ``decap-server``'s ``localFs``
middleware, but only for the menukaart's own files:

- items: ``menukaart/{diensten,kennisproducten,gemeenten,praktijkvoorbeelden}/<slug>.yml``, nothing deeper;
- attachments: ``menukaart/bijlagen/<naam>``, and only what ``ongeldige_bijlage`` accepts (no HTML or SVG).

A path is refused when it is absolute, goes up (``..``), has a backslash or an invisible character, lies
elsewhere, or has a symbolic link anywhere on its way. Files are read without following a link
(``lees_zonder_koppeling``), listings skip links, and a file is written whole or not at all (a temporary
file in the same folder, then ``os.replace``). The text of an item is written exactly as the editor sent it.

Any web page the user visits can send requests to localhost. So the server listens on 127.0.0.1 only,
refuses a ``Host`` that is not this server (DNS rebinding), an ``Origin`` that is not the local site, and a
body that is not JSON (a page needs a CORS preflight for that, which only the site passes), and limits the
size of a request.

A refusal is ``{"error": "<Dutch reason>"}`` with status 4xx, sent with the CORS headers when the site asked:
the proxy backend throws ``APIError(json.error)`` and the editor shows it, e.g. "Kan item niet opslaan:
API_ERROR: <reason>". Each request writes one Dutch line to the log (stderr); a traceback never leaves the server.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import stat
import sys
import tempfile
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence, TypeVar

from flexteam.basis.fout import FlexteamFout, zichtbaar
from flexteam.basis.meldingen import (
    BEHEER_ALLEEN_POST,
    BEHEER_BESTAAT_AL,
    BEHEER_BESTAND_GEWEIGERD,
    BEHEER_GEEN_BASE64,
    BEHEER_GEEN_JSON,
    BEHEER_GEEN_JSON_TYPE,
    BEHEER_GEEN_LENGTE,
    BEHEER_GEEN_MENUKAART,
    BEHEER_HERKOMST_GEWEIGERD,
    BEHEER_HOST_GEWEIGERD,
    BEHEER_INTERNE_FOUT,
    BEHEER_LOG_FOUT,
    BEHEER_LOG_GELEZEN,
    BEHEER_LOG_GEWEIGERD,
    BEHEER_LOG_HERNOEMD,
    BEHEER_LOG_INFO,
    BEHEER_LOG_MAP_GELEZEN,
    BEHEER_LOG_OPGESLAGEN,
    BEHEER_LOG_VERWIJDERD,
    BEHEER_LOG_VOORAF,
    BEHEER_LOG_VOORVERTONING,
    BEHEER_NAAM_BIJLAGE,
    BEHEER_NAAM_ITEM,
    BEHEER_ONBEKENDE_ACTIE,
    BEHEER_OPSLAAN_MISLUKT,
    BEHEER_PAD_ABSOLUUT,
    BEHEER_PAD_BACKSLASH,
    BEHEER_PAD_BUITEN,
    BEHEER_PAD_OMHOOG,
    BEHEER_PAD_ONZICHTBAAR,
    BEHEER_VELD_ONGELDIG,
    BEHEER_VERKEERD_VERZOEK,
    BEHEER_VERWIJDEREN_MISLUKT,
    BEHEER_VERZOEK_TE_GROOT,
    BESTAND_TE_GROOT,
    ENKEL_BESTAND_ONTBREEKT,
    GEEN_GEWOON_BESTAND,
    KOPPELING,
    melding,
)
from flexteam.inhoud.model import BESTANDSNAAM_PATROON, SLUG_PATROON
from flexteam.inhoud.regels import BIJLAGEN_MAP, SOORTEN
from flexteam.lezen.bestanden import (
    MAX_BIJLAGE_BYTES,
    OnveiligBestand,
    lees_zonder_koppeling,
    ongeldige_bijlage,
    ongeldige_ingang,
)
from flexteam.lezen.yamlbestand import MAX_BYTES as MAX_ITEM_BYTES

INHOUD_MAP = "menukaart"
"""The content folder in the repository (as ``cli.gedeeld.STANDAARD_MAP``); the editor uses nothing outside it."""
ITEM_MAPPEN = tuple(f"{INHOUD_MAP}/{map}" for map, _ in SOORTEN.values())
BIJLAGEN = f"{INHOUD_MAP}/{BIJLAGEN_MAP}"

ADRES = "127.0.0.1"
API_PAD = "/api/v1"
STANDAARD_POORT = 8081
"""Where Decap's ``local_backend`` looks by default (``http://localhost:8081/api/v1``)."""
STANDAARD_SITE_POORT = 8000
"""Where ``mkdocs serve`` shows the site, and so the editor: the one origin allowed by default."""
MAX_VERZOEK_BYTES = 36 * 1024 * 1024
"""Largest request body: an attachment of ``MAX_BIJLAGE_BYTES`` (25 MB) is 33.4 MB as base64, plus the JSON around it."""
_MAX_WEGGOOIEN = 1024 * 1024 * 1024
"""A body too large is still read (and forgotten) up to this size, so the editor can show why it was refused."""
_TOON_TEKENS = 200
"""How much of a value a message quotes."""

_SLUG = re.compile(SLUG_PATROON)
_BESTANDSNAAM = re.compile(BESTANDSNAAM_PATROON)
_LENGTE = re.compile(r"[0-9]{1,12}")

T = TypeVar("T")
Actie = Callable[[Path, Mapping[str, object]], tuple[object, str]]
"""Answers an action for the repository root: the JSON answer and the line for the log."""


class Geweigerd(FlexteamFout):
    """A request the backend does not carry out: the HTTP status and the Dutch reason for the editor."""

    def __init__(self, status: int, reden: str) -> None:
        super().__init__(reden)
        self.status = status
        self.reden = reden


@dataclass(frozen=True)
class Bestand:
    """A file the editor may use: its path as the editor names it (from the root, with ``/``) and on disk."""

    relatief: str
    pad: Path

    @property
    def naam(self) -> str:
        return self.relatief.rsplit("/", 1)[-1]


# --- paths ---------------------------------------------------------------------------------------


def _toon(waarde: str) -> str:
    """A value from the request, safe and short enough to quote in a message or the log."""
    return zichtbaar(waarde if len(waarde) <= _TOON_TEKENS else waarde[:_TOON_TEKENS] + "…")


def _delen(pad: object, veld: str) -> list[str]:
    """The parts of a relative path with ``/``; refuse anything that could point elsewhere."""
    if not isinstance(pad, str) or not pad:
        raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld=veld))
    if not pad.isprintable():
        raise Geweigerd(400, melding(BEHEER_PAD_ONZICHTBAAR, pad=_toon(pad)))
    if "\\" in pad:
        raise Geweigerd(400, melding(BEHEER_PAD_BACKSLASH, pad=_toon(pad)))
    if pad.startswith("/") or re.match(r"[A-Za-z]:", pad):
        raise Geweigerd(400, melding(BEHEER_PAD_ABSOLUUT, pad=_toon(pad)))
    delen = pad.split("/")
    if ".." in delen:
        raise Geweigerd(400, melding(BEHEER_PAD_OMHOOG, pad=_toon(pad)))
    return delen


def _buiten(pad: str, mappen: Sequence[str]) -> Geweigerd:
    return Geweigerd(403, melding(BEHEER_PAD_BUITEN, pad=_toon(pad), mappen=", ".join(f"{map}/" for map in mappen)))


def _map(params: Mapping[str, object], veld: str, mappen: Sequence[str]) -> str:
    """The folder named in ``params[veld]``: one of ``mappen``."""
    waarde = params.get(veld)
    map = "/".join(_delen(waarde.removesuffix("/") if isinstance(waarde, str) else waarde, veld))
    if map not in mappen:
        raise _buiten(map, mappen)
    return map


def _bestand(wortel: Path, pad: object, veld: str, mappen: Sequence[str]) -> Bestand:
    """The file named by ``pad``: directly in one of ``mappen``, with a name the site accepts."""
    delen = _delen(pad, veld)
    relatief = "/".join(delen)
    map, naam = "/".join(delen[:-1]), delen[-1]
    if map not in mappen:
        raise _buiten(relatief, mappen)
    if map == BIJLAGEN:
        if not _BESTANDSNAAM.fullmatch(naam):
            raise Geweigerd(422, melding(BEHEER_NAAM_BIJLAGE, naam=_toon(naam)))
    elif not _is_itemnaam(naam):
        raise Geweigerd(422, melding(BEHEER_NAAM_ITEM, naam=_toon(naam)))
    return Bestand(relatief, wortel.joinpath(*delen))


def _is_itemnaam(naam: str) -> bool:
    """``<slug>.yml``, e.g. ``warmteplan-dorp.yml``."""
    return naam.endswith(".yml") and _SLUG.fullmatch(naam.removesuffix(".yml")) is not None


def _bestaat(wortel: Path, relatief: str) -> bool:
    """Whether ``relatief`` exists; refused when it, or a folder on its way, is a symbolic link."""
    pad = wortel
    for deel in relatief.split("/"):
        pad = pad / deel
        try:
            modus = os.lstat(pad).st_mode
        except (FileNotFoundError, NotADirectoryError):
            return False
        if stat.S_ISLNK(modus):
            raise Geweigerd(403, melding(BEHEER_BESTAND_GEWEIGERD, pad=relatief, reden=KOPPELING))
    return True


# --- reading, writing, deleting ------------------------------------------------------------------


def _lees(wortel: Path, bestand: Bestand, grens: int) -> bytes | None:
    """At most ``grens + 1`` bytes of the file, read without following a link; None when it does not exist."""
    if not _bestaat(wortel, bestand.relatief):
        return None
    try:
        return lees_zonder_koppeling(bestand.pad, grens + 1)
    except OnveiligBestand as fout:
        raise Geweigerd(403, melding(BEHEER_BESTAND_GEWEIGERD, pad=bestand.relatief, reden=fout.reden)) from None


def _bestanden_in(wortel: Path, map: str) -> list[Bestand]:
    """The regular files directly in ``map``, by name; links and folders are skipped."""
    if not _bestaat(wortel, map):
        return []
    try:
        with os.scandir(wortel / map) as ingangen:
            namen = sorted(i.name for i in ingangen if ongeldige_ingang(i) is None and i.is_file(follow_symlinks=False))
    except NotADirectoryError:
        return []
    return [Bestand(f"{map}/{naam}", wortel / map / naam) for naam in namen]


def _schrijf(wortel: Path, bestand: Bestand, inhoud: bytes) -> None:
    """Write the whole file or nothing; make no folder but the file's own folder inside ``menukaart/``."""
    map = bestand.pad.parent
    bestond = _bestaat(wortel, bestand.relatief)
    if not bestond:
        try:
            os.mkdir(map)
        except FileExistsError:
            pass
        except (FileNotFoundError, NotADirectoryError):
            raise Geweigerd(422, melding(BEHEER_GEEN_MENUKAART, map=wortel)) from None
        bestond = _bestaat(wortel, bestand.relatief)  # the folder found or made is no link either
    huidig = os.lstat(bestand.pad) if bestond else None
    if not stat.S_ISDIR(os.lstat(map).st_mode) or (huidig is not None and not stat.S_ISREG(huidig.st_mode)):
        raise Geweigerd(403, melding(BEHEER_BESTAND_GEWEIGERD, pad=bestand.relatief, reden=GEEN_GEWOON_BESTAND))
    modus = 0o644 if huidig is None else stat.S_IMODE(huidig.st_mode)
    try:
        fd, tijdelijk = tempfile.mkstemp(dir=map, prefix=f".{bestand.naam}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as uit:
                uit.write(inhoud)
                uit.flush()
                os.fsync(uit.fileno())
            os.chmod(tijdelijk, modus)
            os.replace(tijdelijk, bestand.pad)
        except BaseException:
            Path(tijdelijk).unlink(missing_ok=True)
            raise
    except OSError as fout:
        raise Geweigerd(500, melding(BEHEER_OPSLAAN_MISLUKT, pad=bestand.relatief, reden=fout.strerror)) from None


def _verwijder(wortel: Path, bestand: Bestand) -> None:
    """Delete the file; a file that is already gone is fine (as in decap-server)."""
    if not _bestaat(wortel, bestand.relatief):
        return
    if not stat.S_ISREG(os.lstat(bestand.pad).st_mode):
        raise Geweigerd(403, melding(BEHEER_BESTAND_GEWEIGERD, pad=bestand.relatief, reden=GEEN_GEWOON_BESTAND))
    try:
        bestand.pad.unlink(missing_ok=True)
    except OSError as fout:
        raise Geweigerd(500, melding(BEHEER_VERWIJDEREN_MISLUKT, pad=bestand.relatief, reden=fout.strerror)) from None


# --- the JSON of decap-server (middlewares/utils/entries.ts) -------------------------------------


def _sha256(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()


def _item(wortel: Path, bestand: Bestand, label: object = None) -> dict[str, object]:
    """``{data, file: {path, label, id}}``; ``data`` and ``id`` are null for a file that does not exist."""
    inhoud = _lees(wortel, bestand, MAX_ITEM_BYTES)
    if inhoud is not None and len(inhoud) > MAX_ITEM_BYTES:
        raise Geweigerd(422, melding(BEHEER_BESTAND_GEWEIGERD, pad=bestand.relatief,
                                     reden=melding(BESTAND_TE_GROOT, grens=MAX_ITEM_BYTES // 1024)))
    gegevens: dict[str, object] = {"path": bestand.relatief, "id": None if inhoud is None else _sha256(inhoud)}
    if isinstance(label, str):
        gegevens["label"] = label
    return {"data": None if inhoud is None else inhoud.decode("utf-8", "replace"), "file": gegevens}


def _media(bestand: Bestand, inhoud: bytes) -> dict[str, object]:
    return {"id": _sha256(inhoud), "content": base64.b64encode(inhoud).decode("ascii"), "encoding": "base64",
            "path": bestand.relatief, "name": bestand.naam}


def _lees_bijlage(wortel: Path, bestand: Bestand) -> bytes | None:
    """The attachment's bytes, refused when the site would not publish it; None when it does not exist."""
    inhoud = _lees(wortel, bestand, MAX_BIJLAGE_BYTES)
    reden = None if inhoud is None else ongeldige_bijlage(bestand.naam, inhoud)
    if reden is not None:
        raise Geweigerd(422, melding(BEHEER_BESTAND_GEWEIGERD, pad=bestand.relatief, reden=reden))
    return inhoud


def _bijlage_uit(wortel: Path, asset: Mapping[str, object]) -> tuple[Bestand, bytes]:
    """The attachment the editor sent (``{path, content, encoding: "base64"}``), checked as the site checks it."""
    bestand = _bestand(wortel, asset.get("path"), "path", (BIJLAGEN,))
    if asset.get("encoding") != "base64":
        raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld="encoding"))
    try:
        inhoud = base64.b64decode(_veld(asset, "content", str), validate=True)
    except (binascii.Error, ValueError):
        raise Geweigerd(422, melding(BEHEER_GEEN_BASE64, pad=bestand.relatief)) from None
    reden = ongeldige_bijlage(bestand.naam, inhoud)
    if reden is not None:
        raise Geweigerd(422, melding(BEHEER_BESTAND_GEWEIGERD, pad=bestand.relatief, reden=reden))
    return bestand, inhoud


def _veld(params: Mapping[str, object], veld: str, soort: type[T]) -> T:
    waarde = params.get(veld)
    if not isinstance(waarde, soort):
        raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld=veld))
    return waarde


def _objecten(params: Mapping[str, object], veld: str) -> list[Mapping[str, object]]:
    lijst = _veld(params, veld, list)
    if not all(isinstance(waarde, dict) for waarde in lijst):
        raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld=veld))
    return lijst


# --- the actions (decap-server: middlewares/localFs/index.ts) ------------------------------------


def _info(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    return {"repo": wortel.name, "publish_modes": ["simple"], "type": "local_fs"}, BEHEER_LOG_INFO


def _entries_by_folder(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    map = _map(params, "folder", ITEM_MAPPEN)
    extensie = _veld(params, "extension", str)
    items = [_item(wortel, bestand) for bestand in _bestanden_in(wortel, map)
             if _is_itemnaam(bestand.naam) and bestand.naam.endswith(extensie)]
    return items, melding(BEHEER_LOG_MAP_GELEZEN, map=map, aantal=len(items))


def _entries_by_files(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    gevraagd = [(_bestand(wortel, f.get("path"), "path", ITEM_MAPPEN), f.get("label")) for f in _objecten(params, "files")]
    items = [_item(wortel, bestand, label) for bestand, label in gevraagd]
    return items, melding(BEHEER_LOG_GELEZEN, paden=", ".join(b.relatief for b, _ in gevraagd))


def _get_entry(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    bestand = _bestand(wortel, params.get("path"), "path", ITEM_MAPPEN)
    return _item(wortel, bestand), melding(BEHEER_LOG_GELEZEN, paden=bestand.relatief)


def _persist_entry(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    """Write each data file (``raw``, exactly), move it to ``newPath`` if given, and write the ``assets``.

    Everything is checked before anything is written. Unlike decap-server, a rename never overwrites
    another item and moves no other files of the folder."""
    gegevens = _objecten(params, "dataFiles") if params.get("dataFiles") is not None else [_veld(params, "entry", dict)]
    if not gegevens:
        raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld="dataFiles"))
    schrijven: list[tuple[Bestand, bytes]] = []
    weg: list[Bestand] = []
    regels: list[str] = []
    for bestand in gegevens:
        bron = _bestand(wortel, bestand.get("path"), "path", ITEM_MAPPEN)
        try:
            inhoud = _veld(bestand, "raw", str).encode("utf-8")
        except UnicodeEncodeError:
            raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld="raw")) from None
        if len(inhoud) > MAX_ITEM_BYTES:
            raise Geweigerd(422, melding(BEHEER_BESTAND_GEWEIGERD, pad=bron.relatief,
                                         reden=melding(BESTAND_TE_GROOT, grens=MAX_ITEM_BYTES // 1024)))
        doel = bron if bestand.get("newPath") is None else _bestand(wortel, bestand.get("newPath"), "newPath", ITEM_MAPPEN)
        if doel != bron:
            if _bestaat(wortel, doel.relatief):
                raise Geweigerd(409, melding(BEHEER_BESTAAT_AL, pad=doel.relatief))
            _bestaat(wortel, bron.relatief)  # refuses a link before anything is written
            weg.append(bron)
            regels.append(melding(BEHEER_LOG_HERNOEMD, oud=bron.relatief, nieuw=doel.relatief))
        schrijven.append((doel, inhoud))
    schrijven += [_bijlage_uit(wortel, asset) for asset in (_objecten(params, "assets") if "assets" in params else [])]
    for doel, inhoud in schrijven:
        _schrijf(wortel, doel, inhoud)
    for bron in weg:
        _verwijder(wortel, bron)
    regel = "; ".join([melding(BEHEER_LOG_OPGESLAGEN, paden=", ".join(d.relatief for d, _ in schrijven)), *regels])
    return {"message": regel}, regel


def _get_media(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    """Every attachment the site would publish; others (and links) are left out."""
    map = _map(params, "mediaFolder", (BIJLAGEN,))
    bestanden = []
    for bestand in _bestanden_in(wortel, map):
        inhoud = _lees(wortel, bestand, MAX_BIJLAGE_BYTES) if _BESTANDSNAAM.fullmatch(bestand.naam) else None
        if inhoud is not None and ongeldige_bijlage(bestand.naam, inhoud) is None:
            bestanden.append(_media(bestand, inhoud))
    return bestanden, melding(BEHEER_LOG_MAP_GELEZEN, map=map, aantal=len(bestanden))


def _get_media_file(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    bestand = _bestand(wortel, params.get("path"), "path", (BIJLAGEN,))
    inhoud = _lees_bijlage(wortel, bestand)
    if inhoud is None:
        raise Geweigerd(404, melding(ENKEL_BESTAND_ONTBREEKT, naam=bestand.relatief))
    return _media(bestand, inhoud), melding(BEHEER_LOG_GELEZEN, paden=bestand.relatief)


def _persist_media(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    bestand, inhoud = _bijlage_uit(wortel, _veld(params, "asset", dict))
    _schrijf(wortel, bestand, inhoud)
    return _media(bestand, inhoud), melding(BEHEER_LOG_OPGESLAGEN, paden=bestand.relatief)


def _verwijder_paden(wortel: Path, paden: Sequence[object], veld: str) -> tuple[object, str]:
    bestanden = [_bestand(wortel, pad, veld, (*ITEM_MAPPEN, BIJLAGEN)) for pad in paden]
    for bestand in bestanden:
        _verwijder(wortel, bestand)
    regel = melding(BEHEER_LOG_VERWIJDERD, paden=", ".join(b.relatief for b in bestanden))
    return {"message": regel}, regel


def _delete_file(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    return _verwijder_paden(wortel, [params.get("path")], "path")


def _delete_files(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    paden = _veld(params, "paths", list)
    if not paden:
        raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld="paths"))
    return _verwijder_paden(wortel, paden, "paths")


def _get_deploy_preview(wortel: Path, params: Mapping[str, object]) -> tuple[object, str]:
    return None, BEHEER_LOG_VOORVERTONING


ACTIES: dict[str, Actie] = {
    "info": _info,
    "entriesByFolder": _entries_by_folder,
    "entriesByFiles": _entries_by_files,
    "getEntry": _get_entry,
    "persistEntry": _persist_entry,
    "getMedia": _get_media,
    "getMediaFile": _get_media_file,
    "persistMedia": _persist_media,
    "deleteFile": _delete_file,
    "deleteFiles": _delete_files,
    "getDeployPreview": _get_deploy_preview,
}
"""What the editor can ask in publish mode "simple"; the editorial workflow's actions are unknown (422), as in decap-server."""


# --- HTTP --------------------------------------------------------------------------------------


class BeheerServer(ThreadingHTTPServer):
    """The backend for one repository root, on 127.0.0.1; ``poort=0`` picks a free port."""

    daemon_threads = True

    def __init__(self, wortel: Path, poort: int, site_poorten: Sequence[int], log: Callable[[str], None]) -> None:
        self.wortel = wortel.resolve()
        self.herkomsten = tuple(f"http://{host}:{p}" for p in site_poorten for host in (ADRES, "localhost"))
        self.log = log
        super().__init__((ADRES, poort), _Verzoek)

    @property
    def poort(self) -> int:
        return int(self.server_address[1])

    @property
    def adres(self) -> str:
        return f"http://{ADRES}:{self.poort}{API_PAD}"


def maak_server(wortel: Path, poort: int = STANDAARD_POORT, site_poorten: Sequence[int] = (STANDAARD_SITE_POORT,),
                log: Callable[[str], None] | None = None) -> BeheerServer:
    """The backend for the repository at ``wortel``, bound and ready for ``serve_forever()`` (in a thread in tests).

    ``site_poorten``: the ports of the site whose pages may use it; ``log`` gets one line per request (default: stderr)."""
    return BeheerServer(wortel, poort, site_poorten, log or _naar_stderr)


def _naar_stderr(regel: str) -> None:
    print(zichtbaar(regel), file=sys.stderr, flush=True)


class _Verzoek(BaseHTTPRequestHandler):
    server: BeheerServer
    timeout = 60
    """Seconds a request may take to arrive: a client that stops sending does not hold a thread forever."""

    def version_string(self) -> str:
        return "flexteam-beheer"

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the backend writes its own line per request, in Dutch."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A request ``http.server`` refuses itself (bad request line, unknown method): JSON, as every answer."""
        reden = BEHEER_ALLEEN_POST if code in (404, 405, 501) else BEHEER_VERKEERD_VERZOEK
        self.close_connection = True
        self.server.log(melding(BEHEER_LOG_GEWEIGERD, status=code, reden=reden))
        self._antwoord(code, {"error": reden}, None)

    def do_OPTIONS(self) -> None:
        self._behandel(self._vooraf)

    def do_POST(self) -> None:
        self._behandel(self._actie)

    def _behandel(self, werk: Callable[[str | None], tuple[int, object, str]]) -> None:
        herkomst: str | None = None
        try:
            herkomst = self._afzender()
            status, antwoord, regel = werk(herkomst)
        except Geweigerd as fout:
            status, antwoord, regel = fout.status, {"error": fout.reden}, melding(BEHEER_LOG_GEWEIGERD, status=fout.status,
                                                                                 reden=fout.reden)
        except Exception as fout:  # a bug or a full disk: the browser gets a short message, the log the kind of error
            status, antwoord = 500, {"error": BEHEER_INTERNE_FOUT}
            regel = melding(BEHEER_LOG_FOUT, soort=type(fout).__name__, reden=_toon(str(fout)))
        self.server.log(regel)
        self._antwoord(status, antwoord, herkomst)

    def _afzender(self) -> str | None:
        """The allowed ``Origin`` of the request, or None without one; refuse another host or origin."""
        hosts = self.headers.get_all("Host") or []
        poort = self.server.poort
        if len(hosts) != 1 or hosts[0].lower() not in (f"{ADRES}:{poort}", f"localhost:{poort}"):
            raise Geweigerd(403, melding(BEHEER_HOST_GEWEIGERD, host=_toon(", ".join(hosts)), poort=poort))
        herkomsten = self.headers.get_all("Origin") or []
        if not herkomsten:
            return None
        if len(herkomsten) != 1 or herkomsten[0] not in self.server.herkomsten:
            raise Geweigerd(403, melding(BEHEER_HERKOMST_GEWEIGERD, herkomst=_toon(", ".join(herkomsten)),
                                         toegestaan=", ".join(self.server.herkomsten)))
        return herkomsten[0]

    def _vooraf(self, herkomst: str | None) -> tuple[int, object, str]:
        """The browser's CORS preflight before the editor's JSON request."""
        if self.path != API_PAD:
            raise Geweigerd(404, BEHEER_ALLEEN_POST)
        return 204, None, melding(BEHEER_LOG_VOORAF, herkomst=herkomst or "-")

    def _actie(self, herkomst: str | None) -> tuple[int, object, str]:
        if self.path != API_PAD:
            raise Geweigerd(404, BEHEER_ALLEEN_POST)
        soort, tekenset = self.headers.get_content_type(), self.headers.get_content_charset("utf-8")
        if soort != "application/json" or tekenset not in ("utf-8", "utf8"):
            raise Geweigerd(415, BEHEER_GEEN_JSON_TYPE)
        lengte = self.headers.get("Content-Length")
        if lengte is None or "Transfer-Encoding" in self.headers:
            raise Geweigerd(411, BEHEER_GEEN_LENGTE)
        if not _LENGTE.fullmatch(lengte.strip()):
            raise Geweigerd(400, BEHEER_GEEN_LENGTE)
        if int(lengte) > MAX_VERZOEK_BYTES:
            self._gooi_weg(int(lengte))
            raise Geweigerd(413, melding(BEHEER_VERZOEK_TE_GROOT, grens=MAX_VERZOEK_BYTES // (1024 * 1024),
                                         bijlage=MAX_BIJLAGE_BYTES // (1024 * 1024)))
        lichaam = self.rfile.read(int(lengte))
        try:
            verzoek = json.loads(lichaam.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise Geweigerd(400, BEHEER_GEEN_JSON) from None
        if not isinstance(verzoek, dict):
            raise Geweigerd(400, BEHEER_GEEN_JSON)
        actie = _veld(verzoek, "action", str)
        params = verzoek.get("params") or {}
        if not isinstance(params, dict):
            raise Geweigerd(422, melding(BEHEER_VELD_ONGELDIG, veld="params"))
        uitvoeren = ACTIES.get(actie)
        if uitvoeren is None:
            raise Geweigerd(422, melding(BEHEER_ONBEKENDE_ACTIE, actie=_toon(actie)))
        antwoord, regel = uitvoeren(self.server.wortel, params)
        return 200, antwoord, regel

    def _gooi_weg(self, lengte: int) -> None:
        """Read a body that is too large and forget it, so the browser gets the answer and not a broken connection."""
        self.close_connection = True
        try:
            while 0 < lengte <= _MAX_WEGGOOIEN and (stuk := self.rfile.read(min(lengte, 1024 * 1024))):
                lengte -= len(stuk)
        except OSError:
            pass

    def _antwoord(self, status: int, antwoord: object, herkomst: str | None) -> None:
        """JSON (ASCII, so any character is safe); the CORS headers only for the allowed origin."""
        inhoud = b"" if status == 204 else json.dumps(antwoord).encode("ascii")
        self.send_response(status)
        if status != 204:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(inhoud)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Origin")
        if herkomst is not None:
            self.send_header("Access-Control-Allow-Origin", herkomst)
            self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type")
            self.send_header("Access-Control-Max-Age", "600")
        self.end_headers()
        self.wfile.write(inhoud)
