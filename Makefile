# Two commands for a fresh clone: `make check` runs the checker on claims/, `make test` runs
# every test. Each creates the local virtual environment (.venv) on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: check test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

check: $(STAMP)
	$(BIN)/checker check claims/

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup -p no:cacheprovider

# ruff (lint, complexity limit 15, and format) and mypy, as .ci/run runs them.
lint: $(STAMP)
	$(BIN)/ruff check checker tests bench
	$(BIN)/ruff format --check checker tests bench
	$(BIN)/mypy checker

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info
