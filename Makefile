# The two commands of the README: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint unit bench soak translations screenshots clean installer installer-test

$(VENV)/.run-installed: pyproject.toml
	@sh scripts/ensure-system.sh run
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/.run-installed
	@sh scripts/ensure-system.sh test
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

run: $(VENV)/.run-installed
	$(BIN)/opnamestudio

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The installer's smoke test is part of it: it takes about a minute (make installer).
test: lint
	$(BIN)/pytest
	sh installer/build.sh

# Each script prints its figures and PASS/FAIL; a '-' keeps make going after a FAIL.
bench: $(VENV)/.test-installed
	-$(BIN)/python bench/bench_pipeline.py
	-$(BIN)/python bench/bench_pipeline.py --encrypt
	-$(BIN)/python bench/bench_journal_crypto.py
	-$(BIN)/python bench/bench_seal.py
	-$(BIN)/python bench/bench_transcoded.py
	-$(BIN)/python bench/bench_export.py
	-$(BIN)/python bench/bench_realtime_load.py
	-$(BIN)/python bench/bench_archive_decrypt.py
	-$(BIN)/python bench/bench_coldstart.py

soak: $(VENV)/.test-installed
	$(BIN)/python bench/soak_kill.py --kills 200

translations: $(VENV)/.test-installed
	$(BIN)/python scripts/update_translations.py

# Every screen as a PNG in docs/screenshots/ (offscreen, Dutch, 1366x768 and 200 %).
screenshots: $(VENV)/.test-installed
	$(BIN)/python scripts/screenshots.py

# The Linux bundle (dist/opnamestudio/) from its own venv, then its --self-test (installer/).
installer:
	sh installer/build.sh

installer-test:
	sh installer/build.sh --test

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
