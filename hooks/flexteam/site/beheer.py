"""The form editor at ``/beheer/``: its page, Decap's configuration, the field trees, the scripts and Decap itself.

Decap checks its configuration with ajv, which compiles code at run time: this one page allows 'unsafe-eval' (never a
script from elsewhere, never an inline script).

Everything here is a download (a file served as is, not a page of the site): ``/beheer/`` has no navigation, no search
entry and no theme, and only this page loads the editor's code. Its Content-Security-Policy lets it talk to the site
itself, the Git host that saves (a pull request) and the local backend of ``make beheer``; nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from flexteam.beheer.bundel import lees_bundel
from flexteam.beheer.configuratie import LOKAAL_ADRES, configuratie
from flexteam.controle.catalogus import Catalogus
from flexteam.site.pagina import Download
from flexteam.site.sjablonen import render

BEHEER_MAP = "beheer"
INSTELLINGEN = "instellingen.json"
"""Decap's configuration and the field trees of the formats, generated from the model; ``beheer.js`` reads it."""
SCRIPTS = ("menukaart-yaml.js", "beheer-toegankelijkheid.js", "beheer.js")
"""The editor's own scripts (``flexteam/beheer/js/``), beside Decap and js-yaml from their npm packages."""
EIGEN_BESTANDEN = (*SCRIPTS, "beheer.css")


@dataclass(frozen=True)
class Beheerbron:
    """What the editor needs beyond the content: where its npm packages lie and the repository it saves to."""
    bundel: Path
    repo_url: str


def maak_beheer(catalogus: Catalogus, site_url: str, bron: Beheerbron) -> list[Download]:
    config, bomen = configuratie(catalogus, site_url, bron.repo_url)
    backend = config["backend"]
    git_api = backend.get("api_root") or "https://api.github.com"
    lokaal = urlsplit(LOKAAL_ADRES)
    verbinden = f"{lokaal.scheme}://{lokaal.hostname}:* {_herkomst(git_api)}"  # any local port: ?lokaal=<poort> (beheer.js)
    pagina = render("beheer.html.j2", f"{BEHEER_MAP}/index.html", catalogus.regio, verbinden=verbinden, scripts=SCRIPTS)
    instellingen = {"config": config, "formaten": bomen}
    downloads = [
        Download(f"{BEHEER_MAP}/index.html", pagina.encode("utf-8")),
        Download(f"{BEHEER_MAP}/{INSTELLINGEN}", json.dumps(instellingen, ensure_ascii=False, separators=(",", ":")).encode("utf-8")),
        *(Download(f"{BEHEER_MAP}/{naam}", (resources.files("flexteam.beheer") / "js" / naam).read_bytes()) for naam in EIGEN_BESTANDEN),
        *(Download(f"{BEHEER_MAP}/{naam}", inhoud) for naam, inhoud in sorted(lees_bundel(bron.bundel).items())),
    ]
    return downloads


def _herkomst(adres: str) -> str:
    delen = urlsplit(adres)
    return f"{delen.scheme}://{delen.netloc}"
