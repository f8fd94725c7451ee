"""The HTML blocks of a generated page bypass Python-Markdown and come back unchanged: the same HTML, byte for byte."""

from __future__ import annotations

import markdown
import pytest

from conftest import MINI
from flexteam import laad_menukaart
from flexteam.site.bouw import bouw_site
from flexteam.site.voorgerenderd import apart, terug

EXTENSIES = ["toc", "admonition", "attr_list", "tables", "pymdownx.details"]
"""The extensions of mkdocs.yml."""


def _html(tekst: str) -> str:
    return markdown.Markdown(extensions=EXTENSIES).convert(tekst)


def _via_stand_ins(tekst: str) -> str:
    zonder, blokken = apart(tekst)
    return terug(_html(zonder), blokken)


@pytest.mark.parametrize("tekst", [
    "Tekst.\n\n<div class=\"a\" id=\"k\">x\n<p>y</p>\n</div>\n\n## Kop\n\n<ul>\n<li>z</li>\n</ul>\n",
    "<div>\n<table>\n<tbody>\n<tr><td>1</td></tr>\n\n</table>\n</div>\n\nNa de tabel.\n",
    "<section id=\"s\">\n<div><div>genest</div></div>\n</section>\n\n- [link](x.md)\n",
    "Alinea met <span>inline</span> HTML.\n\n<dl><div><dt>a</dt><dd>b</dd></div></dl>\n",
    "!!! note \"Let op\"\n\n    Een blok.\n\n<p class=\"fx-noot\">Noot</p>\n",
])
def test_blokken_komen_ongewijzigd_terug(tekst: str) -> None:
    assert _via_stand_ins(tekst) == _html(tekst)


def test_elke_gegenereerde_pagina_wordt_dezelfde_html() -> None:
    voor = na = 0
    for pagina in bouw_site(laad_menukaart(MINI)).paginas:
        lichaam = pagina.inhoud.split("\n---\n", 1)[1]
        zonder, _ = apart(lichaam)
        assert _via_stand_ins(lichaam) == _html(lichaam), pagina.pad
        voor, na = voor + len(lichaam), na + len(zonder)
    assert na < 0.6 * voor  # the engine gets far less to parse


def test_ankers_in_een_blok_blijven_zichtbaar_voor_de_engine() -> None:
    zonder, _ = apart("Tekst.\n\n<section id=\"diensten\"><h2 id=\"diensten-kop\">Diensten</h2></section>\n")
    assert '<a id="diensten"></a><a id="diensten-kop"></a>' in zonder
