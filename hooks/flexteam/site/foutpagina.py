"""The page ``mkdocs serve`` shows instead of the site while the content has errors: the list of the check.

Only the local preview shows it (``hooks/menukaart_hook.py``): a build for publishing stops at the first problem and
leaves the previous site as it was. The template escapes every text (a message can quote what a contributor wrote).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flexteam.basis.fout import Fout, per_bestand, rest_melding, sorteer_sleutel, zichtbaar
from flexteam.site.sjablonen import render

FOUTPAGINA_TITEL = "Fouten in de menukaart"


def foutpagina(fouten: Sequence[Fout]) -> str:
    """The errors as HTML, per file in the order of the check, at most as many per file as the check shows."""
    gesorteerd = sorted(fouten, key=sorteer_sleutel)
    groepen = [(zichtbaar(getoond[0].bestand), [_regel(fout) for fout in getoond], verborgen)
               for getoond, verborgen in per_bestand(gesorteerd)]
    return render("foutpagina.html.j2", "index.md", None, aantal=len(gesorteerd), groepen=groepen, rest=rest_melding)


def _regel(fout: Fout) -> dict[str, Any]:
    return {"regel": fout.regel, "kolom": fout.kolom, "veld": zichtbaar(fout.veld) if fout.veld else None,
            "melding": zichtbaar(fout.melding)}
