"""Shared fixtures: every database test runs on SQLite and, when configured, on PostgreSQL.

PostgreSQL tests run when TEST_DATABASE_URL is set and are skipped with a visible reason
otherwise; with REQUIRE_POSTGRES=1 (CI) an unreachable server fails the run instead.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import Core, create_core
from bot.clock import Clock, FakeClock
from standins.telegram_api import TelegramStandIn
from standins.twilio_api import TwilioStandIn
from storage import migrate
from storage.all_models import metadata
from storage.db import Database
from tests import timeline
from tests.support.settings import make_settings

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
REQUIRE_PG = os.environ.get("REQUIRE_POSTGRES") == "1"
_pg_ready: bool | None = None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--clock", default="fixed", choices=timeline.MODES,
                     help="start the fake clock at the fixed test date (default), or about a "
                          "year ahead of or behind today, so a hidden wall-clock read fails")


def pytest_configure(config: pytest.Config) -> None:
    timeline.configure(config.getoption("--clock"), date.today())


def pytest_report_header(config: pytest.Config) -> str:
    mode = config.getoption("--clock")
    return f"fake clock starts at {timeline.START.isoformat()} (--clock={mode})"


async def _prepare_postgres() -> None:
    """Once per run: a clean schema at head; later tests only truncate."""
    global _pg_ready
    if _pg_ready is not None:
        return
    engine = create_async_engine(PG_URL)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    except Exception as error:
        _pg_ready = False
        if REQUIRE_PG:
            raise RuntimeError(f"PostgreSQL at TEST_DATABASE_URL is unreachable: {error}") \
                from error
        return
    finally:
        await engine.dispose()
    db = Database(PG_URL, now=Clock().now)
    await migrate.upgrade(db)
    await db.dispose()
    _pg_ready = True


async def _truncate_postgres() -> None:
    engine = create_async_engine(PG_URL)
    tables = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}"
        return
    if not PG_URL:
        pytest.skip("PostgreSQL tests skipped: TEST_DATABASE_URL is not set")
    await _prepare_postgres()
    if not _pg_ready:
        pytest.skip("PostgreSQL tests skipped: TEST_DATABASE_URL is unreachable")
    await _truncate_postgres()
    yield PG_URL


@pytest.fixture
async def api() -> AsyncIterator[TelegramStandIn]:
    """The stand-in Telegram Bot API on loopback (tests that need another stand-in override
    this fixture by name)."""
    server = TelegramStandIn()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def twilio_api() -> AsyncIterator[TwilioStandIn]:
    """The stand-in Twilio REST API on loopback."""
    server = TwilioStandIn()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def apis() -> AsyncIterator[tuple[TelegramStandIn, TwilioStandIn]]:
    """Both stand-ins, for people who use both channels."""
    telegram, twilio = TelegramStandIn(), TwilioStandIn()
    await telegram.start()
    await twilio.start()
    yield telegram, twilio
    await twilio.stop()
    await telegram.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(timeline.START)


@pytest.fixture
async def core(database_url: str, clock: FakeClock) -> AsyncIterator[Core]:
    """The channel-independent core on a fresh database, with a controllable clock."""
    instance = await create_core(make_settings(database_url), clock=clock)
    yield instance
    await instance.close()
