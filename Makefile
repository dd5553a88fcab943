# Hearth: `make run` opens the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dist clean translations

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@$(PY) -m ui.main.xcb_check  # the X11 libraries Qt needs: names the missing packages
	@$(PY) -m compileall -q app ui  # bytecode kept: a start compiles nothing
	$(PY) -m app

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) -m app bench

dist: $(STAMP)
	$(PY) -m pip install --quiet '.[dist]'
	$(PY) -m PyInstaller --noconfirm build.spec

# After adding or changing any string a user reads (tr() in ui/, N_/gettext in
# app/): re-extracts both catalogues, keeps what is translated, compiles.
translations: $(STAMP)
	$(PY) resources/translations/update.py

clean:
	rm -rf build dist $(VENV) .pytest_cache
