"""The catalogue of Dutch messages (``flexteam/basis/meldingen.py``) is the only place they are written.

- no message is written elsewhere in the core below the views: no Dutch text in a string or f-string;
- every template in the catalogue is used, and every call that fills one in gives exactly its values.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from flexteam.basis import meldingen
from flexteam.basis.meldingen import melding

KERN = Path(meldingen.__file__).resolve().parents[1]
"""``hooks/flexteam``."""

LAGEN = ("basis", "inhoud", "rekenen", "lezen", "controle", "cli")
"""The layers that speak to contributors in messages; ``weergave`` and ``site`` make the pages (page text stays there)."""

NOG_TE_VERHUIZEN = {
    "inhoud/paden.py": "the reasons an id collides with a page (``botsing``)",
    "cli/annotaties.py": "the titles of GitHub annotations ('Fout in veld …')",
}
"""Modules that still write Dutch messages themselves; remove an entry once its texts are in the catalogue."""

_NEDERLANDS = re.compile(
    r"\b(de|het|een|niet|geen|van|en|op|voor|met|dat|dit|zijn|wordt|worden|staat|kan|mag|moet|hier|naar|bij|heeft|"
    r"hoort|nog|maar|ook|alleen|verwacht|bestand|veld|regel|kolom|fout|fouten|tekst|gebruik|kies|vul)\b",
    re.IGNORECASE,
)
"""Words that mark a text as Dutch (none of them is an English word)."""
_PROZA = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")
"""Two words with a space between: prose, not a field name such as 'bestand' or a pattern such as 'VUL[ -]IN'."""

_GEEN_MELDING_ARGUMENTEN = {"description", "help"}
"""Keyword arguments whose Dutch text is no message: a field's description (the JSON Schema) and ``argparse`` help."""

_GEEN_MELDING_AANROEPEN = {"Formaat"}
"""Calls whose Dutch text is data, not a message: the names of attachment formats (``lezen/bestanden.py``)."""

_GEEN_MELDING_FUNCTIES = {("cli/nieuw.py", "_vervang_kop")}
"""Functions whose Dutch text is the content of a file: the comment at the top of a new item."""

_SJABLONEN = {naam: waarde for naam, waarde in vars(meldingen).items() if naam.isupper() and isinstance(waarde, str)}
_PLAATS = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_VULLERS = {"melding", "PydanticCustomError", "Probleem"}
"""The calls that take a template and its values: ``melding(SJABLOON, naam=…)``,
``PydanticCustomError("flexteam", SJABLOON, {"naam": …})`` and ``Probleem(SJABLOON, {"naam": …}, …)``."""
_LATER_GEVULD = {"Probleem": {"jaar", "peildatum"}}
"""Values filled in by a caller further up: ``rekenen.financien.bereken`` adds the year and the peildatum."""


def _modules() -> list[Path]:
    return sorted(p for laag in LAGEN for p in (KERN / laag).rglob("*.py"))


def _naam(pad: Path) -> str:
    return pad.relative_to(KERN).as_posix()


def _boom(pad: Path) -> ast.Module:
    return ast.parse(pad.read_text(encoding="utf-8"), filename=str(pad))


def _docstrings(boom: ast.Module) -> set[int]:
    """Ids of the string nodes that are documentation: any string that stands on its own as a statement."""
    return {id(knoop.value) for knoop in ast.walk(boom)
            if isinstance(knoop, ast.Expr) and isinstance(knoop.value, ast.Constant) and isinstance(knoop.value.value, str)}


def _uitgezonderd(boom: ast.Module, module: str) -> set[int]:
    """Ids of every node below an argument or call whose text is no message."""
    wortels: list[ast.AST] = []
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Call):
            wortels += [k.value for k in knoop.keywords if k.arg in _GEEN_MELDING_ARGUMENTEN]
            if isinstance(knoop.func, ast.Name) and knoop.func.id in _GEEN_MELDING_AANROEPEN:
                wortels.append(knoop)
        elif isinstance(knoop, ast.FunctionDef) and (module, knoop.name) in _GEEN_MELDING_FUNCTIES:
            wortels.append(knoop)
    return {id(k) for wortel in wortels for k in ast.walk(wortel)}


def _nederlandse_teksten(pad: Path, module: str) -> list[tuple[int, str]]:
    boom = _boom(pad)
    overslaan = _docstrings(boom) | _uitgezonderd(boom, module)
    gevonden = []
    for knoop in ast.walk(boom):
        if id(knoop) in overslaan or not isinstance(knoop, ast.Constant) or not isinstance(knoop.value, str):
            continue
        if _PROZA.search(knoop.value) and _NEDERLANDS.search(knoop.value):
            gevonden.append((knoop.lineno, knoop.value))
    return gevonden


@pytest.mark.parametrize("pad", [p for p in _modules() if p.name != "meldingen.py"], ids=_naam)
def test_geen_nederlandse_melding_buiten_de_catalogus(pad: Path) -> None:
    """A string or the literal part of an f-string in Dutch prose is a message that belongs in ``basis/meldingen.py``."""
    teksten = _nederlandse_teksten(pad, _naam(pad))
    if _naam(pad) in NOG_TE_VERHUIZEN:
        assert teksten, f"{_naam(pad)} heeft geen eigen meldingen meer: haal het uit NOG_TE_VERHUIZEN"
        return
    assert not teksten, "\n".join(f"{_naam(pad)}:{regel}: {tekst!r}" for regel, tekst in teksten)


def test_de_scan_vindt_een_melding_in_een_f_string(tmp_path: Path) -> None:
    pad = tmp_path / "voorbeeld.py"
    pad.write_text('"""Docs: niet een melding."""\n\ndef f(x):\n    raise ValueError(f"Het veld {x} ontbreekt.")\n', encoding="utf-8")
    assert [regel for regel, _ in _nederlandse_teksten(pad, "voorbeeld.py")] == [4]


# --- the catalogue itself ---------------------------------------------------------------------------


def _verwijzingen() -> dict[str, list[tuple[str, ast.Name, ast.AST | None]]]:
    """Per template: every place in the core that names it, with the call that fills it in (or None)."""
    verwijzingen: dict[str, list[tuple[str, ast.Name, ast.AST | None]]] = {naam: [] for naam in _SJABLONEN}
    for pad in sorted(KERN.rglob("*.py")):
        if pad.name == "meldingen.py" and pad.parent.name == "basis":
            continue
        boom = _boom(pad)
        vullend: dict[int, ast.Call] = {}
        for knoop in ast.walk(boom):
            if isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name) and knoop.func.id in _VULLERS:
                positie = 1 if knoop.func.id == "PydanticCustomError" else 0
                if len(knoop.args) > positie:
                    eerste = knoop.args[positie]
                    takken = [eerste.body, eerste.orelse] if isinstance(eerste, ast.IfExp) else [eerste]
                    vullend.update({id(tak): knoop for tak in takken})
        for knoop in ast.walk(boom):
            if isinstance(knoop, ast.Name) and knoop.id in verwijzingen and not isinstance(knoop.ctx, ast.Store):
                verwijzingen[knoop.id].append((_naam(pad), knoop, vullend.get(id(knoop))))
    return verwijzingen


VERWIJZINGEN = _verwijzingen()


def _waarden(aanroep: ast.Call) -> set[str] | None:
    """The names of the values a call gives; None when they cannot be read from the code (``**waarden``)."""
    naam = aanroep.func.id  # type: ignore[attr-defined]
    if naam == "melding":
        if any(k.arg is None for k in aanroep.keywords):
            return None
        return {k.arg for k in aanroep.keywords if k.arg is not None}
    positie = 2 if naam == "PydanticCustomError" else 1
    if len(aanroep.args) <= positie:
        return set()
    waarden = aanroep.args[positie]
    if not isinstance(waarden, ast.Dict) or not all(isinstance(k, ast.Constant) for k in waarden.keys):
        return None
    return {k.value for k in waarden.keys if isinstance(k, ast.Constant)}


@pytest.mark.parametrize("naam", sorted(_SJABLONEN))
def test_elke_melding_wordt_gebruikt(naam: str) -> None:
    assert VERWIJZINGEN[naam], f"{naam} staat in basis/meldingen.py, maar niets in de kern gebruikt het"


@pytest.mark.parametrize("naam", sorted(_SJABLONEN))
def test_een_sjabloon_krijgt_precies_zijn_waarden(naam: str) -> None:
    """Where a template has ``{naam}`` places, each use fills them in: none left open, none given that it does not have."""
    plaatsen = set(_PLAATS.findall(_SJABLONEN[naam]))
    for module, knoop, aanroep in VERWIJZINGEN[naam]:
        waar = f"{module}:{knoop.lineno}"
        if aanroep is None:
            assert not plaatsen, f"{waar}: {naam} heeft plaatsen {sorted(plaatsen)}, maar wordt niet ingevuld"
            continue
        gegeven = _waarden(aanroep)
        if gegeven is None:
            continue
        later = _LATER_GEVULD.get(aanroep.func.id, set())  # type: ignore[attr-defined]
        assert plaatsen - later <= gegeven <= plaatsen, f"{waar}: {naam} vraagt {sorted(plaatsen)}, krijgt {sorted(gegeven)}"


def test_geen_twee_sjablonen_met_dezelfde_tekst() -> None:
    per_tekst: dict[str, list[str]] = {}
    for naam, tekst in _SJABLONEN.items():
        per_tekst.setdefault(tekst, []).append(naam)
    assert not [namen for namen in per_tekst.values() if len(namen) > 1]


def test_melding_vult_in_zoals_pydantic() -> None:
    assert melding(meldingen.BEDRAG_NEGATIEF, invoer="'-3'") == "Een bedrag kan niet negatief zijn; hier staat '-3'."
    # a value is not read as a template, other braces stay, and so does a place without a value
    assert melding("{a} en {b}", a="{b}") == "{b} en {b}"
    assert melding(meldingen.HINT_WEBSITE_TEKENS) == meldingen.HINT_WEBSITE_TEKENS
    assert "{ }" in melding(meldingen.HINT_WEBSITE_TEKENS, grens=1)
