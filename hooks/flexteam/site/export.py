"""Machine-readable exports of the whole menukaart, from the same model as the pages.

- ``export/menukaart.json``: everything (vocabulary, items, municipalities, budget) exactly as
  validated. Dates are ``"JJJJ-MM-DD"``; amounts are JSON numbers (read them as decimals, e.g.
  ``json.loads(tekst, parse_float=Decimal)``). Each list validates again with the models in
  ``model.py``. Every figure carries its ``herkomst`` (and ``bron``, ``regel``, ``door``, ``waarom``, ``levert``)
  as in the content; ``bronnen`` lists the sources the ``bron`` ids point to. The publication's export has no
  example in it (``controle/publicatie.py``).
- ``export/menukaart.csv``: one row per service or knowledge product, for spreadsheets, written
  by the same writer as the finance downloads (``csvbestand.py``): UTF-8 with a byte order mark,
  ``;`` between fields, CRLF line ends, and text that a spreadsheet would run as a formula with a
  leading ``'``. Lists are joined with `` | ``; hours and weeks are numbers.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Dienst, Item, Kennisproduct
from flexteam.inhoud.paden import EXPORT_CSV_PAD, EXPORT_JSON_PAD
from flexteam.site.pagina import Download
from flexteam.weergave import csvbestand
from flexteam.weergave.adressen import item_url

CSV_SCHEIDING = csvbestand.SCHEIDING
LIJST_SCHEIDING = " | "
FORMAAT_VERSIE = 1

CSV_KOLOMMEN = (
    "id", "soort", "type", "titel", "samenvatting", "status", "bijgewerkt", "thema", "fase", "doelgroep",
    "resultaat", "trefwoorden", "gerelateerd", "inzet_uren_van", "inzet_uren_tot", "inzet_herkomst", "doorlooptijd_weken_van",
    "doorlooptijd_weken_tot", "doorlooptijd_herkomst", "participatieniveau", "url", "beschrijving",
)


def menukaart_gegevens(catalogus: Catalogus, site_url: str) -> dict[str, Any]:
    items = catalogus.items
    return {
        "formaat": FORMAAT_VERSIE,
        "titel": catalogus.regio.site_titel,
        "site": site_url,
        "licentie": "CC BY 4.0",
        "bijgewerkt": max((i.bijgewerkt for i in items), default=None),
        "taxonomie": _dump(catalogus.taxonomie),
        "diensten": [_dump(d) for d in catalogus.diensten],
        "kennisproducten": [_dump(k) for k in catalogus.kennisproducten],
        "gemeenten": [_dump(g) for g in catalogus.gemeenten],
        "begroting": _dump(catalogus.begroting),
        "bronnen": [_dump(b) for b in catalogus.bronnen.values()],
        "praktijkvoorbeelden": [_dump(p) for p in catalogus.praktijkvoorbeelden],
        "begrippen": [_dump(t) for t in catalogus.begrippen],
    }


def menukaart_json(catalogus: Catalogus, site_url: str) -> bytes:
    tekst = json.dumps(_als_json(menukaart_gegevens(catalogus, site_url)), ensure_ascii=False, indent=2)
    return (tekst + "\n").encode("utf-8")


def menukaart_csv(catalogus: Catalogus, site_url: str) -> bytes:
    rijen = (_csv_rij(item, site_url) for item in catalogus.items)
    return csvbestand.csv_bytes(CSV_KOLOMMEN, ([rij[kolom] for kolom in CSV_KOLOMMEN] for rij in rijen))


def export_downloads(catalogus: Catalogus, site_url: str) -> list[Download]:
    return [Download(EXPORT_JSON_PAD, menukaart_json(catalogus, site_url)),
            Download(EXPORT_CSV_PAD, menukaart_csv(catalogus, site_url))]


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="python")


def _als_json(waarde: Any) -> Any:
    if isinstance(waarde, dict):
        return {sleutel: _als_json(w) for sleutel, w in waarde.items()}
    if isinstance(waarde, (list, tuple)):
        return [_als_json(w) for w in waarde]
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, Decimal):
        return _getal(waarde)
    return waarde


def _getal(waarde: Decimal) -> int | float:
    """A JSON number that reads back as the same decimal: whole numbers as int, others as the shortest float."""
    if waarde == waarde.to_integral_value():
        return int(waarde)
    als_float = float(waarde)
    if Decimal(repr(als_float)) != waarde:
        raise ValueError(f"{waarde} past niet exact in een JSON-getal")
    return als_float


def _csv_rij(item: Item, site_url: str) -> dict[str, str]:
    rij = {
        "id": item.id or "",
        "soort": item.soort,
        "type": item.type if isinstance(item, Kennisproduct) else "",
        "titel": item.titel,
        "samenvatting": item.samenvatting,
        "status": item.status,
        "bijgewerkt": item.bijgewerkt.isoformat(),
        "thema": LIJST_SCHEIDING.join(item.thema),
        "fase": LIJST_SCHEIDING.join(item.fase),
        "doelgroep": LIJST_SCHEIDING.join(item.doelgroep),
        "resultaat": LIJST_SCHEIDING.join(item.resultaat),
        "trefwoorden": LIJST_SCHEIDING.join(item.trefwoorden),
        "gerelateerd": LIJST_SCHEIDING.join(item.gerelateerd),
        "inzet_uren_van": "", "inzet_uren_tot": "", "inzet_herkomst": "", "doorlooptijd_herkomst": "", "doorlooptijd_weken_van": "", "doorlooptijd_weken_tot": "",
        "participatieniveau": "",
        "url": item_url(item, site_url),
        "beschrijving": item.beschrijving,
    }
    if isinstance(item, Dienst):
        rij.update(inzet_uren_van=_csv_getal(item.inzet.uren_van), inzet_uren_tot=_csv_getal(item.inzet.uren_tot),
                   inzet_herkomst=item.inzet.herkomst or "", doorlooptijd_herkomst=item.doorlooptijd.herkomst or "",
                   doorlooptijd_weken_van=_csv_getal(item.doorlooptijd.weken_van),
                   doorlooptijd_weken_tot=_csv_getal(item.doorlooptijd.weken_tot))
    elif item.participatie is not None:
        rij["participatieniveau"] = LIJST_SCHEIDING.join(item.participatie.niveau)
    return rij


def _csv_getal(aantal: int) -> csvbestand.Getal:
    return csvbestand.Getal(str(aantal))
