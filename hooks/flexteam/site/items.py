"""The pages of the menu's items, the overview with its filters, the print version and the kennisbank.

Every function here is pure: catalogue in, ``Pagina`` values out (Markdown with front matter).
"""

from __future__ import annotations

from typing import Any, Iterable

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Dienst, Item
from flexteam.inhoud.paden import AFDRUK_PAD, KENNISBANK_PAD, OVERZICHT_PAD
from flexteam.inhoud.regio import Regio
from flexteam.lezen.woordenlijst import woordenlijst
from flexteam.rekenen.herkomst import herkomst_van
from flexteam.weergave.herkomst import beschrijving
from flexteam.site.documenten import Documenten
from flexteam.site.praktijk import bronnen_van
from flexteam.site.pagina import Instellingen, Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import gemeente_pad, item_pad, item_url, praktijk_pad
from flexteam.weergave.begrippen import termen_in
from flexteam.weergave.document import item_tekst, met_document
from flexteam.weergave.filters import Labels
from flexteam.weergave.tekst import json_in_script, veilige_titel
from flexteam.weergave.zoektermen import titeldelen, zoektermen

# --- items -------------------------------------------------------------------------------------


def item_paginas(catalogus: Catalogus, instellingen: Instellingen, documenten: Documenten) -> Iterable[Pagina]:
    labels = Labels(catalogus)
    for item in catalogus.items:
        soort = "dienst" if isinstance(item, Dienst) else "kennisproduct"
        yield Pagina(item_pad(item), _item_inhoud(catalogus, item, labels, instellingen, documenten),
                     bron=catalogus.bron(soort, item.id or ""))


def _item_inhoud(catalogus: Catalogus, item: Item, labels: Labels, instellingen: Instellingen, documenten: Documenten) -> str:
    pad = item_pad(item)
    tekst = item_tekst(item)
    meta = {
        "title": veilige_titel(item.titel),
        "description": veilige_titel(item.samenvatting),
        "tags": [veilige_titel(t) for t in labels.tags(item)],
        "jsonld": json_in_script(_jsonld(item, labels, instellingen, catalogus.regio)),
        "bijgewerkt": item.bijgewerkt.isoformat(),
        "hide": ["tags"],  # the labels stay for search and the labels page; the page shows thema and fase once, in its list
    }
    lichaam = render(
        "item.md.j2",
        pad,
        catalogus.regio,
        item=item,
        labels=labels,
        gerelateerd=[catalogus.item_per_id[i] for i in item.gerelateerd],
        genoemd_bij=catalogus.genoemd_bij.get(item.id or "", ()),
        afspraken=catalogus.afspraken_per_item.get(item.id or "", ()),
        mailbox=catalogus.regio.team_mailbox,
        inzet_herkomst=_inzet_herkomst(item, catalogus),
        praktijk=catalogus.praktijk_per_item.get(item.id or "", ()),
        praktijk_pad=praktijk_pad,
        bronnen=bronnen_van(catalogus, item.bronnen),
        termen=termen_in(tekst, catalogus.begrippen),
        zoektermen=zoektermen(item, tekst, catalogus.taxonomie.synoniemen, woordenlijst()),
        titeldelen=titeldelen(item, woordenlijst()),
        downloads=documenten.per_item.get(item.id or "", ()),
        productdocument=documenten.productdocumenten.get(item.id or ""),
        item_pad=item_pad,
        gemeente_pad=gemeente_pad,
    )
    return met_voorwerk(meta, lichaam)


def _inzet_herkomst(item: Item, catalogus: Catalogus) -> str | None:
    """Where the hours of a service come from, as a sentence."""
    if not isinstance(item, Dienst):
        return None
    herkomst = herkomst_van(item.inzet, catalogus.bronnen)
    return beschrijving(herkomst) if herkomst else None


def _jsonld(item: Item, labels: Labels, instellingen: Instellingen, regio: Regio) -> dict[str, Any]:
    url = item_url(item, instellingen.site_url)
    aanbieder = {
        "@type": "GovernmentOrganization",
        "name": regio.team,
        "parentOrganization": {"@type": "GovernmentOrganization", "name": regio.organisatie},
    }
    if regio.team_mailbox is not None and regio.team_mailbox.herkomst == "vastgesteld":
        aanbieder["email"] = regio.team_mailbox.adres
    gebied = {"@type": "AdministrativeArea", "name": regio.naam, "containedInPlace": {"@type": "Country", "name": "Nederland"}}
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


# --- overviews ---------------------------------------------------------------------------------


def _groepen(catalogus: Catalogus) -> list[tuple[str, str, str, list[Item]]]:
    """(anchor, heading, intro, items): services first, then knowledge products per type."""
    groepen: list[tuple[str, str, str, list[Item]]] = [
        ("diensten", "Diensten", f"Werk dat het {catalogus.regio.team_in_tekst} voor en met een gemeente uitvoert.",
         sorted(catalogus.diensten, key=lambda i: i.titel.casefold()))
    ]
    for soort in catalogus.taxonomie.kennisproduct_types:
        items = sorted((k for k in catalogus.kennisproducten if k.type == soort.id), key=lambda i: i.titel.casefold())
        if items:
            groepen.append((f"type-{soort.id}", soort.label, soort.omschrijving, list(items)))
    return groepen


def overzicht_pagina(catalogus: Catalogus, documenten: Documenten) -> Pagina:
    return Pagina(OVERZICHT_PAD, _overzicht(catalogus, documenten), in_navigatie=True)


def afdruk_pagina(catalogus: Catalogus) -> Pagina:
    return Pagina(AFDRUK_PAD, _afdruk(catalogus))


def kennisbank_pagina(catalogus: Catalogus, documenten: Documenten) -> Pagina:
    return Pagina(KENNISBANK_PAD, _kennisbank(catalogus, documenten), in_navigatie=True)


def _overzicht(catalogus: Catalogus, documenten: Documenten) -> str:
    labels = Labels(catalogus)
    meta = {"title": "Menukaart", "description": f"Alle diensten en kennisproducten van het {catalogus.regio.team_in_tekst}, met filters op soort, type, thema, fase en doelgroep.",
            "hide": ["toc"]}
    lichaam = render("menukaart.md.j2", OVERZICHT_PAD, catalogus.regio, groepen=_groepen(catalogus), labels=labels,
                     filtergroepen=labels.filtergroepen(catalogus), totaal=len(catalogus.items), item_pad=item_pad,
                     downloads=documenten.per_item)
    return met_voorwerk(meta, lichaam)


def _afdruk(catalogus: Catalogus) -> str:
    meta = {"title": "Menukaart om af te drukken", "description": "Alle items van de menukaart kort op een rij, om af te drukken voor een overleg.",
            "hide": ["navigation", "toc"]}
    lichaam = render("afdrukken.md.j2", AFDRUK_PAD, catalogus.regio, groepen=_groepen(catalogus), labels=Labels(catalogus), item_pad=item_pad)
    return met_voorwerk(meta, lichaam)


def _kennisbank(catalogus: Catalogus, documenten: Documenten) -> str:
    meta = {"title": "Kennisbank", "description": "Sjablonen, participatiemethoden, handreikingen, factsheets en checklists voor de warmtetransitie."}
    # A library of documents: per type what can be downloaded, then once the products whose document is still to come.
    groepen = [(anker, kop, intro, [i for i in items if met_document(i)])
               for anker, kop, intro, items in _groepen(catalogus) if anker != "diensten"]
    in_voorbereiding = sorted((k for k in catalogus.kennisproducten if not met_document(k)),
                              key=lambda i: i.titel.casefold())
    lichaam = render("kennisbank.md.j2", KENNISBANK_PAD, catalogus.regio, groepen=[g for g in groepen if g[3]],
                     in_voorbereiding=in_voorbereiding, labels=Labels(catalogus), item_pad=item_pad, downloads=documenten.per_item)
    return met_voorwerk(meta, lichaam)


# --- municipalities ----------------------------------------------------------------------------


