"""Which glossary terms a text uses: an abbreviation as a whole word (case as written, 'WUP'), a term in any case."""

from __future__ import annotations

import re
from collections.abc import Sequence

from markupsafe import Markup, escape

from flexteam.inhoud.model import Term


def termen_in(tekst: str, termen: Sequence[Term]) -> list[Term]:
    """The terms of ``termen`` that ``tekst`` uses, in glossary order."""
    gevonden = []
    for term in termen:
        afkorting = term.afkorting and re.search(rf"(?<!\w){re.escape(term.afkorting)}(?!\w)", tekst)
        if afkorting or re.search(rf"(?<!\w){re.escape(term.term)}(?!\w)", tekst, re.IGNORECASE):
            gevonden.append(term)
    return gevonden


_TAG = re.compile(r"(<[^>]*>)")
_NIET_IN = {"a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
"""Elements whose text keeps its words as they are: a link, an abbreviation already, code, a heading."""


def met_afkortingen(html: str, termen: Sequence[Term]) -> Markup:
    """``html`` (sanitized output of ``markdown_naar_html``) with the first use of each abbreviation of ``termen`` in
    running text explained: wrapped in ``<abbr title="…">`` and, unless the text writes the term out itself, followed
    by the term in brackets, so every reader sees what it stands for (a title shows only on hover)."""
    afkortingen = {t.afkorting: t.term for t in termen if t.afkorting}
    if not afkortingen:
        return Markup(html)
    tekst = re.sub(_TAG, " ", html).casefold()
    voluit = {afkorting for afkorting, term in afkortingen.items() if term.casefold() in tekst}
    patroon = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in sorted(afkortingen, key=len, reverse=True)) + r")(?!\w)")
    gehad: set[str] = set()
    open_: list[str] = []
    delen = []
    for deel in _TAG.split(html):
        if deel.startswith("<"):
            naam = re.match(r"</?\s*([a-zA-Z0-9]+)", deel)
            if naam:
                tag = naam.group(1).lower()
                if deel.startswith("</"):
                    if tag in open_:
                        open_.remove(tag)
                elif not deel.endswith("/>") and tag in _NIET_IN:
                    open_.append(tag)
            delen.append(deel)
            continue
        if open_:
            delen.append(deel)
            continue

        def vervang(m: re.Match[str]) -> str:
            afkorting = m.group(1)
            if afkorting in gehad:
                return afkorting
            gehad.add(afkorting)
            afkort = f'<abbr title="{escape(afkortingen[afkorting])}">{afkorting}</abbr>'
            if afkorting in voluit:
                return afkort
            tussen_haakjes = m.string[m.start() - 1:m.start()] == "(" and m.string[m.end():m.end() + 1] == ")"
            return f"{afkort}, {escape(afkortingen[afkorting])}" if tussen_haakjes else f"{afkort} ({escape(afkortingen[afkorting])})"

        delen.append(patroon.sub(vervang, deel))
    return Markup("".join(delen))
