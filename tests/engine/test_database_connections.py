"""PostgreSQL connections the server ended while they sat in the pool are replaced before
use (what `pool_pre_ping` did, now without its round trips on every checkout)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from storage import db as storage_db
from storage.db import Database


@pytest.fixture
async def pg_url(database_url: str) -> str:
    if database_url.startswith("sqlite"):
        pytest.skip("a SQLite connection is a file: no server to end it")
    return database_url


async def test_a_pooled_connection_the_server_ended_is_replaced(pg_url, clock):
    db = Database(pg_url, now=clock.now)
    admin = create_async_engine(pg_url)
    try:
        async with db.transaction() as session:
            first = await session.scalar(text("SELECT pg_backend_pid()"))
        async with admin.connect() as connection:  # a restart or an administrator
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        await asyncio.sleep(0.3)  # the loop reads the server's goodbye meanwhile
        async with db.transaction() as session:  # no error: a new connection
            second = await session.scalar(text("SELECT pg_backend_pid()"))
        assert second != first
    finally:
        await admin.dispose()
        await db.dispose()


async def test_a_connection_idle_for_long_is_pinged_and_a_busy_one_is_not(pg_url, clock,
                                                                          monkeypatch):
    """A connection cut without a goodbye (a firewall dropping an idle flow) looks open: the
    one taken after a long idle is asked first; one back a moment ago is not."""
    db = Database(pg_url, now=clock.now)
    asked: list[str] = []
    try:
        async with db.transaction() as session:
            await session.execute(text("SELECT 1"))
            raw = await (await session.connection()).get_raw_connection()
            raw.driver_connection.add_query_logger(lambda query: asked.append(query.query))
        async with db.transaction() as session:
            await session.execute(text("SELECT 1"))
        assert ";" not in asked
        monkeypatch.setattr(storage_db, "PING_AFTER_IDLE_S", 0.0)
        async with db.transaction() as session:
            await session.execute(text("SELECT 1"))
        assert ";" in asked
    finally:
        await db.dispose()
