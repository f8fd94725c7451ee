"""What changed: the page "Nieuw en gewijzigd" and the Atom feed ``feed.xml``, newest first.

Both come from ``bijgewerkt`` in the model, never from git or file dates: a generated page
has no git history, and the date is what the team says changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from babel.dates import format_date

from flexteam.basis.opmaak import LOCALE
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Item
from flexteam.inhoud.paden import FEED_PAD, WIJZIGINGEN_PAD
from flexteam.site.pagina import Download, Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import absolute_url, basis_url, item_pad, item_url
from flexteam.weergave.filters import Labels

TITEL = "Nieuw en gewijzigd"


@dataclass(frozen=True)
class Maand:
    kop: str
    items: tuple[Item, ...]


def op_datum(catalogus: Catalogus) -> list[Item]:
    """Newest first; on the same day, by title."""
    return sorted(catalogus.items, key=lambda i: (-i.bijgewerkt.toordinal(), i.titel.casefold()))


def per_maand(items: list[Item]) -> list[Maand]:
    maanden = []
    for (jaar, maand), groep in groupby(items, key=lambda i: (i.bijgewerkt.year, i.bijgewerkt.month)):
        kop = format_date(date(jaar, maand, 1), "LLLL yyyy", locale=LOCALE)
        maanden.append(Maand(kop[:1].upper() + kop[1:], tuple(groep)))
    return maanden


def wijzigingen_pagina(catalogus: Catalogus) -> Pagina:
    return Pagina(WIJZIGINGEN_PAD, _wijzigingen(catalogus), in_navigatie=True)


def _wijzigingen(catalogus: Catalogus) -> str:
    meta = {"title": TITEL, "description": "Alle diensten en kennisproducten van de menukaart, het laatst bijgewerkte eerst. Ook als Atom-feed."}
    lichaam = render("nieuw-en-gewijzigd.md.j2", WIJZIGINGEN_PAD, catalogus.regio, maanden=per_maand(op_datum(catalogus)),
                     labels=Labels(catalogus), item_pad=item_pad)
    return met_voorwerk(meta, lichaam)


def atom_feed(catalogus: Catalogus, site_url: str) -> Download:
    return Download(FEED_PAD, _feed(catalogus, site_url))


def _feed(catalogus: Catalogus, site_url: str) -> bytes:
    basis = basis_url(site_url)
    items = op_datum(catalogus)
    tekst = render(
        "feed.xml.j2", FEED_PAD, catalogus.regio,
        titel=f"{catalogus.regio.site_titel}: nieuw en gewijzigd", basis=basis, feed_url=absolute_url(basis, FEED_PAD, naar_pagina=False),
        pagina_url=absolute_url(basis, WIJZIGINGEN_PAD),
        bijgewerkt=_tijdstip(items[0].bijgewerkt) if items else "1970-01-01T00:00:00Z",
        items=[(item, item_url(item, basis), _tijdstip(item.bijgewerkt)) for item in items],
        labels=Labels(catalogus),
    )
    return tekst.encode("utf-8")


def _tijdstip(dag: date) -> str:
    """RFC 3339, as Atom wants it: the date at midnight UTC."""
    return f"{dag.isoformat()}T00:00:00Z"
