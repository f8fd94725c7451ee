"""Searching as a reader does, one question at a time: in the site's search field (``zoek``), or in Material's search
dialog of round one, which ``make zoekbench`` measures beside it (``zoek_lunr``)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

LEEG = "Typ om te beginnen met zoeken"
"""Material's text above the results (nl) once its index is ready and the field is empty."""

_META = "document.querySelector('.md-search-result__meta').textContent.trim()"


VELD = "#fx-zoekveld"
STATUS = ".fx-zoek--kop .fx-zoek__status"
LINKS = ".fx-zoek--kop .fx-zoek__link"
PAGINA_LINKS = ".fx-zoek--pagina .fx-zoek__link"


def zoek(pagina: Any, vraag: str, alles: bool = False) -> list[str]:
    """Type ``vraag`` in the search field of the header; the site paths of the results, best first.

    The field answers every key; the answer to ``vraag`` is the one whose status names it. With ``alles`` the
    reader follows "Alle N resultaten" to the search page (up to 50 there) and comes back.
    """
    veld = pagina.locator(VELD)
    veld.fill("")
    veld.fill(vraag)
    pagina.wait_for_function(
        """([status, vraag]) => { const s = document.querySelector(status);
             return s && s.closest('.fx-zoek__uitslag') && !s.closest('.fx-zoek__uitslag').hidden
               && s.textContent.includes('\u201c' + vraag.trim() + '\u201d'); }""",
        arg=[STATUS, vraag])
    if alles and pagina.locator(".fx-zoek--kop .fx-zoek__alles").is_visible():
        terug = pagina.url
        pagina.locator(".fx-zoek--kop .fx-zoek__meer").click()
        pagina.wait_for_function("(links) => document.querySelector(links)", arg=PAGINA_LINKS)
        paden = [urlsplit(link).path for link in pagina.eval_on_selector_all(PAGINA_LINKS, "as => as.map(a => a.href)")]
        pagina.goto(terug)
        return paden
    return [urlsplit(link).path for link in pagina.eval_on_selector_all(LINKS, "as => as.map(a => a.href)")]


def zoek_lunr(pagina: Any, vraag: str, alles: bool = False) -> list[str]:
    """Search in Material's open dialog; the site paths of the result pages, best first.

    Material searches on keyup and answers each new question once. First empty the field and
    wait for the answer to that (the text ``LEEG``): only then is the index ready and no answer
    on its way. Before that, the answer to the empty question could arrive after ``vraag`` was
    typed and read as "geen overeenkomende documenten" for it, next to the first ten results
    of ``vraag`` (seen once in CI). Then enter the whole question with one key press.
    """
    veld = pagina.locator(".md-search__input")
    veld.fill("")
    veld.press("End")
    pagina.wait_for_function(f"(leeg) => {_META} === leeg", arg=LEEG)
    veld.fill(vraag)
    veld.press("End")
    pagina.wait_for_function(f"() => /overeenkomend|geen/i.test({_META})")
    if alles:
        _toon_alles(pagina)
    links = pagina.eval_on_selector_all(".md-search-result__item > a:first-child", "as => as.map(a => a.href)")
    return [urlsplit(link).path for link in links]


def _toon_alles(pagina: Any) -> None:
    """Material shows ten results, and four more each time the list is scrolled to its end."""
    meta = pagina.locator(".md-search-result__meta").inner_text()
    totaal = 0 if "geen" in meta.lower() else int(re.sub(r"\D", "", meta) or 0)
    lijst = pagina.locator(".md-search__scrollwrap")
    for _ in range(2 * totaal):
        if pagina.locator(".md-search-result__item").count() >= totaal:
            break
        lijst.evaluate("e => { e.scrollTop = 0; e.dispatchEvent(new Event('scroll')); }")
        lijst.evaluate("e => { e.scrollTop = e.scrollHeight; e.dispatchEvent(new Event('scroll')); }")
        pagina.wait_for_timeout(50)
    getoond = pagina.eval_on_selector_all(".md-search-result__item > a:first-child", "as => new Set(as.map(a => a.href)).size")
    assert getoond == totaal, f"{meta!r}, maar {getoond} verschillende resultaten getoond"
