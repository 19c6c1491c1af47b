"""Kehila Bot: channel adapters, app wiring and the command line."""

import sys

# httpx imports its own command line (`httpx._main`: Rich, Pygments and Click, 8.5 MiB) at
# import whenever Rich is installed — and the one lock file installs it for import-linter.
# The bot never runs httpx's command line, so it is marked absent before httpx is imported;
# httpx then keeps a `main` that only says the CLI is not installed.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
