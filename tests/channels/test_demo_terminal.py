"""`kehila demo` on a fresh clone, then the terminal chat (what `make demo` does): the demo
meetings are listed once, and `kehila demo --clear` takes them away again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.person import label

TYPED = "1\n2\n1\n"  # Hebrew, feminine, agree: the main menu


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "TWILIO_", "DATABASE_URL", "COORDINATORS"))}
    env.update(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}",
               TELEGRAM_BOT_TOKEN="", TWILIO_ACCOUNT_SID="", LOG_LEVEL="WARNING")
    return env


def _kehila(tmp_path: Path, *args: str, typed: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=typed, text=True,
                          capture_output=True, cwd=tmp_path, env=_env(tmp_path), timeout=90)


def test_kehila_demo_then_the_terminal_lists_the_demo_meetings(tmp_path: Path) -> None:
    loaded = _kehila(tmp_path, "demo")
    assert loaded.returncode == 0, loaded.stderr
    assert "3 house meetings" in loaded.stdout
    again = _kehila(tmp_path, "demo")
    assert again.returncode == 0, again.stderr
    assert "already loaded" in again.stdout
    typed = TYPED + label("he", "menu-meetings") + "\n" \
        + label("he", "meetings-all-regions") + "\nexit\n"
    chat = _kehila(tmp_path, "run", typed=typed)
    assert chat.returncode == 0, chat.stderr
    for place in ("ירוחם", "כרמיאל", "ירושלים"):
        assert chat.stdout.count(place) >= 1, place
    assert chat.stdout.count("(דמו)") == 3  # each demo meeting once, no duplicate
    assert f". {label('he', 'menu-outbox-status', 'f')}\n" in chat.stdout
    cleared = _kehila(tmp_path, "demo", "--clear")
    assert cleared.returncode == 0, cleared.stderr
    assert "meetings 3" in cleared.stdout
    after = _kehila(tmp_path, "run", typed=typed)
    assert after.returncode == 0, after.stderr
    assert "(דמו)" not in after.stdout
