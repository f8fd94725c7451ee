"""The Jinja2 environment for generated pages: templates in files, autoescape on, strict undefined."""

from __future__ import annotations

import posixpath
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from . import opmaak
from .tabellen import op_pagina
from .tekst import markdown_naar_html, markdown_tekst


def doel_url(bron_pad: str) -> str:
    """Where MkDocs (``use_directory_urls``) publishes a source path: ``a/b.md`` → ``a/b/``, ``a/index.md`` → ``a/``."""
    if not bron_pad.endswith(".md"):
        return bron_pad
    stam = bron_pad[: -len(".md")]
    if stam == "index" or stam.endswith("/index"):
        stam = stam[: -len("index")]
        return stam
    return stam + "/"


def relatieve_url(van_pad: str, naar_pad: str, *, naar_pagina: bool = True) -> str:
    """A link from the page generated from ``van_pad`` to ``naar_pad``, relative as MkDocs writes them.

    With ``naar_pagina=False`` the target is a download, published under its own name even when it ends in .md.
    """
    van = doel_url(van_pad)
    naar = doel_url(naar_pad) if naar_pagina else naar_pad
    van_map = van if van.endswith("/") or not van else posixpath.dirname(van) + "/"
    relatief = posixpath.relpath(naar or ".", van_map.rstrip("/") or ".")
    if naar.endswith("/") or not naar:
        relatief = relatief.rstrip("/") + "/"
        if relatief == "./":
            return "./"
    return relatief


@pass_context
def _url(context: Context, naar_pad: str) -> str:
    return relatieve_url(context["pagina_pad"], naar_pad)


@pass_context
def _download_url(context: Context, naar_pad: str) -> str:
    return relatieve_url(context["pagina_pad"], naar_pad, naar_pagina=False)


def _md(tekst: str) -> Markup:
    return Markup(markdown_tekst(tekst))


@lru_cache(maxsize=1)
def omgeving() -> Environment:
    """Compiled once per process; templates are cached by Jinja after the first render."""
    env = Environment(
        loader=PackageLoader("flexteam", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _md
    env.filters["markdown"] = markdown_naar_html
    env.filters["url"] = _url
    env.filters["download_url"] = _download_url
    env.filters["getal"] = opmaak.getal
    env.filters["bedrag"] = opmaak.bedrag
    env.filters["datum"] = opmaak.datum
    env.filters["procent"] = opmaak.procent
    env.filters["cel"] = op_pagina
    return env


def render(template: str, pagina_pad: str, **context: Any) -> str:
    return omgeving().get_template(template).render(pagina_pad=pagina_pad, **context)
