# Menukaart Warmtetransitie Drenthe — alle taken lopen via dit bestand,
# zodat GitHub-, GitLab- en Forgejo-workflows dunne omhulsels blijven.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geinstalleerd
PYTEST_ARGS ?=

export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help install check schema build serve test bench clean

help:
	@echo "make serve   - installeer alles en toon de site op http://127.0.0.1:8000"
	@echo "make test    - installeer alles en draai alle tests"
	@echo "make check   - controleer de YAML-bestanden in menukaart/"
	@echo "make build   - bouw de site streng (--strict) in site/"
	@echo "make schema  - schrijf de JSON Schema-bestanden in menukaart/schema/"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

check: $(STAMP)
	$(BIN)/python -m flexteam check

schema: $(STAMP)
	$(BIN)/python -m flexteam schema

build: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf site .pytest_cache .hypothesis
