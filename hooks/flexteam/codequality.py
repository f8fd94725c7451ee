"""GitLab's counterpart of GitHub annotations: a Code Quality report (JSON) for merge requests.

GitLab shows each entry in the merge request, with file and line. Format:
https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable, Literal

from .fouten import Fout

Ernst = Literal["info", "minor", "major", "critical", "blocker"]


def codequality_rapport(fouten: Iterable[Fout], ernst: Ernst, controle: str) -> str:
    regels = []
    for fout in fouten:
        beschrijving = f"{fout.veld}: {fout.melding}" if fout.veld else fout.melding
        sleutel = f"{controle}\0{fout.bestand}\0{fout.veld}\0{fout.melding}".encode("utf-8")
        regels.append({
            "description": beschrijving,
            "check_name": controle,
            "fingerprint": hashlib.sha256(sleutel).hexdigest(),
            "severity": ernst,
            "location": {"path": fout.bestand, "lines": {"begin": fout.regel or 1}},
        })
    return json.dumps(regels, ensure_ascii=False, indent=2) + "\n"


def schrijf_codequality(pad: Path, fouten: Iterable[Fout], ernst: Ernst, controle: str) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(codequality_rapport(fouten, ernst, controle), encoding="utf-8")
