"""The werkplan as values: the data its page script reads, and the team's view of the aanvragen.

The werkplan (``/werkplan/``) is put together in the browser from the address alone (``?items=a,b``): the site
stores nothing. Its script gets, from one JSON download: every item that can go on a werkplan (not vervallen), every
municipality with its afspraken and contribution per year, and the team's capacity and demand per year. A figure
travels as a ``Cijfer``: the number, how it reads, and its herkomst label and sentence, the same words as in the
rest of the site. The team's view (``/werkplan/aanvragen/``) is a set of ``Tabel`` values, like the appendix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import Afspraak, Bron, Dienst, Gemeente, Item, MetHerkomst
from flexteam.rekenen.capaciteit import Capaciteit, JaarCapaciteit
from flexteam.rekenen.financien import Jaarcijfers
from flexteam.rekenen.herkomst import Onderbouwd, afgeleid, herkomst_van, min_
from flexteam.weergave.adressen import gemeente_pad, item_pad, relatieve_url
from flexteam.weergave.filters import Labels
from flexteam.weergave.herkomst import beschrijving, label
from flexteam.weergave.tabellen import Kolom, Soort, Tabel, cel_label, herkomst_tekst, op_pagina

ISSUE_FORMULIER = "aanvraag-werkplan.yml"
"""The GitHub issue form in ``.github/ISSUE_TEMPLATE/``; its field ids are the names in the pre-filled link."""
GITLAB_SJABLOON = "Aanvraag werkplan"
"""The GitLab description template in ``.gitlab/issue_templates/`` (GitLab has no forms: it fills title and text)."""

REGEL_VRIJ = "de capaciteit min de afgesproken uren en de uren die nog aangevraagd zijn"


def cijfer(waarde: Onderbouwd, soort: Soort = "getal") -> dict[str, Any]:
    """A figure for the script: its number (None: not known), how it reads, its label and where it comes from."""
    return {
        "waarde": str(waarde.waarde) if waarde.waarde is not None else None,
        "tekst": op_pagina(waarde, soort),
        "label": cel_label(waarde),
        "uitleg": herkomst_tekst(waarde),
    }


def aanvraag_adres(repo_url: str) -> dict[str, str] | None:
    """Where a municipality files a request: GitHub's issue form or GitLab's new issue, or None for another host.

    ``adres`` is where the script adds the pre-filled fields (GitHub: the form's field ids; GitLab: ``issue[title]`` and
    ``issue[description]``); ``formulier`` is the empty form, for a reader without JavaScript."""
    if not repo_url:
        return None
    adres = repo_url.rstrip("/")
    host = urlsplit(adres).hostname or ""
    if host == "github.com":
        nieuw = f"{adres}/issues/new"
        return {"soort": "github", "adres": nieuw, "formulier": f"{nieuw}?{urlencode({'template': ISSUE_FORMULIER})}"}
    if host == "gitlab.com" or host.startswith("gitlab."):
        nieuw = f"{adres}/-/issues/new"
        return {"soort": "gitlab", "adres": nieuw,
                "formulier": f"{nieuw}?{urlencode({'issuable_template': GITLAB_SJABLOON}, quote_via=quote)}"}
    return None


def werkplan_gegevens(catalogus: Catalogus, inzet: Capaciteit, downloads: Mapping[str, Sequence[Any]],
                      jaren: Sequence[int], pagina_pad: str) -> dict[str, Any]:
    """Everything the werkplan script needs; links relative to ``pagina_pad``."""
    labels = Labels(catalogus)
    per_jaar = {j.jaar: j for j in inzet.jaren}
    alle_jaren = sorted({*jaren, *per_jaar, *(a.jaar for g in catalogus.gemeenten for a in g.afspraken)})
    mailbox = catalogus.regio.team_mailbox
    financien = {j.jaar: j for j in catalogus.financien.jaren}
    return {
        "jaren": list(jaren),
        "team": catalogus.regio.team_in_tekst,
        "aanvraag": aanvraag_adres(catalogus.regio.repo_url),
        "mailbox": mailbox.adres if mailbox else None,
        "items": [_item(item, labels, downloads.get(item.id or "", ()), pagina_pad, catalogus.bronnen)
                  for item in catalogus.items if item.status != "vervallen"],
        "gemeenten": [_gemeente(catalogus, g, per_jaar, financien, alle_jaren, pagina_pad)
                      for g in sorted(catalogus.gemeenten, key=lambda g: g.naam)],
        "capaciteit": {str(jaar): _capaciteit(j) for jaar, j in per_jaar.items()},
    }


def _item(item: Item, labels: Labels, downloads: Sequence[Any], pagina_pad: str, bronnen: Mapping[str, Bron]) -> dict[str, Any]:
    gegevens: dict[str, Any] = {
        "id": item.id,
        "titel": item.titel,
        "soort": "dienst" if isinstance(item, Dienst) else "kennisproduct",
        "typering": labels.soort(item) + (f" · {labels.type(item.type)}" if not isinstance(item, Dienst) else ""),
        "status": labels.status(item),
        "adres": relatieve_url(pagina_pad, item_pad(item)),
        "fasen": [labels.fase(f) for f in item.fase],
        "resultaat": list(item.resultaat),
    }
    if isinstance(item, Dienst):
        gegevens["inzet"] = _bereik(item.inzet.uren_van, item.inzet.uren_tot, item.inzet, bronnen)
        gegevens["doorlooptijd"] = _bereik(item.doorlooptijd.weken_van, item.doorlooptijd.weken_tot, item.doorlooptijd, bronnen)
    else:
        gegevens["downloads"] = [
            {"label": d.label, "titel": d.titel, "adres": relatieve_url(pagina_pad, d.pad, naar_pagina=False), "grootte": d.grootte}
            for d in downloads
        ]
    return gegevens


def _bereik(van: int, tot: int, blok: MetHerkomst, bronnen: Mapping[str, Bron]) -> dict[str, Any]:
    herkomst = herkomst_van(blok, bronnen)
    return {"van": van, "tot": tot, "soort": blok.herkomst,
            "label": label(herkomst) if herkomst else None, "uitleg": beschrijving(herkomst) if herkomst else None}


def _gemeente(catalogus: Catalogus, gemeente: Gemeente, per_jaar: Mapping[int, JaarCapaciteit],
              financien: Mapping[int, Jaarcijfers], alle_jaren: Sequence[int], pagina_pad: str) -> dict[str, Any]:
    ident = gemeente.id or gemeente.naam
    jaren: dict[str, Any] = {}
    for jaar in alle_jaren:
        afspraken = [a for a in gemeente.afspraken if a.jaar == jaar]
        begroting = financien.get(jaar)
        bijdrage = begroting.bijdrage_van(ident) if begroting else None
        uren = per_jaar[jaar].uren_van(ident) if jaar in per_jaar else None
        jaren[str(jaar)] = {
            "afspraken": [_afspraak(catalogus, a) for a in afspraken],
            "bijdrage": cijfer(Onderbouwd(bijdrage.totaal, begroting.bijdrage_herkomst) if bijdrage and begroting
                               else Onderbouwd(None, None, begroting.vaste_bijdrage.levert if begroting else None), "bedrag"),
            "in_begroting": begroting is not None,
            "afgesproken": cijfer(uren.afgesproken) if uren else None,
            "aangevraagd": cijfer(uren.aangevraagd) if uren else None,
        }
    return {"id": ident, "naam": gemeente.naam, "bestand": catalogus.bron("gemeente", ident),
            "adres": relatieve_url(pagina_pad, gemeente_pad(gemeente)), "jaren": jaren}


def _afspraak(catalogus: Catalogus, afspraak: Afspraak) -> dict[str, Any]:
    item = catalogus.item_per_id.get(afspraak.item)
    herkomst = herkomst_van(afspraak, catalogus.bronnen)
    return {"titel": item.titel if item else afspraak.item, "status": afspraak.status, "dorp": afspraak.dorp_of_wijk,
            "gevraagd": afspraak.uren_gevraagd, "afgesproken": afspraak.uren_afgesproken,
            "label": label(herkomst) if herkomst else None}


def _capaciteit(jaar: JaarCapaciteit) -> dict[str, Any]:
    return {"capaciteit": cijfer(jaar.capaciteit), "afgesproken": cijfer(jaar.afgesproken),
            "aangevraagd": cijfer(jaar.uren.aangevraagd), "vrij": cijfer(vrij(jaar))}


def vrij(jaar: JaarCapaciteit) -> Onderbouwd:
    """The team's hours left this year once every agreed and every requested hour is counted (negative: short)."""
    bezet = afgeleid((jaar.afgesproken.waarde or Decimal(0)) + (jaar.uren.aangevraagd.waarde or Decimal(0)),
                     REGEL_VRIJ, jaar.afgesproken, jaar.uren.aangevraagd)
    return min_(jaar.capaciteit, bezet, REGEL_VRIJ)


# --- the team's view: the aanvragen per municipality against capacity -------------------------------------------


def aanvragen_tabellen(catalogus: Catalogus, inzet: Capaciteit) -> tuple[Tabel, ...]:
    """Per budget year, newest first: each municipality's requested and agreed hours, the totals and the capacity."""
    gemeenten = sorted(catalogus.gemeenten, key=lambda g: g.naam)
    team = catalogus.regio.team_in_tekst
    return tuple(_jaartabel(jaar, gemeenten, team) for jaar in sorted(inzet.jaren, key=lambda j: -j.jaar))


def _jaartabel(jaar: JaarCapaciteit, gemeenten: Iterable[Gemeente], team: str) -> Tabel:
    def aantal(gemeente: Gemeente) -> int:
        return sum(1 for a in gemeente.afspraken if a.jaar == jaar.jaar and a.status == "aangevraagd")

    rijen = []
    for g in gemeenten:
        uren = jaar.uren_van(g.id or g.naam)
        rijen.append((g.naam, aantal(g), uren.aangevraagd, uren.afgesproken, uren.geleverd))
    leeg = None
    return Tabel(
        sleutel=f"aanvragen-{jaar.jaar}",
        titel=f"Aanvragen en afspraken in {jaar.jaar} per gemeente, tegenover de capaciteit van het {team}",
        blad=f"Aanvragen {jaar.jaar}",
        kolommen=(Kolom("Gemeente"), Kolom("Aanvragen", "getal"), Kolom("Uren aangevraagd", "getal"),
                  Kolom("Uren afgesproken", "getal"), Kolom("Uren geleverd", "getal")),
        rijen=tuple(rijen),
        voet=(
            ("Alle gemeenten", sum(r[1] for r in rijen), jaar.uren.aangevraagd, jaar.afgesproken, jaar.geleverd),
            (f"Capaciteit {team}", leeg, leeg, jaar.capaciteit, leeg),
            ("Nog vrij na afspraken en aanvragen", leeg, leeg, vrij(jaar), leeg),
        ),
    )


@dataclass(frozen=True)
class Aanvraag:
    """One afspraak that is still only requested, with its municipality and service."""

    gemeente: Gemeente
    afspraak: Afspraak
    item: Item | None


def open_aanvragen(catalogus: Catalogus) -> tuple[Aanvraag, ...]:
    """Every afspraak with status aangevraagd, by year, then municipality."""
    return tuple(sorted(
        (Aanvraag(g, a, catalogus.item_per_id.get(a.item)) for g in catalogus.gemeenten for a in g.afspraken
         if a.status == "aangevraagd"),
        key=lambda r: (r.afspraak.jaar, r.gemeente.naam, r.afspraak.item),
    ))
