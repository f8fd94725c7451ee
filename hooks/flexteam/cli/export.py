"""``python -m flexteam export --doel DIR`` (the open data: JSON, CSV, feed) and ``export-paginas --doel DIR``
(every generated page and download, for an engine without hooks). The site code is imported when a
command runs, so ``check`` does not pay for Jinja, Markdown and Excel."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from flexteam.basis.meldingen import EXPORT_GESCHREVEN, EXPORT_PAGINAS_GESCHREVEN, EXPORT_PROJECT_GESCHREVEN, melding
from flexteam.cli.gedeeld import STANDAARD_MAP, laad
from flexteam.site.pagina import schrijf


def voeg_toe(sub: Any) -> None:
    export = sub.add_parser("export", help="schrijf menukaart.json, menukaart.csv en feed.xml")
    export.add_argument("--map", type=Path, default=STANDAARD_MAP)
    export.add_argument("--doel", type=Path, required=True, help="map waarin export/ en feed.xml komen")
    export.add_argument("--site-url", default="", help="adres van de site, voor de links (standaard: site_url uit regio.yml)")
    export.add_argument("--publicatie", action="store_true", help="zonder voorbeelden, zoals make publicatie")
    export.set_defaults(uitvoeren=_export)

    paginas = sub.add_parser("export-paginas", help="schrijf alle gegenereerde pagina's en downloads naar een map "
                                                    "(voor een bouwer zonder hooks, zoals Zensical)")
    paginas.add_argument("--map", type=Path, default=STANDAARD_MAP)
    paginas.add_argument("--doel", type=Path, required=True, help="de docs-map van die bouwer (bestaande bestanden worden overschreven)")
    paginas.add_argument("--site-url", default="", help="adres van de site (standaard: site_url uit regio.yml)")
    paginas.add_argument("--publicatie", action="store_true", help="zonder voorbeelden, zoals make publicatie")
    paginas.set_defaults(uitvoeren=_export_paginas)

    project = sub.add_parser("export-project", help="schrijf een volledig project zonder hooks: docs/, na-de-bouw/ en "
                                                    "mkdocs.yml (voor make zensical en elke andere bouwer)")
    project.add_argument("--map", type=Path, default=STANDAARD_MAP)
    project.add_argument("--repo", type=Path, default=Path("."), help="de repository met docs/, overrides/ en mkdocs.yml")
    project.add_argument("--doel", type=Path, required=True, help="de map van het project (wordt eerst leeggemaakt)")
    project.add_argument("--site-url", default="", help="adres van de site (standaard: site_url uit regio.yml)")
    project.add_argument("--publicatie", action="store_true", help="zonder voorbeelden, zoals make publicatie")
    project.set_defaults(uitvoeren=_export_project)


def _export(args: argparse.Namespace) -> int:
    catalogus = laad(args.map, args.publicatie)
    if catalogus is None:
        return 1
    from flexteam.site.export import export_downloads
    from flexteam.site.wijzigingen import atom_feed

    site_url = args.site_url or catalogus.regio.site_url
    downloads = [*export_downloads(catalogus, site_url), atom_feed(catalogus, site_url)]
    for download in downloads:
        schrijf(args.doel / download.pad, download.inhoud)
    print(melding(EXPORT_GESCHREVEN, doel=args.doel, bestanden=", ".join(d.pad for d in downloads)))
    return 0


def _export_paginas(args: argparse.Namespace) -> int:
    catalogus = laad(args.map, args.publicatie)
    if catalogus is None:
        return 1
    from flexteam.site.bouw import bouw_site

    bouw = bouw_site(catalogus, site_url=args.site_url, beheer=_beheer(catalogus, Path.cwd()))
    for pagina in bouw.paginas:
        schrijf(args.doel / pagina.pad, pagina.inhoud.encode("utf-8"))
    for download in bouw.downloads:
        schrijf(args.doel / download.pad, download.inhoud)
    print(melding(EXPORT_PAGINAS_GESCHREVEN, doel=args.doel, paginas=len(bouw.paginas), downloads=len(bouw.downloads)))
    return 0


def _export_project(args: argparse.Namespace) -> int:
    catalogus = laad(args.map, args.publicatie)
    if catalogus is None:
        return 1
    from flexteam.site.bouw import bouw_site
    from flexteam.site.project import schrijf_project

    bouw = bouw_site(catalogus, site_url=args.site_url, beheer=_beheer(catalogus, args.repo.resolve()))
    config = schrijf_project(bouw, catalogus.regio, args.repo.resolve(), args.doel, site_url=args.site_url)
    print(melding(EXPORT_PROJECT_GESCHREVEN, config=config, paginas=len(bouw.paginas), downloads=len(bouw.downloads)))
    return 0


def _beheer(catalogus: Any, repo: Path) -> Any:
    """The form editor /beheer/ as the hook adds it: its npm packages from the repository's cache."""
    from flexteam.beheer.bundel import bundelmap
    from flexteam.site.beheer import Beheerbron

    return Beheerbron(bundelmap(repo), catalogus.regio.repo_url)
