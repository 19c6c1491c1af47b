"""The async engine and session factory, tuned per backend.

SQLite gets WAL and a busy timeout so concurrent writers wait instead of failing, and every
transaction starts with BEGIN IMMEDIATE: taking the write lock up front avoids the deadlock
SQLite reports when two readers both try to upgrade to writers. Inside one process, SQLite
transactions also queue on an asyncio lock: SQLite's busy handler retries by sleeping, which is
not first-come-first-served, and under load some writers starved past the busy timeout
("database is locked"); a FIFO lock in the event loop makes waiting fair and cheap. Other
processes (a second bot, the CLI) still wait on the busy timeout.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import event
from sqlalchemy.engine import CursorResult, Result, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.clock import CLOCK_OPTION, Now

SQLITE_BUSY_TIMEOUT_MS = 30_000


class Database:
    """One engine and its session factory; `transaction()` is the unit of work."""

    def __init__(self, url: str, *, now: Now, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.now = now
        """The bot's clock; column defaults read it through the engine's execution options."""
        # hide_parameters: errors must not carry people's answers or numbers into the logs
        kwargs: dict = {"echo": echo, "hide_parameters": not echo,
                        "execution_options": {CLOCK_OPTION: now}}
        if self.is_sqlite:
            _ensure_sqlite_dir(self.url.database)
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            _tune_sqlite(self.engine)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._sqlite_writer = asyncio.Lock() if self.is_sqlite else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session in one transaction: committed on success, rolled back on error."""
        if self._sqlite_writer is None:
            async with self.sessions() as session, session.begin():
                yield session
            return
        async with self._sqlite_writer, self.sessions() as session, session.begin():
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()


def _ensure_sqlite_dir(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def _tune_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def is_postgresql(session: AsyncSession) -> bool:
    """Which backend a session talks to (row locks and upserts differ between the two)."""
    return session.get_bind().dialect.name == "postgresql"


def affected(result: Result[Any]) -> int:
    """How many rows an UPDATE/DELETE/INSERT … ON CONFLICT touched."""
    return cast("CursorResult[Any]", result).rowcount or 0
