"""The werkplan (``/werkplan/``), its data for the page script, and the team's view of the aanvragen.

The werkplan page holds only its frame and the ``<template>`` markup; ``assets/js/werkplan.js`` fills it from the
address (``?items=a,b``) and ``werkplan/werkplan.json``. The team's view ``/werkplan/aanvragen/`` is plain HTML with a
CSV file per table, like the appendix.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from datetime import date

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.paden import AANVRAGEN_PAD, WERKPLAN_GEGEVENS, WERKPLAN_MAP, WERKPLAN_PAD
from flexteam.site.documenten import Documenten
from flexteam.site.kosten_downloads import tabel_csv
from flexteam.site.pagina import Download, Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import gemeente_pad, item_pad
from flexteam.weergave.kosten import capaciteit_van
from flexteam.weergave.werkplan import aanvragen_tabellen, open_aanvragen, werkplan_gegevens

JAREN_VOORUIT = 3
"""The years a werkplan can choose: this year and the two after it."""


@dataclass(frozen=True)
class WerkplanSite:
    paginas: tuple[Pagina, ...]
    downloads: tuple[Download, ...]


def maak_werkplan(catalogus: Catalogus, documenten: Documenten, gemaakt: date) -> WerkplanSite:
    inzet = capaciteit_van(catalogus)
    regio = catalogus.regio
    jaren = [gemaakt.year + n for n in range(JAREN_VOORUIT)]
    gegevens = werkplan_gegevens(catalogus, inzet, documenten.per_item, jaren, WERKPLAN_PAD)
    tekst = json.dumps(gegevens, ensure_ascii=False, separators=(",", ":"))
    werkplan_meta = {
        "title": "Werkplan",
        "description": f"Stel een werkplan samen uit de menukaart: de uren en de doorlooptijd bij elkaar, naast de afspraken "
                       f"van uw gemeente, klaar om aan te vragen bij het {regio.team_kort}.",
        "hide": ["toc"],
    }
    werkplan = render("werkplan.md.j2", WERKPLAN_PAD, regio, gemeenten=gegevens["gemeenten"], jaren=jaren,
                      aanvraag=gegevens["aanvraag"], mailbox=regio.team_mailbox,
                      gegevens=posixpath.basename(WERKPLAN_GEGEVENS))
    tabellen = aanvragen_tabellen(catalogus, inzet)
    csv = {t.sleutel: posixpath.join(WERKPLAN_MAP, f"{t.sleutel}.csv") for t in tabellen}
    aanvragen_meta = {
        "title": "Aanvragen en capaciteit",
        "description": f"De aanvragen van de gemeenten bij het {regio.team_kort} per jaar, naast wat al is afgesproken en "
                       f"de capaciteit van het team.",
        "hide": ["toc"],
    }
    aanvragen = render("aanvragen.md.j2", AANVRAGEN_PAD, regio, tabellen=tabellen, csv=csv, aanvragen=open_aanvragen(catalogus),
                       buiten_begroting=inzet.uren_buiten_begroting, gemeente_pad=gemeente_pad, item_pad=item_pad)
    return WerkplanSite(
        paginas=(Pagina(WERKPLAN_PAD, met_voorwerk(werkplan_meta, werkplan), in_navigatie=True),
                 Pagina(AANVRAGEN_PAD, met_voorwerk(aanvragen_meta, aanvragen))),
        downloads=(Download(WERKPLAN_GEGEVENS, tekst.encode()), *(Download(csv[t.sleutel], tabel_csv(t)) for t in tabellen)),
    )

