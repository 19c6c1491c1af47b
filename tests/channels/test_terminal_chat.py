"""`kehila run` with no channel token is a terminal chat in Hebrew (what `make run` starts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_run_without_tokens_opens_the_terminal_chat(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "TWILIO_", "DATABASE_URL"))}
    env.update(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}",
               TELEGRAM_BOT_TOKEN="", TWILIO_ACCOUNT_SID="", LOG_LEVEL="WARNING")
    typed = "1\n2\n1\nהמידע שלי\nexit\n"  # Hebrew, feminine, agree, "my data"
    result = subprocess.run([sys.executable, "-m", "bot", "run"], input=typed, text=True,
                            capture_output=True, cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "שלום! 👋 באיזו שפה נמשיך?" in out
    assert "  2. בלשון נקבה" in out
    assert "את מסכימה?" in out
    assert "ברוכה הבאה!" in out
    assert ". 📄 המידע שלי" in out  # a numbered menu entry
    saved = tmp_path / "data" / "downloads" / "my-data.json"
    assert '"address_form": "f"' in saved.read_text(encoding="utf-8")
    assert (tmp_path / "kehila.db").exists()
