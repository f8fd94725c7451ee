"""Everything the site generates from one catalogue, in one list: pages and downloads.

The MkDocs hook adds this list to the build; ``python -m flexteam export-paginas`` writes it to disk for
an engine without hooks. Each page kind has its own module; this is the one place that lists them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import vandaag
from flexteam.inhoud.regio import Regio
from flexteam.site.beheer import Beheerbron, maak_beheer
from flexteam.site.documenten import Documentcache, maak_documenten
from flexteam.site.gemeenten import gemeente_paginas, gemeenten_overzicht
from flexteam.site.hergebruik import maak_hergebruik
from flexteam.site.items import afdruk_pagina, item_paginas, kennisbank_pagina, overzicht_pagina
from flexteam.site.kosten import maak_kosten_site
from flexteam.site.pagina import Download, Instellingen, Pagina
from flexteam.site.praktijk import begrippen_pagina, praktijk_overzicht, praktijk_paginas
from flexteam.site.raad import maak_raad_site, raad_overzicht
from flexteam.site.werkplan import maak_werkplan


@dataclass(frozen=True)
class Bouw:
    paginas: tuple[Pagina, ...]
    downloads: tuple[Download, ...]


_IN_GEHEUGEN = Documentcache()
"""Without a cache folder: documents kept for the process, by the hash of their content (tests build many sites)."""


def bouw_site(catalogus: Catalogus, site_url: str = "", cache: Documentcache | None = None,
              gemaakt: date | None = None, beheer: Beheerbron | None = None) -> Bouw:
    """Every page and download; links use ``site_url``, or the region's own address (``regio.yml``).

    The documents come first, so the pages can give the size of each download. ``cache`` keeps documents whose
    content did not change; ``gemaakt`` is the date printed on the PDFs of pages (today); with ``beheer`` the form
    editor ``/beheer/`` is part of the site (the site engines' builds; a test of pages alone goes without)."""
    instellingen = Instellingen(site_url=site_url or catalogus.regio.site_url)
    cache = cache if cache is not None else _IN_GEHEUGEN
    gemaakt = gemaakt or vandaag()
    documenten = maak_documenten(catalogus, instellingen.site_url, cache)
    kosten = maak_kosten_site(catalogus, instellingen.site_url, cache, gemaakt)
    raad = maak_raad_site(catalogus, instellingen.site_url, cache, gemaakt)
    hergebruik_paginas, hergebruik_downloads = maak_hergebruik(catalogus, instellingen.site_url)
    werkplan = maak_werkplan(catalogus, documenten, gemaakt)
    paginas = [
        *item_paginas(catalogus, instellingen, documenten),
        overzicht_pagina(catalogus, documenten),
        afdruk_pagina(catalogus),
        kennisbank_pagina(catalogus, documenten),
        *gemeente_paginas(catalogus, documenten, raad.pdf_per_gemeente),
        gemeenten_overzicht(catalogus),
        kosten.pagina,
        *praktijk_paginas(catalogus),
        praktijk_overzicht(catalogus),
        begrippen_pagina(catalogus),
        *raad.paginas,
        raad_overzicht(catalogus),
        *hergebruik_paginas,
        *werkplan.paginas,
    ]
    downloads = [*bijlagen(catalogus), *documenten.downloads, *kosten.downloads, *raad.downloads, *hergebruik_downloads,
                 *werkplan.downloads, *(maak_beheer(catalogus, instellingen.site_url, beheer) if beheer else ())]
    return Bouw(paginas=tuple(paginas), downloads=tuple(downloads))


def bijlagen(catalogus: Catalogus) -> list[Download]:
    """The attachments: exactly the bytes the check read and accepted (never read again from disk)."""
    return [Download(f"bijlagen/{naam}", inhoud) for naam, inhoud in sorted(catalogus.bijlagen.items())]


def site_instellingen(regio: Regio, site_url: str = "", repo_url: str = "") -> dict[str, str]:
    """What a site engine's configuration needs from ``regio.yml`` (MkDocs' names): the hook sets these, and a
    configuration for an engine without hooks is written from them. ``site_url``/``repo_url`` override the region's."""
    url = site_url or regio.site_url
    return {
        "site_name": regio.site_titel,
        "site_description": regio.site_beschrijving,
        "site_author": regio.team,
        "copyright": regio.auteursrecht,
        "site_url": url if url.endswith("/") else url + "/",
        "repo_url": repo_url or regio.repo_url,
    }
