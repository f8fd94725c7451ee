"""Synthetic but realistic menukaarten for the benchmark: N items, M municipalities.

The vocabulary (``taxonomie.yml``) and the budget (``begroting.yml``) are copied from the shipped
``menukaart/`` where they exist, else from ``tests/voorbeelden/mini``. Items get Dutch-ish text of
the length the real items have (a summary of one or two sentences, a Markdown description of
about 1.5 kB with a heading and a list), values from the vocabulary, links to related items, and
the municipalities get afspraken, local processes and inhabitants on the key's peildatum.

Everything is deterministic (one seed), so two runs measure the same input. Every generated
menukaart must pass ``python -m flexteam check``: the benchmark measures the happy path.
"""

from __future__ import annotations

import random
import shutil
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Any

import yaml

from flexteam.inhoud.regels import maak_slug
from flexteam.lezen.yamlbestand import lees_bestand

REPO = Path(__file__).resolve().parents[1]
MENUKAART = REPO / "menukaart"
MINI = REPO / "tests" / "voorbeelden" / "mini"

DRENTHE = [
    ("Aa en Hunze", 25_800), ("Assen", 69_701), ("Borger-Odoorn", 25_700), ("Coevorden", 35_900),
    ("De Wolden", 24_600), ("Emmen", 109_346), ("Hoogeveen", 55_900), ("Meppel", 35_100),
    ("Midden-Drenthe", 33_800), ("Noordenveld", 32_800), ("Tynaarlo", 34_700), ("Westerveld", 19_900),
]

_VOOR = ["Ooster", "Wester", "Noorder", "Zuider", "Nieuw", "Oud", "Hoog", "Laag", "Groot", "Klein", "Beek", "Berg",
         "Veen", "Dijk", "Zand", "Linde", "Eiken", "Heide", "Molen", "Brug", "Kerk", "Vlas"]
_NA = ["veld", "wolde", "dijk", "horst", "loo", "broek", "haar", "zijl", "meer", "beek", "dam", "hoven", "wijk",
       "dorp", "hem", "recht", "stede", "waard"]

_WERKWOORDEN = ["Verkenning", "Aanpak", "Begeleiding", "Ondersteuning", "Plan", "Draaiboek", "Handreiking", "Werksessie",
                "Quickscan", "Advies", "Training", "Startnotitie", "Inventarisatie", "Evaluatie", "Routekaart"]
_ONDERWERPEN = ["warmtenet", "dorpsaanpak", "wijkaanpak", "bewonersavond", "isolatieproject", "energiecoöperatie",
                "VvE-verduurzaming", "energiearmoede", "warmteprogramma", "bodemwarmte", "restwarmte", "groen gas",
                "netcongestie", "huurwoningen", "subsidieaanvraag", "klankbordgroep", "keukentafelgesprekken",
                "collectieve inkoop", "warmtescan", "participatieplan"]
_BIJ = ["voor dorpen", "in de wijk", "met bewoners", "voor kleine kernen", "met de woningcorporatie", "voor VvE's",
        "in het buitengebied", "met de netbeheerder", "voor de gemeenteraad", "met dorpsbelangen"]

_WOORDEN = (
    "de gemeente het dorp de wijk bewoners warmte isolatie aardgas warmtenet plan stap samen eerst daarna "
    "energie huis woning kosten subsidie advies gesprek avond bijeenkomst netbeheerder corporatie coöperatie "
    "planning besluit raad college wethouder projectleider flexteam ervaring kennis sjabloon methode verslag "
    "opgave keuze oplossing bron bodem lucht elektriciteit isoleren besparen ventileren vloer dak spouwmuur "
    "draagvlak vertrouwen tempo volgorde afspraak rol taak verantwoordelijkheid inwoners ondernemers school "
    "buurthuis vereniging vrijwilligers uitvoering evaluatie lessen vervolg haalbaarheid betaalbaarheid"
).split()
_VERBINDERS = "en of maar want dus omdat zodat waarbij terwijl daarna".split()


def _zin(rng: random.Random, woorden: tuple[int, int] = (8, 18)) -> str:
    aantal = rng.randint(*woorden)
    delen = [rng.choice(_WOORDEN) for _ in range(aantal)]
    if aantal > 10:
        delen.insert(aantal // 2, rng.choice(_VERBINDERS))
    tekst = " ".join(delen)
    return tekst[0].upper() + tekst[1:] + "."


def _alinea(rng: random.Random, zinnen: tuple[int, int] = (3, 5)) -> str:
    return " ".join(_zin(rng) for _ in range(rng.randint(*zinnen)))


def _kort(rng: random.Random, maximum: int) -> str:
    tekst = _zin(rng, (6, 14))
    return tekst if len(tekst) <= maximum else tekst[: maximum - 1].rstrip() + "."


def _beschrijving(rng: random.Random) -> str:
    """About 1.2-2 kB of Markdown: paragraphs, a heading, a list, some bold text."""
    delen = [_alinea(rng)]
    eerste = _zin(rng, (3, 5)).rstrip(".")
    delen.append(f"**{eerste}** {_alinea(rng, (2, 3))}")
    delen.append("### " + rng.choice(["Aanpak", "Wat we doen", "Voor wie", "Zo werkt het"]))
    delen.append("\n".join(f"- {_zin(rng, (4, 9))}" for _ in range(rng.randint(3, 5))))
    delen.append(_alinea(rng, (2, 4)))
    return "\n\n".join(delen) + "\n"


def _titels(rng: random.Random, aantal: int) -> list[str]:
    gezien: set[str] = set()
    titels = []
    while len(titels) < aantal:
        titel = f"{rng.choice(_WERKWOORDEN)} {rng.choice(_ONDERWERPEN)} {rng.choice(_BIJ)}"
        if maak_slug(titel) in gezien:
            titel = f"{titel} ({len(titels) + 1})"
        gezien.add(maak_slug(titel))
        titels.append(titel)
    return titels


def _gemeentenamen(aantal: int) -> list[tuple[str, int]]:
    if aantal <= len(DRENTHE):
        return DRENTHE[:aantal]
    rng = random.Random(342)
    namen = list(DRENTHE)
    bestaand = {naam for naam, _ in namen}
    combinaties = [v + n for v in _VOOR for n in _NA if v + n not in bestaand]  # Westerveld is real
    rng.shuffle(combinaties)
    for naam in combinaties[: aantal - len(namen)]:
        # Inhabitants as the Netherlands has them: most 10k-50k, a few large cities.
        inwoners = int(min(930_000, max(950, rng.lognormvariate(10.4, 0.8))))
        namen.append((naam, inwoners))
    if len(namen) < aantal:
        raise ValueError(f"Te veel gemeenten gevraagd ({aantal}); het maximum is {len(namen)}.")
    return namen


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", format(v, "f")))
# Descriptions as contributors write them: a literal block (``beschrijving: |``).
_Dumper.add_representer(str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style="|" if "\n" in v else None))


def _schrijf(pad: Path, data: dict[str, Any]) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def _bron(naam: str) -> Path:
    return MENUKAART / naam if (MENUKAART / naam).is_file() else MINI / naam


def genereer(doel: Path, items: int, gemeenten: int, seed: int = 7) -> Path:
    """Write a valid menukaart with ``items`` items and ``gemeenten`` municipalities into ``doel`` (emptied first)."""
    rng = random.Random(seed * 1_000_003 + items * 1009 + gemeenten)
    if doel.exists():
        shutil.rmtree(doel)
    doel.mkdir(parents=True)

    shutil.copyfile(_bron("taxonomie.yml"), doel / "taxonomie.yml")
    taxonomie = lees_bestand(doel / "taxonomie.yml").data
    begroting = lees_bestand(_bron("begroting.yml")).data
    # The vocabularies (lists of terms with an id); the synonyms of the search are groups of words, no ids.
    ids = {lijst: [b["id"] for b in taxonomie[lijst]] for lijst in taxonomie if lijst != "synoniemen"}
    types = ids["kennisproduct_types"]

    # --- budget: the fixed contribution must fit the municipalities' part with many municipalities.
    aandeel = Decimal(begroting["provincie_aandeel"]["waarde"])
    for jaar in begroting["jaren"]:
        gemeentendeel = Decimal(jaar["totaal"]["waarde"]) * (1 - aandeel)
        maximum = (gemeentendeel * Decimal("0.4") / gemeenten).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        vast = jaar["vaste_bijdrage_per_gemeente"]
        if vast["waarde"] is not None and Decimal(vast["waarde"]) > maximum:
            vast["waarde"] = maximum
    _schrijf(doel / "begroting.yml", begroting)
    shutil.copyfile(_bron("bronnen.yml"), doel / "bronnen.yml")
    shutil.copyfile(_bron("begrippen.yml"), doel / "begrippen.yml")
    peildata = sorted({j["peildatum_inwoners"] for j in begroting["jaren"]})
    jaren = [j["jaar"] for j in begroting["jaren"]]

    # --- downloads
    bijlagen = ["sjabloon-wijkplan.md", "checklist-bewonersavond.md", "voorbeeld-planning.csv"]
    (doel / "bijlagen").mkdir()
    for naam in bijlagen:
        # A CSV as Dutch Excel saves it: UTF-8 with a BOM (the check refuses one without).
        (doel / "bijlagen" / naam).write_text(f"# {naam}\n\n{_alinea(rng)}\n", encoding="utf-8-sig" if naam.endswith(".csv") else "utf-8")

    # --- items: about 40% services, the rest knowledge products spread over the types.
    titels = _titels(rng, items)
    item_ids = [maak_slug(t) for t in titels]
    diensten = max(1, round(items * 0.4))
    for nummer, (titel, ident) in enumerate(zip(titels, item_ids)):
        dienst = nummer < diensten
        gerelateerd = rng.sample([i for i in item_ids if i != ident], k=min(rng.randint(0, 4), len(item_ids) - 1))
        data: dict[str, Any] = {
            "titel": titel,
            "samenvatting": _kort(rng, 300),
            "beschrijving": _beschrijving(rng),
            "thema": rng.sample(ids["themas"], k=rng.randint(1, min(3, len(ids["themas"])))),
            "fase": sorted(rng.sample(ids["fasen"], k=rng.randint(1, min(2, len(ids["fasen"])))), key=ids["fasen"].index),
            "doelgroep": rng.sample(ids["doelgroepen"], k=rng.randint(1, min(3, len(ids["doelgroepen"])))),
            "resultaat": [_kort(rng, 300) for _ in range(rng.randint(1, 3))],
        }
        if rng.random() < 0.6:
            data["trefwoorden"] = [rng.choice(_ONDERWERPEN).capitalize() for _ in range(rng.randint(1, 3))]
            data["trefwoorden"] = sorted(set(data["trefwoorden"]))
        if gerelateerd:
            data["gerelateerd"] = gerelateerd
        if dienst:
            van = rng.choice([8, 16, 24, 40, 60, 80, 120])
            weken = rng.choice([2, 4, 6, 8, 12])
            data["inzet"] = {"uren_van": van, "uren_tot": van * rng.choice([2, 3]), "herkomst": "aanname", "door": "benchmark",
                             "waarom": "synthetische dienst"}
            data["doorlooptijd"] = {"weken_van": weken, "weken_tot": weken * 2, "herkomst": "aanname", "door": "benchmark",
                                    "waarom": "synthetische dienst"}
            data["werkwijze"] = [{"stap": _kort(rng, 60).rstrip("."), "toelichting": _zin(rng)} for _ in range(rng.randint(2, 5))]
        else:
            soort = types[nummer % len(types)]
            data["type"] = soort
            if soort == "participatiemethode":
                niveaus = ids["participatieniveaus"]
                data["participatie"] = {
                    "niveau": rng.sample(niveaus, k=rng.randint(1, min(2, len(niveaus)))),
                    "groepsgrootte": {"van": 5, "tot": rng.choice([20, 40, 150]), "herkomst": "aanname", "door": "benchmark",
                                      "waarom": "synthetische methode"},
                    "vraagt_van_bewoners": _kort(rng, 300),
                }
            elif soort in ("warmtetransitieplan", "wijkaanpak-template") or (soort != "factsheet" and rng.random() < 0.5):
                # The product itself (points, fields to fill in): the build makes a Word file and a PDF of it.
                data["onderdelen"] = [{"titel": _kort(rng, 60).rstrip("."), "toelichting": _zin(rng),
                                       "punten": [_kort(rng, 120) for _ in range(rng.randint(2, 5))],
                                       "invulvelden": [{"vraag": _kort(rng, 80).rstrip(".") + "?"}]}
                                      for _ in range(rng.randint(2, 6))]
            if rng.random() < 0.25:
                bestand = rng.choice(bijlagen)
                data["bijlagen"] = [{"titel": f"Download: {bestand.rsplit('.', 1)[0].replace('-', ' ')}", "bestand": bestand}]
        data["status"] = rng.choices(["beschikbaar", "in ontwikkeling", "vervallen"], weights=[85, 12, 3])[0]
        if not dienst and data["status"] == "beschikbaar" and data["type"] != "factsheet" and "onderdelen" not in data:
            data["status"] = "beschrijving"  # available only with a document: the product written out in the YAML
        data["bijgewerkt"] = f"{rng.choice([2024, 2025])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        _schrijf(doel / ("diensten" if dienst else "kennisproducten") / f"{ident}.yml", data)

    # --- attachments nobody links to are refused by the check: link each one at least once.
    for nummer, bestand in enumerate(bijlagen):
        pad = doel / "kennisproducten" / f"{item_ids[diensten + nummer]}.yml"
        data = lees_bestand(pad).data
        data["bijlagen"] = [*data.get("bijlagen", []), {"titel": f"Download {nummer + 1}", "bestand": bestand}]
        data["bijlagen"] = list({b["bestand"]: b for b in data["bijlagen"]}.values())
        _schrijf(pad, data)

    # --- municipalities: unique synthetic GM codes, inhabitants on the key's peildatum.
    dienst_ids = item_ids[:diensten]
    regio = lees_bestand(_bron("regio.yml")).data
    regio["tegelkaart"] = {}
    for nummer, (naam, inwoners) in enumerate(_gemeentenamen(gemeenten)):
        ident = maak_slug(naam)
        afspraken = []
        for _ in range(rng.randint(2, 8) if gemeenten <= 12 else rng.randint(0, 4)):
            afspraak: dict[str, Any] = {
                "item": rng.choice(dienst_ids), "jaar": rng.choice(jaren), "uren_gevraagd": rng.choice([24, 40, 80, 120, 200]),
                "status": rng.choice(["aangevraagd", "lopend", "afgerond"]),
                "dorp_of_wijk": f"{rng.choice(_VOOR)}{rng.choice(_NA)}",
            }
            if rng.random() < 0.3:
                afspraak["toelichting"] = _kort(rng, 300)
            if afspraak["status"] != "aangevraagd":
                afspraak["uren_afgesproken"] = afspraak["uren_gevraagd"]
            afspraak["herkomst"] = "voorbeeld"
            afspraken.append(afspraak)
        processen = [
            {"naam": f"Dorpsaanpak {plaats}", "dorp_of_wijk": plaats, "fase": rng.choice(ids["fasen"]),
             "planning": {"van": 2023 + rng.randint(0, 2), "tot": 2027 + rng.randint(0, 3)}, "herkomst": "voorbeeld"}
            for plaats in (f"{rng.choice(_VOOR)}{rng.choice(_NA)}" for _ in range(rng.randint(0, 3)))
        ]
        regio["tegelkaart"][ident] = {"rij": nummer // 20 + 1, "kolom": nummer % 20 + 1}
        _schrijf(doel / "gemeenten" / f"{ident}.yml", {
            "naam": naam,
            "cbs_code": f"GM{nummer + 1:04d}",
            "website": f"https://www.{ident}.nl",
            "contact": {"adres": f"warmte@{ident}.nl", "herkomst": "voorbeeld"},
            "inwoners": [
                {"peildatum": peildatum, "aantal": int(inwoners * (1 - Decimal("0.005") * (len(peildata) - nummer_p))),
                 "herkomst": "aanname", "door": "benchmark", "waarom": "synthetische gemeente"}
                for nummer_p, peildatum in enumerate(peildata, start=1)
            ],
            "afspraken": afspraken,
            "lokale_processen": processen,
        })
    _schrijf(doel / "regio.yml", regio)
    return doel


if __name__ == "__main__":  # pragma: no cover - handy for a look at the output
    import sys

    print(genereer(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
