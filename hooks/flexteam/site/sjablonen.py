"""The Jinja2 environment for generated pages: templates in files, autoescape on, strict undefined."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from flexteam.basis import opmaak
from flexteam.inhoud import paden
from flexteam.inhoud.regio import Regio
from flexteam.weergave.adressen import absolute_url, bron_relatief, relatieve_url
from flexteam.weergave.begrippen import met_afkortingen
from flexteam.weergave.herkomst import UITLEG, beschrijving
from flexteam.weergave.tabellen import cel_label, herkomst_tekst, op_pagina
from flexteam.weergave.tekst import css_tekst, markdown_naar_html, markdown_tekst


# In a document (``absoluut`` set to the site's address) every link is a full URL: a PDF has no page to be relative to.

@pass_context
def _url(context: Context, naar_pad: str) -> str:
    if context["absoluut"]:
        return absolute_url(context["absoluut"], naar_pad)
    return relatieve_url(context["pagina_pad"], naar_pad)


@pass_context
def _bron(context: Context, naar_pad: str) -> str:
    if context["absoluut"]:
        return absolute_url(context["absoluut"], naar_pad)
    return bron_relatief(context["pagina_pad"], naar_pad)


@pass_context
def _download_url(context: Context, naar_pad: str) -> str:
    if context["absoluut"]:
        return absolute_url(context["absoluut"], naar_pad, naar_pagina=False)
    return relatieve_url(context["pagina_pad"], naar_pad, naar_pagina=False)


def _md(tekst: str) -> Markup:
    return Markup(markdown_tekst(tekst))


@lru_cache(maxsize=1)
def omgeving() -> Environment:
    """Compiled once per process; templates are cached by Jinja after the first render."""
    env = Environment(
        loader=PackageLoader("flexteam.site", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _md
    env.filters["markdown"] = markdown_naar_html
    env.filters["afkortingen"] = met_afkortingen
    env.filters["url"] = _url
    env.filters["download_url"] = _download_url
    env.filters["bron"] = _bron
    env.filters["getal"] = opmaak.getal
    env.filters["bedrag"] = opmaak.bedrag
    env.filters["bedrag_zoals_geschreven"] = opmaak.bedrag_zoals_geschreven
    env.filters["datum"] = opmaak.datum
    env.filters["grootte"] = opmaak.bestandsgrootte
    env.filters["css_tekst"] = css_tekst
    env.filters["procent"] = opmaak.procent
    env.filters["cel"] = op_pagina
    env.filters["herkomst_label"] = cel_label
    env.filters["herkomst"] = herkomst_tekst
    env.filters["herkomst_beschrijving"] = beschrijving
    env.globals["herkomst_uitleg"] = UITLEG
    env.globals["paden"] = paden
    return env


def render(template: str, pagina_pad: str, regio: Regio | None, *, absoluut: str | None = None, **context: Any) -> str:
    """The one place that resolves and renders a template: every page knows its own path and the region (None only for
    a page that uses nothing of it: the list of errors in the preview).

    With ``absoluut`` (the site's address) the text is for a document (PDF): links are full URLs, ``document``
    is true, and what only works on the site (downloads of a table, charts) is left out."""
    return omgeving().get_template(template).render(pagina_pad=pagina_pad, regio=regio, absoluut=absoluut,
                                                    document=absoluut is not None, **context)
