"""A copy of tests/voorbeelden/mini with hostile text in every field a contributor writes.

Each payload tries to run ``alert(...)`` (a dialog the browser test listens for), load an image
that does not exist (a console error), or leave an ``on…`` attribute or ``javascript:`` link
behind. Each also carries a readable word, so the test can check the text is still shown.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

MARKDOWN = """Een **wijkplan** beschrijft de wijk. <script>alert('md')</script>

<img src=x onerror="alert('img')">

[klik hier](javascript:alert('link')) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <javascript:alert('auto')>

<iframe src="https://example.org/"></iframe><svg onload=alert('svg')></svg>

![plaatje](javascript:alert('afbeelding'))

<a href="#" onclick="alert('klik')" style="position:fixed;inset:0">overal</a>

| kop <b onmouseover=alert('tabel')>x</b> |
| --- |
| cel [link](javascript:alert('cel')) |
"""

PAYLOADS: dict[str, str] = {
    "titel": "</title><script>alert('titel')</script> Wijkplan \"maken\" & <b>zo</b> | *plan*",
    "samenvatting": "<img src=x onerror=alert('samenvatting')> Het plan <a href=\"javascript:alert(1)\">klik</a>",
    "trefwoord": "<b onmouseover=alert('trefwoord')>WUP</b>",
    "trefwoord_attribuut": "\"><svg onload=alert('attribuut')>",
    "resultaat": "<script>alert('resultaat')</script>Een wijkplan",
    "stap": "<img src=x onerror=alert('stap')>Gesprek",
    "thema": "Wijkaanpak <img src=x onerror=alert('thema')>",
    "fase": "Plannen\"><script>alert('fase')</script>",
    "type": "Participatie<script>alert('type')</script>methoden",
    "afspraak": "<script>alert('afspraak')</script> Lariks afspraak",
    "wijk": "Lariks-West <img src=x onerror=alert('wijk')>",
    "proces": "Wijkaanpak <svg onload=alert('proces')> Lariks",
    "bron": "<script>alert('bron')</script>Testbesluit",
    "regel": "<img src=x onerror=alert('regel')> totaal min provincie",
    "levert": "<svg onload=alert('levert')> de samenwerking",
    "kp_titel": "\"><svg onload=alert('kennisproduct')> Bewonersavond",
    "onderdeel": "<iframe src=javascript:alert('onderdeel')></iframe>Aanleiding",
}


def _lees(pad: Path) -> Any:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


def _schrijf(pad: Path, data: Any) -> None:
    pad.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def maak_vijandig(bron: Path, doel: Path) -> Path:
    """Copy the menukaart ``bron`` (the mini example) to ``doel`` and fill it with payloads."""
    shutil.copytree(bron, doel)
    p = PAYLOADS

    taxonomie = _lees(doel / "taxonomie.yml")
    taxonomie["themas"][0]["label"] = p["thema"]
    taxonomie["themas"][0]["omschrijving"] = p["samenvatting"]
    taxonomie["fasen"][1]["label"] = p["fase"]
    taxonomie["kennisproduct_types"][1]["label"] = p["type"]
    _schrijf(doel / "taxonomie.yml", taxonomie)

    dienst = _lees(doel / "diensten" / "wijkplan-maken.yml")
    dienst["titel"] = p["titel"]
    dienst["samenvatting"] = p["samenvatting"]
    dienst["beschrijving"] = MARKDOWN
    dienst["trefwoorden"] = [p["trefwoord"], p["trefwoord_attribuut"]]
    dienst["resultaat"] = [p["resultaat"]]
    dienst["werkwijze"] = [{"stap": p["stap"], "toelichting": "javascript:alert('toelichting')"}]
    _schrijf(doel / "diensten" / "wijkplan-maken.yml", dienst)

    kennisproduct = _lees(doel / "kennisproducten" / "bewonersavond.yml")
    kennisproduct["titel"] = p["kp_titel"]
    kennisproduct["participatie"]["vraagt_van_bewoners"] = p["stap"]
    _schrijf(doel / "kennisproducten" / "bewonersavond.yml", kennisproduct)

    sjabloon = _lees(doel / "kennisproducten" / "sjabloon-wijkplan.yml")
    sjabloon["onderdelen"][0]["titel"] = p["onderdeel"]
    sjabloon["bijlagen"][0]["titel"] = p["resultaat"]
    _schrijf(doel / "kennisproducten" / "sjabloon-wijkplan.yml", sjabloon)

    gemeente = _lees(doel / "gemeenten" / "assen.yml")
    gemeente["afspraken"][0]["toelichting"] = p["afspraak"]
    gemeente["afspraken"][0]["dorp_of_wijk"] = p["wijk"]
    gemeente["lokale_processen"][0]["naam"] = p["proces"]
    gemeente["lokale_processen"][0]["toelichting"] = p["afspraak"]
    _schrijf(doel / "gemeenten" / "assen.yml", gemeente)

    bronnen = _lees(doel / "bronnen.yml")
    bronnen["bronnen"][0]["titel"] = p["bron"]
    _schrijf(doel / "bronnen.yml", bronnen)

    begroting = _lees(doel / "begroting.yml")
    begroting["jaren"][0]["totaal"]["regel"] = p["regel"]
    begroting["jaren"][0]["vaste_bijdrage_per_gemeente"]["levert"] = p["levert"]
    _schrijf(doel / "begroting.yml", begroting)
    return doel
