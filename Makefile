# Two commands matter: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test test-clock test-cluster lint bench bench-quick chat migrate clean

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

## Set up, migrate, load the marked sample data (`kehila demo --clear` removes it) and start.
demo: $(STAMP)
	$(BIN)/kehila demo
	$(BIN)/kehila run

chat: $(STAMP)
	$(BIN)/kehila chat

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

## Set up, lint, check layers and types, and run every test. PostgreSQL tests run when
## TEST_DATABASE_URL is set: they run in a second pytest process beside the rest (one per
## core), and their report follows the main one.
test: $(STAMP)
	scripts/ensure-chromium
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	@pg_log="$$(mktemp)"; \
	$(BIN)/python -m pytest -p no:cacheprovider -k postgresql > "$$pg_log" 2>&1 & pg=$$!; \
	$(BIN)/python -m pytest -k "not postgresql"; rest=$$?; \
	wait $$pg; pg=$$?; \
	echo "=== the PostgreSQL half (pytest -k postgresql) ==="; cat "$$pg_log"; rm -f "$$pg_log"; \
	echo "tests: exit $$rest, PostgreSQL tests: exit $$pg"; \
	test $$rest -eq 0 && test $$pg -eq 0

## The suite with the fake clock a year ahead of and a year behind today (SQLite, in parallel):
## a module that reads the wall clock instead of the injected one fails here.
test-clock: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider --clock=ahead -k "not postgresql" & ahead=$$!; \
	$(BIN)/python -m pytest -q -p no:cacheprovider --clock=behind -k "not postgresql"; behind=$$?; \
	wait $$ahead; ahead=$$?; \
	echo "clock ahead: exit $$ahead, clock behind: exit $$behind"; \
	test $$ahead -eq 0 && test $$behind -eq 0

## Several real `kehila run` processes (web and workers) on PostgreSQL and Redis against the
## stand-ins: a broadcast at 30/s, one person's rapid messages, kill -9 of a worker. Minutes
## long; needs TEST_DATABASE_URL and TEST_REDIS_URL (skipped with the reason otherwise).
test-cluster: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m cluster

## The aiogram peer of `make bench` runs in an environment of its own: aiogram 3.31 needs
## pydantic<2.14 and redis<8, the bot pins newer ones (bench/aiogram_peer/requirements.lock).
AIOGRAM_VENV := .venv-aiogram
AIOGRAM_STAMP := $(AIOGRAM_VENV)/.installed

$(AIOGRAM_STAMP): bench/aiogram_peer/requirements.lock
	$(PYTHON) -m venv $(AIOGRAM_VENV)
	$(AIOGRAM_VENV)/bin/python -m pip install --quiet -r bench/aiogram_peer/requirements.lock
	touch $(AIOGRAM_STAMP)

bench: $(STAMP) $(AIOGRAM_STAMP)
	$(BIN)/python -m bench

bench-quick: $(STAMP) $(AIOGRAM_STAMP)
	$(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) $(AIOGRAM_VENV) .pytest_cache .ruff_cache
