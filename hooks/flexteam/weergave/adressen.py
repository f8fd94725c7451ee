"""Where a page or download is published and how pages link to each other: one module for every URL."""

from __future__ import annotations

import posixpath

from flexteam.inhoud.model import Gemeente, Item, Praktijkvoorbeeld
from flexteam.inhoud.paden import gemeente_bron, item_bron, praktijk_bron


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


def bron_relatief(van_pad: str, naar_pad: str) -> str:
    """A Markdown link from source ``van_pad`` to source ``naar_pad`` (``menukaart/x.md`` → ``../werkwijze.md``).

    MkDocs resolves a Markdown link against the source file, checks that its target exists and turns it
    into the published URL; links in raw HTML it leaves alone, and those take ``relatieve_url``."""
    return posixpath.relpath(naar_pad, posixpath.dirname(van_pad) or ".")


def absolute_url(site_url: str, bron_pad: str, *, naar_pagina: bool = True) -> str:
    """The full address of a page (``menukaart/x.md`` → ``https://…/menukaart/x/``) or, with
    ``naar_pagina=False``, of a download."""
    return basis_url(site_url) + (doel_url(bron_pad) if naar_pagina else bron_pad)


def basis_url(site_url: str) -> str:
    """The site's address with exactly one slash at the end."""
    return site_url.rstrip("/") + "/"


def item_url(item: Item, site_url: str) -> str:
    return absolute_url(site_url, item_pad(item))


def item_pad(item: Item) -> str:
    return item_bron(item.id or "")


def gemeente_pad(gemeente: Gemeente) -> str:
    return gemeente_bron(gemeente.id or "")


def praktijk_pad(geval: Praktijkvoorbeeld) -> str:
    return praktijk_bron(geval.id or "")
