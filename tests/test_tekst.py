"""Contributor Markdown becomes safe HTML that keeps what the contributor meant."""

from __future__ import annotations

import re

from flexteam.weergave.tekst import markdown_naar_html


def test_koppen_komen_onder_de_kop_van_de_pagina_zonder_niveau_over_te_slaan() -> None:
    html = markdown_naar_html("# Aanpak\n\n## Stappen\n\n###### Diep")
    assert re.findall(r"<(h\d)>", html) == ["h3", "h4", "h5"]
    assert "<h1" not in html and "<h2" not in html
    # who starts with ## (as CONTRIBUTING shows) also gets h3 first, under the page's h2
    assert re.findall(r"<(h\d)>", markdown_naar_html("## Waarom\n\ntekst\n\n### Hoe")) == ["h3", "h4"]


def test_lijsten_nadruk_links_en_code_blijven() -> None:
    html = markdown_naar_html("Tekst met **vet**, *schuin*, `code` en [een link](https://www.drenthe.nl).\n\n- een\n- twee\n\n1. eerst")
    assert "<strong>vet</strong>" in html and "<em>schuin</em>" in html and "<code>code</code>" in html
    assert '<a href="https://www.drenthe.nl" rel="noopener noreferrer">een link</a>' in html
    assert "<ul>" in html and "<li>twee</li>" in html and "<ol>" in html


def test_tabel_met_uitlijning_en_doorhalen() -> None:
    html = markdown_naar_html("| Fase | Uren |\n|:--|--:|\n| Start | ~~10~~ 12 |")
    assert "<table>" in html and "<th" in html
    assert re.search(r'<td style="text-align: ?right;?">', html), html
    assert "<s>10</s>" in html


def test_html_in_de_tekst_staat_er_als_tekst() -> None:
    """Not silently dropped: the contributor sees in the preview what they wrote (the schema says: no HTML)."""
    html = markdown_naar_html("Dit is <b>vet</b>.\n\n<div>blok</div>")
    assert "&lt;b&gt;vet&lt;/b&gt;" in html and "&lt;div&gt;blok&lt;/div&gt;" in html


def test_html_scripts_en_gevaarlijke_links_worden_geen_opmaak() -> None:
    html = markdown_naar_html(
        "<script>alert(1)</script>\n\nTekst <b onmouseover=alert(2)>vet</b> "
        "[klik](javascript:alert(3)) ![plaatje](https://example.org/x.png) <https://www.drenthe.nl>"
    )
    assert "<script" not in html and "<b " not in html and not re.search(r"<[^>]*onmouseover", html)
    assert "javascript:" not in re.sub(r"&[a-z]+;", "", " ".join(re.findall(r'href="([^"]*)"', html)))
    assert "<img" not in html
    assert '<a href="https://www.drenthe.nl"' in html


def test_html_blijft_een_blok_voor_python_markdown() -> None:
    """Python-Markdown (MkDocs) ends a raw HTML block at a blank line; a blank line would put Markdown inside."""
    html = markdown_naar_html("Alinea een.\n\n\nAlinea twee.\n\n- lijst")
    assert "\n\n" not in html
