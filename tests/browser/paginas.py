"""Which pages stand for which page type, chosen from the catalogue and the built site."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

KOSTEN = "kosten-en-bijdragen"
"""The finance appendix; tested once it exists or once the navigation links to it."""


class _NavLinks(HTMLParser):
    """The links in Material's primary navigation (the sidebar / drawer)."""

    def __init__(self) -> None:
        super().__init__()
        self.diepte = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        waarden = dict(attrs)
        if tag == "nav":
            if self.diepte or "md-nav--primary" in (waarden.get("class") or ""):
                self.diepte += 1
        elif tag == "a" and self.diepte and waarden.get("href"):
            self.links.append(waarden["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.diepte:
            self.diepte -= 1


def nav_paden(site: Path) -> list[str]:
    """Site paths (``werkwijze/``) of every page the navigation of the home page links to."""
    parser = _NavLinks()
    parser.feed((site / "index.html").read_text(encoding="utf-8"))
    paden: list[str] = []
    for href in parser.links:
        delen = urlsplit(href)
        if delen.scheme or delen.netloc or href.startswith("#"):
            continue
        pad = posixpath.normpath(delen.path or ".")
        pad = "" if pad == "." else pad.rstrip("/") + "/"
        if pad not in paden:
            paden.append(pad)
    return paden


def gefilterde_keuze(catalogus: Any) -> tuple[str, str]:
    """A thema and a fase that together still match some items: the most common pair."""
    paren = Counter((t, f) for item in catalogus.items for t in item.thema for f in item.fase)
    (thema, fase), _ = paren.most_common(1)[0]
    return thema, fase


def gevuld_werkplan(catalogus: Any) -> str:
    """The werkplan with three services (each with a dorp), a kennisproduct and a municipality: every part drawn."""
    diensten = [d.id for d in catalogus.diensten if d.status != "vervallen"][:3]
    kennis = [k.id for k in catalogus.kennisproducten if k.status == "beschikbaar"][:1]
    velden = {f"{ident}.dorp": "Kloosterveen" for ident in diensten}
    return "werkplan/?" + urlencode({"items": ",".join(diensten + kennis), "gemeente": catalogus.gemeenten[0].id, **velden})


def paginatypes(site: Path, catalogus: Any) -> dict[str, list[str]]:
    """Page type → site paths to check. Every type has at least one page, except ``kosten``."""
    diensten = catalogus.diensten
    per_type: dict[str, Any] = {}
    for kennisproduct in catalogus.kennisproducten:
        per_type.setdefault(kennisproduct.type, kennisproduct)
    thema, fase = gefilterde_keuze(catalogus)
    types: dict[str, list[str]] = {
        "home": [""],
        "menukaart": ["menukaart/"],
        "menukaart-gefilterd": ["menukaart/?" + urlencode({"thema": thema, "fase": fase})],
        "dienst": [f"menukaart/{diensten[0].id}/"] if diensten else [],
        # A few types of kennisproduct: templates, participation methods, factsheets, ...
        "kennisproduct": [f"menukaart/{k.id}/" for k in list(per_type.values())[:4]] + [
            # and one whose product (fields to fill in, a table) is on the page
            f"menukaart/{k.id}/" for k in catalogus.kennisproducten if any(o.invulvelden or o.tabel for o in k.onderdelen)][:1],
        "kennisbank": ["kennisbank/"],
        "gemeenten": ["gemeenten/"],
        "gemeente": [f"gemeenten/{catalogus.gemeenten[0].id}/"] if catalogus.gemeenten else [],
        "labels": ["labels/"],
        "afdrukken": ["menukaart/afdrukken/"],
        "404": ["404.html"],
        "zoeken": ["zoeken/?q=participatie"],
        "werkplan": [gevuld_werkplan(catalogus)],
        "aanvragen": ["werkplan/aanvragen/"],
    }
    al_gedekt = {p.split("?")[0] for paden in types.values() for p in paden}
    nav = nav_paden(site)
    kosten = [p for p in nav if KOSTEN in p]
    kosten += [
        str(p.parent.relative_to(site)) + "/" for p in sorted(site.rglob("index.html"))
        if KOSTEN in str(p.relative_to(site)) and str(p.parent.relative_to(site)) + "/" not in kosten
    ]
    types["kosten-en-bijdragen"] = kosten
    types["navigatie"] = [p for p in nav if p not in al_gedekt and p not in kosten]
    return types


def item_id(url: str) -> str | None:
    """``…/menukaart/<id>/`` → ``<id>``; other URLs → None."""
    gevonden = re.search(r"/menukaart/([^/?#]+)/(?:[?#].*)?$", url)
    if not gevonden or gevonden.group(1) == "afdrukken":
        return None
    return gevonden.group(1)
