"""The form editor's configuration is generated from the model, and what its YAML writer writes passes the check.

- Every field of every kind is in its form, in the model's order, required where the model (or the rules per type of
  knowledge product) requires it; dropdowns hold exactly the taxonomy and the existing ids.
- A field added to a model appears in the form without anyone keeping a list.
- The writer (``menukaart-yaml.js``, run in Node as Decap runs it in the browser): every shipped file read and written
  again means the same, starts with the editor modeline and passes the check; a new dienst as the form hands it over
  is written as the golden file; awkward text (dates, yes/no, colons, leading spaces, line breaks) survives exactly.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import typing
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, Field

from conftest import MENUKAART, REPO, check
from flexteam import laad_menukaart
from flexteam.beheer.bundel import PAKKETTEN, bundelmap
from flexteam.beheer.configuratie import _Omzetter, configuratie, keuzes, soorten
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Dienst, Gemeente, Kennisproduct, Praktijkvoorbeeld
from flexteam.inhoud.regels import veld_bij_type
from flexteam.lezen.yamlbestand import YamlFout, lees_tekst

SCHRIJVER = REPO / "hooks" / "flexteam" / "beheer" / "js" / "menukaart-yaml.js"
GOUDEN = Path(__file__).parent / "voorbeelden" / "beheer"
REPO_URL = "https://github.com/provincie-drenthe/menukaart-warmtetransitie"


@pytest.fixture(scope="module")
def catalogus() -> Catalogus:
    return laad_menukaart(MENUKAART)


@pytest.fixture(scope="module")
def gegenereerd(catalogus: Catalogus) -> tuple[dict[str, Any], dict[str, Any]]:
    return configuratie(catalogus, "https://voorbeeld.nl/", REPO_URL)


def _collectie(config: dict[str, Any], naam: str) -> dict[str, Any]:
    return next(c for c in config["collections"] if c["name"] == naam)


def _modelvelden(model: type[BaseModel]) -> list[str]:
    return [naam for naam in model.veldvolgorde() if naam != "id"]  # type: ignore[attr-defined]


# --- the configuration against the model ---------------------------------------------------------------------------

def test_elke_soort_heeft_een_formulier(gegenereerd: tuple[dict[str, Any], dict[str, Any]], catalogus: Catalogus) -> None:
    config, bomen = gegenereerd
    types = [b.id for b in catalogus.taxonomie.kennisproduct_types]
    assert [c["name"] for c in config["collections"]] == ["diensten", *(f"kennisproducten-{t}" for t in types),
                                                          "gemeenten", "praktijkvoorbeelden"]
    for collectie in config["collections"]:
        assert collectie["format"] in bomen
        assert collectie["folder"].startswith("menukaart/") and collectie["extension"] == "yml"
    assert config["publish_mode"] == "editorial_workflow"  # saving opens a pull request
    assert config["backend"] == {"name": "github", "repo": "provincie-drenthe/menukaart-warmtetransitie", "branch": "main"}
    assert config["media_folder"] == "menukaart/bijlagen"


@pytest.mark.parametrize(("naam", "model", "type_"), [
    ("diensten", Dienst, None), ("gemeenten", Gemeente, None), ("praktijkvoorbeelden", Praktijkvoorbeeld, None),
    *((f"kennisproducten-{t}", Kennisproduct, t) for t in ("checklist", "factsheet", "participatiemethode",
                                                           "warmtetransitieplan", "handreiking", "wijkaanpak-template")),
])
def test_velden_volgen_het_model(gegenereerd: tuple[dict[str, Any], dict[str, Any]], naam: str,
                                 model: type[BaseModel], type_: str | None) -> None:
    config, _ = gegenereerd
    velden = _collectie(config, naam)["fields"]
    verwacht = [v for v in _modelvelden(model) if type_ is None or veld_bij_type(v, type_) != "weg"]
    assert [v["name"] for v in velden] == verwacht
    for veld in velden:
        if veld["name"] == "type" and type_ is not None:
            continue  # fixed per collection (below)
        info = model.model_fields[veld["name"]]
        verplicht = info.is_required() or (type_ is not None and veld_bij_type(veld["name"], type_) == "verplicht")
        assert veld["required"] is verplicht, veld["name"]
        assert veld["hint"] == info.description
    if type_ is not None:
        assert _collectie(config, naam)["filter"] == {"field": "type", "value": type_}
        assert next(v for v in velden if v["name"] == "type") == {"name": "type", "label": "Type", "widget": "hidden",
                                                                   "default": type_}


def _alle_velden(velden: list[dict[str, Any]], pad: str = "") -> typing.Iterator[tuple[str, dict[str, Any]]]:
    for veld in velden:
        naam = f"{pad}.{veld['name']}" if pad else veld["name"]
        yield naam, veld
        yield from _alle_velden(veld.get("fields", []), naam)
        if "field" in veld:
            yield from _alle_velden([veld["field"]], naam)


def test_keuzelijsten_komen_uit_de_taxonomie_en_de_inhoud(gegenereerd: tuple[dict[str, Any], dict[str, Any]],
                                                          catalogus: Catalogus) -> None:
    config, _ = gegenereerd
    velden = dict(_alle_velden(_collectie(config, "diensten")["fields"]))
    taxonomie = catalogus.taxonomie
    for naam, lijst in (("thema", "themas"), ("fase", "fasen"), ("doelgroep", "doelgroepen")):
        assert velden[naam]["widget"] == "select" and velden[naam]["multiple"] is True
        assert [o["value"] for o in velden[naam]["options"]] == [b.id for b in taxonomie.lijst(lijst)]
        assert [o["label"] for o in velden[naam]["options"]] == [b.label for b in taxonomie.lijst(lijst)]
    assert sorted(o["value"] for o in velden["gerelateerd"]["options"]) == sorted(i.id for i in catalogus.items if i.id)
    assert sorted(o["value"] for o in velden["bronnen.id"]["options"]) == sorted(catalogus.bronnen)
    assert sorted(o["value"] for o in velden["inzet.bron"]["options"]) == sorted(catalogus.bronnen)
    assert velden["status"]["options"] == list(typing.get_args(Dienst.model_fields["status"].annotation))
    assert velden["beschrijving"]["widget"] == "markdown"
    assert velden["bijgewerkt"]["widget"] == "datetime" and velden["bijgewerkt"]["format"] == "YYYY-MM-DD"
    assert velden["inzet.uren_van"] == {**velden["inzet.uren_van"], "widget": "number", "value_type": "int", "min": 0}
    praktijk = dict(_alle_velden(_collectie(config, "praktijkvoorbeelden")["fields"]))
    assert [o["value"] for o in praktijk["gemeente"]["options"]] == [o["value"] for o in keuzes(catalogus)["gemeenten"]]
    assert sorted(o["value"] for o in praktijk["gemeente"]["options"]) == sorted(g.id for g in catalogus.gemeenten if g.id)


def test_bijlagen_alleen_in_toegestane_formaten(gegenereerd: tuple[dict[str, Any], dict[str, Any]]) -> None:
    import re

    config, bomen = gegenereerd
    bestand = dict(_alle_velden(_collectie(config, "kennisproducten-handreiking")["fields"]))["bijlagen.bestand"]
    assert bestand["widget"] == "file" and bestand["choose_url"] is False
    patroon = re.compile(bestand["pattern"][0])
    for goed in ("sjabloon-wup.docx", "menukaart/bijlagen/stakeholderanalyse.csv", "kaart.png"):
        assert patroon.match(goed), goed
    for fout in ("pagina.html", "logo.svg", "script.js", "macro.docm", "Sjabloon.PDF", "twee woorden.pdf"):
        assert not patroon.match(fout), fout


def test_een_nieuw_veld_in_het_model_staat_vanzelf_in_het_formulier(catalogus: Catalogus) -> None:
    class Proef(BaseModel):
        titel: str = Field(max_length=80, description="Naam.")
        aantal_bewoners: int | None = Field(default=None, ge=0, le=500, description="Hoeveel bewoners meededen.")
        rondes: list[str] = Field(min_length=1, description="De rondes.")

    velden = [v.form for v in _Omzetter(catalogus).velden(Proef)]
    assert velden == [
        {"name": "titel", "label": "Titel", "required": True, "hint": "Naam.", "widget": "string"},
        {"name": "aantal_bewoners", "label": "Aantal bewoners", "required": False, "hint": "Hoeveel bewoners meededen.",
         "widget": "number", "value_type": "int", "min": 0, "max": 500},
        {"name": "rondes", "label": "Rondes", "required": True, "hint": "De rondes.", "widget": "list",
         "field": {"name": "waarde", "label": "Rondes", "widget": "text"}, "min": 1},
    ]


def test_sjablonen_volgen_de_volgorde_van_het_model() -> None:
    """The form writes keys in the model's order; the templates a contributor copies follow the same order."""
    for sjabloon in sorted((MENUKAART / "_sjablonen").glob("*.yml")):
        model = {"dienst": Dienst, "gemeente": Gemeente, "praktijkvoorbeeld": Praktijkvoorbeeld}.get(
            sjabloon.stem, Kennisproduct)
        sleutels = [r.split(":", 1)[0] for r in sjabloon.read_text(encoding="utf-8").splitlines() if r[:1].isalpha()]
        assert sleutels == [v for v in _modelvelden(model) if v in sleutels], sjabloon.name


# --- the YAML writer, run in Node ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def node(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Node and js-yaml from the pinned package in .cache/beheer/ (make beheer-bundel)."""
    if shutil.which("node") is None:
        pytest.skip("node ontbreekt: 'make test' installeert Node.js (Debian: apt-get install nodejs)")
    pakket = next(p for p in PAKKETTEN if p.naam == "js-yaml")
    tarball = bundelmap(REPO) / pakket.tarball
    if not tarball.exists():
        pytest.skip("js-yaml ontbreekt: 'make beheer-bundel' haalt het op")
    doel = tmp_path_factory.mktemp("js-yaml")
    shutil.unpack_archive(tarball, doel)
    return {**os.environ, "JS_YAML": str(doel / "package")}


_RONDGANG = """
const fs = require("fs");
const MY = require(process.argv[1]);
const opdracht = JSON.parse(fs.readFileSync(0, "utf8"));
const uit = opdracht.stukken.map((s) => s.lees ? MY.schrijf(MY.lees(s.tekst, opdracht.bomen[s.formaat]), opdracht.bomen[s.formaat])
                                            : MY.schrijf(s.gegevens, opdracht.bomen[s.formaat]));
process.stdout.write(JSON.stringify(uit));
"""


def _schrijf(omgeving: dict[str, str], bomen: dict[str, Any], stukken: list[dict[str, Any]]) -> list[str]:
    proces = subprocess.run(["node", "-e", _RONDGANG, str(SCHRIJVER)], input=json.dumps({"bomen": bomen, "stukken": stukken}),
                            env=omgeving, capture_output=True, text=True, timeout=60)
    assert proces.returncode == 0, proces.stderr
    return list(json.loads(proces.stdout))


def _formaat(map: str, gegevens: dict[str, Any]) -> str:
    return f"menukaart-kennisproducten-{gegevens['type']}" if map == "kennisproducten" else f"menukaart-{map}"


def test_elk_bestand_door_het_formulier_blijft_hetzelfde_en_gaat_door_de_controle(
    node: dict[str, str], gegenereerd: tuple[dict[str, Any], dict[str, Any]], menukaart_kopie: Path,
) -> None:
    _, bomen = gegenereerd
    bestanden = [p for map in ("diensten", "kennisproducten", "gemeenten", "praktijkvoorbeelden")
                 for p in sorted((menukaart_kopie / map).glob("*.yml"))]
    teksten = [p.read_text(encoding="utf-8") for p in bestanden]
    stukken = [{"lees": True, "tekst": t, "formaat": _formaat(p.parent.name, yaml.safe_load(t))} for p, t in zip(bestanden, teksten)]
    geschreven = _schrijf(node, bomen, stukken)
    assert len(geschreven) == len(bestanden) > 60
    for pad, oud, nieuw in zip(bestanden, teksten, geschreven):
        assert nieuw.splitlines()[0] == oud.splitlines()[0], pad.name  # the editor modeline
        assert yaml.safe_load(nieuw) == yaml.safe_load(oud), pad.name
        assert lees_tekst(nieuw.encode("utf-8")).data == yaml.safe_load(oud), pad.name
        pad.write_text(nieuw, encoding="utf-8")
    controle = check(menukaart_kopie)
    assert controle.returncode == 0, controle.stdout + controle.stderr


def test_nieuwe_dienst_uit_het_formulier_zoals_het_gouden_bestand(
    node: dict[str, str], gegenereerd: tuple[dict[str, Any], dict[str, Any]], menukaart_kopie: Path,
) -> None:
    """What Decap hands over for a new dienst (empty strings for fields left open, a source as a block, the order in
    which the fields were filled in) is written as the golden file, and the check accepts it."""
    _, bomen = gegenereerd
    invoer = json.loads((GOUDEN / "nieuwe-dienst.json").read_text(encoding="utf-8"))
    (tekst,) = _schrijf(node, bomen, [{"lees": False, "gegevens": invoer, "formaat": "menukaart-diensten"}])
    assert tekst == (GOUDEN / "nieuwe-dienst.yml").read_text(encoding="utf-8")
    (menukaart_kopie / "diensten" / "warmteplan-voor-een-buurtschap.yml").write_text(tekst, encoding="utf-8")
    controle = check(menukaart_kopie)
    assert controle.returncode == 0, controle.stdout + controle.stderr


LASTIGE_TEKSTEN = [
    "2026-12-01", "12:30", "1e5", "0x1F", "+31", "-", "- item", "? vraag", ": dubbele punt", "a: b", "a:b", "eindigt op:",
    "#hashtag", "tekst # met hekje", "yes", "No", "on", "OFF", "null", "~", "true", "'enkel'", '"dubbel"', "@mention",
    "`code`", "|", ">", "%procent", "&anker", "*ster", "!tag", "[lijst]", "{blok}", " spatie vooraan", "spatie achteraan ",
    "\tTab", "twee\nregels", "regel\n", "twee lege\n\n", "\nbegint met een nieuwe regel", "  ingesprongen\nen niet",
    "zachte\u00adscheiding", "regel\u2028scheiding", "nul\u0000teken", "BOM\ufeff", "emoji 🔥 en é", "x" * 300,
    " ".join(["woord"] * 80), "woord  met dubbele spatie " * 10, "Gemeenten opgelet: de Wgiw komt eraan",
]


def test_lastige_tekst_komt_precies_terug(node: dict[str, str], gegenereerd: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, bomen = gegenereerd
    toeval = random.Random(20261204)
    tekens = "ab :-#'\"\n\t[]{},?|>&*!%@`~é€\u00a0"
    teksten = LASTIGE_TEKSTEN + ["".join(toeval.choice(tekens) for _ in range(toeval.randint(1, 40))) for _ in range(400)]
    stukken = [{"lees": False, "formaat": "menukaart-diensten",
                "gegevens": {"titel": t, "trefwoorden": [t, "vast"], "werkwijze": [{"stap": t, "toelichting": t}]}}
               for t in teksten]
    geweigerd = 0
    for tekst, geschreven in zip(teksten, _schrijf(node, bomen, stukken)):
        assert yaml.safe_load(geschreven)["titel"] == tekst, repr(tekst)
        try:
            gelezen = lees_tekst(geschreven.encode("utf-8")).data
        except YamlFout as fout:  # the check refuses invisible characters, with a Dutch message naming the one
            assert any(unicodedata.category(teken) in {"Cc", "Cf", "Zl"} and teken not in "\n\t" for teken in tekst), repr(tekst)
            assert "onzichtbaar teken" in str(fout)
            geweigerd += 1
            continue
        assert gelezen == yaml.safe_load(geschreven), repr(tekst)
        assert gelezen["titel"] == tekst, repr(tekst)
        assert gelezen["trefwoorden"] == [tekst, "vast"], repr(tekst)
        assert gelezen["werkwijze"] == [{"stap": tekst, "toelichting": tekst}], repr(tekst)
    assert geweigerd < 10


def test_soorten_dekken_elke_map(catalogus: Catalogus) -> None:
    mappen = {s.map for s in soorten(catalogus)}
    assert mappen == {"diensten", "kennisproducten", "gemeenten", "praktijkvoorbeelden"}
