"""The benchmark script runs and prints its table (no timing assertions: timings belong in benchmarks/README.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO


@pytest.mark.slow
def test_benchmark_snel_draait_en_drukt_de_tabel_af() -> None:
    proces = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench.py"), "--snel"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert proces.returncode == 0, proces.stdout + proces.stderr
    assert "| items | gemeenten | pagina's |" in proces.stdout
    assert "| 50 | 12 |" in proces.stdout
    assert "tijd ons/basis" in proces.stdout
    assert "Traceback" not in proces.stderr
