"""``make publicatie``: the site for publishing has no example in any file, and says what is not known yet.

The test collects every example value of the shipped content — each figure marked ``voorbeeld``, each figure
computed from one (a contribution from the example fixed part), and the texts of example afspraken, processes
and contacts — and searches the whole publication output for them: pages, downloads, Excel, the JSON export, the
search index and the feed. The same values are first found in the preview build, so the search can fail.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import MENUKAART, REPO, Bouwresultaat, bouw
from documenttekst import pdf_tekst, word_tekst
from flexteam import Catalogus, laad_menukaart
from flexteam.beheer.bundel import bundelmap, lees_bundel
from flexteam.basis import opmaak
from flexteam.controle.herkomst import blokken
from flexteam.rekenen.herkomst import Onderbouwd
from flexteam.weergave.kosten import gemeente_overzichten, maak_kostenoverzicht
from flexteam.weergave.tabellen import Tabel

PUBLICATIE = {"MENUKAART_PUBLICATIE": "1"}


@pytest.fixture(scope="module")
def publicatie(tmp_path_factory: pytest.TempPathFactory) -> Bouwresultaat:
    resultaat = bouw(MENUKAART, tmp_path_factory.mktemp("publicatie") / "site", env=PUBLICATIE)
    assert resultaat.code == 0, resultaat.uitvoer
    return resultaat


@pytest.fixture(scope="module")
def catalogus() -> Catalogus:
    return laad_menukaart(MENUKAART)


def _vormen(waarde: Decimal, soort: str) -> set[str]:
    """How a number can appear in the output: on a page, in a CSV cell, in JSON or an Excel sheet."""
    vormen = {f"{waarde:f}", f"{waarde:f}".replace(".", ",")}
    if soort == "bedrag":
        vormen |= {opmaak.bedrag(waarde).replace("€\u00a0", ""), f"{waarde.quantize(Decimal('0.01')):f}".replace(".", ",")}
    else:
        vormen.add(opmaak.getal(waarde))
    return vormen


def _voorbeeldcijfers(tabellen: list[Tabel]) -> Iterator[tuple[Decimal, str]]:
    for tabel in tabellen:
        for rij in tabel.alle_rijen:
            for waarde, kolom in zip(rij, tabel.kolommen):
                if (isinstance(waarde, Onderbouwd) and waarde.waarde is not None and waarde.herkomst is not None
                        and waarde.herkomst.soort == "voorbeeld" and kolom.soort in ("bedrag", "getal")):
                    yield waarde.waarde, kolom.soort


def voorbeeldwaarden(catalogus: Catalogus) -> set[str]:
    """Every example value of the content as it could be written in the output, leaving out short numbers
    (hours like 60 appear in real text as well); amounts and counts of 1.000 and more are specific enough."""
    gezocht: set[str] = set()
    overzicht = maak_kostenoverzicht(catalogus)
    tabellen = [*overzicht.tabellen, *(o.tabel for o in gemeente_overzichten(catalogus).values())]
    for waarde, soort in _voorbeeldcijfers(tabellen):
        if waarde >= 1000:
            gezocht |= _vormen(waarde, soort)
    records = [catalogus.begroting, catalogus.regio, *catalogus.gemeenten, *catalogus.items]
    for record in records:
        for _, blok in blokken(record):
            if blok.herkomst != "voorbeeld":
                continue
            for naam in ("toelichting", "naam", "adres"):
                tekst = getattr(blok, naam, None)
                if isinstance(tekst, str):
                    gezocht.add(tekst)
            waarde = getattr(blok, blok._waarde, None) if blok._waarde else None
            if isinstance(waarde, Decimal) and waarde >= 1000:
                gezocht |= _vormen(waarde, "bedrag")
    return gezocht


_DERDEN = frozenset(lees_bundel(bundelmap(REPO)))


def _teksten(site: Path) -> Iterator[tuple[str, str]]:
    """(file, text) for every file of a built site; an Excel file by the XML inside it, a PDF and a Word file by their text."""
    for pad in sorted(p for p in site.rglob("*") if p.is_file()):
        naam = pad.relative_to(site).as_posix()
        if naam.removeprefix("beheer/") in _DERDEN:
            continue  # Decap CMS and js-yaml as published on npm (checked by their checksum): nothing from the content
        if pad.suffix == ".pdf":
            yield naam, pdf_tekst(pad)
        elif pad.suffix == ".docx":
            yield naam, word_tekst(pad)
        elif pad.suffix == ".xlsx":
            with zipfile.ZipFile(pad) as archief:
                yield naam, "\n".join(archief.read(n).decode("utf-8") for n in archief.namelist() if n.endswith(".xml"))
        elif pad.suffix in {".html", ".csv", ".json", ".xml", ".txt", ".md", ".js"}:
            yield naam, pad.read_text(encoding="utf-8", errors="replace")


def _vindplaatsen(site: Path, gezocht: set[str]) -> dict[str, list[str]]:
    patronen = {w: re.compile(rf"(?<![0-9.,]){re.escape(w)}(?![0-9])") for w in gezocht}
    gevonden: dict[str, list[str]] = {}
    for naam, tekst in _teksten(site):
        for waarde, patroon in patronen.items():
            if patroon.search(tekst):
                gevonden.setdefault(waarde, []).append(naam)
    return gevonden


def test_de_inhoud_heeft_voorbeelden_die_de_preview_toont(catalogus: Catalogus, site: Bouwresultaat) -> None:
    """The search below can fail: the preview build shows the examples, labelled."""
    gezocht = voorbeeldwaarden(catalogus)
    assert len(gezocht) > 40, gezocht
    gevonden = _vindplaatsen(site.site, gezocht)
    assert len(gevonden) > len(gezocht) // 2, sorted(set(gezocht) - set(gevonden))
    assert "fx-herkomst--voorbeeld" in site.html("kosten-en-bijdragen/")
    in_pdf = {naam for namen in gevonden.values() for naam in namen if naam.endswith(".pdf")}
    assert "kosten-en-bijdragen/kosten-en-bijdragen.pdf" in in_pdf and any("documenten/gemeenten/" in n for n in in_pdf), in_pdf


def test_publicatie_bevat_geen_enkele_voorbeeldwaarde(catalogus: Catalogus, publicatie: Bouwresultaat) -> None:
    gevonden = _vindplaatsen(publicatie.site, voorbeeldwaarden(catalogus))
    assert not gevonden, gevonden
    for naam, tekst in _teksten(publicatie.site):
        assert "fx-herkomst--voorbeeld" not in tekst, naam
        assert "Voorbeeld, geen echt getal" not in tekst, naam
        assert '"herkomst": "voorbeeld"' not in tekst, naam


def test_publicatie_zegt_wat_nog_niet_bekend_is_en_wie_het_levert(publicatie: Bouwresultaat) -> None:
    tekst = re.sub(r"<[^>]+>", "", publicatie.html("kosten-en-bijdragen/"))
    assert "Hoeveel elke gemeente daarvan betaalt, is nog niet bekend" in tekst
    assert "de vaste bijdrage per gemeente is nog niet bekend; die levert de samenwerking van provincie en gemeenten" in tekst
    assert "Voorbeeldwaarden" not in tekst
    # the real figures stay: the decision's amounts, labelled
    assert "€\u00a0501.092,30 vastgesteld" in tekst
    gemeente = re.sub(r"<[^>]+>", "", publicatie.html("gemeenten/coevorden/"))
    assert "Er zijn nog geen afspraken vastgelegd." in gemeente
    assert "Er zijn nog geen lokale processen vastgelegd." in gemeente


def test_de_preview_labelt_elk_voorbeeld_op_de_plek_zelf(site: Bouwresultaat) -> None:
    gemeente = site.html("gemeenten/coevorden/")
    rijen = re.findall(r"<tr>.*?</tr>", gemeente.split("Afspraken van Coevorden", 1)[1].split("</table>")[0], re.S)[1:]
    assert rijen and all("fx-herkomst--voorbeeld" in rij for rij in rijen)


def test_echte_getallen_vragen_alleen_een_wijziging_in_de_yaml(menukaart_kopie: Path) -> None:
    """When the real fixed contribution is known, the publication shows the split: one edit per year, no code."""
    pad = menukaart_kopie / "begroting.yml"
    tekst = pad.read_text(encoding="utf-8")
    voorbeeld = ("      herkomst: voorbeeld\n"
                 "      levert: de samenwerking van provincie en gemeenten (de begroting van het flexteam)\n")
    assert tekst.count(voorbeeld) == 4
    pad.write_text(tekst.replace(voorbeeld, "      herkomst: vastgesteld\n      bron: besluit-gs-2023\n"), encoding="utf-8")

    catalogus = laad_menukaart(menukaart_kopie, publicatie=True)
    jaar = next(j for j in catalogus.financien.jaren if j.jaar == 2024)
    assert len(jaar.verdeling.bijdragen) == 12
    assert jaar.bijdrage_herkomst is not None and jaar.bijdrage_herkomst.soort == "afgeleid"
    assert jaar.verdeling.provincie + sum(b.totaal for b in jaar.verdeling.bijdragen) == jaar.totaal.waarde
    # 2023 still waits for the inhabitants on 1 January 2023, and says for whom
    eerste = next(j for j in catalogus.financien.jaren if j.jaar == 2023)
    assert not eerste.verdeling.bijdragen and "Emmen" in eerste.verdeling.open


def test_elke_csv_van_de_site_opent_goed_in_nederlandse_excel(site: Bouwresultaat) -> None:
    """Every CSV the site publishes, the generated ones and the team's own attachments, starts with a BOM and uses ;."""
    bestanden = sorted(site.site.rglob("*.csv"))
    assert any(p.parent.name == "bijlagen" for p in bestanden) and len(bestanden) >= 5
    for pad in bestanden:
        ruw = pad.read_bytes()
        assert ruw.startswith(b"\xef\xbb\xbf"), pad
        assert ";" in ruw.decode("utf-8-sig").splitlines()[0], pad
