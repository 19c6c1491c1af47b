"""Every setting is documented in .env.example, and the example itself loads."""

from __future__ import annotations

import re

from bot.settings import Settings, load_settings
from tests.support.paths import ROOT

EXAMPLE = ROOT / ".env.example"


def test_every_setting_is_documented() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    missing = [name.upper() for name in Settings.__struct_fields__
               if not re.search(rf"^#?\s*{name.upper()}=", text, re.M)]
    assert missing == []


def test_the_example_is_a_valid_configuration() -> None:
    settings = load_settings(EXAMPLE)
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert not settings.telegram_enabled and not settings.whatsapp_enabled
