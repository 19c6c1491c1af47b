"""Every setting is documented in .env.example, and the example itself loads."""

from __future__ import annotations

import re

from bot.settings import Settings
from tests.support.paths import ROOT

EXAMPLE = ROOT / ".env.example"


def test_every_setting_is_documented() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    missing = [name.upper() for name in Settings.model_fields
               if not re.search(rf"^#?\s*{name.upper()}=", text, re.M)]
    assert missing == []


def test_the_example_is_a_valid_configuration() -> None:
    settings = Settings(_env_file=str(EXAMPLE))  # type: ignore[call-arg]
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert not settings.telegram_enabled and not settings.whatsapp_enabled
