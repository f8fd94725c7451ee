"""The stylesheets of a built site lose the rules no page can use, and keep everything a page or script might need."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flexteam.site.stijlsnoei import Snoei, snoei_stijlen

VOORPAGINA = """<!doctype html>
<html lang="nl"><head><link rel="stylesheet" href="assets/stijl.css"><script src="assets/app.js?v=3"></script></head>
<body class="fx-pagina sm:flex"><main id="inhoud"><a class="fx-knop" data-soort="primair" href="over/">Over</a>
<ul><li>Een</li></ul></main></body></html>
"""
OVER = """<!doctype html>
<html lang="nl"><head><link rel="stylesheet" href="../assets/stijl.css"></head>
<body><details class="fx-uitklap"><summary>Meer</summary><p>Tekst</p></details>
<script src="../assets/app.js"></script><script src="https://cdn.example.org/elders.js"></script></body></html>
"""
SCRIPT = 'document.querySelector(".fx-knop").addEventListener("click", e => e.target.classList.add("fx-open"));\n'
NIET_GELADEN = 'document.body.classList.add("fx-wees");\n'
"""A script no page refers to: its classes do not count."""

STIJL = """/*! Licentie: blijft staan */
@charset "utf-8";
@import url("basis.css");
@font-face { font-family: "Fx"; src: url(fx.woff2) format("woff2"); }
@keyframes fx-draai { from { transform: rotate(0) } to { transform: rotate(1turn) } }
/* een gewoon commentaar */
body { margin: 0 }
.fx-knop { color: blue }
.fx-weg { color: red }
.fx-weg, .fx-open, .fx-wees { font-weight: bold }
.FX-KNOP { color: red }
MAIN { display: block }
.sm\\:flex { display: flex }
.fx-knop[data-soort="primair"] { background: navy }
.fx-knop[data-soort=secundair] { background: gray }
[data-soort^="sec"] { outline: 0 }
[data-nergens] { outline: 0 }
:is(.fx-weg, .fx-uitklap) summary::before { content: "▶ {" }
:is(.fx-weg, .fx-ook-weg) p { color: red }
.fx-knop:not(.fx-nergens):hover { color: navy }
details[open] > summary { font-weight: bold }
table td, #inhoud > ul li { padding: 0 }
@media (min-width: 40em) { .fx-weg { display: none } .fx-nergens { display: none } }
@media print { .fx-weg { display: none } main#inhoud { display: block } }
@supports (display: grid) { @media screen { .fx-pagina { display: grid } .fx-weg { display: grid } } }
.fx-knop { color: blue; &:hover { color: navy } }
.fx-weg { & .fx-knop { color: red } }
/*# sourceMappingURL=stijl.css.map */
"""
GESNOEID = (
    '/*! Licentie: blijft staan */@charset "utf-8";@import url("basis.css");'
    '@font-face{ font-family: "Fx"; src: url(fx.woff2) format("woff2"); }'
    "@keyframes fx-draai{ from { transform: rotate(0) } to { transform: rotate(1turn) } }"
    "body{margin: 0}"
    ".fx-knop{color: blue}"
    ".fx-open{font-weight: bold}"
    "MAIN{display: block}"
    ".sm\\:flex{display: flex}"
    '.fx-knop[data-soort="primair"]{background: navy}'
    '[data-soort^="sec"]{outline: 0}'
    ':is(.fx-weg, .fx-uitklap) summary::before{content: "▶ {"}'
    ".fx-knop:not(.fx-nergens):hover{color: navy}"
    "details[open] > summary{font-weight: bold}"
    "#inhoud > ul li{padding: 0}"
    "@media print{main#inhoud{display: block}}"
    "@supports (display: grid){@media screen{.fx-pagina{display: grid}}}"
    ".fx-knop{color: blue; &:hover { color: navy }}"
)
ELDERS = ".fx-weg { color: red }\n"


def _site(basis: Path) -> Path:
    site = basis / "site"
    (site / "over").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "index.html").write_text(VOORPAGINA, encoding="utf-8")
    (site / "over" / "index.html").write_text(OVER, encoding="utf-8")
    (site / "assets" / "app.js").write_text(SCRIPT, encoding="utf-8")
    (site / "assets" / "niet-geladen.js").write_text(NIET_GELADEN, encoding="utf-8")
    (site / "assets" / "stijl.css").write_text(STIJL, encoding="utf-8")
    (site / "assets" / "stijl.css.map").write_text('{"version": 3}', encoding="utf-8")
    (basis / "elders.css").write_text(ELDERS, encoding="utf-8")
    (site / "assets" / "gedeeld.css").symlink_to(basis / "elders.css")
    return site


def _stijl(site: Path) -> str:
    return (site / "assets" / "stijl.css").read_text(encoding="utf-8")


def _gesnoeid(basis: Path, stijl: str, bestanden: dict[str, str] | None = None) -> str:
    """The site of ``_site`` with ``stijl`` as its stylesheet and ``bestanden`` (path in the site → text) written over
    it, pruned: the stylesheet as it is then."""
    site = _site(basis)
    for pad, tekst in (bestanden or {}).items():
        (site / pad).write_text(tekst, encoding="utf-8")
    (site / "assets" / "stijl.css").write_text(stijl, encoding="utf-8")
    snoei_stijlen(site)
    return _stijl(site)


def test_ongebruikte_regels_gaan_weg_de_rest_blijft(tmp_path: Path) -> None:
    site = _site(tmp_path)
    snoei = snoei_stijlen(site)
    assert _stijl(site) == GESNOEID
    assert snoei == Snoei(bestanden=1, voor=len(STIJL.encode()), na=len(GESNOEID.encode()))


def test_bronkaarten_weg_een_gekoppeld_stijlblad_ongemoeid(tmp_path: Path) -> None:
    site = _site(tmp_path)
    snoei_stijlen(site)
    assert not (site / "assets" / "stijl.css.map").exists()
    assert "sourceMappingURL" not in _stijl(site)
    assert (site / "assets" / "gedeeld.css").is_symlink()
    assert (tmp_path / "elders.css").read_text(encoding="utf-8") == ELDERS


def test_rechten_blijven_en_geen_tijdelijke_bestanden(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "assets" / "stijl.css").chmod(0o644)
    snoei_stijlen(site)
    assert (site / "assets" / "stijl.css").stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in (site / "assets").iterdir()) == ["app.js", "gedeeld.css", "niet-geladen.js", "stijl.css"]


def test_tweede_keer_verandert_niets(tmp_path: Path) -> None:
    site = _site(tmp_path)
    eerste = snoei_stijlen(site)
    gewijzigd = os.stat(site / "assets" / "stijl.css").st_mtime_ns
    tweede = snoei_stijlen(site)
    assert tweede == Snoei(bestanden=0, voor=eerste.na, na=eerste.na)
    assert _stijl(site) == GESNOEID
    assert os.stat(site / "assets" / "stijl.css").st_mtime_ns == gewijzigd


def test_een_script_dat_een_klasse_samenstelt_houdt_die_klassen(tmp_path: Path) -> None:
    stijl = _gesnoeid(
        tmp_path, ".fx-soort--rood{color: red}.fx-soort{color: blue}[data-fx-staat=open]{color: green}[data-fx-staat=dicht]{color: red}",
        {"assets/app.js": "el.className = `fx-soort--${soort}`;\nel.dataset.fxStaat = 'open';\n"})
    assert stijl == ".fx-soort--rood{color: red}[data-fx-staat=open]{color: green}"


def test_een_script_dat_een_pagina_pas_later_laadt_telt_mee(tmp_path: Path) -> None:
    stijl = _gesnoeid(tmp_path, ".fx-zoek__titel{color: blue}.fx-zoek__weg{color: red}", {
        "over/index.html": '<form class="fx-zoek" data-fx-zoeker="../assets/zoeker.js"></form>',
        "assets/zoeker.js": 'titel.className = "fx-zoek__titel";\n'})
    assert stijl == ".fx-zoek__titel{color: blue}"


def test_een_pagina_die_de_html_lezer_niet_aankan_telt_met_al_haar_woorden(tmp_path: Path) -> None:
    stijl = _gesnoeid(tmp_path, ".fx-eerst{a: b}.fx-daarna{a: c}.fx-weg{a: d}",
                      {"over/index.html": '<p class="fx-eerst"></p><![vreemd[ x ]]><p class="fx-daarna"></p>'})
    assert stijl == ".fx-eerst{a: b}.fx-daarna{a: c}"


def test_ontsnapte_klassenamen(tmp_path: Path) -> None:
    stijl = _gesnoeid(tmp_path,
                      ".md-typeset .\\31 0{a: b}.md-typeset .\\31 1{a: c}.w-1\\/2{a: d}.w-1\\/3{a: e}.\\6d d-typeset{a: f}",
                      {"index.html": '<div class="md-typeset"><span class="10 w-1/2">x</span></div>'})
    assert stijl == ".md-typeset .\\31 0{a: b}.w-1\\/2{a: d}.\\6d d-typeset{a: f}"


def test_onleesbare_selector_blijft(tmp_path: Path) -> None:
    stijl = _gesnoeid(
        tmp_path, ".fx-weg{a: b}.fx-weg, .fx-knop % x{a: c}.fx-weg:is(.a{a: d}.fx-weg::-moz-selection, .fx-knop::selection{a: e}")
    # a browser drops a whole rule when it cannot read a selector in it: dropping a part would make the rest count
    assert stijl == ".fx-weg, .fx-knop % x{a: c}.fx-weg:is(.a{a: d}.fx-weg::-moz-selection,.fx-knop::selection{a: e}"


@pytest.mark.parametrize(("kapot", "rest"), [
    (".fx-knop { color: green\n.fx-weg { color: red }\n", ".fx-knop { color: green\n.fx-weg { color: red }\n"),
    ('.fx-weg { content: "nooit dicht }\n.fx-knop { color: red }\n', '.fx-weg { content: "nooit dicht }\n.fx-knop { color: red }\n'),
    ("/* nooit dicht\n.fx-weg { color: red }\n", "/* nooit dicht\n.fx-weg { color: red }\n"),
    ("}\n.fx-weg { color: red }\n", "}\n.fx-weg { color: red }\n"),
], ids=["accolade-niet-dicht", "tekenreeks-niet-dicht", "commentaar-niet-dicht", "losse-accolade"])
def test_kapot_stijlblad_blijft_vanaf_de_fout_ongewijzigd(tmp_path: Path, kapot: str, rest: str) -> None:
    site = _site(tmp_path)
    (site / "assets" / "stijl.css").write_text(".fx-knop { color: blue }\n.fx-weg { color: red }\n" + kapot, encoding="utf-8")
    snoei_stijlen(site)
    assert _stijl(site) == ".fx-knop{color: blue}" + rest
    assert snoei_stijlen(site).bestanden == 0


def test_leeg_en_zonder_stijlbladen(tmp_path: Path) -> None:
    assert snoei_stijlen(tmp_path) == Snoei(0, 0, 0)


def test_een_pagina_met_een_eigen_stijlblad_telt_alleen_daarvoor(tmp_path: Path) -> None:
    """The editor in /beheer/ links only its own stylesheet and loads a big script full of words: the site's stylesheet
    keeps nothing for it, its own stylesheet keeps what it uses."""
    (tmp_path / "site" / "beheer").mkdir(parents=True)
    stijl = _gesnoeid(tmp_path, ".fx-knop{a: b}.fx-beheer{a: c}", {
        "beheer/index.html": '<link rel="stylesheet" href="beheer.css"><script src="cms.js"></script>',
        "beheer/cms.js": 'knop.className = "fx-beheer";\n',
        "beheer/beheer.css": ".fx-beheer{a: c}.fx-knop{a: d}.fx-nergens{a: e}",
    })
    assert stijl == ".fx-knop{a: b}"
    assert (tmp_path / "site" / "beheer" / "beheer.css").read_text(encoding="utf-8") == ".fx-beheer{a: c}"
