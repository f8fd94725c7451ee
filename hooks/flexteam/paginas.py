"""Generated pages: the catalogue becomes Markdown pages with front matter, and downloads.

Every function here is pure: catalogue in, ``Pagina``/``Download`` values out. A value knows
its path at once and renders its content only when asked (``inhoud``), so the MkDocs hook can
add all paths to the build first and have the content rendered in a second process
(``achtergrond.py``); ``python -m flexteam export-paginas`` writes them to disk for engines
without hooks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from typing import Any, Callable, Iterable

import yaml

from .bijlage import GemeenteOverzicht, gemeente_overzichten
from .catalogus import Catalogus
from .model import Dienst, Gemeente, Item, Kennisproduct
from .omgeving import render
from .paden import AFDRUK_PAD, GEMEENTEN_PAD, KENNISBANK_PAD, OVERZICHT_PAD, gemeente_bron, item_bron
from .tekst import json_in_script, veilige_titel

TEAM_NAAM = "Flexteam Warmtetransitie Drenthe"
TEAM_MAILBOX = "flexteam-warmtetransitie@drenthe.nl"
FILTERGROEPEN = ("soort", "type", "thema", "fase", "doelgroep")


@dataclass(frozen=True)
class Pagina:
    pad: str
    """Source path as MkDocs sees it, e.g. ``menukaart/wijkuitvoeringsplan-opstellen.md``."""
    maak: Callable[[], str] = field(repr=False, compare=False)
    """Renders the page: Markdown with front matter."""
    bron: str | None = None
    """Repository path of the YAML file behind the page, for the edit link."""
    in_navigatie: bool = False

    @cached_property
    def inhoud(self) -> str:
        return self.maak()


@dataclass(frozen=True)
class Download:
    pad: str
    maak: Callable[[], bytes] = field(repr=False, compare=False)

    @cached_property
    def inhoud(self) -> bytes:
        return self.maak()


@dataclass(frozen=True)
class Instellingen:
    site_url: str = "https://flexteam-warmtetransitie.drenthe.nl/"
    extra: dict[str, Any] = field(default_factory=dict)


def item_pad(item: Item) -> str:
    return item_bron(item.id or "")


def gemeente_pad(gemeente: Gemeente) -> str:
    return gemeente_bron(gemeente.id or "")


def maak_paginas(catalogus: Catalogus, instellingen: Instellingen) -> list[Pagina]:
    return [
        *item_paginas(catalogus, instellingen),
        overzicht_pagina(catalogus),
        afdruk_pagina(catalogus),
        kennisbank_pagina(catalogus),
        *gemeente_paginas(catalogus),
        gemeenten_overzicht(catalogus),
    ]


def maak_downloads(catalogus: Catalogus) -> list[Download]:
    """The attachments: exactly the bytes the check read and accepted (never read again from disk)."""
    return [Download(f"bijlagen/{naam}", partial(bytes, inhoud)) for naam, inhoud in sorted(catalogus.bijlagen.items())]


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter: same text as ``safe_dump`` (checked on every generated page), ~10x faster on the JSON-LD."""


def met_voorwerk(meta: dict[str, Any], lichaam: str) -> str:
    voorwerk = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return "---\n" + voorwerk + "---\n\n" + lichaam


# --- items -------------------------------------------------------------------------------------


def item_paginas(catalogus: Catalogus, instellingen: Instellingen) -> Iterable[Pagina]:
    labels = Labels(catalogus)
    for item in catalogus.items:
        soort = "dienst" if isinstance(item, Dienst) else "kennisproduct"
        yield Pagina(item_pad(item), partial(_item_inhoud, catalogus, item, labels, instellingen),
                     bron=catalogus.bron(soort, item.id or ""))


def _item_inhoud(catalogus: Catalogus, item: Item, labels: Labels, instellingen: Instellingen) -> str:
    pad = item_pad(item)
    meta = {
        "title": veilige_titel(item.titel),
        "description": veilige_titel(item.samenvatting),
        "tags": [veilige_titel(t) for t in labels.tags(item)],
        "jsonld": json_in_script(_jsonld(item, labels, instellingen)),
        "bijgewerkt": item.bijgewerkt.isoformat(),
    }
    lichaam = render(
        "item.md.j2",
        pad,
        item=item,
        labels=labels,
        gerelateerd=[catalogus.item_per_id[i] for i in item.gerelateerd],
        genoemd_bij=catalogus.genoemd_bij.get(item.id or "", ()),
        afspraken=catalogus.afspraken_per_item.get(item.id or "", ()),
        mailbox=TEAM_MAILBOX,
        item_pad=item_pad,
        gemeente_pad=gemeente_pad,
    )
    return met_voorwerk(meta, lichaam)


def _jsonld(item: Item, labels: Labels, instellingen: Instellingen) -> dict[str, Any]:
    url = instellingen.site_url.rstrip("/") + f"/menukaart/{item.id}/"
    aanbieder = {
        "@type": "GovernmentOrganization",
        "name": TEAM_NAAM,
        "parentOrganization": {"@type": "GovernmentOrganization", "name": "Provincie Drenthe"},
        "email": TEAM_MAILBOX,
    }
    gebied = {"@type": "AdministrativeArea", "name": "Drenthe", "containedInPlace": {"@type": "Country", "name": "Nederland"}}
    basis = {
        "@context": "https://schema.org",
        "name": item.titel,
        "description": item.samenvatting,
        "url": url,
        "inLanguage": "nl",
        "dateModified": item.bijgewerkt.isoformat(),
        "keywords": [labels.thema(t) for t in item.thema] + list(item.trefwoorden),
        "audience": [{"@type": "Audience", "audienceType": labels.doelgroep(d)} for d in item.doelgroep],
    }
    if isinstance(item, Dienst):
        return {**basis, "@type": "GovernmentService", "provider": aanbieder, "areaServed": gebied,
                "serviceType": labels.thema(item.thema[0])}
    if item.onderdelen:
        stappen = [{"@type": "HowToStep", "position": n, "name": o.titel, "text": o.toelichting}
                   for n, o in enumerate(item.onderdelen, start=1)]
        return {**basis, "@type": "HowTo", "author": aanbieder, "spatialCoverage": gebied, "step": stappen}
    return {**basis, "@type": "CreativeWork", "author": aanbieder, "spatialCoverage": gebied,
            "genre": labels.type(item.type)}


class Labels:
    """Dutch labels for taxonomy ids, and the filter values of an item."""

    def __init__(self, catalogus: Catalogus) -> None:
        tax = catalogus.taxonomie
        self._labels = {naam: {b.id: b.label for b in tax.lijst(naam)} for naam in
                        ("themas", "fasen", "doelgroepen", "kennisproduct_types", "participatieniveaus")}
        self.taxonomie = tax

    def thema(self, ident: str) -> str:
        return self._labels["themas"][ident]

    def fase(self, ident: str) -> str:
        return self._labels["fasen"][ident]

    def doelgroep(self, ident: str) -> str:
        return self._labels["doelgroepen"][ident]

    def type(self, ident: str) -> str:
        return self._labels["kennisproduct_types"][ident]

    def niveau(self, ident: str) -> str:
        return self._labels["participatieniveaus"][ident]

    def soort(self, item: Item) -> str:
        return "Dienst" if isinstance(item, Dienst) else "Kennisproduct"

    def tags(self, item: Item) -> list[str]:
        return [self.thema(t) for t in item.thema] + [f"Fase: {self.fase(f)}" for f in item.fase]

    def filterwaarden(self, item: Item) -> dict[str, str]:
        """Space-separated ids per filter group, for the ``data-*`` attributes of a card."""
        return {
            "soort": "dienst" if isinstance(item, Dienst) else "kennisproduct",
            "type": item.type if isinstance(item, Kennisproduct) else "",
            "thema": " ".join(item.thema),
            "fase": " ".join(item.fase),
            "doelgroep": " ".join(item.doelgroep),
        }

    def filteropties(self, catalogus: Catalogus) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(group, legend, [(id, label)]) for the filter form, only values some item uses."""
        gebruikt: dict[str, set[str]] = {groep: set() for groep in FILTERGROEPEN}
        for item in catalogus.items:
            for groep, waarden in self.filterwaarden(item).items():
                gebruikt[groep].update(waarden.split())
        soorten = [("dienst", "Diensten"), ("kennisproduct", "Kennisproducten")]
        groepen = [
            ("soort", "Soort", soorten),
            ("type", "Type kennisproduct", [(b.id, b.label) for b in self.taxonomie.kennisproduct_types]),
            ("thema", "Thema", [(b.id, b.label) for b in self.taxonomie.themas]),
            ("fase", "Fase", [(b.id, b.label) for b in self.taxonomie.fasen]),
            ("doelgroep", "Doelgroep", [(b.id, b.label) for b in self.taxonomie.doelgroepen]),
        ]
        return [(groep, legenda, [o for o in opties if o[0] in gebruikt[groep]]) for groep, legenda, opties in groepen]


# --- overviews ---------------------------------------------------------------------------------


def _groepen(catalogus: Catalogus) -> list[tuple[str, str, str, list[Item]]]:
    """(anchor, heading, intro, items): services first, then knowledge products per type."""
    groepen: list[tuple[str, str, str, list[Item]]] = [
        ("diensten", "Diensten", "Werk dat het flexteam voor en met een gemeente uitvoert.",
         sorted(catalogus.diensten, key=lambda i: i.titel.casefold()))
    ]
    for soort in catalogus.taxonomie.kennisproduct_types:
        items = sorted((k for k in catalogus.kennisproducten if k.type == soort.id), key=lambda i: i.titel.casefold())
        if items:
            groepen.append((f"type-{soort.id}", soort.label, soort.omschrijving, list(items)))
    return groepen


def overzicht_pagina(catalogus: Catalogus) -> Pagina:
    return Pagina(OVERZICHT_PAD, partial(_overzicht, catalogus), in_navigatie=True)


def afdruk_pagina(catalogus: Catalogus) -> Pagina:
    return Pagina(AFDRUK_PAD, partial(_afdruk, catalogus))


def kennisbank_pagina(catalogus: Catalogus) -> Pagina:
    return Pagina(KENNISBANK_PAD, partial(_kennisbank, catalogus), in_navigatie=True)


def _overzicht(catalogus: Catalogus) -> str:
    labels = Labels(catalogus)
    meta = {"title": "Menukaart", "description": "Alle diensten en kennisproducten van het flexteam, met filters op soort, type, thema, fase en doelgroep.",
            "hide": ["toc"]}
    lichaam = render("menukaart.md.j2", OVERZICHT_PAD, groepen=_groepen(catalogus), labels=labels,
                     filteropties=labels.filteropties(catalogus), totaal=len(catalogus.items), item_pad=item_pad)
    return met_voorwerk(meta, lichaam)


def _afdruk(catalogus: Catalogus) -> str:
    meta = {"title": "Menukaart om af te drukken", "description": "Alle items van de menukaart kort op een rij, om af te drukken voor een overleg.",
            "hide": ["navigation", "toc"]}
    lichaam = render("afdrukken.md.j2", AFDRUK_PAD, groepen=_groepen(catalogus), labels=Labels(catalogus), item_pad=item_pad)
    return met_voorwerk(meta, lichaam)


def _kennisbank(catalogus: Catalogus) -> str:
    meta = {"title": "Kennisbank", "description": "Sjablonen, participatiemethoden, handreikingen, factsheets en checklists voor de warmtetransitie."}
    groepen = [g for g in _groepen(catalogus) if g[0] != "diensten"]
    lichaam = render("kennisbank.md.j2", KENNISBANK_PAD, groepen=groepen, labels=Labels(catalogus), item_pad=item_pad)
    return met_voorwerk(meta, lichaam)


# --- municipalities ----------------------------------------------------------------------------


def gemeente_paginas(catalogus: Catalogus) -> Iterable[Pagina]:
    labels = Labels(catalogus)
    fasen_volgorde = [f.id for f in catalogus.taxonomie.fasen]
    bijdragen = cache(partial(gemeente_overzichten, catalogus))  # once for all pages, when the first is rendered
    for gemeente in catalogus.gemeenten:
        yield Pagina(gemeente_pad(gemeente), partial(_gemeente, catalogus, gemeente, labels, fasen_volgorde, bijdragen),
                     bron=catalogus.bron("gemeente", gemeente.id or ""))


def _gemeente(catalogus: Catalogus, gemeente: Gemeente, labels: Labels, fasen_volgorde: list[str],
              bijdragen: Callable[[], dict[str, GemeenteOverzicht]]) -> str:
    pad = gemeente_pad(gemeente)
    processen = sorted(gemeente.lokale_processen, key=lambda p: fasen_volgorde.index(p.fase))
    meta = {"title": veilige_titel(gemeente.naam),
            "description": veilige_titel(f"De samenwerking van gemeente {gemeente.naam} met het Flexteam Warmtetransitie: afspraken, lokale processen en bijdrage.")}
    lichaam = render(
        "gemeente.md.j2", pad, gemeente=gemeente, labels=labels, processen=processen,
        suggesties=suggesties_voor(catalogus, gemeente), item_per_id=catalogus.item_per_id, item_pad=item_pad,
        peildatum=catalogus.begroting.verdeelsleutel.peildatum_inwoners,
        bijdrage=bijdragen()[gemeente.id or gemeente.naam],
    )
    return met_voorwerk(meta, lichaam)


def suggesties_voor(catalogus: Catalogus, gemeente: Gemeente, aantal: int = 6) -> list[Item]:
    """Available items that fit the phases of the municipality's processes and are not yet agreed on."""
    fasen = {p.fase for p in gemeente.lokale_processen}
    al_afgesproken = {a.item for a in gemeente.afspraken}
    passend = [
        item for item in catalogus.items
        if item.status == "beschikbaar" and item.id not in al_afgesproken and fasen.intersection(item.fase)
    ]
    passend.sort(key=lambda i: (-len(fasen.intersection(i.fase)), not isinstance(i, Dienst), i.titel.casefold()))
    return passend[:aantal]


TEGELS: dict[str, tuple[int, int]] = {
    # (row, column) of a schematic tile map of Drenthe, north at the top.
    "noordenveld": (1, 2), "tynaarlo": (1, 3), "aa-en-hunze": (1, 4),
    "westerveld": (2, 1), "midden-drenthe": (2, 2), "assen": (2, 3), "borger-odoorn": (2, 4),
    "meppel": (3, 1), "de-wolden": (3, 2), "hoogeveen": (3, 3), "coevorden": (3, 4), "emmen": (3, 5),
}


def gemeenten_overzicht(catalogus: Catalogus) -> Pagina:
    return Pagina(GEMEENTEN_PAD, partial(_gemeenten, catalogus), in_navigatie=True)


def _gemeenten(catalogus: Catalogus) -> str:
    meta = {"title": "Gemeenten", "description": "De twaalf Drentse gemeenten in het Flexteam Warmtetransitie: inwoners, afspraken en lokale processen."}
    peildatum = catalogus.begroting.verdeelsleutel.peildatum_inwoners
    lichaam = render("gemeenten.md.j2", GEMEENTEN_PAD, gemeenten=catalogus.gemeenten, tegels=TEGELS,
                     gemeente_pad=gemeente_pad, peildatum=peildatum)
    return met_voorwerk(meta, lichaam)
