"""Everything the site generates from one catalogue, in one place: pages and downloads."""

from __future__ import annotations

from dataclasses import dataclass

from .bijlage_pagina import maak_bijlage_site
from .catalogus import Catalogus
from .hergebruik import maak_hergebruik
from .paginas import Download, Instellingen, Pagina, maak_downloads, maak_paginas


@dataclass(frozen=True)
class Bouw:
    paginas: tuple[Pagina, ...]
    downloads: tuple[Download, ...]


def bouw_site(catalogus: Catalogus, site_url: str = "") -> Bouw:
    instellingen = Instellingen(site_url=site_url) if site_url else Instellingen()
    bijlage = maak_bijlage_site(catalogus)
    hergebruik_paginas, hergebruik_downloads = maak_hergebruik(catalogus, instellingen.site_url)
    paginas = [*maak_paginas(catalogus, instellingen), bijlage.pagina, *hergebruik_paginas]
    downloads = [*maak_downloads(catalogus), *bijlage.downloads, *hergebruik_downloads]
    return Bouw(paginas=tuple(paginas), downloads=tuple(downloads))
