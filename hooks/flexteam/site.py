"""Everything the site generates from one catalogue, in one place: pages and downloads."""

from __future__ import annotations

from dataclasses import dataclass

from .catalogus import Catalogus
from .paginas import Download, Instellingen, Pagina, maak_downloads, maak_paginas


@dataclass(frozen=True)
class Bouw:
    paginas: tuple[Pagina, ...]
    downloads: tuple[Download, ...]


def bouw_site(catalogus: Catalogus, site_url: str = "") -> Bouw:
    instellingen = Instellingen(site_url=site_url) if site_url else Instellingen()
    paginas = [*maak_paginas(catalogus, instellingen)]
    downloads = [*maak_downloads(catalogus)]
    return Bouw(paginas=tuple(paginas), downloads=tuple(downloads))
