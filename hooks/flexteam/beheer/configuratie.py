"""The form editor's configuration (Decap CMS) and the field tree its YAML writer follows, both from the model.

One walk over the pydantic classes of ``inhoud/model.py`` (the same source as the JSON Schema) gives, per kind of file,
the form (``collections`` in Decap's ``config.yml``) and the field tree ``beheer/menukaart-yaml.js`` writes files by:
the order of the keys (``VOLGORDE``), which fields are required, which may be ``null``, which text is Markdown, which
list holds source references that may be written as a bare id. The choices come from the content: the taxonomy for
the dropdowns, the existing items, municipalities, cases and sources for the fields that refer to them. Nothing here is
kept by hand per field; a new field in the model appears in the form at the next build.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from annotated_types import Ge, Le, MaxLen, MinLen
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from flexteam.controle.catalogus import Catalogus
from flexteam.inhoud.model import BESTANDSNAAM_PATROON, MARKDOWN, BronInItem
from flexteam.beheer.lokaal import BIJLAGEN, INHOUD_MAP, STANDAARD_POORT
from flexteam.inhoud.regels import SOORTEN, veld_bij_type
from flexteam.inhoud.regio import Beheer
from flexteam.lezen.bestanden import BIJLAGE_FORMATEN

LOKAAL_ADRES = f"http://127.0.0.1:{STANDAARD_POORT}/api/v1"
"""Where ``make beheer`` runs the local backend (``python -m flexteam beheer``)."""

KORTE_TEKST = 120
"""Text up to this length gets one line in the form; longer text a box."""

_BIJLAGE_PATROON = [
    rf"^(.*/)?[a-z0-9]+(-[a-z0-9]+)*\.({'|'.join(sorted(e.lstrip('.') for e in BIJLAGE_FORMATEN))})$",
    f"Kies een bestand met een toegestane extensie: {', '.join(sorted(BIJLAGE_FORMATEN))}. "
    "De naam: kleine letters, cijfers en streepjes.",
]
"""The file picker of an attachment: the formats ``lezen/bestanden.py`` allows (the path before the name is Decap's)."""


@dataclass(frozen=True)
class Soort:
    """One kind of file the form edits: a Decap collection and a YAML format."""
    naam: str
    """The collection's name and the format's (``menukaart-<naam>``)."""
    label: str
    label_enkelvoud: str
    map: str
    """The folder in ``menukaart/``."""
    model: type[BaseModel]
    schema: str
    """The JSON Schema the editor modeline names."""
    type_: str | None = None
    """For a knowledge product: its type (a filter on the folder)."""
    titelveld: str = "titel"
    nieuw: bool = True

    @property
    def formaat(self) -> str:
        return f"menukaart-{self.naam}"

    @property
    def modeline(self) -> str:
        return f"# yaml-language-server: $schema=../schema/{self.schema}.schema.json"


def soorten(catalogus: Catalogus) -> tuple[Soort, ...]:
    """Services, one collection per type of knowledge product (from the taxonomy), municipalities and cases."""
    def soort(sleutel: str, label: str, enkelvoud: str, **extra: Any) -> Soort:
        map, model = SOORTEN[sleutel]
        return Soort(extra.pop("naam", map), label, enkelvoud, map, model, sleutel, **extra)
    return (
        soort("dienst", "Diensten", "Dienst"),
        *(soort("kennisproduct", f"Kennisproducten: {begrip.label.lower()}", begrip.label,
                naam=f"kennisproducten-{begrip.id}", type_=begrip.id)
          for begrip in catalogus.taxonomie.kennisproduct_types),
        soort("gemeente", "Gemeenten", "Gemeente", titelveld="naam", nieuw=False),
        soort("praktijkvoorbeeld", "Praktijkvoorbeelden", "Praktijkvoorbeeld"),
    )


def keuzes(catalogus: Catalogus) -> dict[str, list[dict[str, str]]]:
    """For each kind of reference (``model.VERWIJZINGEN``): the existing ids with a label, for a dropdown."""
    def opties(paren: typing.Iterable[tuple[str | None, str]]) -> list[dict[str, str]]:
        return sorted(({"label": f"{label} ({ident})", "value": ident} for ident, label in paren if ident),
                      key=lambda optie: optie["label"].lower())
    return {
        "items": opties((item.id, item.titel) for item in catalogus.items),
        "diensten": opties((dienst.id, dienst.titel) for dienst in catalogus.diensten),
        "gemeenten": opties((gemeente.id, gemeente.naam) for gemeente in catalogus.gemeenten),
        "praktijkvoorbeelden": opties((geval.id, geval.titel) for geval in catalogus.praktijkvoorbeelden),
        "bronnen": opties((bron.id, bron.titel) for bron in catalogus.bronnen.values()),
    }


@dataclass(frozen=True)
class _Kern:
    """A field's type without its wrappers: the inner type, the constraints and marks, whether ``null`` is allowed."""
    type_: Any
    metadata: tuple[Any, ...]
    nullable: bool


def _kern(annotatie: Any) -> _Kern:
    metadata: list[Any] = []
    nullable = False
    while True:
        if typing.get_origin(annotatie) is typing.Annotated:
            annotatie, *extra = typing.get_args(annotatie)
            metadata.extend(extra)
        elif typing.get_origin(annotatie) in (typing.Union, types.UnionType):
            rest = [a for a in typing.get_args(annotatie) if a is not type(None)]
            nullable = nullable or len(rest) < len(typing.get_args(annotatie))
            if len(rest) != 1:
                raise TypeError(f"Het formulier kent geen keuze tussen {rest}.")
            annotatie = rest[0]
        else:
            return _Kern(annotatie, tuple(metadata), nullable)


def _grens(metadata: tuple[Any, ...], soort: type, attribuut: str) -> Any:
    """A bound of a field: from ``Field(ge=...)`` (``annotated_types``) or from ``StringConstraints``."""
    return next((getattr(m, attribuut) for m in metadata
                 if (isinstance(m, soort) or hasattr(m, attribuut)) and getattr(m, attribuut) is not None), None)


def _patroon(metadata: tuple[Any, ...]) -> str | None:
    return next((m.pattern for m in metadata if getattr(m, "pattern", None)), None)


def _label(naam: str) -> str:
    tekst = naam.replace("_", " ")
    return tekst[:1].upper() + tekst[1:]


@dataclass
class _Veld:
    """One field: what Decap shows (``form``) and what the YAML writer needs (``boom``)."""
    form: dict[str, Any]
    boom: dict[str, Any]


class _Omzetter:
    def __init__(self, catalogus: Catalogus) -> None:
        self.taxonomie = catalogus.taxonomie
        self.keuzes = keuzes(catalogus)

    def velden(self, model: type[BaseModel], type_: str | None = None, bovenaan: bool = False) -> list[_Veld]:
        resultaat = []
        volgorde = getattr(model, "veldvolgorde", None)  # the content model's order; any other model: as defined
        for naam in (volgorde() if volgorde else tuple(model.model_fields)):
            info = model.model_fields[naam]
            if bovenaan and naam == "id":
                continue  # the file name is the id
            regel = veld_bij_type(naam, type_) if type_ is not None else "vrij"
            if regel == "weg":
                continue
            veld = self.veld(naam, info, verplicht=info.is_required() or regel == "verplicht")
            if naam == "type" and type_ is not None:
                veld.form = {"name": "type", "label": "Type", "widget": "hidden", "default": type_}
            resultaat.append(veld)
        return resultaat

    def veld(self, naam: str, info: FieldInfo, verplicht: bool) -> _Veld:
        kern = _kern(info.annotation)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        metadata = (*info.metadata, *kern.metadata)
        form: dict[str, Any] = {"name": naam, "label": _label(naam), "required": verplicht}
        if info.description:
            form["hint"] = info.description
        boom: dict[str, Any] = {"naam": naam, "verplicht": info.is_required(), "null": kern.nullable}
        self._vul(form, boom, kern.type_, metadata, extra)
        if verplicht and form.get("widget") == "list":
            form.setdefault("min", 1)
        if not verplicht and form.get("widget") == "object":
            _los(form["fields"])
        return _Veld(form, boom)

    def _vul(self, form: dict[str, Any], boom: dict[str, Any], type_: Any, metadata: tuple[Any, ...],
             extra: dict[str, Any]) -> None:
        """Fill ``form`` and ``boom`` for a value of type ``type_`` (the inner type of a field or of a list)."""
        herkomst = extra.get("taxonomie") or extra.get("verwijst")
        if typing.get_origin(type_) is list:
            (element,) = typing.get_args(type_)
            binnen = _kern(element)
            if isinstance(herkomst, str):  # a list of ids: one dropdown with several choices
                form.update(widget="select", multiple=True, options=self._opties(extra))
                boom["soort"] = "lijst"
                boom["element"] = {"soort": "tekst"}
            else:
                form["widget"] = "list"
                boom["soort"] = "lijst"
                element_boom: dict[str, Any] = {}
                if isinstance(binnen.type_, type) and issubclass(binnen.type_, BaseModel):
                    blok: dict[str, Any] = {}
                    self._vul(blok, element_boom, binnen.type_, binnen.metadata, {})
                    form["fields"] = blok["fields"]
                    form["summary"] = "{{fields.%s}}" % next(iter(binnen.type_.model_fields))
                else:
                    enkel: dict[str, Any] = {"name": "waarde", "label": form["label"]}
                    self._vul(enkel, element_boom, binnen.type_, binnen.metadata, {})
                    form["field"] = enkel
                boom["element"] = element_boom
            if (minimum := _grens(metadata, MinLen, "min_length")) is not None:
                form["min"] = minimum
            if (maximum := _grens(metadata, MaxLen, "max_length")) is not None:
                form["max"] = maximum
        elif isinstance(type_, type) and issubclass(type_, BaseModel):
            velden = self.velden(type_)
            form.update(widget="object", collapsed=False, fields=[v.form for v in velden])
            boom["soort"] = "blok"
            boom["velden"] = [v.boom for v in velden]
            if type_ is BronInItem:
                boom["kort"] = "id"  # '- besluit-gs-2023' stands for '- {id: besluit-gs-2023}'
        elif typing.get_origin(type_) is Literal:
            form.update(widget="select", options=list(typing.get_args(type_)))
            boom["soort"] = "tekst"
        elif type_ is bool:
            form["widget"] = "boolean"
            boom["soort"] = "waar"
        elif type_ is int:
            form.update(widget="number", value_type="int")
            for sleutel, soort, attribuut in (("min", Ge, "ge"), ("max", Le, "le")):
                if (grens := _grens(metadata, soort, attribuut)) is not None:
                    form[sleutel] = grens
            boom["soort"] = "getal"
        elif type_ is date:
            form.update(widget="datetime", format="YYYY-MM-DD", date_format="YYYY-MM-DD", time_format=False)
            if form.get("name") == "bijgewerkt":
                form["default"] = "{{now}}"
            boom["soort"] = "tekst"
        elif type_ is str:
            boom["soort"] = "tekst"
            if isinstance(herkomst, str):
                form.update(widget="select", options=self._opties(extra))
            elif _patroon(metadata) == BESTANDSNAAM_PATROON:  # an attachment in menukaart/bijlagen/
                form.update(widget="file", choose_url=False, allow_multiple=False, pattern=_BIJLAGE_PATROON)
                boom["bestand"] = True
            elif MARKDOWN in metadata:
                form.update(widget="markdown", editor_components=[], modes=["raw", "rich_text"])
                boom["opmaak"] = "markdown"
            else:
                lengte = _grens(metadata, MaxLen, "max_length")
                form["widget"] = "string" if lengte is not None and lengte <= KORTE_TEKST else "text"
                if (patroon := _patroon(metadata)) is not None:
                    form["pattern"] = [patroon, form.get("hint", "Deze waarde heeft niet de goede vorm.")]
        else:
            raise TypeError(f"Het formulier kent het type {type_!r} niet.")

    def _opties(self, extra: dict[str, Any]) -> list[dict[str, str]]:
        if "taxonomie" in extra:
            return [{"label": begrip.label, "value": begrip.id} for begrip in self.taxonomie.lijst(extra["taxonomie"])]
        return self.keuzes[extra["verwijst"]]


def _los(velden: list[dict[str, Any]]) -> None:
    """The fields of an optional block, made optional in the form: Decap checks the required fields of a block even
    when the block is left empty (a table nobody wants). The check still asks for them once the block is filled in."""
    for veld in velden:
        veld["required"] = False
        veld.pop("min", None)
        _los(veld.get("fields", []))
        if "field" in veld:
            _los([veld["field"]])


def collectie(soort: Soort, omzetter: _Omzetter) -> tuple[dict[str, Any], dict[str, Any]]:
    """One Decap collection and the field tree of its format."""
    velden = omzetter.velden(soort.model, soort.type_, bovenaan=True)
    form: dict[str, Any] = {
        "name": soort.naam,
        "label": soort.label,
        "label_singular": soort.label_enkelvoud,
        "folder": f"{INHOUD_MAP}/{soort.map}",
        "extension": "yml",
        "format": soort.formaat,
        "create": soort.nieuw,
        "delete": False,
        "slug": "{{slug}}",
        "identifier_field": soort.titelveld,
        "summary": "{{%s}}" % soort.titelveld,
        "fields": [v.form for v in velden],
    }
    if soort.type_ is not None:
        form["filter"] = {"field": "type", "value": soort.type_}
    boom = {"modeline": soort.modeline, "velden": [v.boom for v in velden]}
    return form, boom


def _backend(repo_url: str, beheer: Beheer) -> dict[str, Any]:
    """Where saving opens a pull request: the repository of ``regio.yml`` (or ``REPO_URL``), on GitHub or GitLab, with
    the owner's login settings from ``regio.yml`` (``beheer``; CONTRIBUTING.md, 'Het invulformulier instellen')."""
    adres = re.fullmatch(r"https://([^/]+)/(.+?)/?", repo_url)
    if adres is None:
        raise ValueError(f"Het adres van de repository is geen https-adres: {repo_url}")
    host, repo = adres.group(1), adres.group(2).removesuffix(".git")
    if host == "github.com":
        backend: dict[str, Any] = {"name": "github", "repo": repo, "branch": "main"}
        if beheer.oauth_url:
            backend["base_url"] = beheer.oauth_url
        return backend
    backend = {"name": "gitlab", "repo": repo, "branch": "main", "auth_type": "pkce",
               "base_url": f"https://{host}", "api_root": f"https://{host}/api/v4"}
    if beheer.gitlab_app_id:
        backend["app_id"] = beheer.gitlab_app_id
    return backend


def configuratie(catalogus: Catalogus, site_url: str, repo_url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Decap's ``config.yml`` and the field trees (format name → tree) for ``menukaart-yaml.js``."""
    omzetter = _Omzetter(catalogus)
    collecties, bomen = [], {}
    for soort in soorten(catalogus):
        form, boom = collectie(soort, omzetter)
        collecties.append(form)
        bomen[soort.formaat] = boom
    config = {
        "backend": _backend(repo_url, catalogus.regio.beheer),
        "publish_mode": "editorial_workflow",
        "local_backend": {"url": LOKAAL_ADRES},
        "locale": "nl",
        "site_url": site_url,
        "display_url": site_url,
        "media_folder": BIJLAGEN,
        "public_folder": "",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collecties,
    }
    return config, bomen
