"""Everything the site generates from one catalogue, in one list: pages and downloads.

The MkDocs hook adds this list to the build; ``python -m flexteam export-paginas`` writes it to disk for
an engine without hooks. Each page kind has its own module; this is the one place that lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from flexteam.controle.catalogus import Catalogus
from flexteam.site.gemeenten import gemeente_paginas, gemeenten_overzicht
from flexteam.site.hergebruik import maak_hergebruik
from flexteam.site.items import afdruk_pagina, item_paginas, kennisbank_pagina, overzicht_pagina
from flexteam.site.kosten import maak_kosten_site
from flexteam.site.pagina import Download, Instellingen, Pagina


@dataclass(frozen=True)
class Bouw:
    paginas: tuple[Pagina, ...]
    downloads: tuple[Download, ...]


def bouw_site(catalogus: Catalogus, site_url: str = "") -> Bouw:
    instellingen = Instellingen(site_url=site_url) if site_url else Instellingen()
    kosten = maak_kosten_site(catalogus)
    hergebruik_paginas, hergebruik_downloads = maak_hergebruik(catalogus, instellingen.site_url)
    paginas = [
        *item_paginas(catalogus, instellingen),
        overzicht_pagina(catalogus),
        afdruk_pagina(catalogus),
        kennisbank_pagina(catalogus),
        *gemeente_paginas(catalogus),
        gemeenten_overzicht(catalogus),
        kosten.pagina,
        *hergebruik_paginas,
    ]
    downloads = [*bijlagen(catalogus), *kosten.downloads, *hergebruik_downloads]
    return Bouw(paginas=tuple(paginas), downloads=tuple(downloads))


def bijlagen(catalogus: Catalogus) -> list[Download]:
    """The attachments: exactly the bytes the check read and accepted (never read again from disk)."""
    return [Download(f"bijlagen/{naam}", inhoud) for naam, inhoud in sorted(catalogus.bijlagen.items())]
