"""Downloads of the appendix tables: one CSV per table and one Excel file with a sheet per table.

- CSV as Dutch Excel opens it by double-click, by the site's one CSV writer (``csvbestand.py``):
  UTF-8 with a byte order mark, ``;`` between fields, a decimal comma, no euro sign and no
  thousands separator; a text (such as a municipality's name) that a spreadsheet would run as a
  formula gets a leading ``'``.
- Both carry, beside each column of figures, a column "Herkomst: <kolom>" with where each figure comes from.
- Excel (XlsxWriter): numbers stay numbers (amounts with a euro format, percentages as
  fractions with a percent format), so they can be used in sums. The file is byte-identical
  across builds: a fixed creation date and, in memory, XlsxWriter's fixed zip timestamps.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Sequence

from flexteam.weergave import csvbestand
from flexteam.weergave.tabellen import Kolom, Tabel, Waarde, csv_kop, in_csv

if TYPE_CHECKING:
    from xlsxwriter.worksheet import Worksheet

VASTE_DATUM = datetime(2023, 4, 18, tzinfo=timezone.utc)
"""Creation date written in the Excel file (the date of the decision): fixed, so every build gives the same bytes."""


def tabel_csv(tabel: Tabel) -> bytes:
    """The table as a CSV file: the headings, the rows, then the total rows; beside each column of figures
    a column with their herkomst."""
    tabel = tabel.voor_download()
    kop = [csv_kop(k) for k in tabel.kolommen]
    rijen = ([in_csv(waarde, kolom.soort) for waarde, kolom in zip(rij, tabel.kolommen)] for rij in tabel.alle_rijen)
    return csvbestand.csv_bytes(kop, rijen)


def xlsx_bytes(tabellen: Sequence[Tabel], titel: str, toelichting: Sequence[str], auteur: str) -> bytes:
    """One workbook: a sheet with the notes first, then a sheet per table with its heading in row 1."""
    import xlsxwriter  # here, not at the top: the site build renders this in its second process (achtergrond.py)

    buffer = io.BytesIO()
    werkboek = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
                                            "strings_to_urls": False})
    werkboek.set_properties({"title": titel, "author": auteur, "created": VASTE_DATUM})
    opmaak = {
        "kop": werkboek.add_format({"bold": True, "text_wrap": True, "valign": "top", "bottom": 1}),
        "bedrag": werkboek.add_format({"num_format": '"€ "#,##0.00'}),
        "getal": werkboek.add_format({"num_format": "#,##0.##"}),
        "procent": werkboek.add_format({"num_format": "0.0%"}),
        "jaar": werkboek.add_format({"num_format": "0"}),
        "voet": werkboek.add_format({"bold": True, "top": 1}),
    }
    voet_opmaak = {soort: werkboek.add_format({"bold": True, "top": 1, "num_format": f.num_format})
                   for soort, f in opmaak.items() if soort in {"bedrag", "getal", "procent", "jaar"}}

    blad = werkboek.add_worksheet("Toelichting")
    blad.set_column(0, 0, 110)
    blad.write_string(0, 0, titel, opmaak["kop"])
    for nummer, regel in enumerate(toelichting, start=2):
        blad.write_string(nummer, 0, regel)

    for tabel in (t.voor_download() for t in tabellen):
        blad = werkboek.add_worksheet(tabel.blad)
        for kolom_nr, kolom in enumerate(tabel.kolommen):
            blad.write_string(0, kolom_nr, kolom.kop, opmaak["kop"])
            blad.set_column(kolom_nr, kolom_nr, 24 if kolom.is_getal else 30)
        for rij_nr, rij in enumerate(tabel.alle_rijen, start=1):
            is_voet = rij_nr > len(tabel.rijen)
            for kolom_nr, (waarde, kolom) in enumerate(zip(rij, tabel.kolommen)):
                stijl = (voet_opmaak if is_voet else opmaak).get(kolom.soort, opmaak["voet"] if is_voet else None)
                _schrijf(blad, rij_nr, kolom_nr, waarde, kolom, stijl)
        blad.freeze_panes(1, 1)
    werkboek.close()
    return buffer.getvalue()


def _schrijf(blad: Worksheet, rij: int, kolom_nr: int, waarde: Waarde, kolom: Kolom, stijl: object) -> None:
    if waarde is None:
        blad.write_blank(rij, kolom_nr, None, stijl)
    elif kolom.soort == "tekst" or isinstance(waarde, str):
        blad.write_string(rij, kolom_nr, str(waarde), stijl)
    else:
        # XlsxWriter writes the number as text with format "{:.16G}": a Decimal goes in exactly, no float in between.
        blad.write_number(rij, kolom_nr, Decimal(waarde), stijl)  # type: ignore[arg-type]  # voor_download: plain values
