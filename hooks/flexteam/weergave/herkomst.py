"""How a figure's herkomst reads: a short label beside the figure, and a sentence that says where it comes from.

The label is the same word everywhere (page, print, gemeente pages); the sentence goes in the legend under a table,
in the downloads' herkomst columns and in the Excel notes.
"""

from __future__ import annotations

from flexteam.basis import opmaak
from flexteam.inhoud.model import Bron
from flexteam.rekenen.herkomst import Herkomst

LABELS = {"vastgesteld": "vastgesteld", "afgeleid": "afgeleid", "aanname": "aanname", "voorbeeld": "voorbeeld"}
NIET_BEKEND = "nog niet bekend"

UITLEG = {
    "vastgesteld": "staat zo in een document; de bron staat erbij.",
    "afgeleid": "door deze site uitgerekend uit andere getallen; de regel staat erbij.",
    "aanname": "aangenomen, niet vastgesteld; wie het aannam en waarom staat erbij.",
    "voorbeeld": "een voorbeeld, geen echt getal. De publicatie laat het weg.",
}
"""What each label means, for the legend of the labels."""


def label(herkomst: Herkomst) -> str:
    return LABELS[herkomst.soort]


def bron_tekst(bron: Bron) -> str:
    """'Besluit …, Provincie Drenthe, 18 april 2023, kenmerk 16/5.2/2023000566'."""
    delen = [bron.titel, bron.uitgever]
    if bron.datum is not None:
        delen.append(opmaak.datum(bron.datum))
    if bron.kenmerk:
        delen.append(f"kenmerk {bron.kenmerk}")
    return ", ".join(delen)


def beschrijving(herkomst: Herkomst) -> str:
    """One sentence: the label and where the figure comes from."""
    zinnen = []
    if herkomst.soort == "vastgesteld":
        zinnen.append("Vastgesteld" + (f": {bron_tekst(herkomst.bron)}." if herkomst.bron else "."))
    elif herkomst.soort == "afgeleid":
        zinnen.append(f"Afgeleid: {_zin(herkomst.regel)}")
    elif herkomst.soort == "aanname":
        zinnen.append(f"Aanname van {herkomst.door}: {_zin(herkomst.waarom)}")
        if herkomst.regel:
            zinnen.append(f"Afgeleid: {_zin(herkomst.regel)}")
    else:
        zinnen.append("Voorbeeld, geen echt getal.")
        if herkomst.regel:
            zinnen.append(f"Afgeleid van voorbeeldwaarden: {_zin(herkomst.regel)}")
        if herkomst.levert:
            zinnen.append(f"Het echte getal komt van: {_zin(herkomst.levert)}")
    if herkomst.bron is not None and herkomst.soort != "vastgesteld":
        zinnen.append(f"Bron: {bron_tekst(herkomst.bron)}.")
    return " ".join(zinnen)


def _zin(tekst: str | None) -> str:
    tekst = (tekst or "").strip()
    return tekst if tekst.endswith((".", "!", "?")) else tekst + "."
