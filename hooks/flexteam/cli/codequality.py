"""GitLab's counterpart of GitHub annotations: a Code Quality report (JSON) for merge requests.

GitLab shows each entry in the merge request, with file and line. Format:
https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format

``json.dumps`` keeps the report valid JSON whatever a file name holds; on top of that the path and
the description carry no control characters (they are written visibly, as in the terminal), so
GitLab shows one readable line, and ``lines.begin`` is always a positive whole number.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable, Literal

from flexteam.basis.fout import Fout, zichtbaar

Ernst = Literal["info", "minor", "major", "critical", "blocker"]


def codequality_rapport(fouten: Iterable[Fout], ernst: Ernst, controle: str) -> str:
    regels = []
    for fout in fouten:
        beschrijving = zichtbaar(f"{fout.veld}: {fout.melding}" if fout.veld else fout.melding)
        # surrogatepass: a file name that is not valid UTF-8 reaches Python with lone surrogates.
        sleutel = f"{controle}\0{fout.bestand}\0{fout.veld}\0{fout.melding}".encode("utf-8", "surrogatepass")
        regels.append({
            "description": beschrijving,
            "check_name": controle,
            "fingerprint": hashlib.sha256(sleutel).hexdigest(),
            "severity": ernst,
            "location": {"path": zichtbaar(fout.bestand), "lines": {"begin": _eerste_regel(fout)}},
        })
    return json.dumps(regels, ensure_ascii=False, indent=2) + "\n"


def _eerste_regel(fout: Fout) -> int:
    """GitLab needs a line of at least 1: an error about the whole file points at its first line."""
    regel = fout.regel
    return regel if isinstance(regel, int) and not isinstance(regel, bool) and regel >= 1 else 1


def schrijf_codequality(pad: Path, fouten: Iterable[Fout], ernst: Ernst, controle: str) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(codequality_rapport(fouten, ernst, controle), encoding="utf-8")
