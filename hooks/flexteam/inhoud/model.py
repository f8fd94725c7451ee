"""The content model: one typed, immutable class per kind of YAML file.

These classes are the single source of truth: the loader validates with them and
``schema.py`` generates the JSON Schema for editors from them. Values that come from
``taxonomie.yml`` are plain ids here (marked with ``taxonomie``) and checked against
the vocabulary in ``controles.py``; the schema generator turns them into enums.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from flexteam.basis.meldingen import (
    AANDEEL_BUITEN_BEREIK,
    AANDEEL_TE_VEEL_DECIMALEN,
    AANDEEL_VERWACHT,
    AANTAL_NEGATIEF,
    AANTAL_TE_GROOT,
    AANTAL_TE_VEEL_DECIMALEN,
    AANTAL_VERWACHT,
    BEDRAG_NEGATIEF,
    BEDRAG_TE_GROOT,
    BEDRAG_TE_VEEL_DECIMALEN,
    BEDRAG_VERWACHT,
    BEREIK_OMGEKEERD,
    TABELRIJ_BREEDTE,
    DATUM_BESTAAT_NIET,
    DATUM_NA_VANDAAG,
    DATUM_VERWACHT,
    BRON_ONVOLLEDIG,
    EMAIL_VERWACHT,
    HINT_BEDRAG_SCHRIJFWIJZE,
    HINT_EMAIL_APENSTAART,
    HINT_EMAIL_MAILTO,
    HINT_EMAIL_SPATIE,
    HINT_EMAIL_TE_LANG,
    HINT_EMAIL_VRAAGTEKEN,
    HINT_WEBSITE_APENSTAART,
    HINT_WEBSITE_DOMEIN,
    HINT_WEBSITE_HTTP,
    HINT_WEBSITE_HTTPS,
    HINT_WEBSITE_POORT,
    HINT_WEBSITE_SPATIE,
    HINT_WEBSITE_TE_LANG,
    HINT_WEBSITE_TEKENS,
    TOON_BLOK,
    TOON_LIJST,
    TOON_NIETS,
    TOON_TEKST,
    VELD_LEEG,
    WEBSITE_VERWACHT,
    melding,
)
from flexteam.basis.opmaak import getal

SLUG_PATROON = r"^[a-z0-9]+(-[a-z0-9]+)*$"
CBS_PATROON = r"^GM[0-9]{4}$"
BESTANDSNAAM_PATROON = r"^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]{1,5}$"
_HOSTNAAM = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
EMAIL_PATROON = rf"^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@{_HOSTNAAM}$"
"""A plain address: letters, digits and ``. _ + -`` before the @, a host name after it; no ``?``, ``&``, ``=`` or spaces."""
WEBSITE_PATROON = rf"^https://{_HOSTNAAM}(?:[/?#][A-Za-z0-9._~!$&'()*+,;=:@/?#%-]*)?$"
"""https, a host name without user, password or port, then an optional path, query or fragment in URL characters."""
MAX_EMAIL = 254
MAX_WEBSITE = 300

GRENS_BEDRAG = Decimal(10_000_000_000)
"""Amounts lie below ten billion euro: the budget is about 1.5 million, and 12 digits stay exact as a JSON number."""
MAX_AANTAL = Decimal(10_000)
"""Most fte on one budget line."""
MAX_INWONERS = 100_000_000
MAX_DECIMALEN_FRACTIE = 6


def _taxonomie(lijst: str) -> dict[str, Any]:
    """Marks a field whose values must be ids from ``taxonomie.yml``'s list ``lijst``."""
    return {"taxonomie": lijst}


VERWIJZINGEN = ("items", "diensten", "gemeenten", "praktijkvoorbeelden", "bronnen")
"""What a field can refer to by id: any item, a service, a municipality, a case, a source in ``bronnen.yml``."""


def _verwijst(naar: str) -> dict[str, Any]:
    """Marks a field whose values are ids of ``naar`` (one of ``VERWIJZINGEN``): the form offers the existing ones.
    The check of the references themselves is ``controle/kruisverwijzingen.py``; the JSON Schema drops the mark."""
    assert naar in VERWIJZINGEN
    return {"verwijst": naar}


@dataclass(frozen=True)
class Opmaak:
    """How a text field is written, for the form editor: ``markdown`` gets an editor with a preview."""
    soort: str


MARKDOWN = Opmaak("markdown")


def _lees_datum(waarde: Any) -> Any:
    if isinstance(waarde, date):
        return waarde
    if not isinstance(waarde, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", waarde):
        raise PydanticCustomError("flexteam", DATUM_VERWACHT, {"invoer": _toon(waarde)})
    try:
        return date.fromisoformat(waarde)
    except ValueError:
        raise PydanticCustomError("flexteam", DATUM_BESTAAT_NIET, {"tekst": waarde}) from None


def vandaag() -> date:
    """Today for the check: the later of the machine's date and the date in the Netherlands.

    A contributor in Drenthe just after midnight is not refused by a CI runner that still lives in UTC.
    """
    lokaal = date.today()
    try:
        return max(lokaal, datetime.now(ZoneInfo("Europe/Amsterdam")).date())
    except ZoneInfoNotFoundError:  # pragma: no cover - no time zone data on this machine
        return lokaal


def _niet_na_vandaag(dag: date) -> date:
    """``bijgewerkt`` says when the item changed: a later date would pin it to the top of the feed."""
    grens = vandaag()
    if dag > grens:
        raise PydanticCustomError("flexteam", DATUM_NA_VANDAAG, {"dag": dag.isoformat(), "vandaag": grens.isoformat()})
    return dag


def _is_getal(waarde: Any) -> bool:
    return isinstance(waarde, (int, Decimal)) and not isinstance(waarde, bool)


def _decimalen(getal: Decimal) -> int:
    exponent = getal.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _zonder_min(getal: Decimal) -> Decimal:
    """-0.00 → 0.00: a negative zero would be shown as '€ -0,00'."""
    return getal.copy_abs() if getal.is_zero() else getal


def _lees_bedrag(waarde: Any) -> Any:
    """Amounts are written as 1518461.52: a number with at most two decimals, never text, below ten billion."""
    if not _is_getal(waarde):
        hint = ""
        if isinstance(waarde, str) and re.search(r"\d", waarde):
            hint = HINT_BEDRAG_SCHRIJFWIJZE
        raise PydanticCustomError("flexteam", BEDRAG_VERWACHT, {"invoer": _toon(waarde), "hint": hint})
    bedrag = Decimal(waarde)
    if _decimalen(bedrag) > 2:
        raise PydanticCustomError("flexteam", BEDRAG_TE_VEEL_DECIMALEN, {"invoer": _toon(waarde)})
    if bedrag < 0:
        raise PydanticCustomError("flexteam", BEDRAG_NEGATIEF, {"invoer": _toon(waarde)})
    if bedrag >= GRENS_BEDRAG:
        raise PydanticCustomError("flexteam", BEDRAG_TE_GROOT,
                                  {"grens": getal(GRENS_BEDRAG - Decimal("0.01")), "invoer": _toon(waarde)})
    return _zonder_min(bedrag)


def _lees_fractie(waarde: Any) -> Any:
    if not _is_getal(waarde):
        raise PydanticCustomError("flexteam", AANDEEL_VERWACHT, {"invoer": _toon(waarde)})
    deel = Decimal(waarde)
    if not Decimal(0) <= deel <= Decimal(1):
        raise PydanticCustomError("flexteam", AANDEEL_BUITEN_BEREIK, {"invoer": _toon(waarde)})
    if _decimalen(deel) > MAX_DECIMALEN_FRACTIE:
        raise PydanticCustomError("flexteam", AANDEEL_TE_VEEL_DECIMALEN, {"invoer": _toon(waarde)})
    return _zonder_min(deel)


def _lees_aantal(waarde: Any) -> Any:
    if not _is_getal(waarde):
        raise PydanticCustomError("flexteam", AANTAL_VERWACHT, {"invoer": _toon(waarde)})
    aantal = Decimal(waarde)
    if aantal < 0:
        raise PydanticCustomError("flexteam", AANTAL_NEGATIEF, {"invoer": _toon(waarde)})
    if _decimalen(aantal) > 2:
        raise PydanticCustomError("flexteam", AANTAL_TE_VEEL_DECIMALEN, {"invoer": _toon(waarde)})
    if aantal > MAX_AANTAL:
        raise PydanticCustomError("flexteam", AANTAL_TE_GROOT, {"grens": getal(MAX_AANTAL), "invoer": _toon(waarde)})
    return _zonder_min(aantal)


def _lees_email(waarde: str) -> str:
    if len(waarde) <= MAX_EMAIL and re.fullmatch(EMAIL_PATROON, waarde):
        return waarde
    hint = ""
    if waarde.lower().startswith("mailto:"):
        hint = HINT_EMAIL_MAILTO
    elif re.search(r"\s", waarde):
        hint = HINT_EMAIL_SPATIE
    elif re.search(r"[?&=]", waarde):
        hint = HINT_EMAIL_VRAAGTEKEN
    elif waarde.count("@") != 1:
        hint = HINT_EMAIL_APENSTAART
    elif len(waarde) > MAX_EMAIL:
        hint = melding(HINT_EMAIL_TE_LANG, grens=MAX_EMAIL)
    raise PydanticCustomError("flexteam", EMAIL_VERWACHT, {"invoer": _toon(waarde), "hint": hint})


def _lees_website(waarde: str) -> str:
    if len(waarde) <= MAX_WEBSITE and re.fullmatch(WEBSITE_PATROON, waarde):
        return waarde
    rest = waarde[len("https://"):] if waarde.startswith("https://") else None
    host = re.split(r"[/?#]", rest, maxsplit=1)[0] if rest is not None else ""
    if rest is None:
        hint = HINT_WEBSITE_HTTP if waarde.lower().startswith("http://") else HINT_WEBSITE_HTTPS
    elif re.search(r"\s", waarde):
        hint = HINT_WEBSITE_SPATIE
    elif "@" in host:
        hint = HINT_WEBSITE_APENSTAART
    elif ":" in host:
        hint = HINT_WEBSITE_POORT
    elif not re.fullmatch(_HOSTNAAM, host):
        hint = HINT_WEBSITE_DOMEIN
    elif len(waarde) > MAX_WEBSITE:
        hint = melding(HINT_WEBSITE_TE_LANG, grens=MAX_WEBSITE)
    else:
        hint = HINT_WEBSITE_TEKENS
    raise PydanticCustomError("flexteam", WEBSITE_VERWACHT, {"invoer": _toon(waarde), "hint": hint})


def _toon(waarde: Any) -> str:
    if isinstance(waarde, str):
        return melding(TOON_TEKST, tekst=waarde if len(waarde) <= 60 else waarde[:57] + "…")
    if waarde is None:
        return TOON_NIETS
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, (list, tuple)):
        return TOON_LIJST
    if isinstance(waarde, dict):
        return TOON_BLOK
    return f"'{waarde}'"


_LEEG = re.compile(r"[\s\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u2800\u3164\ufeff\uffa0]*").fullmatch
"""Text that shows nothing: white space of every kind (also no-break and ideographic space), soft hyphens,
fillers (Hangul, Braille blank) and characters without width. Stops at the first visible character."""


def _niet_leeg(waarde: str) -> str:
    if _LEEG(waarde):
        raise PydanticCustomError("flexteam", VELD_LEEG, {})
    return waarde


Datum = Annotated[date, BeforeValidator(_lees_datum), WithJsonSchema({"type": "string", "format": "date"})]
Bijgewerkt = Annotated[date, BeforeValidator(_lees_datum), AfterValidator(_niet_na_vandaag),
                       WithJsonSchema({"type": "string", "format": "date"})]
Bedrag = Annotated[Decimal, BeforeValidator(_lees_bedrag),
                   WithJsonSchema({"type": "number", "minimum": 0, "exclusiveMaximum": int(GRENS_BEDRAG)})]
Fractie = Annotated[Decimal, BeforeValidator(_lees_fractie), WithJsonSchema({"type": "number", "minimum": 0, "maximum": 1})]
Aantal = Annotated[Decimal, BeforeValidator(_lees_aantal), WithJsonSchema({"type": "number", "minimum": 0, "maximum": int(MAX_AANTAL)})]
Email = Annotated[str, AfterValidator(_lees_email),
                  WithJsonSchema({"type": "string", "pattern": EMAIL_PATROON, "maxLength": MAX_EMAIL})]
Website = Annotated[str, AfterValidator(_lees_website),
                    WithJsonSchema({"type": "string", "pattern": WEBSITE_PATROON, "maxLength": MAX_WEBSITE})]
Tekst = Annotated[str, AfterValidator(_niet_leeg), StringConstraints(min_length=1)]
MarkdownTekst = Annotated[Tekst, MARKDOWN]
"""Text in Markdown (headings, lists, bold, links; no HTML)."""
KorteTekst = Annotated[str, AfterValidator(_niet_leeg), StringConstraints(min_length=1, max_length=300)]
Titel = Annotated[str, AfterValidator(_niet_leeg), StringConstraints(min_length=1, max_length=120)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATROON)]
Uren = Annotated[int, Field(ge=0, le=100_000)]
Jaar = Annotated[int, Field(ge=2000, le=2100)]


class _Blok(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, str_strip_whitespace=False)

    VOLGORDE: ClassVar[tuple[str, ...]] = ()
    """The order of the fields in a file (and in the form editor) where it differs from the order of definition:
    what describes the item first, what is particular to its kind in the middle, the administration last."""

    @classmethod
    def veldvolgorde(cls) -> tuple[str, ...]:
        return cls.VOLGORDE or tuple(cls.model_fields)


class _Bereik(_Blok):
    """A block with a lower and an upper bound (``van``/``tot``): the lower may not exceed the upper."""

    _grenzen: ClassVar[tuple[str, str]] = ("van", "tot")

    @model_validator(mode="after")
    def _volgorde(self) -> Self:
        van, tot = self._grenzen
        if getattr(self, van) > getattr(self, tot):
            raise PydanticCustomError("flexteam", BEREIK_OMGEKEERD,
                                      {"van_naam": van, "van": getattr(self, van), "tot_naam": tot, "tot": getattr(self, tot)})
        return self


# --- herkomst: where a figure or claim comes from ------------------------------------------------

HerkomstSoort = Literal["vastgesteld", "afgeleid", "aanname", "voorbeeld"]
HERKOMST_SOORTEN: tuple[str, ...] = ("vastgesteld", "afgeleid", "aanname", "voorbeeld")
"""From strongest to weakest: a figure derived from others is as weak as the weakest of them."""


class MetHerkomst(_Blok):
    """A figure or a claim, and where it comes from. The rules (which field each kind needs, a known
    ``bron``) are checked across files in ``controle/herkomst.py``.

    ``_waarde`` names the field that holds the figure; where it is empty (``null``: not yet known) the block
    needs no herkomst. Without ``_waarde`` the whole block is the claim (an afspraak, a contact), and
    ``herkomst`` is always needed.
    """

    _waarde: ClassVar[str | None] = None

    herkomst: HerkomstSoort | None = Field(
        default=None, description="Waar het getal vandaan komt: vastgesteld (met bron), afgeleid (met regel), "
                                  "aanname (met door en waarom) of voorbeeld (met levert).")
    bron: Slug | None = Field(default=None, description="Id van de bron in bronnen.yml. Verplicht bij vastgesteld.",
                              json_schema_extra=_verwijst("bronnen"))
    regel: KorteTekst | None = Field(default=None, description="Hoe het getal is afgeleid. Verplicht bij afgeleid.")
    door: KorteTekst | None = Field(default=None, description="Wie de aanname deed. Verplicht bij aanname.")
    waarom: KorteTekst | None = Field(default=None, description="Waarom deze aanname. Verplicht bij aanname.")
    levert: KorteTekst | None = Field(default=None, description="Wie het echte getal aanlevert. Verplicht bij voorbeeld.")

    @classmethod
    def veldvolgorde(cls) -> tuple[str, ...]:
        """The figure or claim first, where it comes from after it."""
        eigen = tuple(naam for naam in cls.model_fields if naam not in MetHerkomst.model_fields)
        return cls.VOLGORDE or (*eigen, *MetHerkomst.model_fields)

    @property
    def heeft_waarde(self) -> bool:
        return self._waarde is None or getattr(self, self._waarde) is not None


class _Cijfer(MetHerkomst):
    _waarde = "waarde"


class Bedragcijfer(_Cijfer):
    waarde: Bedrag = Field(description="Bedrag in euro, zoals 1518462 of 501092.30.")


class OpenBedragcijfer(_Cijfer):
    waarde: Bedrag | None = Field(description="Bedrag in euro, of null als het nog niet bekend is (vul dan levert in).")


class Aandeelcijfer(_Cijfer):
    waarde: Fractie = Field(description="Aandeel als getal tussen 0 en 1, zoals 0.33.")


class Aantalcijfer(_Cijfer):
    waarde: Aantal | None = Field(description="Aantal (fte of uren), of null als het nog niet bekend is (vul dan levert in).")


class Contact(MetHerkomst):
    adres: Email = Field(description="Functioneel e-mailadres (geen persoonlijk adres), zonder mailto: of ?.")


class Bron(_Blok):
    id: Slug = Field(description="Korte code waarmee een getal naar deze bron verwijst (bron: ...).")
    titel: KorteTekst = Field(description="Titel van het document, de tabel of de pagina.")
    uitgever: Titel = Field(description="Wie het document uitgaf, zoals 'Provincie Drenthe' of 'CBS'.")
    datum: Datum | None = Field(default=None, description="Datum van het document, tussen aanhalingstekens: \"2023-04-18\".")
    kenmerk: KorteTekst | None = Field(default=None, description="Kenmerk of tabelnummer, als het document er een heeft.")
    url: Website | None = Field(default=None, description="Openbaar adres van het document, als het er een heeft.")


class BronInItem(_Blok):
    """A source of an item, a case or a term: the id of one in ``bronnen.yml`` (written as plain text), or the source
    written out in place (at least titel and uitgever) for a source that only this item uses."""

    id: Slug | None = Field(default=None, description="Id van een bron in bronnen.yml (of schrijf alleen de id als tekst).",
                            json_schema_extra=_verwijst("bronnen"))
    titel: KorteTekst | None = Field(default=None, description="Titel van het document, de wet of de pagina.")
    uitgever: Titel | None = Field(default=None, description="Wie het uitgaf, zoals 'Rijksoverheid', 'VNG' of 'RTV Drenthe'.")
    datum: Datum | None = Field(default=None, description="Datum van het document, tussen aanhalingstekens: \"2025-12-10\".")
    kenmerk: KorteTekst | None = Field(default=None, description="Kenmerk, Staatsblad- of Kamerstuknummer, als er een is.")
    url: Website | None = Field(default=None, description="Openbaar adres (https://).")

    @model_validator(mode="after")
    def _id_of_titel(self) -> Self:
        if self.id is None and (self.titel is None or self.uitgever is None):
            raise PydanticCustomError("flexteam", BRON_ONVOLLEDIG, {})
        return self


def _bron_als_blok(waarde: Any) -> Any:
    """``- besluit-gs-2023`` means ``- {id: besluit-gs-2023}``."""
    return {"id": waarde} if isinstance(waarde, str) else waarde


Bronverwijzing = Annotated[
    BronInItem, BeforeValidator(_bron_als_blok),
    WithJsonSchema({"anyOf": [{"type": "string", "pattern": SLUG_PATROON},
                              BronInItem.model_json_schema()]}),
]
"""A source: the id of one in ``bronnen.yml``, or written out in place."""


class Bronnen(_Blok):
    """De bronnen waar vastgestelde getallen en feiten naar verwijzen."""

    bronnen: list[Bron] = Field(min_length=1, description="Elke bron één keer, met een eigen id.")

    def per_id(self) -> dict[str, Bron]:
        return {b.id: b for b in self.bronnen}


# --- taxonomie.yml ---------------------------------------------------------------------------


class Begrip(_Blok):
    id: Slug = Field(description="Korte code: kleine letters, cijfers en streepjes.")
    label: Titel = Field(description="Naam zoals lezers hem zien.")
    omschrijving: KorteTekst = Field(description="Eén of twee zinnen uitleg.")


class Taxonomie(_Blok):
    """De vaste woordenlijsten: items mogen alleen waarden gebruiken die hier staan."""

    themas: list[Begrip] = Field(min_length=1, description="Thema's van de warmtetransitie.")
    fasen: list[Begrip] = Field(min_length=1, description="Fasen van de wijk- of dorpsaanpak, in volgorde.")
    doelgroepen: list[Begrip] = Field(min_length=1, description="Voor wie een item bedoeld is.")
    kennisproduct_types: list[Begrip] = Field(min_length=1, description="Soorten kennisproducten.")
    participatieniveaus: list[Begrip] = Field(min_length=1, description="Treden van de participatieladder, van laag naar hoog.")
    synoniemen: list[Annotated[list[Titel], Field(min_length=2, max_length=12)]] = Field(
        default_factory=list, max_length=200,
        description="Woorden die voor de zoekfunctie hetzelfde betekenen, per groep, zoals [vve, vereniging van eigenaren]. "
                    "Noemt een item één woord van een groep, dan vindt de zoekfunctie het ook met de andere.")

    def lijst(self, naam: str) -> list[Begrip]:
        return list(getattr(self, naam))

    def label(self, naam: str, begrip_id: str) -> str:
        return next((b.label for b in self.lijst(naam) if b.id == begrip_id), begrip_id)


# --- menukaart items -------------------------------------------------------------------------


class Stap(_Blok):
    stap: Titel = Field(description="Naam van de stap.")
    toelichting: Tekst = Field(description="Wat er in deze stap gebeurt.")


class Invulveld(_Blok):
    """A question with room to answer: a fill-in field in the Word file, lines in the PDF."""

    vraag: Titel = Field(description="De vraag of het gegeven dat de gebruiker invult, bijvoorbeeld 'Naam van het dorp'.")
    uitleg: KorteTekst | None = Field(default=None, description="Korte hulp bij het invullen.")
    regels: Annotated[int, Field(ge=1, le=20)] = Field(default=2, description="Hoeveel regels ruimte het antwoord krijgt (1 tot 20).")


class Invultabel(_Blok):
    """A table to fill in: a header row, rows that may be partly filled, and empty rows."""

    titel: Titel = Field(description="Waar de tabel over gaat; lezers met een schermlezer horen dit als bijschrift.")
    kolommen: list[Titel] = Field(min_length=2, max_length=8, description="De kopjes van de kolommen (2 tot 8).")
    rijen: list[list[Annotated[str, StringConstraints(max_length=120)]]] = Field(
        default_factory=list, max_length=40,
        description="Rijen die al iets bevatten, elk met evenveel cellen als er kolommen zijn; een lege cel is \"\".")
    lege_rijen: Annotated[int, Field(ge=0, le=30)] = Field(default=3, description="Aantal lege rijen om in te vullen.")

    @field_validator("rijen")
    @classmethod
    def _even_breed(cls, rijen: list[list[str]], info: ValidationInfo) -> list[list[str]]:
        kolommen = info.data.get("kolommen")
        for nummer, rij in enumerate(rijen, start=1):
            if kolommen is not None and len(rij) != len(kolommen):
                raise PydanticCustomError("flexteam", TABELRIJ_BREEDTE, {"rij": nummer, "cellen": len(rij), "kolommen": len(kolommen)})
        return rijen


class Onderdeel(_Blok):
    """A chapter, part or step of a knowledge product. What it holds becomes the Word and PDF document."""

    titel: Titel = Field(description="Naam van het hoofdstuk, onderdeel of de stap.")
    toelichting: Tekst = Field(description="Wat er in dit onderdeel komt.")
    tekst: MarkdownTekst | None = Field(default=None, description="Uitleg bij dit onderdeel (Markdown), zoals die in het document staat.")
    stappen: list[KorteTekst] = Field(default_factory=list, max_length=40, description="Genummerde stappen, in volgorde.")
    punten: list[KorteTekst] = Field(
        default_factory=list, max_length=60,
        description="Vragen of punten. In een checklist zijn het vakjes om aan te vinken.")
    invulvelden: list[Invulveld] = Field(default_factory=list, max_length=40, description="Vragen met ruimte voor het antwoord.")
    tabel: Invultabel | None = Field(default=None, description="Een tabel om in te vullen.")

    @property
    def heeft_inhoud(self) -> bool:
        """Whether the part holds the product itself (text, steps, points, fields or a table), not only its title."""
        return bool(self.tekst or self.stappen or self.punten or self.invulvelden or self.tabel)


class Bijlage(_Blok):
    titel: Titel = Field(description="Naam van de download zoals lezers hem zien.")
    bestand: Annotated[str, StringConstraints(pattern=BESTANDSNAAM_PATROON)] = Field(
        description="Bestandsnaam in menukaart/bijlagen/ (kleine letters, bijvoorbeeld sjabloon-wup.md)."
    )


class Inzet(_Bereik, MetHerkomst):
    """The hours of a service: an indication, with where it comes from (an aanname until the team confirms it)."""

    _grenzen = ("uren_van", "uren_tot")
    uren_van: Uren = Field(description="Minimaal aantal uren inzet van het flexteam (indicatie).")
    uren_tot: Uren = Field(description="Maximaal aantal uren inzet van het flexteam (indicatie).")



class Doorlooptijd(_Bereik, MetHerkomst):
    """How long a service takes: an indication, with where it comes from."""

    _grenzen = ("weken_van", "weken_tot")
    weken_van: Annotated[int, Field(ge=1, le=520)] = Field(description="Kortste doorlooptijd in weken.")
    weken_tot: Annotated[int, Field(ge=1, le=520)] = Field(description="Langste doorlooptijd in weken.")



class Groepsgrootte(_Bereik, MetHerkomst):
    """For how many participants a method works: an indication, with where it comes from."""

    van: Annotated[int, Field(ge=1, le=100_000)] = Field(description="Kleinste groep deelnemers.")
    tot: Annotated[int, Field(ge=1, le=100_000)] = Field(description="Grootste groep deelnemers.")



class Participatie(_Blok):
    niveau: list[Slug] = Field(min_length=1, description="Treden van de participatieladder.",
                               json_schema_extra=_taxonomie("participatieniveaus"))
    groepsgrootte: Groepsgrootte = Field(description="Voor hoeveel deelnemers de methode werkt.")
    vraagt_van_bewoners: KorteTekst = Field(description="Wat de methode van bewoners vraagt (tijd, voorbereiding).")


class _Item(_Blok):
    id: Slug | None = Field(default=None, description="Optioneel. Als je het invult, moet het gelijk zijn aan de bestandsnaam.")
    titel: Titel = Field(description="Korte, duidelijke naam (maximaal 120 tekens).")
    samenvatting: KorteTekst = Field(description="Eén of twee zinnen in gewone taal (maximaal 300 tekens).")
    beschrijving: MarkdownTekst = Field(description="Uitleg in Markdown: kopjes, lijsten, vet en links. Geen HTML.")
    thema: list[Slug] = Field(min_length=1, description="Thema's uit taxonomie.yml.", json_schema_extra=_taxonomie("themas"))
    fase: list[Slug] = Field(min_length=1, description="Fasen uit taxonomie.yml.", json_schema_extra=_taxonomie("fasen"))
    doelgroep: list[Slug] = Field(min_length=1, description="Doelgroepen uit taxonomie.yml.", json_schema_extra=_taxonomie("doelgroepen"))
    resultaat: list[KorteTekst] = Field(min_length=1, description="Wat het oplevert.")
    trefwoorden: list[Titel] = Field(default_factory=list, description="Andere woorden en afkortingen waarop mensen zoeken.")
    gerelateerd: list[Slug] = Field(default_factory=list, description="Ids (bestandsnamen) van verwante items.",
                                    json_schema_extra=_verwijst("items"))
    bronnen: list[Bronverwijzing] = Field(
        default_factory=list, description="Waar de feiten in dit item vandaan komen: een id uit bronnen.yml, of een blok met "
                                          "titel, uitgever, datum en url.")
    wetgeving_gecontroleerd: Bijgewerkt | None = Field(
        default=None, description="Datum waarop de wetgeving in dit item voor het laatst is nagekeken (verplicht als het item "
                                  "een wet noemt), tussen aanhalingstekens: \"2026-11-30\".")
    status: Literal["beschikbaar", "in ontwikkeling", "beschrijving", "vervallen"] = Field(
        description="beschikbaar (een kennisproduct alleen met een document om te downloaden), in ontwikkeling, "
                    "beschrijving (alleen een beschrijving, nog geen document) of vervallen.")
    bijgewerkt: Bijgewerkt = Field(description="Datum van de laatste inhoudelijke wijziging, tussen aanhalingstekens: \"2025-03-14\".")

    @property
    def soort(self) -> str:
        raise NotImplementedError


_BEGIN = ("id", "titel", "samenvatting", "beschrijving")
_MIDDEN = ("thema", "fase", "doelgroep", "resultaat")
_EIND = ("trefwoorden", "gerelateerd", "bronnen", "wetgeving_gecontroleerd", "status", "bijgewerkt")


class Dienst(_Item):
    """Werkzaamheden die het flexteam voor een gemeente uitvoert."""

    VOLGORDE = (*_BEGIN, *_MIDDEN, "inzet", "doorlooptijd", "werkwijze", *_EIND)

    inzet: Inzet = Field(description="Indicatie van de inzet in uren.")
    doorlooptijd: Doorlooptijd = Field(description="Indicatie van de doorlooptijd in weken.")
    werkwijze: list[Stap] = Field(default_factory=list, description="De stappen van het werk.")

    @property
    def soort(self) -> str:
        return "dienst"


class Kennisproduct(_Item):
    """Een kennisproduct: sjabloon, methode, handreiking, factsheet of checklist."""

    VOLGORDE = (*_BEGIN, "type", *_MIDDEN, "participatie", "onderdelen", "bijlagen", *_EIND)

    type: Slug = Field(description="Soort kennisproduct uit taxonomie.yml.", json_schema_extra=_taxonomie("kennisproduct_types"))
    participatie: Participatie | None = Field(default=None, description="Alleen en altijd bij type participatiemethode.")
    onderdelen: list[Onderdeel] = Field(default_factory=list, description="Hoofdstukken of stappen van het sjabloon.")
    bijlagen: list[Bijlage] = Field(default_factory=list, description="Downloads uit menukaart/bijlagen/.")

    @property
    def soort(self) -> str:
        return "kennisproduct"


Item = Dienst | Kennisproduct


# --- gemeenten -------------------------------------------------------------------------------


class Inwonertal(MetHerkomst):
    _waarde = "aantal"

    peildatum: Datum = Field(description="Peildatum van het inwonertal, tussen aanhalingstekens: \"2024-01-01\".")
    aantal: Annotated[int, Field(ge=0, le=MAX_INWONERS)] | None = Field(
        description="Aantal inwoners, of null als het nog niet is ingevuld (nooit schatten).")


class Afspraak(MetHerkomst):
    item: Slug = Field(description="Id van een dienst uit de menukaart.", json_schema_extra=_verwijst("diensten"))
    jaar: Jaar = Field(description="Jaar van de afspraak.")
    status: Literal["aangevraagd", "lopend", "afgerond"] = Field(description="Stand van de afspraak.")
    uren_gevraagd: Uren = Field(description="Uren die de gemeente vroeg.")
    uren_afgesproken: Uren | None = Field(default=None, description="Uren die gemeente en team afspraken (leeg zolang de afspraak is aangevraagd).")
    uren_geleverd: Uren | None = Field(default=None, description="Uren die het team tot nu toe werkte.")
    dorp_of_wijk: Titel = Field(description="Het dorp of de wijk waar het werk plaatsvindt.")
    toelichting: KorteTekst | None = Field(default=None, description="Korte notitie (maximaal 300 tekens).")
    praktijkvoorbeeld: Slug | None = Field(
        default=None, description="Id van het praktijkvoorbeeld dat over dit werk vertelt (menukaart/praktijkvoorbeelden/).",
        json_schema_extra=_verwijst("praktijkvoorbeelden"))


class Planning(_Bereik):
    van: Jaar = Field(description="Startjaar.")
    tot: Jaar = Field(description="Verwacht eindjaar.")



class LokaalProces(MetHerkomst):
    naam: Titel = Field(description="Naam van het proces: 'Dorpsaanpak' of 'Wijkaanpak' en de naam van het dorp of de wijk.")
    dorp_of_wijk: Titel = Field(description="Het dorp of de wijk.")
    fase: Slug = Field(description="Fase uit taxonomie.yml.", json_schema_extra=_taxonomie("fasen"))
    planning: Planning = Field(description="Looptijd in jaren.")
    toelichting: KorteTekst | None = Field(default=None, description="Korte toelichting.")


class Gemeente(_Blok):
    """Eén gemeente: gegevens, afspraken met het team en lokale processen."""

    id: Slug | None = Field(default=None, description="Optioneel. Als je het invult, moet het gelijk zijn aan de bestandsnaam.")
    naam: Titel = Field(description="Naam van de gemeente.")
    cbs_code: Annotated[str, StringConstraints(pattern=CBS_PATROON)] = Field(
        description="CBS-gemeentecode als tekst tussen aanhalingstekens, bijvoorbeeld \"GM0106\"."
    )
    website: Website = Field(description="Website van de gemeente: https:// en een domeinnaam, zonder poort of @ (https://www.assen.nl).")
    contact: Contact | None = Field(default=None, description="Functioneel e-mailadres voor de warmtetransitie, met herkomst.")
    inwoners: list[Inwonertal] = Field(min_length=1, description="Inwonertal per peildatum, met bron.")
    afspraken: list[Afspraak] = Field(default_factory=list, description="Afspraken met het flexteam.")
    lokale_processen: list[LokaalProces] = Field(default_factory=list, description="Lopende dorps- en wijkprocessen.")

    def inwoners_op(self, peildatum: date) -> Inwonertal | None:
        return next((i for i in self.inwoners if i.peildatum == peildatum), None)


# --- praktijkvoorbeelden ---------------------------------------------------------------------


class Periode(_Bereik):
    van: Jaar = Field(description="Jaar waarin het begon.")
    tot: Jaar = Field(description="Jaar waarin het klaar was of verwacht klaar is.")


class Praktijkvoorbeeld(_Blok):
    """Een echt geval: waar, wanneer, wie, wat er gebeurde en wat we ervan leren."""

    id: Slug | None = Field(default=None, description="Optioneel. Als je het invult, moet het gelijk zijn aan de bestandsnaam.")
    titel: Titel = Field(description="Korte naam, zoals 'Warmtenet Lariks-West in Assen'.")
    samenvatting: KorteTekst = Field(description="Eén of twee zinnen: wat er gebeurde (maximaal 300 tekens).")
    gemeente: Slug = Field(description="Id van de gemeente (bestandsnaam in menukaart/gemeenten/).",
                           json_schema_extra=_verwijst("gemeenten"))
    plaats: Titel = Field(description="Het dorp of de wijk.")
    periode: Periode = Field(description="Van welk jaar tot welk jaar.")
    betrokkenen: list[Titel] = Field(min_length=1, description="Wie meedeed: organisaties en rollen, geen namen van personen.")
    items: list[Slug] = Field(default_factory=list, description="Ids van de diensten en kennisproducten die gebruikt zijn.",
                              json_schema_extra=_verwijst("items"))
    verloop: MarkdownTekst = Field(description="Wat er gebeurde, in Markdown.")
    lessen: list[KorteTekst] = Field(min_length=1, description="Wat andere gemeenten ervan kunnen leren.")
    bijlagen: list[Bijlage] = Field(default_factory=list, description="Documenten uit menukaart/bijlagen/.")
    bronnen: list[Bronverwijzing] = Field(min_length=1, description="Waar de feiten vandaan komen: een id uit bronnen.yml of een blok.")
    bijgewerkt: Bijgewerkt = Field(description="Datum van de laatste inhoudelijke wijziging, tussen aanhalingstekens.")

    @property
    def soort(self) -> str:
        return "praktijkvoorbeeld"


# --- begrippen.yml ---------------------------------------------------------------------------


class Term(_Blok):
    id: Slug = Field(description="Korte code: het anker op de pagina Begrippen (/begrippen/#id).")
    term: Titel = Field(description="Het begrip voluit, zoals 'Wet gemeentelijke instrumenten warmtetransitie'.")
    afkorting: Titel | None = Field(default=None, description="De afkorting, zoals 'Wgiw', als die gebruikt wordt.")
    uitleg: KorteTekst = Field(description="Uitleg in gewone taal, in één tot drie zinnen (maximaal 300 tekens).")
    zie_ook: list[Slug] = Field(default_factory=list, description="Ids van verwante begrippen.")
    bron: Bronverwijzing | None = Field(default=None, description="Waar de uitleg op steunt, als het een feit is.")


class Begrippen(_Blok):
    """De begrippen van de warmtetransitie, voor de pagina Begrippen."""

    begrippen: list[Term] = Field(min_length=1, description="Elk begrip één keer.")


# --- begroting.yml ---------------------------------------------------------------------------


class Begrotingspost(MetHerkomst):
    post: Titel = Field(description="Naam van de begrotingspost.")
    bedrag: Bedrag = Field(description="Bedrag in euro, zoals 650000.00.")
    fte: Aantal | None = Field(default=None, description="Aantal fte, alleen bij personeel.")


class Begrotingsjaar(_Blok):
    jaar: Jaar = Field(description="Begrotingsjaar.")
    totaal: Bedragcijfer = Field(description="Het onafgeronde totaal in euro (zoals 1518461.52) waarmee de site rekent, met herkomst.")
    totaal_in_besluit: Bedragcijfer | None = Field(default=None, description="Het totaal zoals het besluit het noemt (zoals 1518462).")
    provinciale_bijdrage: Bedragcijfer | None = Field(
        default=None, description="Provinciale bijdrage zoals het besluit die noemt; leeg = berekend uit provincie_aandeel."
    )
    status: Literal["vastgesteld", "onder voorbehoud"] = Field(description="vastgesteld of onder voorbehoud.")
    toelichting: KorteTekst | None = Field(default=None, description="Korte toelichting bij dit jaar.")
    peildatum_inwoners: Datum = Field(description="Peildatum van de inwonertallen voor het deel naar inwoners in dit jaar.")
    vaste_bijdrage_per_gemeente: OpenBedragcijfer = Field(description="Vaste bijdrage die elke gemeente betaalt, met herkomst.")
    team_fte: Aantalcijfer | None = Field(default=None, description="Omvang van het team in fte in dit jaar, met herkomst.")
    begrotingsposten: list[Begrotingspost] = Field(default_factory=list, description="Opbouw van het totaal.")


class AandeelInTekst(MetHerkomst):
    """How a document words the province's share ('een derde'), beside the share the amounts show."""

    tekst: Titel = Field(description="Zoals het document het zegt, bijvoorbeeld 'een derde'.")
    teller: Annotated[int, Field(ge=1, le=100)] = Field(description="Teller van de breuk: 1 bij een derde.")
    noemer: Annotated[int, Field(ge=1, le=100)] = Field(description="Noemer van de breuk: 3 bij een derde.")


class Verdeelsleutel(_Blok):
    toelichting: KorteTekst | None = Field(default=None, description="Uitleg bij de sleutel.")


class Capaciteitsbehoefte(_Blok):
    """The region's need for people against what it has, and the hours one fte stands for."""

    nodig_fte: Aantalcijfer = Field(description="Fte die de regio nodig heeft voor de warmtetransitie, met herkomst.")
    beschikbaar_fte_van: Aantalcijfer = Field(description="Fte die er zijn, ondergrens, met herkomst.")
    beschikbaar_fte_tot: Aantalcijfer = Field(description="Fte die er zijn, bovengrens, met herkomst.")
    uren_per_fte: Aantalcijfer = Field(description="Inzetbare uren per fte per jaar, om fte en uren te vergelijken, met herkomst.")


class Begroting(_Blok):
    """De begroting van het flexteam en de verdeling over provincie en gemeenten."""

    provincie_aandeel: Aandeelcijfer = Field(description="Aandeel van de provincie in het onafgeronde totaal, zoals 0.33, met herkomst.")
    provincie_aandeel_in_tekst: AandeelInTekst | None = Field(
        default=None, description="Hoe het besluit het aandeel in woorden noemt (een derde), met herkomst.")
    verdeelsleutel: Verdeelsleutel = Field(description="Hoe het gemeentelijke deel wordt verdeeld.")
    capaciteit: Capaciteitsbehoefte | None = Field(default=None, description="Wat de regio aan mensen nodig heeft en heeft.")
    jaren: list[Begrotingsjaar] = Field(min_length=1, description="De begroting per jaar.")
