# Two commands matter: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-quick chat migrate clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

migrate: $(STAMP)
	$(BIN)/kehila db upgrade

## Set up, migrate and start the bot (terminal chat when no channel token is configured).
run: $(STAMP)
	$(BIN)/kehila run

chat: $(STAMP)
	$(BIN)/kehila chat

lint: $(STAMP)
	$(BIN)/ruff check .

## Set up, lint and run every test. PostgreSQL tests run when TEST_DATABASE_URL is set.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m bench

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
