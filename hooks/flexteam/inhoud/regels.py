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
TYPES_ZONDER_ONDERDELEN = ("factsheet",)


def veld_bij_type(veld: str, type_: str) -> str:
    """What the check asks of a field of a knowledge product of type ``type_``, beyond the model:
    ``verplicht`` (it must be there), ``weg`` (it may not be there) or ``vrij``."""
    if veld == "participatie":
        return "verplicht" if type_ == "participatiemethode" else "weg"
    if veld == "onderdelen":
        return "verplicht" if type_ in TYPES_MET_ONDERDELEN else "weg" if type_ in TYPES_ZONDER_ONDERDELEN else "vrij"
    return "vrij"


TYPES_TEKST_IS_PRODUCT = ("factsheet",)
"""Types whose description is the product itself: the document is the text of the page."""
TYPES_ZONDER_WORD = ("factsheet",)
"""Types that are read, not filled in or adapted: a PDF, no Word file."""
DOCUMENT_BIJLAGEN = (".pdf", ".docx", ".odt", ".xlsx", ".ods")
"""Attachments that are a document of their own (a hand-made handreiking, an Excel model)."""


def uitgeschreven(item: Kennisproduct) -> bool:
    """Whether the YAML holds the product itself, so the build can make its document."""
    return item.type in TYPES_TEKST_IS_PRODUCT or any(o.heeft_inhoud for o in item.onderdelen)


def eigen_documenten(item: Kennisproduct) -> frozenset[str]:
    """The extensions of the hand-made documents among the attachments, e.g. {'.pdf'}."""
    return frozenset(ext for b in item.bijlagen if (ext := "." + b.bestand.rsplit(".", 1)[-1]) in DOCUMENT_BIJLAGEN)


def heeft_document(item: Kennisproduct) -> bool:
    """A knowledge product may be 'beschikbaar' only with a document to download: generated or hand-made."""
    return uitgeschreven(item) or bool(eigen_documenten(item))


def maak_slug(tekst: str) -> str:
    """'Coöperatie & VvE' → 'cooperatie-vve': Dutch diacritics dropped, everything else a dash."""
    zonder_accenten = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", zonder_accenten.lower()).strip("-")
