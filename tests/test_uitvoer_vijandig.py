"""Hostile contributor input (file names, field names, values) cannot inject into CI, terminal or spreadsheet output."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import check
from flexteam import MenukaartFouten, laad_menukaart
from flexteam.basis.fout import MAX_PER_BESTAND, Fout, samenvatting
from flexteam.cli.annotaties import github_annotatie, github_annotaties
from flexteam.cli.codequality import codequality_rapport
from flexteam.site.bouw import bouw_site
from flexteam.site.kosten_downloads import tabel_csv
from flexteam.weergave.csvbestand import Getal, csv_bytes
from flexteam.weergave.tabellen import Kolom, Tabel

ONZICHTBAAR = {"Cc", "Cf", "Cs", "Zl", "Zp"}
VIJANDIG = "x\n::stop-commands::einde\r\x1b[2J\x07\x9b31m\u202egnp.\u2066\u200b"
"""A name with a newline and a workflow command, a carriage return, a terminal escape, BEL, a C1 control
(CSI), a bidi override, a bidi isolate and a zero-width space."""
FORMULE = '=HYPERLINK("https://evil.example","klik")'


def _ontsnap(tekst: str) -> str:
    """Undo GitHub's escaping of a workflow command value, as the runner does."""
    for code, teken in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        tekst = tekst.replace(code, teken)
    return tekst


def _ontleed_annotatie(regel: str) -> tuple[str, dict[str, str], str]:
    """Niveau, properties and message of ``::niveau k=v,k=v::message``, split as GitHub's runner splits it."""
    treffer = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", regel)
    assert treffer, regel
    eigenschappen = dict(deel.split("=", 1) for deel in treffer.group(2).split(","))
    return treffer.group(1), eigenschappen, treffer.group(3)


def _besturingstekens(tekst: str) -> list[str]:
    return [t for t in tekst if unicodedata.category(t) in ONZICHTBAAR]


# --- GitHub workflow commands ------------------------------------------------------------------


def test_bestandsnaam_met_regeleinde_en_commando_blijft_een_annotatie() -> None:
    bestand = f"menukaart/diensten/{VIJANDIG}.yml"
    annotatie = github_annotatie(Fout(bestand, 3, 7, "titel", "Te lang.\n::error::nep"))

    assert annotatie.startswith("::error ")
    assert "\n" not in annotatie and "\r" not in annotatie and "\x1b" not in annotatie
    assert "::stop-commands::" not in annotatie  # in the message, "::error::nep" is text on the same line: harmless
    niveau, eigenschappen, melding = _ontleed_annotatie(annotatie)
    assert niveau == "error" and list(eigenschappen) == ["file", "line", "col", "title"]
    assert _ontsnap(eigenschappen["file"]).startswith("menukaart/diensten/x\n::stop-commands::einde\r")
    assert (eigenschappen["line"], eigenschappen["col"]) == ("3", "7")
    assert _ontsnap(melding) == "Te lang.\n::error::nep"


def test_komma_in_bestandsnaam_maakt_geen_nieuwe_eigenschap() -> None:
    bestand = "menukaart/diensten/x,line=1,title=nep.yml"
    _, eigenschappen, _ = _ontleed_annotatie(github_annotatie(Fout(bestand, None, None, None, "Kapot."), "warning"))

    assert list(eigenschappen) == ["file", "title"]
    assert _ontsnap(eigenschappen["file"]) == bestand
    assert eigenschappen["title"] == "Let op in menukaart"


def test_procentcode_in_melding_komt_letterlijk_terug() -> None:
    _, eigenschappen, melding = _ontleed_annotatie(github_annotatie(Fout("a%0Ab.yml", 1, None, "v,w:x", "50%0A klaar")))

    assert _ontsnap(melding) == "50%0A klaar"
    assert _ontsnap(eigenschappen["file"]) == "a%0Ab.yml"
    assert _ontsnap(eigenschappen["title"]) == "Fout in veld v,w:x"


def test_check_github_meldt_een_vijandige_bestandsnaam_als_een_regel(mini_menukaart: Path) -> None:
    for naam in ("x,line=1.yml", "y\n::stop-commands::z.yml", "\x1b[31mrood\u202e.yml"):
        (mini_menukaart / "diensten" / naam).write_text("titel: x\n", encoding="utf-8")

    proces = check(mini_menukaart, "--github")

    assert proces.returncode == 1 and "Traceback" not in proces.stderr, proces.stderr
    regels = proces.stdout.splitlines()
    assert regels and all(r.startswith("::error ") for r in regels), regels
    namen = sorted({_ontsnap(_ontleed_annotatie(r)[1]["file"]).rsplit("/", 1)[1] for r in regels})
    assert namen == [r"\x1b[31mrood\u202e.yml", "x,line=1.yml", "y\n::stop-commands::z.yml"]


def test_bestandsnaam_die_geen_utf8_is_breekt_check_niet_af(mini_menukaart: Path, tmp_path: Path) -> None:
    os.close(os.open(os.fsencode(mini_menukaart / "diensten") + b"/kapot\xff.yml", os.O_CREAT | os.O_WRONLY))
    rapport = tmp_path / "rapport.json"

    proces = check(mini_menukaart, "--github", "--codequality", str(rapport))

    assert proces.returncode == 1 and "Traceback" not in proces.stderr, proces.stderr
    assert "kapot\\udcff.yml" in proces.stderr
    assert proces.stdout.startswith("::error file=") and "kapot\\udcff.yml" in proces.stdout
    assert json.loads(rapport.read_text(encoding="utf-8"))[0]["location"]["path"].endswith("kapot\\udcff.yml")


# --- terminal ----------------------------------------------------------------------------------


def test_fout_toont_besturingstekens_zichtbaar_op_een_regel() -> None:
    tekst = str(Fout(f"menukaart/{VIJANDIG}.yml", 2, 1, "veld\x1b]0;titel\x07", "Waarde 'a\nb\r\x85c\u202d' klopt niet."))

    assert _besturingstekens(tekst) == []
    assert "\\x1b[2J" in tekst and "\\x07" in tekst and "\\x9b" in tekst and "\\u202e" in tekst and "\\u2066" in tekst
    assert "\\u200b" in tekst and "veld\\x1b]0;titel\\x07" in tekst
    assert "Waarde 'a\\nb\\r\\x85c\\u202d' klopt niet." in tekst


def test_gewone_tekst_blijft_zoals_hij_is() -> None:
    fout = Fout("menukaart/gemeenten/coöperatie.yml", 4, 2, "naam", "Bedrag € 1.518\u00a0462,00 — ‘Zuidlaren’ 🙂.")
    assert str(fout) == "menukaart/gemeenten/coöperatie.yml, regel 4, kolom 2 — veld 'naam': Bedrag € 1.518\u00a0462,00 — ‘Zuidlaren’ 🙂."


def test_check_in_de_terminal_krijgt_geen_escapecodes(mini_menukaart: Path) -> None:
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("status: in ontwikkeling", 'status: "\\e[0;1m\\a\\u202eklaar"'),
                   encoding="utf-8")
    (mini_menukaart / "diensten" / "\x1b]0;pwned\x07\u202e.yml").write_text("titel: x\n", encoding="utf-8")

    proces = check(mini_menukaart)

    assert proces.returncode == 1
    assert _besturingstekens(proces.stderr.replace("\n", "")) == [], proces.stderr
    assert "diensten/\\x1b]0;pwned\\x07\\u202e.yml" in proces.stderr
    kop, *regels = proces.stderr.strip().split("\n")
    assert re.fullmatch(r"De menukaart bevat \d+ fouten:", kop) and regels, proces.stderr
    assert all(r.startswith("  - ") for r in regels), proces.stderr  # one error, one line: none broke off


# --- many errors in one file -------------------------------------------------------------------


def _veel_fouten() -> list[Fout]:
    junk = [Fout("menukaart/diensten/junk.yml", regel, 1, None, f"Fout {regel}.") for regel in range(1254, 0, -1)]
    return [*junk, Fout("menukaart/diensten/b.yml", 2, 1, None, "B2."), Fout("menukaart/diensten/a.yml", 1, 1, None, "A1.")]


def test_samenvatting_toont_de_eerste_fouten_per_bestand_en_telt_de_rest() -> None:
    fouten = MenukaartFouten(_veel_fouten())
    kop, *regels = str(fouten).split("\n")

    assert len(fouten.fouten) == 1256
    assert kop == "De menukaart bevat 1256 fouten:"
    assert regels[0] == "  - menukaart/diensten/a.yml, regel 1, kolom 1: A1."
    assert regels[1] == "  - menukaart/diensten/b.yml, regel 2, kolom 1: B2."
    junk = regels[2:]
    assert junk[:MAX_PER_BESTAND] == [f"  - menukaart/diensten/junk.yml, regel {r}, kolom 1: Fout {r}." for r in range(1, 21)]
    assert junk[MAX_PER_BESTAND:] == ["    … en nog 1.234 fouten in dit bestand (verbeter eerst de fouten hierboven)."]


def test_een_fout_meer_dan_de_grens_zegt_een_fout() -> None:
    fouten = [Fout("x.yml", r, None, None, "Kapot.") for r in range(1, MAX_PER_BESTAND + 2)]
    assert samenvatting(fouten).endswith("\n    … en nog 1 fout in dit bestand (verbeter eerst de fouten hierboven).")
    assert samenvatting(fouten[:MAX_PER_BESTAND]).count("\n") == MAX_PER_BESTAND


def test_github_annotaties_ook_begrensd_per_bestand() -> None:
    annotaties = github_annotaties(_veel_fouten())

    assert len(annotaties) == 2 + MAX_PER_BESTAND + 1
    assert [_ontleed_annotatie(a)[1]["line"] for a in annotaties[2:2 + MAX_PER_BESTAND]] == [str(r) for r in range(1, 21)]
    niveau, eigenschappen, melding = _ontleed_annotatie(annotaties[-1])
    assert niveau == "error" and eigenschappen["file"] == "menukaart/diensten/junk.yml" and "line" not in eigenschappen
    assert melding == "… en nog 1.234 fouten in dit bestand (verbeter eerst de fouten hierboven)."


def test_check_van_een_bestand_vol_fouten_blijft_kort(mini_menukaart: Path) -> None:
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    themas = ", ".join(f"onbekend-{n}" for n in range(300))
    pad.write_text(re.sub(r"(?m)^thema: .*$", f"thema: [{themas}]", pad.read_text(encoding="utf-8")), encoding="utf-8")

    proces = check(mini_menukaart, "--github")

    kop, *regels = proces.stderr.strip().split("\n")
    totaal = int(re.fullmatch(r"De menukaart bevat (\d+) fouten:", kop).group(1))  # type: ignore[union-attr]
    assert totaal >= 300
    assert len(regels) == MAX_PER_BESTAND + 1 and regels[-1].startswith(f"    … en nog {totaal - MAX_PER_BESTAND} fouten")
    assert len(proces.stdout.splitlines()) == MAX_PER_BESTAND + 1


# --- GitLab Code Quality -----------------------------------------------------------------------


def test_code_quality_rapport_leest_terug_zonder_besturingstekens() -> None:
    bestand = f"menukaart/diensten/{VIJANDIG}.yml"
    fouten = [Fout(bestand, 0, None, "ti\ntel", "a\rb\x1b[0m"), Fout(bestand, -3, 2, None, "c"), Fout(bestand, 5, 1, None, "d")]

    regels = json.loads(codequality_rapport(fouten, "major", "flexteam-check"))

    assert len(regels) == 3
    for regel in regels:
        pad = regel["location"]["path"]
        assert _besturingstekens(pad) == [] and _besturingstekens(regel["description"]) == []
        assert pad == "menukaart/diensten/x\\n::stop-commands::einde\\r\\x1b[2J\\x07\\x9b31m\\u202egnp.\\u2066\\u200b.yml"
        assert type(regel["location"]["lines"]["begin"]) is int and regel["location"]["lines"]["begin"] >= 1
    assert [r["location"]["lines"]["begin"] for r in regels] == [1, 1, 5]
    assert regels[0]["description"] == "ti\\ntel: a\\rb\\x1b[0m"
    assert len({r["fingerprint"] for r in regels}) == 3


# --- CSV ---------------------------------------------------------------------------------------


def _cellen(inhoud: bytes) -> list[list[str]]:
    assert inhoud.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(inhoud[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_elke_csv_van_de_site_zet_een_apostrof_voor_een_formule(mini_menukaart: Path) -> None:
    gemeente = mini_menukaart / "gemeenten" / "emmen.yml"
    gemeente.write_text(gemeente.read_text(encoding="utf-8").replace("naam: Emmen", f"naam: '{FORMULE}'"), encoding="utf-8")
    dienst = mini_menukaart / "diensten" / "verkenning.yml"
    dienst.write_text(dienst.read_text(encoding="utf-8").replace("titel: Verkenning van een dorp", f"titel: '{FORMULE}'")
                      .replace("samenvatting: We kijken", "samenvatting: '@SUM(1+1)' #"), encoding="utf-8")

    downloads = {d.pad: _cellen(d.inhoud) for d in bouw_site(laad_menukaart(mini_menukaart)).downloads if d.pad.endswith(".csv")}

    assert "export/menukaart.csv" in downloads and "kosten-en-bijdragen/verdeling-2024.csv" in downloads
    for pad, rijen in downloads.items():
        cellen = [cel for rij in rijen for cel in rij]
        assert [c for c in cellen if c.startswith(("=", "+", "@", "\t", "\r"))] == [], pad
        assert [c for c in cellen if c.startswith("-") and not re.fullmatch(r"-[0-9]+(,[0-9]+)?", c)] == [], pad
        assert {c for c in cellen if "HYPERLINK" in c} <= {"'" + FORMULE}, pad
    met_formule = sorted(p for p, rijen in downloads.items() if any("'" + FORMULE in rij for rij in rijen))
    assert met_formule == ["export/menukaart.csv", "kosten-en-bijdragen/uren-per-gemeente.csv",
                           "kosten-en-bijdragen/verdeling-2024.csv", "werkplan/aanvragen-2024.csv"]
    assert any("'@SUM(1+1)" in rij for rij in downloads["export/menukaart.csv"])


def test_negatief_getal_blijft_getal_en_negatieve_tekst_krijgt_apostrof() -> None:
    tabel = Tabel(sleutel="t", titel="T", blad="T", kolommen=(Kolom("-Naam"), Kolom("Saldo", "bedrag"), Kolom("Jaar", "jaar")),
                  rijen=(("-12,50", Decimal("-12.5"), 2024), ("+31 6", Decimal("0"), 2025)))

    assert _cellen(tabel_csv(tabel)) == [["'-Naam", "Saldo", "Jaar"], ["'-12,50", "-12,50", "2024"], ["'+31 6", "0,00", "2025"]]


def test_csv_schrijver_kop_getallen_en_tekst() -> None:
    inhoud = csv_bytes(["=kop", "b;c"], [[Getal("-7"), "\tx"], ["-", "a\r\nb"]])

    assert inhoud == '\ufeff\'=kop;"b;c"\r\n-7;\'\tx\r\n\'-;"a\r\nb"\r\n'.encode("utf-8")


@pytest.mark.parametrize("tekst", ["=1+1", "-1-1", "1.000", "12,5,0", " 3", "", "1e5", "-", "٣"])
def test_getal_laat_geen_tekst_door(tekst: str) -> None:
    with pytest.raises(ValueError):
        Getal(tekst)
