PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint fixtures clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Check the project's fixtures and show the report. Findings are expected
# there (they are the demo), so only an internal failure fails this target.
run: $(STAMP)
	$(BIN)/zgov check fixtures/ --fail-on never

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench.py --readme README.md

lint: $(STAMP)
	$(BIN)/python -m compileall -q zgov_cli tests

# Rebuild the docx/pdf fixtures from their text sources.
fixtures: $(STAMP)
	$(BIN)/python fixtures/build.py

clean:
	rm -rf $(VENV) build *.egg-info
