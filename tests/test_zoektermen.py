"""Extra search words of an item (weergave/zoektermen.py): compound parts from the Dutch word list, synonyms from
taxonomie.yml. On real compounds of this content, with a guard against junk parts."""

from __future__ import annotations

import json
import os
import re

import pytest

from conftest import MENUKAART, Bouwresultaat
from flexteam import laad_menukaart
from flexteam.lezen.woordenlijst import woordenlijst
from flexteam.weergave.document import item_tekst
from flexteam.weergave.zoektermen import delen, zoektermen

CATALOGUS = laad_menukaart(MENUKAART)
LIJST = woordenlijst()

if not LIJST:
    if os.environ.get("CI"):
        raise RuntimeError("De Nederlandse woordenlijst ontbreekt (Debian: apt-get install wdutch); .ci/run installeert hem.")
    pytest.skip("geen Nederlandse woordenlijst (apt-get install wdutch)", allow_module_level=True)


@pytest.mark.parametrize(("woord", "verwacht"), [
    ("energiearmoede", {"energie", "armoede"}),
    ("bewonersparticipatie", {"bewoners", "participatie"}),
    ("wijkuitvoeringsplan", {"wijk", "uitvoeringsplan", "uitvoering", "plan"}),
    ("klankbordgroepen", {"klankbord", "groepen"}),
    ("warmtenetten", {"warmte", "netten"}),
    ("huurwoningen", {"huur", "woningen"}),
    ("stadsverwarming", {"stads", "verwarming"}),
    ("dorpswarmteplan", {"dorps", "warmte", "plan"}),
    ("netimpact-check", {"netimpact", "check"}),
])
def test_samenstellingen_worden_gesplitst(woord: str, verwacht: set[str]) -> None:
    assert verwacht <= set(delen(woord, LIJST))


@pytest.mark.parametrize("woord", ["gemeente", "isolatie", "samenvatting", "verduurzaming", "coöperatie", "participatie"])
def test_geen_samenstelling_geen_delen(woord: str) -> None:
    assert delen(woord, LIJST) == []


def test_geen_rommel_uit_de_woorden_van_deze_inhoud() -> None:
    """No fragment of a derived word ('oplos|sing', 'verwar|ming', 'corpora|ties'), nothing under four letters."""
    alle = {deel for item in CATALOGUS.items for woord in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", " ".join([item.titel, item.samenvatting, *item.trefwoorden]))
            for deel in delen(woord, LIJST)}
    assert alle, "geen enkele samenstelling gesplitst"
    assert not {d for d in alle if len(d) < 4}
    assert not alle & {"sing", "ming", "ingen", "ties", "ment", "oplos", "verwar", "corpora", "stak", "williger", "enge"}


def test_synoniemen_in_beide_richtingen() -> None:
    vve = CATALOGUS.item_per_id["handreiking-vve-verduurzamen"]
    erbij = zoektermen(vve, item_tekst(vve), CATALOGUS.taxonomie.synoniemen, LIJST)
    assert "vereniging van eigenaren" in erbij
    # a term the text already has is not added again, the other terms of its group are
    warmtenet = CATALOGUS.item_per_id["factsheet-warmtenet"]
    erbij = zoektermen(warmtenet, item_tekst(warmtenet), CATALOGUS.taxonomie.synoniemen, LIJST)
    assert "stadsverwarming" in erbij and "warmtenet" not in erbij


def test_de_pagina_draagt_de_zoektermen_voor_de_zoekindex(site: Bouwresultaat) -> None:
    html = site.html("menukaart/energiearmoede-aanpak/")
    verborgen = re.search(r'<p class="fx-trefwoorden" hidden>Zoekwoorden: ([^<]*)\.</p>', html)
    assert verborgen and "armoede" in verborgen.group(1).split(", ")
    # the parts of the title weigh like the title (Pagefind), and stand in the page's metadata for the ranking
    titel = re.search(r'<p class="fx-zoektitel" hidden data-pagefind-weight="7" data-pagefind-meta="titeldelen">'
                      r'Zoekwoorden: ([^<]*)\.</p>', html)
    assert titel and "armoede" in titel.group(1).split(", ")
    # the search index reads the page's text, the hidden words included: the word list for typing errors has them
    woorden = dict(json.loads((site.site / "zoeken" / "woorden.json").read_text(encoding="utf-8")))
    assert woorden.get("armoede", 0) >= 1 and (site.site / "pagefind" / "pagefind.js").is_file()
