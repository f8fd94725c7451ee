"""The page "Gegevens hergebruiken" with the exports, the feed and how to read them."""

from __future__ import annotations

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.paden import HERGEBRUIK_PAD
from flexteam.site.export import CSV_KOLOMMEN, CSV_SCHEIDING, LIJST_SCHEIDING, export_downloads
from flexteam.site.pagina import Download, Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.site.wijzigingen import atom_feed, wijzigingen_pagina
from flexteam.weergave.adressen import basis_url


def hergebruik_pagina(catalogus: Catalogus, site_url: str) -> Pagina:
    return Pagina(HERGEBRUIK_PAD, _hergebruik(catalogus, site_url), in_navigatie=True)


def _hergebruik(catalogus: Catalogus, site_url: str) -> str:
    meta = {"title": "Gegevens hergebruiken",
            "description": "De hele menukaart als JSON en CSV, en een Atom-feed met nieuwe en gewijzigde items. Vrij te gebruiken onder CC BY 4.0."}
    basis = basis_url(site_url)
    lichaam = render("gegevens-hergebruiken.md.j2", HERGEBRUIK_PAD, catalogus.regio, basis=basis, kolommen=CSV_KOLOMMEN, scheiding=CSV_SCHEIDING, lijst_scheiding=LIJST_SCHEIDING,
                     aantal=len(catalogus.items))
    return met_voorwerk(meta, lichaam)


def maak_hergebruik(catalogus: Catalogus, site_url: str) -> tuple[list[Pagina], list[Download]]:
    """Everything this module adds to the site: two pages, the feed and the exports."""
    paginas = [wijzigingen_pagina(catalogus), hergebruik_pagina(catalogus, site_url)]
    downloads = [atom_feed(catalogus, site_url), *export_downloads(catalogus, site_url)]
    return paginas, downloads
