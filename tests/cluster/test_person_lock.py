"""One person's events take turns across processes: the PostgreSQL advisory lock on the
identity is taken before the state is read. Two cores on one database stand for two web
processes (each has its own in-process locks and connection pool)."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import create_core
from conversations.domain.types import Address, Inbound
from storage import locks
from tests.support.settings import make_settings


@pytest.fixture
async def pg_url(database_url: str) -> str:
    if database_url.startswith("sqlite"):
        pytest.skip("advisory locks are PostgreSQL's; SQLite has one sending process")
    return database_url


def said(user: str, text: str, key: str, clock) -> Inbound:  # type: ignore[no-untyped-def]
    return Inbound(Address("telegram", user), clock.now(), message_id=key, text=text)


async def test_a_second_process_waits_for_the_persons_lock(pg_url, clock):
    first = await create_core(make_settings(pg_url), clock=clock)
    second = await create_core(make_settings(pg_url), clock=clock)
    try:
        await first.handler.handle(said("4101", "/start", "u1", clock))
        async with first.db.transaction() as db:  # process one is in the middle of an event
            assert await locks.hold_in_transaction(db, "telegram:4101")
            same = asyncio.create_task(second.handler.handle(said("4101", "hi", "u2", clock)))
            other = asyncio.create_task(second.handler.handle(said("4102", "hi", "u3", clock)))
            await asyncio.wait_for(other, 10)  # someone else is not held up
            await asyncio.sleep(0.5)
            assert not same.done()  # the same person waits for the turn
        handled = await asyncio.wait_for(same, 10)
        assert handled.replies and not handled.duplicate
    finally:
        await first.close()
        await second.close()


def test_lock_keys_are_stable_and_distinct():
    assert locks.lock_key("telegram:1") == locks.lock_key("telegram:1")
    assert locks.lock_key("telegram:1") != locks.lock_key("whatsapp:1")
    assert -2**63 <= locks.lock_key("telegram:1") < 2**63
