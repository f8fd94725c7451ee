"""What happens to a built site after its engine wrote it, the same for every engine: the search index, then the
stylesheets without the rules no page uses (``zoekindex.py``, ``stijlsnoei.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flexteam.basis.meldingen import AFGEWERKT, melding
from flexteam.site.stijlsnoei import Snoei, snoei_stijlen
from flexteam.site.zoekindex import Zoekindex, maak_zoekindex


@dataclass(frozen=True)
class Afwerking:
    zoekindex: Zoekindex
    stijlen: Snoei

    def __str__(self) -> str:
        return melding(AFGEWERKT, paginas=self.zoekindex.paginas, woorden=self.zoekindex.woorden,
                       seconden=f"{self.zoekindex.seconden:.1f}".replace(".", ","),
                       voor=round(self.stijlen.voor / 1000), na=round(self.stijlen.na / 1000))


def werk_af(site: Path) -> Afwerking:
    """Index ``site`` for search, then prune its stylesheets (the index adds no styles). Raises ZoekindexFout."""
    zoekindex = maak_zoekindex(site)
    return Afwerking(zoekindex, snoei_stijlen(site))
