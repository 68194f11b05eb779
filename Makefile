# offerwatch task runner. `make run` starts the app, `make test` runs the whole suite.
# Every target installs what it needs: the .venv, and on Debian as root the system packages.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test lint typecheck unit system bench venv clean demo constraints screenshots

# constraints.txt pins every package to the versions the suite last passed with (refresh with
# `make constraints`), so a new release of a linter or a library cannot break a clean checkout.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

constraints:
	$(BIN)/python -m pip install -q --upgrade -e '.[dev]'
	$(BIN)/python -m pip freeze --exclude-editable > constraints.txt

venv: $(STAMP)

system:
	@bash scripts/system-deps.sh

run: $(STAMP)
	$(BIN)/offerwatch serve

demo: $(STAMP)
	$(BIN)/offerwatch demo --serve

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy

# pytest exits 5 when it collected no test: that is not a failure of the suite.
test: system $(STAMP) lint
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

unit: $(STAMP)
	@$(BIN)/python -m pytest tests/unit $(PYTEST_ARGS); rc=$$?; [ $$rc -eq 5 ] && rc=0; exit $$rc

# Refresh the README's screenshots (the browser tests save them there only when asked).
screenshots: system $(STAMP)
	OFFERWATCH_SHOTS=docs/screenshots $(BIN)/python -m pytest tests/e2e/test_browser.py -q -k screenshots

bench: system $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
