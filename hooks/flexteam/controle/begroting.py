"""The budget, computed once: every rule it breaks as a Dutch error with file, line and field.

Called from ``laden``. The rules are ``rekenen.financien``'s own (it refuses to split a year that does
not add up, and says why and where); this module only turns each problem into a ``Fout`` in
``begroting.yml`` or in a municipality's file. Types and single amounts (negative, text such as
"1.000,50", more than two decimals, a share above 100%, a missing total) are refused earlier by the model.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from flexteam.basis.afronding import VerdeelFout
from flexteam.basis.fout import Fout
from flexteam.inhoud.model import Begroting, Bron, Gemeente
from flexteam.lezen.record import Record
from flexteam.rekenen.financien import Financien, bereken


def controleer_financien(
    begroting: Record[Begroting], gemeenten: Sequence[Record[Gemeente]], bronnen: Mapping[str, Bron]
) -> tuple[Financien | None, list[Fout]]:
    """The budget split per year and no errors, or None and every finance problem."""
    try:
        return bereken(begroting.model, [record.model for record in gemeenten], bronnen), []
    except VerdeelFout as fout:
        per_gemeente = {record.model.id or record.model.naam: record for record in gemeenten}
        return None, [
            (begroting if probleem.gemeente is None else per_gemeente[probleem.gemeente]).fout(probleem.veld, probleem.tekst)
            for probleem in fout.problemen
        ]

