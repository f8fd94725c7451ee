"""The local backend of the form editor (``python -m flexteam beheer``), over real HTTP on 127.0.0.1.

Each test starts the server in a thread on a free port, on a copy of the shipped menukaart, and asks what
the editor (Decap CMS's proxy backend) asks: it checks what a user would notice, the file on disk, the
Dutch message in ``{"error": …}`` and the status. Then the refusals: paths that point elsewhere, symbolic
links, active attachments, another host or origin (a web page the user visits), and requests that are no JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any, Iterator

import pytest

from conftest import REPO
from flexteam.beheer import lokaal
from flexteam.beheer.lokaal import maak_server

SITE_POORT = 8123
SITE = f"http://127.0.0.1:{SITE_POORT}"
GEHEIM = "GEHEIM-buiten-de-repository-7"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
NIEUW_ITEM = ("# Een nieuw item uit de editor: de tekst komt precies zo op schijf.\n"
              "titel: \"Warmteplan voor één dorp\"\n"
              "samenvatting: >-\n"
              "  Regel één,\n"
              "  regel twee.\n")

_GEEN_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
"""The server is on this computer: never ask a proxy from the environment."""


@dataclass
class Antwoord:
    status: int
    json: Any
    headers: Message


@dataclass
class Beheer:
    wortel: Path
    poort: int
    log: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.poort}/api/v1"

    def vraag(self, actie: str, params: dict[str, Any] | None = None, *, headers: dict[str, str] | None = None,
              methode: str = "POST", lichaam: bytes | None = None) -> Antwoord:
        """One request as the proxy backend sends it (``{branch, action, params}`` as JSON), or with other headers."""
        if lichaam is None:
            lichaam = json.dumps({"branch": "main", "action": actie, "params": params or {}}).encode("utf-8")
        verzoek = urllib.request.Request(self.url, data=lichaam, method=methode,
                                         headers={"Content-Type": "application/json; charset=utf-8", **(headers or {})})
        try:
            with _GEEN_PROXY.open(verzoek, timeout=30) as antwoord:
                return Antwoord(antwoord.status, _json(antwoord.read()), antwoord.headers)
        except urllib.error.HTTPError as fout:
            return Antwoord(fout.code, _json(fout.read()), fout.headers)

    def fout(self, actie: str, params: dict[str, Any] | None = None, **opties: Any) -> tuple[int, str]:
        """The status and the Dutch message of a refused request."""
        antwoord = self.vraag(actie, params, **opties)
        assert antwoord.status >= 400, antwoord.json
        assert set(antwoord.json) == {"error"}
        assert "Traceback" not in antwoord.json["error"]
        return antwoord.status, antwoord.json["error"]


def _json(inhoud: bytes) -> Any:
    return json.loads(inhoud) if inhoud else None


@pytest.fixture
def beheer(menukaart_kopie: Path) -> Iterator[Beheer]:
    """The backend on a free port, for the repository root that holds the copy of ``menukaart/``."""
    log: list[str] = []
    server = maak_server(menukaart_kopie.parent, poort=0, site_poorten=(SITE_POORT,), log=log.append)
    draad = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    draad.start()
    try:
        yield Beheer(server.wortel, server.poort, log)
    finally:
        server.shutdown()
        server.server_close()
        draad.join(timeout=10)


def _boom(map: Path) -> dict[str, bytes]:
    """Every file under ``map`` with its bytes (links as their target), to see that nothing changed."""
    return {p.relative_to(map).as_posix(): (os.readlink(p).encode() if p.is_symlink() else p.read_bytes())
            for p in sorted(map.rglob("*")) if p.is_symlink() or p.is_file()}


def _sha256(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()


def _opslaan(pad: str, raw: str = NIEUW_ITEM, **extra: Any) -> dict[str, Any]:
    """The params of ``persistEntry`` as ``decap-cms-backend-proxy`` sends them."""
    return {"branch": "main", "dataFiles": [{"slug": Path(pad).stem, "path": pad, "raw": raw, **extra}], "assets": [],
            "options": {"commitMessage": "Update", "useWorkflow": False, "status": ""}}


def _bijlage(pad: str, inhoud: bytes) -> dict[str, Any]:
    return {"branch": "main", "asset": {"path": pad, "content": base64.b64encode(inhoud).decode("ascii"), "encoding": "base64"},
            "options": {"commitMessage": "Upload"}}


# --- what the editor asks --------------------------------------------------------------------------


def test_info_meldt_zich_als_lokale_map(beheer: Beheer) -> None:
    """``detectProxyServer`` sends ``{action: "info"}`` without params and needs repo, publish_modes and type."""
    antwoord = beheer.vraag("info", lichaam=b'{"action": "info"}')
    assert antwoord.status == 200
    assert antwoord.json == {"repo": beheer.wortel.name, "publish_modes": ["simple"], "type": "local_fs"}
    assert antwoord.headers["Content-Type"] == "application/json; charset=utf-8"
    assert beheer.log == ["Verbonden: de editor heeft het beheer gevonden."]


def test_entries_by_folder_geeft_elke_dienst_met_inhoud_en_sha256(beheer: Beheer) -> None:
    diensten = sorted((beheer.wortel / "menukaart" / "diensten").glob("*.yml"))
    antwoord = beheer.vraag("entriesByFolder", {"folder": "menukaart/diensten", "extension": "yml", "depth": 1})
    assert antwoord.status == 200
    assert [e["file"]["path"] for e in antwoord.json] == [f"menukaart/diensten/{p.name}" for p in diensten]
    for entry, pad in zip(antwoord.json, diensten):
        assert entry["data"] == pad.read_text(encoding="utf-8")
        assert entry["file"]["id"] == _sha256(pad.read_bytes())
    assert beheer.log == [f"Gelezen: menukaart/diensten/ ({len(diensten)} bestanden)"]


def test_opslaan_schrijft_precies_de_tekst_van_de_editor(beheer: Beheer) -> None:
    pad = "menukaart/diensten/warmteplan-dorp.yml"
    antwoord = beheer.vraag("persistEntry", _opslaan(pad))
    assert antwoord.status == 200
    assert antwoord.json == {"message": f"Opgeslagen: {pad}"}
    assert (beheer.wortel / pad).read_bytes() == NIEUW_ITEM.encode("utf-8")
    assert not [p.name for p in (beheer.wortel / pad).parent.iterdir() if p.name.startswith(".")], "tijdelijk bestand bleef staan"

    terug = beheer.vraag("getEntry", {"path": pad})
    assert terug.json == {"data": NIEUW_ITEM, "file": {"path": pad, "id": _sha256(NIEUW_ITEM.encode("utf-8"))}}
    assert beheer.log == [f"Opgeslagen: {pad}", f"Gelezen: {pad}"]


def test_een_bestaand_item_opslaan_vervangt_het(beheer: Beheer) -> None:
    pad = "menukaart/gemeenten/assen.yml"
    assert (beheer.wortel / pad).is_file()
    nieuw = (beheer.wortel / pad).read_text(encoding="utf-8") + "# bijgewerkt in de editor\n"
    assert beheer.vraag("persistEntry", _opslaan(pad, nieuw)).status == 200
    assert (beheer.wortel / pad).read_text(encoding="utf-8") == nieuw


def test_een_item_dat_er_niet_is_geeft_null(beheer: Beheer) -> None:
    """As decap-server: the editor then knows the file is new."""
    antwoord = beheer.vraag("getEntry", {"path": "menukaart/diensten/bestaat-niet.yml"})
    assert antwoord.json == {"data": None, "file": {"path": "menukaart/diensten/bestaat-niet.yml", "id": None}}


def test_hernoemen_met_new_path(beheer: Beheer) -> None:
    oud, nieuw = "menukaart/diensten/energiearmoede-aanpak.yml", "menukaart/diensten/energiearmoede-samen-aanpakken.yml"
    tekst = (beheer.wortel / oud).read_text(encoding="utf-8").replace("Aanpak energiearmoede opzetten", "Samen energiearmoede aanpakken")
    antwoord = beheer.vraag("persistEntry", _opslaan(oud, tekst, newPath=nieuw))
    assert antwoord.status == 200, antwoord.json
    assert not (beheer.wortel / oud).exists()
    assert (beheer.wortel / nieuw).read_text(encoding="utf-8") == tekst
    assert beheer.log == [f"Opgeslagen: {nieuw}; Hernoemd: {oud} -> {nieuw}"]


def test_hernoemen_overschrijft_geen_ander_item(beheer: Beheer) -> None:
    oud, ander = "menukaart/diensten/energiearmoede-aanpak.yml", "menukaart/diensten/evaluatie-wijkaanpak.yml"
    voor = _boom(beheer.wortel)
    status, melding = beheer.fout("persistEntry", _opslaan(oud, NIEUW_ITEM, newPath=ander))
    assert status == 409
    assert melding == f"Er is al een bestand {ander}. Kies een andere naam."
    assert _boom(beheer.wortel) == voor


def test_een_pdf_uploaden_en_in_de_mediabibliotheek_zien(beheer: Beheer) -> None:
    pad = "menukaart/bijlagen/handreiking-wijkaanpak.pdf"
    antwoord = beheer.vraag("persistMedia", _bijlage(pad, PDF))
    assert antwoord.status == 200, antwoord.json
    assert antwoord.json == {"id": _sha256(PDF), "content": base64.b64encode(PDF).decode("ascii"), "encoding": "base64",
                             "path": pad, "name": "handreiking-wijkaanpak.pdf"}
    assert (beheer.wortel / pad).read_bytes() == PDF

    media = beheer.vraag("getMedia", {"mediaFolder": "menukaart/bijlagen"}).json
    assert [m["path"] for m in media] == [pad, "menukaart/bijlagen/stakeholderanalyse.csv"]
    assert base64.b64decode(media[0]["content"]) == PDF
    assert beheer.vraag("getMediaFile", {"path": pad}).json == antwoord.json
    assert beheer.log[0] == f"Opgeslagen: {pad}"


def test_een_item_opslaan_met_een_bijlage(beheer: Beheer) -> None:
    """The editor sends a new attachment with the item it belongs to (``assets``)."""
    item, pdf = "menukaart/kennisproducten/warmteplan-dorp.yml", "menukaart/bijlagen/warmteplan-dorp.pdf"
    params = _opslaan(item)
    params["assets"] = [_bijlage(pdf, PDF)["asset"]]
    assert beheer.vraag("persistEntry", params).status == 200
    assert (beheer.wortel / item).read_text(encoding="utf-8") == NIEUW_ITEM
    assert (beheer.wortel / pdf).read_bytes() == PDF


def test_verwijderen(beheer: Beheer) -> None:
    pad = "menukaart/diensten/evaluatie-wijkaanpak.yml"
    antwoord = beheer.vraag("deleteFiles", {"paths": [pad], "options": {"commitMessage": "Weg"}})
    assert antwoord.status == 200
    assert not (beheer.wortel / pad).exists()
    assert beheer.log == [f"Verwijderd: {pad}"]
    status, melding = beheer.fout("deleteFile", {"path": "mkdocs.yml", "options": {"commitMessage": "Weg"}})
    assert status == 403 and "mag 'mkdocs.yml' niet lezen of schrijven" in melding


def test_geen_voorvertoning(beheer: Beheer) -> None:
    antwoord = beheer.vraag("getDeployPreview", {"collection": "diensten", "slug": "x"})
    assert (antwoord.status, antwoord.json) == (200, None)


# --- paths that point elsewhere --------------------------------------------------------------------


@pytest.mark.parametrize(("pad", "status", "tekst"), [
    ("../geheim.yml", 400, "gaat met '..' een map omhoog"),
    ("menukaart/../hooks/x.yml", 400, "gaat met '..' een map omhoog"),
    ("menukaart/diensten/../../mkdocs.yml", 400, "gaat met '..' een map omhoog"),
    ("/etc/passwd", 400, "begint bij de hoofdmap van de computer"),
    ("/tmp/geheim.yml", 400, "begint bij de hoofdmap van de computer"),
    ("C:/Windows/win.ini", 400, "begint bij de hoofdmap van de computer"),
    ("menukaart\\diensten\\x.yml", 400, "bevat een backslash"),
    ("menukaart/diensten/x\x00.yml", 400, "onzichtbaar teken"),
    ("mkdocs.yml", 403, "Het werkt alleen met bestanden direct in menukaart/diensten/"),
    ("menukaart/regio.yml", 403, "niet lezen of schrijven"),
    ("menukaart/diensten/sub/x.yml", 403, "niet lezen of schrijven"),
    ("menukaart/_sjablonen/dienst.yml", 403, "niet lezen of schrijven"),
    ("./menukaart/diensten/x.yml", 403, "niet lezen of schrijven"),
    ("menukaart/diensten/Hoofdletters.yml", 422, "De bestandsnaam 'Hoofdletters.yml' mag niet"),
    ("menukaart/diensten/x.yaml", 422, "eindig op .yml"),
    ("menukaart/diensten/.verborgen.yml", 422, "De bestandsnaam '.verborgen.yml' mag niet"),
])
def test_een_pad_buiten_de_menukaart_wordt_geweigerd(beheer: Beheer, tmp_path: Path, pad: str, status: int, tekst: str) -> None:
    voor = _boom(beheer.wortel)
    gelezen, leesmelding = beheer.fout("getEntry", {"path": pad})
    assert gelezen == status and tekst in leesmelding
    gekregen, melding = beheer.fout("persistEntry", _opslaan(pad, f"gestolen: {GEHEIM}\n"))
    assert gekregen == status
    assert tekst in melding
    assert _boom(beheer.wortel) == voor
    assert not (tmp_path.parent / "geheim.yml").exists()
    assert beheer.log[-1] == f"Geweigerd ({status}): {melding}"


def test_een_map_buiten_de_menukaart_wordt_niet_getoond(beheer: Beheer) -> None:
    status, melding = beheer.fout("entriesByFolder", {"folder": "menukaart/../hooks", "extension": "py", "depth": 1})
    assert status == 400 and "'..'" in melding
    status, melding = beheer.fout("entriesByFolder", {"folder": "menukaart/schema", "extension": "json", "depth": 1})
    assert status == 403 and "menukaart/schema" in melding
    status, melding = beheer.fout("getMedia", {"mediaFolder": "menukaart/diensten"})
    assert status == 403 and "direct in menukaart/bijlagen/" in melding


# --- symbolic links --------------------------------------------------------------------------------


@pytest.fixture
def buiten(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file outside the repository that a link points to."""
    geheim = tmp_path_factory.mktemp("buiten") / "geheim.txt"
    geheim.write_text(f"{GEHEIM}\n", encoding="utf-8")
    return geheim


def test_een_koppeling_in_diensten_wordt_niet_gelezen_of_overschreven(beheer: Beheer, buiten: Path) -> None:
    link = beheer.wortel / "menukaart" / "diensten" / "geheim.yml"
    link.symlink_to(buiten)
    pad = "menukaart/diensten/geheim.yml"

    lijst = beheer.vraag("entriesByFolder", {"folder": "menukaart/diensten", "extension": "yml", "depth": 1})
    assert lijst.status == 200
    assert pad not in [e["file"]["path"] for e in lijst.json]
    assert GEHEIM not in json.dumps(lijst.json)

    for actie, params in [("getEntry", {"path": pad}), ("entriesByFiles", {"files": [{"path": pad}]}),
                          ("persistEntry", _opslaan(pad, "overschreven: ja\n")),
                          ("persistEntry", _opslaan("menukaart/diensten/evaluatie-wijkaanpak.yml", "x: 1\n", newPath=pad)),
                          ("persistEntry", _opslaan(pad, "x: 1\n", newPath="menukaart/diensten/nieuw-item.yml")),
                          ("deleteFile", {"path": pad, "options": {"commitMessage": "Weg"}})]:
        status, melding = beheer.fout(actie, params)
        assert status == 403, actie
        assert melding.startswith(f"{pad}: Dit is een symbolische koppeling (symlink)."), actie
        assert GEHEIM not in melding
    assert link.is_symlink() and buiten.read_text(encoding="utf-8") == f"{GEHEIM}\n"
    assert not (beheer.wortel / "menukaart" / "diensten" / "nieuw-item.yml").exists()


def test_een_gekoppelde_map_wordt_niet_gebruikt(beheer: Beheer, buiten: Path) -> None:
    """``menukaart/bijlagen`` as a link to a folder elsewhere: no listing, no upload into it."""
    bijlagen = beheer.wortel / "menukaart" / "bijlagen"
    for bestand in bijlagen.iterdir():
        bestand.unlink()
    bijlagen.rmdir()
    bijlagen.symlink_to(buiten.parent, target_is_directory=True)
    status, melding = beheer.fout("getMedia", {"mediaFolder": "menukaart/bijlagen"})
    assert status == 403 and "symbolische koppeling" in melding
    status, melding = beheer.fout("persistMedia", _bijlage("menukaart/bijlagen/plan.pdf", PDF))
    assert status == 403 and "symbolische koppeling" in melding
    assert sorted(p.name for p in buiten.parent.iterdir()) == ["geheim.txt"]


# --- attachments -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("naam", "inhoud", "tekst"), [
    ("pagina.html", b"<!doctype html><script>alert(1)</script>", "Bestanden met de extensie '.html' worden niet gepubliceerd"),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "Bestanden met de extensie '.svg' worden niet"),
    ("handreiking.pdf", b"<!doctype html><script>alert(1)</script>", "Het bestand heet .pdf, maar is geen PDF-document."),
    ("script.js", b"alert(1)", "extensie '.js'"),
    ("Plan Wijk.pdf", PDF, "De bestandsnaam 'Plan Wijk.pdf' mag niet"),
])
def test_een_actieve_bijlage_wordt_geweigerd(beheer: Beheer, naam: str, inhoud: bytes, tekst: str) -> None:
    pad = f"menukaart/bijlagen/{naam}"
    status, melding = beheer.fout("persistMedia", _bijlage(pad, inhoud))
    assert status == 422
    assert tekst in melding
    assert not (beheer.wortel / pad).exists()
    media = beheer.vraag("getMedia", {"mediaFolder": "menukaart/bijlagen"}).json
    assert [m["name"] for m in media] == ["stakeholderanalyse.csv"]


def test_een_item_met_een_actieve_bijlage_wordt_helemaal_niet_opgeslagen(beheer: Beheer) -> None:
    item = "menukaart/diensten/warmteplan-dorp.yml"
    params = _opslaan(item)
    params["assets"] = [_bijlage("menukaart/bijlagen/pagina.html", b"<script>alert(1)</script>")["asset"]]
    status, melding = beheer.fout("persistEntry", params)
    assert status == 422 and "'.html'" in melding
    assert not (beheer.wortel / item).exists()


def test_een_te_grote_bijlage_wordt_geweigerd(beheer: Beheer) -> None:
    pad = "menukaart/bijlagen/groot.pdf"
    status, melding = beheer.fout("persistMedia", _bijlage(pad, PDF + b"0" * (25 * 1024 * 1024)))
    assert status == 422
    assert melding == f"{pad}: Het bestand is 25 MB; de grens is 25 MB."
    assert not (beheer.wortel / pad).exists()


def test_een_te_groot_verzoek_krijgt_toch_een_antwoord(beheer: Beheer) -> None:
    lichaam = b" " * (lokaal.MAX_VERZOEK_BYTES + 1)
    status, melding = beheer.fout("persistMedia", lichaam=lichaam)
    assert status == 413
    assert melding == "Het verzoek is te groot: de grens is 36 MB. Een bijlage mag hoogstens 25 MB zijn."


# --- another host or origin: a web page the user visits -------------------------------------------


def test_een_andere_host_wordt_geweigerd(beheer: Beheer) -> None:
    """DNS rebinding: a page on evil.example whose name now points at 127.0.0.1."""
    pad = "menukaart/diensten/warmteplan-dorp.yml"
    antwoord = beheer.vraag("persistEntry", _opslaan(pad), headers={"Host": f"evil.example:{beheer.poort}"})
    assert antwoord.status == 403
    assert antwoord.json["error"] == (f"Het verzoek is gericht aan 'evil.example:{beheer.poort}'. Het beheer neemt alleen "
                                      f"verzoeken aan voor 127.0.0.1:{beheer.poort} of localhost:{beheer.poort}.")
    assert "Access-Control-Allow-Origin" not in antwoord.headers
    assert not (beheer.wortel / pad).exists()
    assert beheer.vraag("info", headers={"Host": f"localhost:{beheer.poort}"}).status == 200


@pytest.mark.parametrize("herkomst", ["https://evil.example", "http://127.0.0.1:9999", "null", "http://localhost.evil.example:8123"])
def test_een_andere_herkomst_wordt_geweigerd(beheer: Beheer, herkomst: str) -> None:
    pad = "menukaart/diensten/warmteplan-dorp.yml"
    antwoord = beheer.vraag("persistEntry", _opslaan(pad), headers={"Origin": herkomst})
    assert antwoord.status == 403
    assert antwoord.json["error"].startswith(f"Het verzoek komt van '{herkomst}'. Alleen de site op deze computer")
    assert "Access-Control-Allow-Origin" not in antwoord.headers
    assert not (beheer.wortel / pad).exists()


def test_de_site_krijgt_cors_ook_bij_een_fout(beheer: Beheer) -> None:
    """The editor can only show the Dutch reason when the browser lets it read the answer."""
    goed = beheer.vraag("info", headers={"Origin": SITE})
    assert goed.headers["Access-Control-Allow-Origin"] == SITE
    assert goed.headers["Vary"] == "Origin"
    fout = beheer.vraag("getEntry", {"path": "mkdocs.yml"}, headers={"Origin": f"http://localhost:{SITE_POORT}"})
    assert fout.status == 403
    assert fout.headers["Access-Control-Allow-Origin"] == f"http://localhost:{SITE_POORT}"


def test_preflight(beheer: Beheer) -> None:
    vooraf = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    antwoord = beheer.vraag("", lichaam=b"", methode="OPTIONS", headers={"Origin": SITE, **vooraf})
    assert antwoord.status == 204
    assert antwoord.headers["Access-Control-Allow-Origin"] == SITE
    assert antwoord.headers["Access-Control-Allow-Methods"] == "POST, OPTIONS"
    assert antwoord.headers["Access-Control-Allow-Headers"] == "Content-Type"
    geweigerd = beheer.vraag("", lichaam=b"", methode="OPTIONS", headers={"Origin": "https://evil.example", **vooraf})
    assert geweigerd.status == 403
    assert "Access-Control-Allow-Origin" not in geweigerd.headers


@pytest.mark.parametrize("soort", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                   "application/json; charset=latin-1"])
def test_geen_json_wordt_geweigerd(beheer: Beheer, soort: str) -> None:
    """A plain form on another page can send these without asking the browser first."""
    pad = "menukaart/diensten/warmteplan-dorp.yml"
    status, melding = beheer.fout("persistEntry", _opslaan(pad), headers={"Content-Type": soort})
    assert status == 415
    assert melding == "Stuur het verzoek als JSON in UTF-8 (Content-Type: application/json)."
    assert not (beheer.wortel / pad).exists()


def test_onbekende_actie(beheer: Beheer) -> None:
    assert beheer.fout("unpublishedEntries") == (422, "Het beheer kent de actie 'unpublishedEntries' niet.")


def test_kapotte_json_en_andere_methoden(beheer: Beheer) -> None:
    assert beheer.fout("", lichaam=b'{"action": ') == (400, "Het verzoek is geen geldige JSON in UTF-8.")
    assert beheer.fout("", lichaam=b"[[[[" * 100_000) == (400, "Het verzoek is geen geldige JSON in UTF-8.")
    assert beheer.fout("", methode="GET", lichaam=b"")[1] == "Het beheer werkt alleen met POST-verzoeken op /api/v1."


def test_een_fout_in_het_beheer_toont_geen_traceback(beheer: Beheer, monkeypatch: pytest.MonkeyPatch) -> None:
    def kapot(wortel: Path, params: object) -> tuple[object, str]:
        raise RuntimeError(f"intern detail {GEHEIM}")

    monkeypatch.setitem(lokaal.ACTIES, "info", kapot)
    status, melding = beheer.fout("info")
    assert status == 500
    assert melding == "Er ging iets mis in het beheer. Kijk in het venster waarin het beheer draait."
    assert beheer.log == [f"Fout (RuntimeError): intern detail {GEHEIM}"]


# --- the command -----------------------------------------------------------------------------------


def test_de_opdracht_start_en_stopt_met_ctrl_c(menukaart_kopie: Path) -> None:
    # A Python handler here makes Ctrl+C work in the command, also when this test runs where SIGINT is ignored
    # (a background job of a shell): an ignored signal stays ignored in a child, a handled one does not.
    vorige = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proces = subprocess.Popen(
            [sys.executable, "-m", "flexteam", "beheer", "--map", str(menukaart_kopie.parent), "--poort", "0",
             "--site-poort", "8123"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
    finally:
        signal.signal(signal.SIGINT, vorige)
    try:
        assert proces.stdout is not None
        eerste = proces.stdout.readline()
        gevonden = re.fullmatch(r"Het beheer luistert op http://127\.0\.0\.1:(\d+)/api/v1 en schrijft in (.+)\.\n", eerste)
        assert gevonden, eerste
        assert gevonden[2] == f"{menukaart_kopie.resolve()}/"
        assert "http://127.0.0.1:8123/beheer/" in proces.stdout.readline()
        antwoord = Beheer(menukaart_kopie.parent, int(gevonden[1])).vraag("info")
        assert antwoord.json["repo"] == menukaart_kopie.parent.name
        proces.send_signal(signal.SIGINT)
        uit, fout = proces.communicate(timeout=10)
    finally:
        proces.kill()
    assert proces.returncode == 0, fout
    assert uit == "Het beheer is gestopt.\n"
    assert fout == "Verbonden: de editor heeft het beheer gevonden.\n"


def test_de_opdracht_zonder_menukaart(tmp_path: Path) -> None:
    resultaat = subprocess.run([sys.executable, "-m", "flexteam", "beheer", "--map", str(tmp_path), "--poort", "0"],
                               cwd=REPO, capture_output=True, text=True, timeout=60)
    assert resultaat.returncode == 1
    assert resultaat.stderr.startswith(f"In {tmp_path.resolve()} staat geen map menukaart/.")
