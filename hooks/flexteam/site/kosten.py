"""The generated appendix page ``/kosten-en-bijdragen/`` and its downloads (CSV per table, one Excel file)."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any
from datetime import date
from decimal import Decimal, localcontext

from flexteam.basis import opmaak
from flexteam.basis.afronding import PRECISIE
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.paden import KOSTEN_EXCEL, KOSTEN_MAP, KOSTEN_PAD, KOSTEN_PDF
from flexteam.inhoud.regio import Regio
from flexteam.rekenen.financien import Financien, berekende_provinciale_bijdrage
from flexteam.weergave.herkomst import UITLEG
from flexteam.site.documenten import Documentcache, Downloadlink, pagina_pdf
from flexteam.site.kosten_downloads import tabel_csv, xlsx_bytes
from flexteam.site.pagina import Download, Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.kosten import Kostenoverzicht, maak_kostenoverzicht

TITEL = "Kosten en bijdragen"


@dataclass(frozen=True)
class KostenSite:
    pagina: Pagina
    downloads: tuple[Download, ...]
    pdf: Downloadlink


@dataclass(frozen=True)
class Voorbeeldberekening:
    jaar: int
    totaal: Decimal
    onafgerond: str
    afgerond: Decimal


def maak_kosten_site(catalogus: Catalogus, site_url: str, cache: Documentcache, gemaakt: date) -> KostenSite:
    """The page and its downloads: a CSV file per table, one Excel file, and the page as one tagged PDF (made from
    the same template, so it carries exactly the page's figures)."""
    bijlage = maak_kostenoverzicht(catalogus)
    regio = catalogus.regio
    csv = {t.sleutel: posixpath.join(KOSTEN_MAP, f"{t.sleutel}.csv") for t in bijlage.tabellen}
    downloads = [Download(csv[t.sleutel], tabel_csv(t)) for t in bijlage.tabellen]
    excel = _excel(bijlage, regio, catalogus.publicatie)
    downloads.append(Download(KOSTEN_EXCEL, excel))
    context: dict[str, Any] = dict(b=bijlage, csv=csv, excel=KOSTEN_EXCEL, excel_grootte=len(excel), voorbeeld=_voorbeeld(bijlage.financien),
                   publicatie=catalogus.publicatie)
    omschrijving = (f"Bijlage: de begroting van het {regio.team_kort} per jaar, de verdeling over provincie en gemeenten, "
                    "en de uren in afspraken tegenover de capaciteit.")
    tekst = render("kosten-en-bijdragen.md.j2", KOSTEN_PAD, regio, absoluut=site_url, pdf=None, **context)
    inhoud = pagina_pdf(tekst, titel=f"{TITEL}: {regio.team}", onderwerp=omschrijving, regio=regio, gemaakt=gemaakt, cache=cache,
                        kort=TITEL)
    pdf = Downloadlink(TITEL, "PDF", "PDF", KOSTEN_PDF, len(inhoud), gegenereerd=True)
    downloads.append(Download(KOSTEN_PDF, inhoud))
    meta = {"title": TITEL, "description": omschrijving + " Met downloads als PDF, CSV en Excel.", "hide": ["toc"]}
    lichaam = render("kosten-en-bijdragen.md.j2", KOSTEN_PAD, regio, pdf=pdf, **context)
    pagina = Pagina(KOSTEN_PAD, met_voorwerk(meta, lichaam), bron=_bron_begroting(catalogus), in_navigatie=True)
    return KostenSite(pagina=pagina, downloads=tuple(downloads), pdf=pdf)


def _excel(bijlage: Kostenoverzicht, regio: Regio, publicatie: bool) -> bytes:
    return xlsx_bytes(bijlage.tabellen, f"{TITEL} — {regio.team}", toelichting(bijlage, publicatie), auteur=regio.team)


def _bron_begroting(catalogus: Catalogus) -> str | None:
    """Repository path of begroting.yml, for the page's edit link: beside the folder of the municipality files."""
    gemeente = next((g for g in catalogus.gemeenten if g.id), None)
    if gemeente is None:
        return None
    return posixpath.join(posixpath.dirname(posixpath.dirname(catalogus.bron("gemeente", gemeente.id or ""))), "begroting.yml")


def _voorbeeld(financien: Financien) -> Voorbeeldberekening | None:
    """The rounding of the province's share, worked out for the first year whose product has more than two decimals."""
    aandeel = financien.provincie_aandeel.waarde or Decimal(0)
    for jaar in financien.jaren:
        totaal = jaar.verdeling.totaal
        with localcontext(prec=PRECISIE):
            onafgerond = totaal * aandeel
        if onafgerond != berekende_provinciale_bijdrage(totaal, aandeel):
            return Voorbeeldberekening(jaar.jaar, totaal, opmaak.bedrag_onafgerond(onafgerond), jaar.verdeling.provincie)
    return None


def toelichting(bijlage: Kostenoverzicht, publicatie: bool = False) -> list[str]:
    """The notes on the first sheet of the Excel file."""
    f = bijlage.financien
    regels = [
        "Noem als totaal van een jaar de kolom 'Totaal om te noemen' van het blad Begroting per jaar: het bedrag uit het "
        "besluit, in hele euro's. Provincie en gemeenten samen zijn tot op de cent uitgerekend en komen daardoor een paar "
        "cent lager uit.",
        f"Aandeel provincie: {opmaak.procent(f.provincie_aandeel.waarde or Decimal(0))} van het totaal, afgerond op hele centen "
        "(half naar boven).",
        "Het deel naar inwoners is verdeeld naar het aantal inwoners op de peildatum van elk jaar, in hele centen "
        "(grootste rest; bij een gelijke rest op alfabet).",
        "Naast elke kolom met getallen staat een kolom 'Herkomst: ...' die zegt waar elk getal vandaan komt:",
        *(f"- {soort}: {uitleg}" for soort, uitleg in UITLEG.items() if not (publicatie and soort == "voorbeeld")),
    ]
    if f.voorbeeld:
        regels.insert(0, "LET OP: de bijdragen per gemeente rekenen met voorbeeldwaarden. Het zijn voorbeelden, geen echte bedragen.")
    regels.append("Elke tabel van de pagina Kosten en bijdragen staat op een eigen blad, met dezelfde getallen.")
    return regels
