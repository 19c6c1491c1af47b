"""Debian's headless Chromium driven by Playwright, for the dashboard's browser tests.

Playwright never downloads a browser here: it launches /usr/bin/chromium (scripts/
ensure-chromium installs it). Without it the tests skip with the reason, and fail under
REQUIRE_CHROMIUM=1 (CI). Screenshots go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import ROOT

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts" / "dashboard"


def require_chromium() -> None:
    """Skip (or fail under REQUIRE_CHROMIUM=1) when the browser or Playwright is missing."""
    reason = None
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (scripts/ensure-chromium installs Debian's chromium)"
    else:
        try:
            import playwright.async_api  # noqa: F401
        except ImportError:
            reason = "the playwright package is not installed (requirements.lock)"
    if reason is None:
        return
    if os.environ.get("REQUIRE_CHROMIUM") == "1":
        pytest.fail(f"browser tests cannot run: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


@asynccontextmanager
async def chromium() -> AsyncIterator[Any]:
    """A launched headless Chromium (a Playwright `Browser`)."""
    require_chromium()
    from playwright.async_api import async_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS,
                                                   headless=True)
        try:
            yield browser
        finally:
            await browser.close()


def artifact(name: str) -> str:
    return str(ARTIFACTS / name)


def read_text(path: str) -> str:
    """A downloaded CSV, without the byte-order mark Excel needs."""
    return Path(path).read_text(encoding="utf_8_sig")
