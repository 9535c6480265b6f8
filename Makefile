# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_OUT := out/demo-release

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Run the whole pipeline on the bundled synthetic interviews and print where the release is.
demo: $(STAMP)
	@test -f out/demo-keys/clearance.key || $(BIN)/clearance keygen out/demo-keys
	$(BIN)/clearance release examples/transcripts.jsonl --out $(DEMO_OUT) \
	    --key-file examples/demo.key --signing-key out/demo-keys/clearance.key \
	    --datasheet examples/datasheet.yaml --strict --force
	$(BIN)/clearance audit $(DEMO_OUT) --public-key out/demo-keys/clearance.pub
	@echo "Demo release: $(CURDIR)/$(DEMO_OUT)"

test: $(STAMP)
	$(BIN)/python -m pytest

## Speed benchmarks: ratios against a baseline measured in the same run (see bench/README.md).
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache
