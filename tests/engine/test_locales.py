"""Every text key the code uses exists in Hebrew and English; other languages fall back."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from locales import FORMS, LANGUAGES, Localizer
from tests.support.paths import ROOT

CODE_DIRS = ("bot", "conversations")
KEY = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9_]+)+$")
NOT_KEYS = {"utf-8", "utf-16-le", "no-referrer"}
"""Encodings (the XLSX writer counts a text's UTF-16 units) and an HTTP header value."""
REQUIRED_EVERYWHERE = ("language-prompt", "form-prompt", "privacy-notice", "consent-yes",
                       "consent-no", "welcome", "menu-title", "help-text", "not-understood",
                       "media-unsupported", "error-internal", "stale-button")


def keys_used_in_code() -> set[str]:
    """String literals shaped like locale keys (`menu-title`), in every module of the bot."""
    found = set()
    for directory in CODE_DIRS:
        for path in (ROOT / directory).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    if KEY.match(node.value) and node.value not in NOT_KEYS:
                        found.add(node.value)
    return found


def keys_built_in_code() -> set[str]:
    """Keys the code builds with f-strings (`lang-{code}`, `cmd-{name}`, `words-{command}`)."""
    from bot.channels.telegram.adapter import COMMANDS as TELEGRAM_COMMANDS
    from conversations.engine.runner import COMMANDS

    built = {f"lang-{lang}" for lang in LANGUAGES} | {f"form-{form}" for form in FORMS}
    built |= {f"cmd-{name}" for name in TELEGRAM_COMMANDS}
    built |= {f"words-{name}" for name in COMMANDS}
    from conversations.domain.places import default_places

    regions = [*default_places().regions, "other"]
    built |= {f"region-{region}" for region in regions}
    built |= {f"region-in-{region}" for region in regions}
    return built


@pytest.fixture(scope="module")
def localizer() -> Localizer:
    return Localizer()


def test_the_scan_finds_keys() -> None:
    assert {"menu-title", "privacy-notice", "stale-button"} <= keys_used_in_code()


@pytest.mark.parametrize("language", ["he", "en"])
def test_every_key_used_exists(localizer: Localizer, language: str) -> None:
    missing = sorted(k for k in keys_used_in_code() | keys_built_in_code()
                     if not localizer.has(language, k))
    assert missing == [], f"missing in {language}: {missing}"


@pytest.mark.parametrize("language", ["ar", "ru"])
def test_first_contact_menu_help_and_errors_are_translated(localizer: Localizer,
                                                            language: str) -> None:
    missing = [k for k in REQUIRED_EVERYWHERE if not localizer.has(language, k)]
    assert missing == []


def test_missing_keys_fall_back_to_hebrew_not_to_the_key(tmp_path: Path) -> None:
    for language in LANGUAGES:
        (tmp_path / language).mkdir()
    (tmp_path / "he" / "x.ftl").write_text("only-hebrew = רק בעברית\n", encoding="utf-8")
    partial = Localizer(tmp_path)
    assert partial.format("ru", "only-hebrew") == "רק בעברית"
    assert partial.format("en", "nowhere") == "…"


def test_hebrew_addresses_each_form(localizer: Localizer) -> None:
    texts = {form: localizer.format("he", "menu-title", form) for form in FORMS}
    assert texts == {"m": "מה תרצה לעשות?", "f": "מה תרצי לעשות?", "p": "מה תרצו לעשות?"}
