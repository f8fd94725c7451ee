"""Publish a site as a whole or not at all: build into a new folder beside the old site, then swap.

Any site engine empties its output folder before it writes; a build that then fails (a fault, a
strict-mode warning, a refused file) would leave a half-written or empty site. ``Wissel`` lets the
engine write into ``<doel>.nieuw-<pid>`` and puts that folder in place of ``doel`` only when told the
build succeeded; otherwise the new folder is removed and ``doel`` stays byte for byte as it was.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass


@dataclass
class Wissel:
    doel: str
    """The folder readers are served from, e.g. ``site``."""

    @property
    def nieuw(self) -> str:
        """Where the engine writes this build."""
        return f"{self.doel}.nieuw-{os.getpid()}"

    def zet_neer(self) -> None:
        """The new site in place of the old one: two renames on one file system, then the old one removed."""
        oud = f"{self.doel}.oud-{os.getpid()}"
        if os.path.lexists(self.doel):
            os.replace(self.doel, oud)
        os.replace(self.nieuw, self.doel)
        shutil.rmtree(oud, ignore_errors=True)

    def ruim_op(self) -> None:
        """Remove the unfinished new site; the previous one stays as it was."""
        shutil.rmtree(self.nieuw, ignore_errors=True)
