"""The region and its team as content (``menukaart/regio.yml``): every fact that differs from one province to
the next — names, the team's mailbox, the site's addresses and title, the tile map of the municipalities —
so another region builds its own site by editing content, never code or templates."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from flexteam.inhoud.model import Contact, KorteTekst, Slug, Titel, Website

Plaats = Annotated[int, Field(ge=1, le=100)]


class Tegel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    rij: Plaats = Field(description="Rij op de schematische kaart, 1 is het noorden.")
    kolom: Plaats = Field(description="Kolom op de schematische kaart, 1 is het westen.")


class Beheer(BaseModel):
    """Inloggen in het invulformulier /beheer/: wat de eigenaar van de repository instelt (CONTRIBUTING.md)."""
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    oauth_url: Website | None = Field(
        default=None, description="GitHub: het adres van de OAuth-dienst voor Decap CMS, zoals https://oauth.voorbeeld.nl.")
    gitlab_app_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = Field(
        default=None, description="GitLab: de Application ID van de OAuth-toepassing (64 tekens, 0-9 en a-f).")


class Regio(BaseModel):
    """De regio en het team: namen, adressen en de kaart van de gemeenten."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    naam: Titel = Field(description="Naam van de regio, zoals 'Drenthe'.")
    bijvoeglijk: Titel = Field(description="Het bijvoeglijk naamwoord bij de regio, zoals 'Drentse' (de Drentse gemeenten).")
    organisatie: Titel = Field(description="De organisatie waar het team in dienst is, zoals 'Provincie Drenthe'.")
    team: Titel = Field(description="Naam van het team, zoals 'Flexteam Warmtetransitie Drenthe'.")
    team_kort: Titel = Field(description="Hoe de teksten het team met naam noemen, zoals 'Flexteam Warmtetransitie'.")
    team_in_tekst: Titel = Field(description="Het woord voor het team in lopende tekst, zoals 'flexteam' (het flexteam helpt …).")
    team_mailbox: Contact | None = Field(default=None, description="Functioneel e-mailadres van het team, met herkomst.")
    site_titel: Titel = Field(description="Naam van de site, bovenaan elke pagina.")
    site_beschrijving: KorteTekst = Field(description="Eén zin over de site, voor zoekmachines.")
    site_url: Website = Field(description="Adres van de gepubliceerde site (SITE_URL gaat voor, bijvoorbeeld bij een voorbeeld).")
    repo_url: Website = Field(description="Adres van de repository, voor 'Verbeter deze pagina' (REPO_URL gaat voor).")
    auteursrecht: KorteTekst = Field(description="Regel onderaan elke pagina: wie de inhoud maakt en onder welke licentie.")
    beheer: Beheer = Field(default_factory=Beheer, description="Inloggen in het invulformulier /beheer/ (voor de eigenaar).")
    tegelkaart: dict[Slug, Tegel] = Field(
        min_length=1, description="Per gemeente (bestandsnaam) de plek op de schematische kaart: rij en kolom.")
