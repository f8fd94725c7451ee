"""``python -m flexteam beheer [--map DIR] [--poort 8081] [--site-poort 8000]``: the local backend of the form editor
at ``/beheer/`` (instead of ``npx decap-server``); it writes into ``<map>/menukaart/`` until Ctrl+C."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from flexteam.basis.meldingen import (
    BEHEER_GEEN_MENUKAART,
    BEHEER_GEEN_POORT,
    BEHEER_GESTOPT,
    BEHEER_LUISTERT,
    BEHEER_OPEN_EDITOR,
    BEHEER_POORT_BEZET,
    melding,
)
from flexteam.beheer.lokaal import INHOUD_MAP, STANDAARD_POORT, STANDAARD_SITE_POORT, maak_server


def voeg_toe(sub: Any) -> None:
    beheer = sub.add_parser("beheer", help="start het lokale beheer voor de editor op /beheer/ (in plaats van decap-server)")
    beheer.add_argument("--map", type=Path, default=Path("."), help="de map van de repository (standaard: de huidige map)")
    beheer.add_argument("--poort", type=_poort, default=STANDAARD_POORT,
                        help=f"de poort van het beheer (standaard: {STANDAARD_POORT})")
    beheer.add_argument("--site-poort", type=_poort, action="append", dest="site_poorten", metavar="POORT",
                        help=f"de poort van de site met de editor (standaard: {STANDAARD_SITE_POORT}); mag vaker")
    beheer.set_defaults(uitvoeren=uitvoeren)


def _poort(tekst: str) -> int:
    if not tekst.isascii() or not tekst.isdigit() or int(tekst) > 65535:
        raise argparse.ArgumentTypeError(melding(BEHEER_GEEN_POORT, waarde=tekst))
    return int(tekst)


def uitvoeren(args: argparse.Namespace) -> int:
    wortel = args.map.resolve()
    if not (wortel / INHOUD_MAP).is_dir():
        print(melding(BEHEER_GEEN_MENUKAART, map=wortel), file=sys.stderr)
        return 1
    site_poorten = args.site_poorten or [STANDAARD_SITE_POORT]
    try:
        server = maak_server(wortel, args.poort, site_poorten)
    except OSError as fout:
        print(melding(BEHEER_POORT_BEZET, poort=args.poort, reden=fout.strerror), file=sys.stderr)
        return 1
    print(melding(BEHEER_LUISTERT, adres=server.adres, map=f"{wortel / INHOUD_MAP}/"))
    print(melding(BEHEER_OPEN_EDITOR, editor=f"http://127.0.0.1:{site_poorten[0]}/beheer/",
                  herkomsten=", ".join(server.herkomsten)), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print(BEHEER_GESTOPT)
    finally:
        server.server_close()
    return 0
