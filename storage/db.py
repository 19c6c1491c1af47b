"""The async engine and session factory, tuned per backend.

SQLite: WAL with synchronous=NORMAL, and every transaction starts with BEGIN IMMEDIATE: taking
the write lock up front avoids the deadlock SQLite reports when two readers both try to
upgrade to writers. Inside one process, SQLite transactions also queue on an asyncio lock (a
FIFO: fair and cheap where SQLite's busy handler is not), so there is one writer at a time.
Statements run on the event loop's own thread (`_InlineSqlite`), not on aiosqlite's thread per
connection: a statement on a local file takes microseconds, and the two thread switches per
statement were most of the bot's CPU per update. Waiting for another process's write lock
(the CLI) sleeps in the loop, never blocks it.

WAL + synchronous=NORMAL is durable against a crash of the process (kill -9, an exception):
a committed transaction is in the WAL file in the operating system's cache before COMMIT
returns, and SQLite replays it on the next open. Only a power cut or a kernel crash can lose
the last transactions before a checkpoint — never corrupt the database.

PostgreSQL: a pooled connection is checked for life when it is taken from the pool, without
a round trip unless it sat idle a while (`_check_on_checkout`).
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Generator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, cast

import aiosqlite
from sqlalchemy import event, exc
from sqlalchemy.engine import CursorResult, Result, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.clock import CLOCK_OPTION, Now

SQLITE_BUSY_TIMEOUT_MS = 30_000
PING_AFTER_IDLE_S = 10.0
"""A PostgreSQL connection back from the pool after longer than this is pinged first."""


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
            kwargs["connect_args"] = {"timeout": 0, "async_creator_fn": _inline_sqlite}
        else:
            kwargs.update(pool_size=10, max_overflow=20)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            _tune_sqlite(self.engine)
        else:
            _check_on_checkout(self.engine)
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


class _InlineSqlite(aiosqlite.Connection):
    """aiosqlite's connection, run on the event loop's own thread instead of a thread per
    connection.

    A statement on a local SQLite file takes microseconds; handing each one to aiosqlite's
    thread and back costs two thread switches, which under load were most of the bot's CPU
    per update (py-spy: aiosqlite's queue and worker thread at the top, bench/RESULTS.md).
    The one risk of running inline is waiting on another process's write lock with the loop
    blocked; in this process writers already take turns on an asyncio lock
    (`Database.transaction`), and another process (SQLite serves one bot process of each role;
    the CLI) holds the lock for a short transaction only.
    """

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, 64)
        self._tx = _RunNow()  # type: ignore[assignment]  # SQLAlchemy queues some calls here

    def __await__(self) -> Generator[Any, None, aiosqlite.Connection]:
        return self._connect().__await__()

    async def _connect(self) -> aiosqlite.Connection:
        if self._connection is None:
            self._connection = self._connector()
        return self

    async def _execute(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run now; while another connection holds the write lock, wait without blocking the
        loop (SQLite's own busy handler would sleep in this thread, so its busy timeout is 0
        and this retries instead, up to the same timeout). A statement refused as busy did
        nothing, so running it again is safe."""
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SQLITE_BUSY_TIMEOUT_MS / 1000
        nap = 0.001
        while True:
            try:
                return fn(*args, **kwargs)
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or loop.time() >= deadline:
                    raise
            await asyncio.sleep(nap)
            nap = min(nap * 2, 0.05)

    def stop(self) -> None:
        self._running = False
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _inline_sqlite(database: str, **kwargs: Any) -> _InlineSqlite:
    return _InlineSqlite(partial(sqlite3.connect, database, **kwargs))


class _RunNow:
    """Stands in for aiosqlite's queue to its thread: runs the call at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:
            if future is not None and not future.done():
                future.set_exception(error)
            return
        if future is not None and not future.done():
            future.set_result(result)


def _ensure_sqlite_dir(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def _tune_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=0")  # waited for without blocking: _InlineSqlite
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


_IDLE_SINCE = "kehila.idle_since"


def _check_on_checkout(engine: AsyncEngine) -> None:
    """Hand out only live connections, as `pool_pre_ping` did, without its three round trips
    (BEGIN, a ping, ROLLBACK) on every checkout: a tenth of an update's trips (issue 14).

    A connection the server closed (a restart, `pg_terminate_backend`, an idle timeout) is
    known to asyncpg as closed as soon as the loop has read the server's goodbye, which it
    does while the connection sits in the pool: that check costs nothing. A connection idle
    for longer than `PING_AFTER_IDLE_S` may have been cut without a goodbye (a NAT or a
    firewall dropping idle flows), so it is pinged as before. Either failure replaces the
    connection before anything runs on it (the pool retries on `DisconnectionError`)."""

    @event.listens_for(engine.sync_engine, "checkin")
    def _on_checkin(_dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _on_checkout(dbapi_connection, record, _proxy) -> None:  # type: ignore[no-untyped-def]
        if dbapi_connection.driver_connection.is_closed():
            raise exc.DisconnectionError("the server closed this connection")
        idle_since = record.info.get(_IDLE_SINCE)  # None: opened just now
        if idle_since is not None and time.monotonic() - idle_since > PING_AFTER_IDLE_S:
            try:
                dbapi_connection.ping()
            except Exception as error:
                raise exc.DisconnectionError("the connection did not answer a ping") \
                    from error


def is_postgresql(session: AsyncSession) -> bool:
    """Which backend a session talks to (row locks and upserts differ between the two)."""
    return session.get_bind().dialect.name == "postgresql"


def affected(result: Result[Any]) -> int:
    """How many rows an UPDATE/DELETE/INSERT … ON CONFLICT touched."""
    return cast("CursorResult[Any]", result).rowcount or 0
