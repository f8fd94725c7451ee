"""Every Dutch text the core says to a contributor: errors, warnings, hints and the command line's answers.

One template per message, named for what went wrong; a call site only passes the values. A template
marks each value as ``{naam}``, as pydantic's ``PydanticCustomError`` does, so the model passes its
templates to pydantic unchanged, and everything else fills one in with ``melding``. Messages that are
put together from parts (a hint appended, " Bedoelde je …?", " Kies uit: …") take each part from here.

Texts that are no message stay with their code: the site's pages (``site/templates/``), CSV and Excel
headings, ``argparse`` help, the field descriptions of the model (they become the JSON Schema).
``tests/test_meldingen.py`` checks that no layer below the views (``basis`` to ``controle``, and ``cli``)
writes a message of its own, that every template here is used, and that each use gives exactly its values.
"""

from __future__ import annotations

import re

_WAARDE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def melding(sjabloon: str, **waarden: object) -> str:
    """``sjabloon`` with each ``{naam}`` replaced by ``str(waarden[naam])``, in one pass.

    As in pydantic's templates, every other brace stays as written (``{ }`` in a hint), and so does a
    ``{naam}`` without a value; a value is never read as a template itself.
    """
    if not waarden:
        return sjabloon
    return _WAARDE.sub(lambda gevonden: str(waarden[gevonden[1]]) if gevonden[1] in waarden else gevonden[0], sjabloon)


# --- the summary of a run (basis/fout.py) ----------------------------------------------------------

SAMENVATTING_EEN_FOUT = "De menukaart bevat 1 fout:"
SAMENVATTING_FOUTEN = "De menukaart bevat {aantal} fouten:"
SAMENVATTING_WAARSCHUWINGEN = "Waarschuwingen ({aantal}); ze houden niets tegen, maar kijk er wel naar:"
REST_FOUT = "… en nog {aantal} fout in dit bestand (verbeter eerst de fouten hierboven)."
REST_FOUTEN = "… en nog {aantal} fouten in dit bestand (verbeter eerst de fouten hierboven)."
REST_WAARSCHUWING = "… en nog {aantal} waarschuwing in dit bestand."
REST_WAARSCHUWINGEN = "… en nog {aantal} waarschuwingen in dit bestand."
"""The line that stands in for the errors (or warnings) of a file that are not shown."""

# Where an error is: "menukaart/diensten/x.yml, regel 3, kolom 5 — veld 'titel': …"
PLAATS_REGEL = ", regel {regel}"
PLAATS_KOLOM = ", kolom {kolom}"
PLAATS_VELD = " — veld '{veld}'"


# --- files and folders (lezen/bestanden.py, lezen/inventaris.py, controle/laden.py) -----------------

KOPPELING = ("Dit is een symbolische koppeling (symlink). Die worden niet gelezen of gepubliceerd, omdat ze naar "
             "bestanden buiten de repository kunnen wijzen. Zet het echte bestand op deze plek.")
GEEN_GEWOON_BESTAND = "Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of pijp) en wordt niet gelezen."
MAP_IS_KOPPELING = "De map is een symbolische koppeling (symlink); die wordt niet gelezen of gepubliceerd."
MAP_BESTAAT_NIET = "De map bestaat niet."
BESTAND_NIET_LEESBAAR = "Het bestand kan niet worden gelezen ({reden})."
ENKEL_BESTAND_ONTBREEKT = "Het bestand {naam} ontbreekt."

MAP_NIET_GELEZEN = ("De map '{naam}/' wordt niet gelezen.{hint} Diensten horen in diensten/, "
                    "kennisproducten in kennisproducten/, gemeenten in gemeenten/ en downloads in bijlagen/.")
HINT_BEDOELDE_JE_MAP = " Bedoelde je '{map}/'?"
SUBMAP_NIET_GELEZEN = "Submappen in {map}/ worden niet gelezen. Zet de bestanden direct in {map}/."
BESTAND_NIET_GELEZEN = "'{naam}' wordt niet gelezen.{hint}"
HINT_EXTENSIE_YML = " Gebruik de extensie .yml."
HINT_ALLEEN_YML = " Alleen .yml-bestanden horen hier."
HULPMAP_VERKEERD_BESTAND = "In {map}/ horen alleen {extensie}-bestanden; '{naam}' wordt niet gelezen."
VERBORGEN_BESTAND = ("Verborgen bestanden en mappen (met een punt vooraan) worden niet gelezen; alleen .gitkeep mag. "
                     "Verwijder het of geef het een naam zonder punt.")
LOS_BESTAND_VERKEERDE_NAAM = "'{naam}' wordt niet gelezen. Noem het bestand '{bekend}'."
LOS_ITEM = ("'{naam}' wordt niet gelezen: een item hoort in een map. Zet een dienst in diensten/, "
            "een kennisproduct in kennisproducten/ en een gemeente in gemeenten/.")
LOS_BESTAND = "'{naam}' hoort niet in deze map en wordt niet gelezen. Downloads horen in bijlagen/."

# A file name is the id of what it holds.
BESTANDSNAAM_GEEN_ID = ("De bestandsnaam '{naam}' is geen geldige id. Gebruik kleine letters, cijfers en "
                        "streepjes, bijvoorbeeld '{voorbeeld}.yml'.")
VOORBEELD_ID = "mijn-item"
"""The example in ``BESTANDSNAAM_GEEN_ID`` when the name has no letter or digit to make one from."""
BESTANDSNAAM_BOTST = "De bestandsnaam '{naam}' kan niet als id: {reden}. Kies een andere bestandsnaam."
BOTSING_DOCS_PAGINA = "er staat al een pagina docs/{pagina}"
ID_ANDERS_DAN_BESTANDSNAAM = "De id '{id}' is anders dan de bestandsnaam '{naam}'. Laat id weg of maak ze gelijk."

# Pages that are no content: docs/ and overrides/ (the hook).
ACTIEF_BESTAND = ("Bestanden met de extensie '{extensie}' kunnen in de browser draaien en "
                  "worden hier niet gepubliceerd (alleen in {mappen}).")
GEEN_MAP = "geen map"


# --- attachments in bijlagen/ (lezen/bestanden.py) ---------------------------------------------------

BIJLAGE_EXTENSIE_NIET_TOEGESTAAN = ("Bestanden met de extensie '{extensie}' worden niet gepubliceerd. Toegestaan zijn: "
                                    "{toegestaan}. Geen HTML, SVG, scripts of programma's: die kunnen in de browser of op de "
                                    "computer van de lezer iets uitvoeren. Zie CONTRIBUTING.md.")
GEEN_EXTENSIE = "(geen)"
BIJLAGE_TE_GROOT = "Het bestand is {grootte} MB; de grens is {grens} MB."
BUNDEL_ONTBREEKT = ("Het formulier in /beheer/ heeft het npm-pakket {pakket} nodig, maar {pad} ontbreekt. "
                    "Haal het op met 'make beheer-bundel' (één keer, via het npm-register).")
BUNDEL_AANWEZIG = "{pakket}: al aanwezig en gecontroleerd."
BUNDEL_GEHAALD = "{pakket}: opgehaald uit het npm-register en gecontroleerd ({pad})."
BUNDEL_ZONDER_NPM = "npm ontbreekt: installeer Node.js en npm (Debian: apt-get install nodejs npm) en probeer het opnieuw."
BUNDEL_NPM_MISLUKT = "npm kon {pakket} niet ophalen: {reden}"
BUNDEL_BESCHADIGD = ("{pad} is niet het gepubliceerde npm-pakket {pakket}: de controlesom klopt niet. "
                     "Verwijder het bestand en haal het opnieuw op met 'make beheer-bundel'.")
BIJLAGE_VERKEERD_FORMAAT = "Het bestand heet {extensie}, maar is geen {formaat}. Sla het opnieuw op in dat formaat."
BIJLAGE_GEEN_TEKST = "Het bestand heet {extensie}, maar is geen tekstbestand."
BIJLAGE_NIET_UTF8 = ("Het bestand is niet opgeslagen als UTF-8. Sla het op als UTF-8 (in Excel: 'CSV UTF-8 "
                     "(door lijstscheidingstekens gescheiden)').")
CSV_FORMULE = ("De cel in regel {regel}, kolom {kolom} begint met {teken}: een spreadsheet voert zo'n cel uit "
               "als formule. Zet er een apostrof (') voor of haal het teken weg.")
CSV_ZONDER_BOM = ("Dit CSV-bestand begint niet met een BOM (UTF-8 met handtekening). Nederlandse Excel toont dan "
                  "'Coöperatie' als 'CoÃ¶peratie'. Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)', of "
                  "kies in je editor 'UTF-8 met BOM'.")
CSV_TEKEN_TAB = "een tab"
CSV_TEKEN_REGELEINDE = "een regeleinde"
ZIP_BESCHADIGD = "Het bestand is geen geldig {formaat}: het is beschadigd. Sla het opnieuw op."
ZIP_MACROS = "Het {formaat} bevat macro's; die worden niet gepubliceerd. Sla het op zonder macro's."


# --- reading YAML (lezen/yamlbestand.py) ------------------------------------------------------------

BESTAND_TE_GROOT = ("Het bestand is te groot: de grens is {grens} kB. "
                    "Een menukaart-item is meestal een paar kB: kort de tekst in of verdeel het over meer items.")
BESTAND_LEEG_VUL_IN = "Het bestand is leeg. Vul de velden in (kijk in menukaart/_sjablonen/ voor een voorbeeld)."
BESTAND_LEEG = "Het bestand is leeg."
BESTAND_NIET_UTF8 = ("Het bestand is niet opgeslagen als UTF-8 (bijvoorbeeld Windows-1252 of Latin-1). "
                     "Sla het op als UTF-8; in de GitHub-editor en VS Code is dat de standaard.")
STUURTEKEN_IN_BESTAND = ("Het bestand bevat een onzichtbaar stuurteken (U+{code}) dat niet is toegestaan. "
                         "Typ de regel opnieuw of plak de tekst als platte tekst.")
GEEN_YAML = "Het bestand is geen geldige YAML ({technisch})."
GEEN_YAML_UITLEG = "Het bestand is geen geldige YAML. {uitleg} (technisch: {technisch})"
"""A syntax error: ``uitleg`` is one of the ``YAML_…`` texts below, ``technisch`` PyYAML's own words."""
VERWIJZING_NIET_TOEGESTAAN = "Verwijzingen ('*{naam}') zijn niet toegestaan: schrijf de tekst voluit."
ANKER_NIET_TOEGESTAAN = "Ankers ('&{naam}') zijn niet toegestaan: schrijf de tekst voluit."
MEER_DOCUMENTEN = "Het bestand bevat meer dan één YAML-document ('---'). Gebruik één item per bestand."
TAG_NIET_TOEGESTAAN = ("YAML-tags zoals '{tag}' zijn niet toegestaan. Schrijf alleen gewone waarden; "
                       "zet tekst die met ! begint tussen aanhalingstekens.")
GEEN_VELDEN = "Het bestand moet bestaan uit velden ('naam: waarde'), niet uit een losse tekst of lijst."
SLEUTEL_GEEN_NAAM = "Een sleutel moet een gewone naam zijn, geen lijst of blok."
VELD_TWEE_KEER = ("Het veld '{veld}' staat twee keer in hetzelfde blok (eerst op regel {regel}). "
                  "Houd één van de twee over: anders gaat er tekst verloren.")
GETAL_TE_LANG = ("Dit getal is te lang: het heeft {cijfers} cijfers en een getal heeft er hoogstens {grens}. "
                 "Kijk of er iets dubbel is geplakt. Is het tekst, zet het dan tussen aanhalingstekens.")
ONZICHTBAAR_TEKEN_IN_NAAM = ("In deze veldnaam staat een onzichtbaar teken dat niet is toegestaan: U+{code} ({soort}), "
                             "teken {positie} van de naam. Zo'n teken maakt de tekst op de site onleesbaar of misleidend. "
                             "Haal het weg; tussen dubbele aanhalingstekens kan het er ook als code staan: {als_code}.")
ONZICHTBAAR_TEKEN_IN_WAARDE = ("In deze waarde staat een onzichtbaar teken dat niet is toegestaan: U+{code} ({soort}), "
                               "teken {positie} van de tekst. Zo'n teken maakt de tekst op de site onleesbaar of misleidend. "
                               "Haal het weg; tussen dubbele aanhalingstekens kan het er ook als code staan: {als_code}.")
# The kinds of invisible character, for ``{soort}`` above.
TEKEN_STUUR = "stuurteken"
TEKEN_SCHRIJFRICHTING = "teken voor de schrijfrichting"
TEKEN_ZONDER_BREEDTE = "teken zonder breedte"
TEKEN_ANNOTATIE = "annotatieteken"
TEKEN_SURROGAAT = "half teken (surrogaat)"
TEKEN_NIET_TEKEN = "niet-teken"

# PyYAML's syntax errors explained (``yamlbestand._VERTALINGEN`` says which for which), for ``{uitleg}`` above.
YAML_DUBBELE_PUNT_ONTBREEKT = "Er ontbreekt een dubbele punt ':' na een veldnaam."
YAML_DUBBELE_PUNT_VERKEERD = "Een ':' staat op een plek waar dat niet mag. Zet tekst met een dubbele punt tussen aanhalingstekens."
YAML_TAB = "Er staat een tab. Gebruik spaties om in te springen."
YAML_TAB_VOORBEELD = "Er staat een tab. Gebruik spaties om in te springen; hier waarschijnlijk {spaties}: {voorbeeld}"
"""``spaties``: ``SPATIES_GEEN`` or ``SPATIES_AANTAL``; ``voorbeeld`` the line without the tab and its indentation."""
SPATIES_GEEN = "geen spaties vooraan"
SPATIES_AANTAL = "{aantal} spaties vooraan"
YAML_NIET_GESLOTEN = "Het bestand houdt midden in een waarde op: een aanhalingsteken of haakje is niet gesloten."
YAML_INSPRINGING_VELD = "De inspringing klopt niet: een veld staat verder of minder ver ingesprongen dan de velden eromheen."
YAML_INSPRINGING_LIJST = "De inspringing van een lijst klopt niet."
YAML_VERWIJZING = "Verwijzingen ('*naam') zijn niet toegestaan."
YAML_INSPRINGING_REGEL = "De inspringing klopt niet: controleer de spaties aan het begin van de regel."
YAML_INSPRINGING_VERVOLG = ("De inspringing klopt niet: deze regel staat verder ingesprongen dan het veld erboven, dus YAML "
                            "leest haar als vervolg van de waarde op de regel ervoor. Laat de velden van één blok recht "
                            "onder elkaar beginnen.")
YAML_DUBBELE_PUNT_IN_TEKST = ("Er staat een tweede ':' in de waarde van '{veld}'. Zet de tekst tussen aanhalingstekens, "
                              "bijvoorbeeld: {voorbeeld}")
YAML_SPATIE_NA_DUBBELE_PUNT = "Na de dubbele punt moet een spatie staan. Schrijf: {voorbeeld}"
YAML_TEKENCODE = ("Een tekencode tussen dubbele aanhalingstekens (zoals \\ud83d) is geen geldig teken. "
                  "Typ het teken zelf of haal de code weg.")
YAML_BACKSLASH = "Een backslash '\\' in tekst tussen dubbele aanhalingstekens: gebruik enkele aanhalingstekens of laat ze weg."
YAML_STUURTEKEN = "Het bestand bevat een onzichtbaar stuurteken dat niet is toegestaan."
YAML_ALGEMEEN = "Controleer inspringing, dubbele punten en aanhalingstekens."


# --- what the contributor wrote, inside a message ---------------------------------------------------

TOON_TEKST = "de tekst '{tekst}'"
TOON_LIJST = "een lijst"
TOON_BLOK = "een blok met velden"
TOON_NIETS = "niets"
"""An empty value, in the model's own messages and in the warning about 'bijgewerkt'."""
TOON_LEEG_VELD = "niets (een leeg veld)"
"""An empty value, in pydantic's errors translated (``controle/vertaling.py``)."""
TOON_GETAL = "het getal {getal}"


# --- values the model refuses (inhoud/model.py; templates for PydanticCustomError) ------------------

VELD_LEEG = "Dit veld mag niet leeg zijn."
BEREIK_OMGEKEERD = "{van_naam} ({van}) is groter dan {tot_naam} ({tot})."
TABELRIJ_BREEDTE = ("Rij {rij} van de tabel heeft {cellen} cellen, maar de tabel heeft {kolommen} kolommen. Geef elke rij "
                    "evenveel cellen als er kolommen zijn; een lege cel schrijf je als \"\".")

DATUM_VERWACHT = "Verwacht een datum als \"JJJJ-MM-DD\" (bijvoorbeeld \"2025-03-14\"), maar hier staat {invoer}."
DATUM_BESTAAT_NIET = "De tekst '{tekst}' is geen bestaande datum."
DATUM_NA_VANDAAG = ("De datum {dag} ligt na vandaag ({vandaag}). Vul bij bijgewerkt de dag in waarop het item echt is gewijzigd: "
                    "een datum in de toekomst zet het bovenaan 'Nieuw en gewijzigd' en in de feed.")

BEDRAG_VERWACHT = "Verwacht een bedrag (zoals 1518461.52), maar hier staat {invoer}.{hint}"
HINT_BEDRAG_SCHRIJFWIJZE = (" Schrijf een bedrag zonder euroteken en zonder punten voor duizendtallen, "
                            "met een punt voor de centen: 1000.50.")
BEDRAG_TE_VEEL_DECIMALEN = "Een bedrag heeft hoogstens twee cijfers achter de punt (centen); hier staat {invoer}."
BEDRAG_NEGATIEF = "Een bedrag kan niet negatief zijn; hier staat {invoer}."
BEDRAG_TE_GROOT = "Een bedrag is hoogstens {grens} euro; hier staat {invoer}. Kijk of er cijfers te veel staan."

AANDEEL_VERWACHT = "Verwacht een deel als getal tussen 0 en 1 (zoals 0.33 voor 33%), maar hier staat {invoer}."
AANDEEL_BUITEN_BEREIK = "Een aandeel ligt tussen 0 en 1 (0% en 100%); hier staat {invoer}."
AANDEEL_TE_VEEL_DECIMALEN = "Een aandeel heeft hoogstens zes cijfers achter de punt (zoals 0.333333); hier staat {invoer}."

AANTAL_VERWACHT = "Verwacht een getal (zoals 7 of 2.5), maar hier staat {invoer}."
AANTAL_NEGATIEF = "Dit getal kan niet negatief zijn; hier staat {invoer}."
AANTAL_TE_VEEL_DECIMALEN = "Dit getal heeft hoogstens twee cijfers achter de punt (zoals 2.5 of 0.75); hier staat {invoer}."
AANTAL_TE_GROOT = "Dit getal is hoogstens {grens}; hier staat {invoer}."

EMAIL_VERWACHT = ("Verwacht een gewoon e-mailadres, zoals warmtetransitie@assen.nl, maar hier staat {invoer}.{hint} "
                  "Voor de @ mogen letters, cijfers en . _ + - staan, erna een domeinnaam.")
HINT_EMAIL_MAILTO = " Schrijf alleen het adres, zonder 'mailto:'."
HINT_EMAIL_SPATIE = " Een e-mailadres bevat geen spaties of regeleinden."
HINT_EMAIL_VRAAGTEKEN = " Een e-mailadres bevat geen ?, & of =: laat alles vanaf het vraagteken weg."
HINT_EMAIL_APENSTAART = " Een e-mailadres heeft precies één @."
HINT_EMAIL_TE_LANG = " Een e-mailadres is hoogstens {grens} tekens lang."

WEBSITE_VERWACHT = ("Verwacht het adres van een website dat begint met https://, zoals https://www.assen.nl, "
                    "maar hier staat {invoer}.{hint}")
HINT_WEBSITE_HTTP = " Gebruik https://, niet http://."
HINT_WEBSITE_HTTPS = " Het adres begint met https://."
HINT_WEBSITE_SPATIE = " Een webadres bevat geen spaties of regeleinden."
HINT_WEBSITE_APENSTAART = (" Er staat een @ in de naam van de site: zo'n link opent de site achter de @, niet de site ervoor. "
                           "Laat het deel tot en met de @ weg.")
HINT_WEBSITE_POORT = " Laat het poortnummer (zoals ':8080') weg."
HINT_WEBSITE_DOMEIN = " Na https:// komt een domeinnaam, zoals www.assen.nl."
HINT_WEBSITE_TE_LANG = " Een webadres is hoogstens {grens} tekens lang."
HINT_WEBSITE_TEKENS = " Het adres bevat tekens die niet in een webadres horen, zoals < > \" { } of een backslash."


# --- pydantic's own errors in Dutch (controle/vertaling.py) -----------------------------------------

VELD_ONTBREEKT = "Het verplichte veld '{veld}' ontbreekt."
VERPLICHT_VELD_ONTBREEKT = "Er ontbreekt een verplicht veld."
ONBEKEND_VELD = "Onbekend veld '{veld}'."
TOEGESTANE_VELDEN = " Toegestaan zijn: {velden}."
TEKST_VERWACHT = "Verwacht tekst, maar hier staat {invoer}.{hint}"
HINT_AANHALINGSTEKENS = " Zet de tekst tussen aanhalingstekens als dit zo bedoeld is."
GEHEEL_GETAL_VERWACHT = "Verwacht een geheel getal (zoals 120), maar hier staat {invoer}.{hint}"
HINT_VOORLOOPNUL = " Een getal met een voorloopnul wordt niet als getal gelezen: laat de nul weg."
WAAR_OF_ONWAAR_VERWACHT = "Verwacht true of false, maar hier staat {invoer}. Schrijf ja als true en nee als false."
LIJST_VERWACHT = "Verwacht een lijst (regels die beginnen met '- ' of [a, b]), maar hier staat {invoer}.{hint}"
HINT_SPATIE_NA_STREEPJE = " Na het streepje moet een spatie staan, anders leest YAML het als tekst. Schrijf: - {voorbeeld}"
BLOK_VERWACHT = "Verwacht een blok met velden, maar hier staat {invoer}."
KEUZE_NIET_TOEGESTAAN = "{invoer} is hier niet toegestaan.{suggestie} Kies uit: {keuzes}."
LAATSTE_KEUZE = "' of '"
"""Between the last two choices: pydantic writes "'a', 'b' or 'c'", a contributor reads "'a', 'b' of 'c'"."""
TEKST_TE_LANG = "De tekst is {lengte} tekens lang; het maximum is {maximum} tekens. Maak hem korter."
MINSTENS = "Noem er minstens {aantal}."
HOOGSTENS = "Noem er hoogstens {aantal}."
VORM_ONJUIST = "{invoer} heeft niet de juiste vorm. {uitleg}"
VORM_ID = "Gebruik alleen kleine letters, cijfers en streepjes, zoals 'wijkuitvoeringsplan-opstellen'."
VORM_CBS_CODE = "Een CBS-gemeentecode is GM met vier cijfers, tussen aanhalingstekens: \"GM0106\"."
VORM_BESTANDSNAAM = "Een bestandsnaam in kleine letters met streepjes en een extensie, zoals 'sjabloon-wup.md'."
VORM_ALGEMEEN = "De waarde heeft niet de juiste vorm."
TE_KLEIN = "{invoer} is te klein; de ondergrens is {grens}."
TE_GROOT = "{invoer} is te groot; de bovengrens is {grens}."
ONGELDIGE_WAARDE = "Ongeldige waarde {invoer} (technisch: {technisch})."

# Suggestions, appended to a message.
HINT_BEDOELDE_JE = " Bedoelde je '{suggestie}'?"
KIES_UIT = " Kies uit: {keuzes}."


# --- placeholders from menukaart/_sjablonen/ (lezen/plaatshouders.py) -------------------------------

NOG_INVULLEN_KEUZE = "Nog invullen: vervang VUL-IN door je keuze. De uitleg boven dit veld zegt wat je kunt kiezen."
NOG_INVULLEN_TEKST = "Nog invullen: {hint}{slot} Vervang de tekst 'VUL IN: …' door de echte inhoud."
"""``slot`` is the full stop after the hint, empty when the hint ends in . ? or !"""
HINT_MAG_WEG = " Niet nodig? Haal dan '{veld}' met alles wat eronder staat weg."


# --- Markdown in beschrijving (lezen/markdown.py) ---------------------------------------------------

MARKDOWN_AFBEELDING = ("Afbeeldingen (![…]({bron})) worden niet getoond: de site laadt niets van andere "
                       "sites. Zet een afbeelding als PNG of JPEG bij de bijlagen van een kennisproduct.")
MARKDOWN_LINK_WERKT_NIET = ("De link '{doel}' werkt niet op de site. Een link begint met https://, http:// of mailto:; "
                            "verwijs naar een ander item met zijn volledige adres op de site.")
MARKDOWN_MAILTO_VRAAGTEKEN = ("De e-maillink '{doel}' bevat een '?': zo kan een link ongemerkt ontvangers of tekst "
                              "toevoegen. Schrijf alleen mailto:adres.")


# --- checks across files (controle/kruisverwijzingen.py) --------------------------------------------

TAXONOMIE_ID_TWEE_KEER = "De id '{id}' staat twee keer in {lijst}."
VERPLICHT_TYPE_ONTBREEKT = "Het kennisproducttype '{type}' ontbreekt; het is verplicht."
ID_BESTAAT_AL = ("De id '{id}' bestaat al in {bestand}. "
                 "Diensten en kennisproducten delen één lijst van ids: kies een andere bestandsnaam.")
DUBBEL_IN_LIJST = "'{waarde}' staat {aantal} keer in de lijst."
BESTAAT_NIET = "'{waarde}' bestaat niet {waar}."
# Where a value was looked for, for ``{waar}`` above.
WAAR_TAXONOMIE = "in taxonomie.yml ({lijst})"
WAAR_ITEMS = "als dienst of kennisproduct"
WAAR_MENUKAART = "in de menukaart"
VERWIJST_NAAR_ZICHZELF = "Een item kan niet naar zichzelf verwijzen."
PARTICIPATIE_NODIG = ("Een participatiemethode heeft het blok 'participatie' nodig "
                      "(niveau, groepsgrootte, vraagt_van_bewoners).")
PARTICIPATIE_NIET_BIJ_TYPE = "Het blok 'participatie' hoort alleen bij type participatiemethode."
ONDERDELEN_NODIG = "Een {type} beschrijft zijn hoofdstukken of stappen: vul 'onderdelen' in."
ONDERDELEN_NIET_BIJ_TYPE = "Een {type} heeft geen 'onderdelen'. Zet de inhoud in de beschrijving."
BIJLAGE_ONTBREEKT = "Het bestand '{bestand}' staat niet in menukaart/bijlagen/. Voeg het toe of verbeter de naam."
BIJLAGE_ONGEBRUIKT = ("Geen enkel kennisproduct verwijst naar dit bestand, dus het wordt niet gepubliceerd. "
                      "Voeg het toe aan 'bijlagen' van een kennisproduct, of verwijder het.")
CBS_CODE_TWEE_KEER = "De CBS-code {code} staat ook in {bestand}."
GEMEENTENAAM_TWEE_KEER = "De naam '{naam}' staat ook in {bestand}."
PEILDATUM_TWEE_KEER = "De peildatum {peildatum} staat meer dan eens in de lijst."
JAAR_TWEE_KEER = "Het jaar {jaar} staat meer dan eens in de begroting."


# --- where a figure comes from (controle/herkomst.py) -------------------------------------------------

HERKOMST_ONTBREEKT = ("Hier staat een getal of gegeven zonder 'herkomst'. Schrijf erbij waar het vandaan komt. Kies "
                      "vastgesteld (met bron), afgeleid (met regel), aanname (met door en waarom) of voorbeeld (met levert).")
HERKOMST_ZONDER_WAARDE = ("Hier staat geen getal (null), dus ook geen herkomst. Vul het getal in, of laat 'herkomst' "
                          "en '{veld}' weg.")
VASTGESTELD_ZONDER_BRON = ("Een vastgesteld getal heeft een bron nodig: zet bij dit getal de regel 'bron: <id>', "
                           "met de id van het document in bronnen.yml.")
AFGELEID_ZONDER_REGEL = "Bij een afgeleid getal hoort 'regel': hoe het uit andere getallen volgt."
AANNAME_ZONDER_DOOR = "Bij een aanname horen 'door' (wie nam het aan) en 'waarom'. Vul '{veld}' in."
VOORBEELD_ZONDER_LEVERT = ("Bij een voorbeeld hoort 'levert': wie het echte getal aanlevert. De publicatie toont "
                           "het voorbeeld niet, maar zegt wie het getal levert.")
ONBEKEND_ZONDER_LEVERT = ("Dit getal is nog niet bekend (null). Zet erbij wie het aanlevert: 'levert: ...'. "
                          "De site zegt dat dan bij het ontbrekende getal.")
VOORBEELD_VERPLICHT = ("Dit blok is verplicht, dus de publicatie kan het niet weglaten: het kan geen voorbeeld zijn. "
                       "Kies aanname (met door en waarom) of vastgesteld (met bron).")
WAAR_BRONNEN = "in bronnen.yml"
BRON_ONVOLLEDIG = ("Een bron is de id van een bron in bronnen.yml (schrijf dan alleen de id), of een blok met ten minste "
                   "titel en uitgever.")
WAAR_GEMEENTEN = "als gemeente (menukaart/gemeenten/)"
WAAR_PRAKTIJK = "als praktijkvoorbeeld (menukaart/praktijkvoorbeelden/)"
WAAR_BEGRIPPEN = "in begrippen.yml"
BEGRIP_TWEE_KEER = "De id '{id}' staat twee keer in begrippen.yml."
WET_ZONDER_CONTROLEDATUM = ("Dit item noemt wetgeving ({wetten}). Zet erbij wanneer die voor het laatst is nagekeken: "
                            "wetgeving_gecontroleerd: \"JJJJ-MM-DD\".")
WET_ZONDER_BRON = ("Dit item noemt wetgeving ({wetten}), maar heeft geen bronnen. Zet onder 'bronnen' waar het vandaan komt: "
                   "een id uit bronnen.yml, of een blok met titel, uitgever, datum en url.")
WETGEVING_VEROUDERD = ("De wetgeving in dit item is nagekeken op {datum}: langer dan twaalf maanden geleden. Kijk of de "
                       "tekst nog klopt en zet de datum van vandaag.")
BRON_ID_TWEE_KEER = "De id '{id}' staat twee keer in bronnen.yml."
BESCHIKBAAR_ZONDER_DOCUMENT = ("Een kennisproduct is pas 'beschikbaar' met een document om te downloaden. Schrijf het "
                               "product uit in 'onderdelen' (met tekst, stappen, punten, invulvelden of een tabel), of voeg "
                               "een document (PDF, Word, OpenDocument of Excel) toe onder 'bijlagen'. Anders: kies status "
                               "'beschrijving' of 'in ontwikkeling'.")
DIENST_BESCHRIJVING = ("Status 'beschrijving' hoort bij een kennisproduct zonder document. Kies voor een dienst "
                       "beschikbaar, in ontwikkeling of vervallen.")
AFGESPROKEN_UREN_NODIG = ("Een afspraak met status '{status}' heeft afgesproken uren: vul 'uren_afgesproken' in.")
AANGEVRAAGD_MET_UREN = ("Een aangevraagde afspraak heeft nog geen {veld}. Laat het weg, of kies status lopend of "
                        "afgerond.")


# --- the rules of derived figures, shown beside them as their herkomst (rekenen/) ------------------------

REGEL_PROVINCIE = "{aandeel} van het totaal, half naar boven afgerond op hele centen"
REGEL_GEMEENTEN_SAMEN = "het totaal min de bijdrage van de provincie"
REGEL_VAST_TOTAAL = "{aantal} gemeenten × de vaste bijdrage"
REGEL_INWONERSDEEL = "het deel van de gemeenten min de vaste bijdragen"
REGEL_BIJDRAGE = "de vaste bijdrage plus een deel naar inwoners op {peildatum}, in hele centen"
REGEL_DEEL_VOLGENS_TEKST = "{tekst} van {totaal}, half naar boven afgerond op hele centen"
REGEL_VERSCHIL_TEKST = "{tekst} van het totaal min de bijdrage van de provincie"
REGEL_CAPACITEIT = "fte van het team × inzetbare uren per fte"
REGEL_GEVRAAGD = "de som van de gevraagde uren in de afspraken van dat jaar"
REGEL_AFGESPROKEN = "de som van de afgesproken uren in de afspraken van dat jaar"
REGEL_AANGEVRAAGD = "de som van de gevraagde uren in de afspraken van dat jaar die nog aangevraagd zijn"
REGEL_GELEVERD = "de som van de geleverde uren in de afspraken van dat jaar"
REGEL_BEZETTING = "afgesproken uren gedeeld door de capaciteit"
REGEL_INDICATIE_VAN = "de som van de kleinste inzet uit de menukaart voor elke afspraak"
REGEL_INDICATIE_TOT = "de som van de grootste inzet uit de menukaart voor elke afspraak"
REGEL_TEKORT_VAN = "nodig min het meeste dat er is ({fte} fte)"
REGEL_TEKORT_TOT = "nodig min het minste dat er is ({fte} fte)"
REGEL_TEKORT_UREN = "tekort in fte × inzetbare uren per fte"
NIET_BEKEND_KORT = "?"


# --- the budget (rekenen/financien.py owns these rules; controle/begroting.py reports them) ----------

PROVINCIALE_BIJDRAGE_KLOPT_NIET = ("De provinciale bijdrage voor {jaar} ({bijdrage}) klopt niet: {aandeel} van het totaal "
                                   "{totaal} is {berekend} (afgerond op hele centen). Verbeter het bedrag of het totaal, "
                                   "of laat provinciale_bijdrage weg.")
TOTAAL_IN_BESLUIT_KLOPT_NIET = ("Het totaal in het besluit voor {jaar} ({besluit}) is niet het totaal {totaal} "
                                "afgerond op hele euro's ({afgerond}).")
POSTEN_TELLEN_NIET_OP = ("De begrotingsposten voor {jaar} tellen op tot {som}, maar het totaal is {totaal} "
                         "(verschil {verschil}). Maak ze gelijk.")
VASTE_BIJDRAGEN_TE_GROOT = ("De vaste bijdragen voor {jaar} zijn samen {vast} ({aantal} gemeenten × {per_gemeente}). "
                            "Dat is meer dan het deel van de gemeenten: {deel}. Maak de vaste bijdrage kleiner.")
GEEN_GEMEENTEN_OM_TE_VERDELEN = ("Er zijn geen gemeenten om het deel van de gemeenten voor {jaar} ({deel}) over te "
                                 "verdelen. Voeg de gemeenten toe in menukaart/gemeenten/.")
GEEN_INWONERS_OM_TE_VERDELEN = ("Alle gemeenten hebben 0 inwoners op {peildatum}: het deel naar inwoners voor {jaar} "
                                "({bedrag}) kan niet worden verdeeld.")
GEEN_INWONERS_OP_PEILDATUM = ("Begroting.yml rekent voor {jaar} met inwoners op {peildatum}, maar {naam} heeft die "
                              "peildatum niet in de lijst 'inwoners'. Voeg hem toe, met het aantal of met aantal: null "
                              "als het nog niet bekend is.")

# The cent split's own conditions (basis/afronding.py): the budget rules above are checked first.
VERDEEL_NEGATIEF_BEDRAG = "Een negatief bedrag ({bedrag}) kan niet worden verdeeld."
VERDEEL_NEGATIEF_GEWICHT = "Een gewicht (aantal inwoners) kan niet negatief zijn."
VERDEEL_ZONDER_GEWICHT = "Er zijn geen inwoners om het bedrag over te verdelen."
VERDEEL_GEEN_HELE_CENTEN = "Het bedrag {bedrag} is geen heel aantal centen."


# --- the date 'bijgewerkt' in a branch (controle/bijgewerkt.py, cli/bijgewerkt.py) ------------------

BIJGEWERKT_TERUG = ("De datum in 'bijgewerkt' ({nieuw}) ligt vóór de vorige datum ({oud}). "
                    "Bedoel je \"{vandaag}\"?")
BIJGEWERKT_NIET_VERZET = ("Dit item is gewijzigd, maar 'bijgewerkt' staat nog op {oud}. "
                          "Is de wijziging inhoudelijk? Zet dan de datum van vandaag: bijgewerkt: \"{vandaag}\".")
GIT_MAP_BUITEN_REPOSITORY = "De map {map} ligt niet in de repository {repository}."
GIT_ONTBREEKT = "Git is niet geïnstalleerd."
GIT_MISLUKT = "Git kon 'git {opdracht}' niet uitvoeren: {uitleg}"
BIJGEWERKT_KAN_NIET = "De datumcontrole kon niet draaien: {reden}"
BIJGEWERKT_IN_ORDE = "Elk gewijzigd item heeft een nieuwe datum 'bijgewerkt' (vergeleken met {basis})."
BIJGEWERKT_EEN_ITEM = "Let op: 1 gewijzigd item hield de oude datum 'bijgewerkt':"
BIJGEWERKT_ITEMS = "Let op: {aantal} gewijzigde items hielden de oude datum 'bijgewerkt':"


# --- the command line (cli/) --------------------------------------------------------------------------

CHECK_IN_ORDE = ("De menukaart is in orde: {diensten} diensten, {kennisproducten} kennisproducten, "
                 "{gemeenten} gemeenten ({duur} s).")
SCHEMA_NIET_ACTUEEL = "Deze schema's zijn niet actueel; draai 'make schema':"
EXPORT_GESCHREVEN = "Geschreven in {doel}: {bestanden}."
EXPORT_PAGINAS_GESCHREVEN = "Geschreven in {doel}: {paginas} pagina's en {downloads} downloads."
EXPORT_PROJECT_GESCHREVEN = "Project zonder hooks geschreven: {config} ({paginas} pagina's, {downloads} downloads)."

# make nieuw (cli/nieuw.py)
NIEUW_ONBEKENDE_SOORT = "Onbekende soort '{soort}'. Kies uit: {keuzes}."
NIEUW_TYPE_NODIG = "Geef bij een kennisproduct ook het type op. Kies uit: {keuzes}."
NIEUW_GEEN_SJABLOON_VOOR_TYPE = "Er is geen sjabloon voor het type '{type}'. Kies uit: {keuzes}."
NIEUW_TYPE_ALLEEN_BIJ_KENNISPRODUCT = "Alleen een kennisproduct heeft een type; laat het type weg bij een {soort}."
NIEUW_SJABLOON_ONTBREEKT = "Het sjabloon {pad} ontbreekt."
NIEUW_TITEL_NODIG = "Geef een titel op, bijvoorbeeld --titel \"Wijkuitvoeringsplan opstellen\"."
NIEUW_TITEL_TE_LANG = "De titel is {lengte} tekens lang; het maximum is {maximum}. Maak hem korter."
NIEUW_GEEN_BESTANDSNAAM = "Uit deze titel valt geen bestandsnaam te maken: gebruik letters of cijfers."
NIEUW_ID_BESTAAT_AL = "De id '{id}' bestaat al: {bestand}. Kies een andere titel, of pas het bestaande bestand aan."
NIEUW_GEMAAKT = "Nieuw bestand: {pad} (id: {id})."
NIEUW_NOG_INVULLEN = ("Vul nog {aantal} plekken in: elke tekst die met VUL IN of VUL-IN begint. "
                      "Controleer daarna met: make check")
NIEUW_VRAAG_SOORT = "Wat wil je toevoegen?"
NIEUW_VRAAG_TYPE = "Welk type kennisproduct?"
NIEUW_VRAAG_NAAM = "Wat is de naam van de gemeente?"
NIEUW_VRAAG_TITEL = "Wat is de titel?"
NIEUW_NIET_OPGEGEVEN_DE = "Niet opgegeven: de {optie}. Geef die mee met --{optie} (of {variabele}=… bij make nieuw).{keuzes}"
NIEUW_NIET_OPGEGEVEN_HET = "Niet opgegeven: het {optie}. Geef die mee met --{optie} (of {variabele}=… bij make nieuw).{keuzes}"
NIEUW_GEEN_GELDIGE_KEUZE = "Dat is geen geldige keuze."
NIEUW_VUL_IETS_IN = "Vul iets in."


# --- regio.yml --------------------------------------------------------------------------------------

ONBEKENDE_GEMEENTE_OP_TEGELKAART = "'{gemeente}' staat op de tegelkaart, maar er is geen gemeente met die bestandsnaam.{hint}"
TEGEL_DUBBEL = "Op rij {rij}, kolom {kolom} staat ook '{ander}'. Elke gemeente krijgt een eigen tegel."

# De zoekindex en het afwerken van een gebouwde site (site/zoekindex.py, site/afwerking.py, cli/afwerken.py)
ZOEKINDEX_START_MISLUKT = "Pagefind kon niet starten: {fout}"
ZOEKINDEX_MISLUKT = "Pagefind kon de zoekindex niet maken:\n  {uitvoer}"
AFGEWERKT = ("Zoekindex: {paginas} pagina's, {woorden} woorden voor tikfouten ({seconden} s); "
             "stijlbladen {voor} kB -> {na} kB.")
SITE_ONTBREEKT = "{site} is geen gebouwde site: index.html ontbreekt."


# --- the local editor backend for Decap CMS (beheer/lokaal.py, cli/beheer.py) ------------------------

BEHEER_LUISTERT = "Het beheer luistert op {adres} en schrijft in {map}."
BEHEER_OPEN_EDITOR = "Open de editor op {editor} (alleen {herkomsten} mag het beheer gebruiken). Stoppen: Ctrl+C."
BEHEER_GESTOPT = "Het beheer is gestopt."
BEHEER_GEEN_MENUKAART = ("In {map} staat geen map menukaart/. Start het beheer in de map van de repository, "
                         "of geef die op met --map.")
BEHEER_POORT_BEZET = ("Het beheer kan niet starten op poort {poort} ({reden}). Stop het andere programma, "
                      "of kies een andere poort met --poort.")
BEHEER_GEEN_POORT = "'{waarde}' is geen poort: geef een getal van 0 tot en met 65535."

# Refused requests: the browser gets {"error": …} and the editor shows it.
BEHEER_HOST_GEWEIGERD = ("Het verzoek is gericht aan '{host}'. Het beheer neemt alleen verzoeken aan voor "
                         "127.0.0.1:{poort} of localhost:{poort}.")
BEHEER_HERKOMST_GEWEIGERD = ("Het verzoek komt van '{herkomst}'. Alleen de site op deze computer ({toegestaan}) "
                             "mag het beheer gebruiken.")
BEHEER_ALLEEN_POST = "Het beheer werkt alleen met POST-verzoeken op /api/v1."
BEHEER_VERKEERD_VERZOEK = "Het beheer begrijpt dit verzoek niet."
BEHEER_GEEN_JSON_TYPE = "Stuur het verzoek als JSON in UTF-8 (Content-Type: application/json)."
BEHEER_GEEN_LENGTE = "Het verzoek heeft geen geldige lengte (Content-Length)."
BEHEER_VERZOEK_TE_GROOT = "Het verzoek is te groot: de grens is {grens} MB. Een bijlage mag hoogstens {bijlage} MB zijn."
BEHEER_GEEN_JSON = "Het verzoek is geen geldige JSON in UTF-8."
BEHEER_ONBEKENDE_ACTIE = "Het beheer kent de actie '{actie}' niet."
BEHEER_VELD_ONGELDIG = "In het verzoek ontbreekt het veld '{veld}', of het heeft niet de goede vorm."
BEHEER_INTERNE_FOUT = "Er ging iets mis in het beheer. Kijk in het venster waarin het beheer draait."
BEHEER_PAD_ABSOLUUT = ("Het pad '{pad}' begint bij de hoofdmap van de computer. Geef een pad in de repository, "
                       "zoals menukaart/diensten/warmteplan-dorp.yml.")
BEHEER_PAD_OMHOOG = "Het pad '{pad}' gaat met '..' een map omhoog. Dat mag niet."
BEHEER_PAD_BACKSLASH = "Het pad '{pad}' bevat een backslash (\\). Gebruik een gewone schuine streep (/)."
BEHEER_PAD_ONZICHTBAAR = "Het pad '{pad}' bevat een onzichtbaar teken (zoals NUL). Dat mag niet."
BEHEER_PAD_BUITEN = "Het beheer mag '{pad}' niet lezen of schrijven. Het werkt alleen met bestanden direct in {mappen}."
BEHEER_NAAM_ITEM = ("De bestandsnaam '{naam}' mag niet. Gebruik kleine letters, cijfers en streepjes, en eindig op .yml "
                    "(bijvoorbeeld warmteplan-dorp.yml).")
BEHEER_NAAM_BIJLAGE = ("De bestandsnaam '{naam}' mag niet. Gebruik kleine letters, cijfers en streepjes, en één extensie "
                       "(bijvoorbeeld handreiking-wijkaanpak.pdf).")
BEHEER_BESTAND_GEWEIGERD = "{pad}: {reden}"
BEHEER_BESTAAT_AL = "Er is al een bestand {pad}. Kies een andere naam."
BEHEER_GEEN_BASE64 = "De bijlage {pad} is niet goed verstuurd (geen geldige base64)."
BEHEER_OPSLAAN_MISLUKT = "{pad} kon niet worden opgeslagen ({reden})."
BEHEER_VERWIJDEREN_MISLUKT = "{pad} kon niet worden verwijderd ({reden})."

# One line per request in the window where the backend runs.
BEHEER_LOG_INFO = "Verbonden: de editor heeft het beheer gevonden."
BEHEER_LOG_GELEZEN = "Gelezen: {paden}"
BEHEER_LOG_MAP_GELEZEN = "Gelezen: {map}/ ({aantal} bestanden)"
BEHEER_LOG_OPGESLAGEN = "Opgeslagen: {paden}"
BEHEER_LOG_HERNOEMD = "Hernoemd: {oud} -> {nieuw}"
BEHEER_LOG_VERWIJDERD = "Verwijderd: {paden}"
BEHEER_LOG_VOORVERTONING = "Voorvertoning gevraagd: die is er lokaal niet."
BEHEER_LOG_VOORAF = "Vooraf gecontroleerd (CORS): {herkomst}"
BEHEER_LOG_GEWEIGERD = "Geweigerd ({status}): {reden}"
BEHEER_LOG_FOUT = "Fout ({soort}): {reden}"
