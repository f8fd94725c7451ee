"""The content's own rules that every layer shares: which kinds of file exist, where they live, and
what each kind of knowledge product must contain."""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel

from flexteam.inhoud.model import Begrippen, Begroting, Bronnen, Dienst, Gemeente, Kennisproduct, Praktijkvoorbeeld, Taxonomie
from flexteam.inhoud.regio import Regio

SOORTEN: dict[str, tuple[str, type[BaseModel]]] = {
    "dienst": ("diensten", Dienst),
    "kennisproduct": ("kennisproducten", Kennisproduct),
    "gemeente": ("gemeenten", Gemeente),
    "praktijkvoorbeeld": ("praktijkvoorbeelden", Praktijkvoorbeeld),
}
"""Kind → (content folder, model). Each file in the folder is one record; its name is the id."""

ITEM_MAPPEN = (SOORTEN["dienst"][0], SOORTEN["kennisproduct"][0])
"""The folders of the menu's items (services and knowledge products share one list of ids)."""

ENKELE_BESTANDEN: dict[str, type[BaseModel]] = {
    "taxonomie.yml": Taxonomie, "begroting.yml": Begroting, "regio.yml": Regio, "bronnen.yml": Bronnen,
    "begrippen.yml": Begrippen,
}

BIJLAGEN_MAP = "bijlagen"
SJABLONEN_MAP = "_sjablonen"
SCHEMA_MAP = "schema"

VERPLICHTE_TYPES = ("warmtetransitieplan", "participatiemethode", "wijkaanpak-template")
TYPES_MET_ONDERDELEN = ("warmtetransitieplan", "wijkaanpak-template")
TYPES_ZONDER_ONDERDELEN = ("participatiemethode", "factsheet")


def maak_slug(tekst: str) -> str:
    """'Coöperatie & VvE' → 'cooperatie-vve': Dutch diacritics dropped, everything else a dash."""
    zonder_accenten = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", zonder_accenten.lower()).strip("-")
