"""For council members: a one-page summary per municipality (what it pays, what it gets, which processes run) and
an overview at ``/voor-raadsleden/``. The figures are the appendix's own (``weergave.kosten``), with their herkomst."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from datetime import date

from flexteam.basis.opmaak import telwoord
from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.paden import RAAD_PAD, raad_bron, raad_document_pad
from flexteam.site.documenten import Documentcache, Downloadlink, pagina_pdf
from flexteam.site.pagina import Download, Pagina, met_voorwerk
from flexteam.site.sjablonen import render
from flexteam.weergave.adressen import gemeente_pad, item_pad, praktijk_pad
from flexteam.weergave.filters import Labels
from flexteam.weergave.kosten import gemeente_overzichten
from flexteam.weergave.tekst import veilige_titel


@dataclass(frozen=True)
class RaadSite:
    paginas: tuple[Pagina, ...]
    downloads: tuple[Download, ...]
    pdf_per_gemeente: Mapping[str, Downloadlink]
    """The PDF of each municipality's summary, by id: the municipality's page links to it too."""


def maak_raad_site(catalogus: Catalogus, site_url: str, cache: Documentcache, gemaakt: date) -> RaadSite:
    """A page per municipality and the same page as a PDF (its own figures, to attach to a letter to the council)."""
    overzichten = gemeente_overzichten(catalogus)
    labels = Labels(catalogus)
    paginas, downloads, pdfs = [], [], {}
    for gemeente in catalogus.gemeenten:
        ident = gemeente.id or ""
        pad = raad_bron(ident)
        titel = f"{gemeente.naam}: samenvatting voor de raad"
        omschrijving = (f"Wat {gemeente.naam} betaalt voor het {catalogus.regio.team_kort}, wat de gemeente "
                        "ervoor krijgt en welke processen lopen.")
        context: dict[str, Any] = dict(gemeente=gemeente, bijdrage=overzichten[ident], labels=labels, item_per_id=catalogus.item_per_id,
                       praktijk=catalogus.praktijk_van_gemeente(ident), item_pad=item_pad, gemeente_pad=gemeente_pad,
                       praktijk_pad=praktijk_pad)
        tekst = render("raad.md.j2", pad, catalogus.regio, absoluut=site_url, pdf=None, **context)
        inhoud = pagina_pdf(tekst, titel=titel, onderwerp=omschrijving, regio=catalogus.regio, gemaakt=gemaakt, cache=cache)
        pdf = Downloadlink(titel, "PDF", "PDF", raad_document_pad(ident), len(inhoud), gegenereerd=True)
        downloads.append(Download(pdf.pad, inhoud))
        pdfs[ident] = pdf
        lichaam = render("raad.md.j2", pad, catalogus.regio, pdf=pdf, **context)
        meta = {"title": veilige_titel(titel), "description": veilige_titel(omschrijving), "hide": ["toc"]}
        paginas.append(Pagina(pad, met_voorwerk(meta, lichaam), bron=catalogus.bron("gemeente", ident)))
    return RaadSite(paginas=tuple(paginas), downloads=tuple(downloads), pdf_per_gemeente=pdfs)


def raad_overzicht(catalogus: Catalogus) -> Pagina:
    regio = catalogus.regio
    meta = {"title": "Voor raadsleden",
            "description": f"Per gemeente op één pagina: wat de gemeente betaalt voor het {regio.team_kort}, wat ze ervoor krijgt "
                           "en welke processen lopen."}
    lichaam = render("raad-overzicht.md.j2", RAAD_PAD, regio, gemeenten=catalogus.gemeenten,
                     aantal=telwoord(len(catalogus.gemeenten)), raad_pad=lambda g: raad_bron(g.id or ""))
    return Pagina(RAAD_PAD, met_voorwerk(meta, lichaam), in_navigatie=True)
