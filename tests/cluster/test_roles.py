"""`kehila run --role web|worker|all`: web answers webhooks but never sends the outbox, the
worker sends it without taking updates; SQLite refuses a second process of a role, and
PostgreSQL a second sender when the rate limits are not shared in Redis."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlalchemy import select

from bot.app import create_core
from bot.clock import Clock
from conversations.domain.types import Outbound
from standins.telegram_api import TelegramStandIn
from storage import outbox
from storage.models import OutboxMessage
from tests.support.cluster import post_update, start_process, text_update, wait_serving, wait_until
from tests.support.outbox import add_person
from tests.support.settings import make_settings

NOA, DANA = 6101, 6102


async def queue_news(url: str, user_id: int) -> None:
    clock = Clock()
    core = await create_core(make_settings(url), clock=clock)
    try:
        async with core.db.transaction() as db:
            person = await add_person(db, user_id, clock.now())
            await outbox.enqueue(db, person_id=person, kind="broadcast",
                                 key=f"broadcast:1:person:{person}", now=clock.now(),
                                 message=Outbound(text="news"), priority=outbox.PRIORITY_BULK)
    finally:
        await core.close()


async def outbox_state(url: str) -> str:
    core = await create_core(make_settings(url), clock=Clock(), upgrade=False)
    try:
        async with core.db.transaction() as db:
            return (await db.scalars(select(OutboxMessage.state))).one()
    finally:
        await core.close()


async def test_web_answers_and_only_the_worker_sends(tmp_path, api: TelegramStandIn):
    url = f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}"
    await queue_news(url, DANA)
    web = await start_process(url, api, tmp_path, "web", "web")
    worker = None
    try:
        await wait_serving(web)
        assert api.webhook["secret_token"]  # the web process registered the webhook
        async with httpx.AsyncClient() as client:
            assert await post_update(client, web, text_update(NOA, "/start")) == 200
        await api.wait_for(NOA, 1, timeout=20)  # answered by the web process
        await asyncio.sleep(2)
        assert api.messages_to(DANA) == [] and await outbox_state(url) == "pending"
        calls = dict(api.calls)
        worker = await start_process(url, api, tmp_path, "worker", "worker")
        await api.wait_for(DANA, 1, timeout=30)
        await wait_until(lambda: _is(url, "sent"), 10, "the row to be recorded sent")
        # the worker took no updates and left the webhook alone
        assert api.calls["getUpdates"] == calls.get("getUpdates", 0)
        assert api.calls["setWebhook"] == calls.get("setWebhook", 0)
    finally:
        if worker is not None:
            assert await worker.stop() == 0, worker.output()
        assert await web.stop() == 0, web.output()


async def _is(url: str, state: str) -> bool:
    return await outbox_state(url) == state


@pytest.mark.parametrize("second", ["worker", "all", "web"])
async def test_sqlite_refuses_a_second_process_of_a_role(tmp_path, api, second):
    url = f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}"
    first = await start_process(url, api, tmp_path, "first", "all")
    try:
        await wait_serving(first)
        again = await start_process(url, api, tmp_path, "second", second)
        assert await asyncio.wait_for(again.process.wait(), 60) == 1
        assert "SQLite serves one process of each role" in again.output()
        assert first.process.returncode is None  # the first one goes on
    finally:
        assert await first.stop() == 0, first.output()


async def test_postgresql_needs_redis_for_a_second_sender(database_url, tmp_path, api,
                                                          redis_prefix, redis_url):
    if database_url.startswith("sqlite"):
        pytest.skip("the PostgreSQL side of this check; SQLite is covered above")
    first = await start_process(database_url, api, tmp_path, "first", "worker")
    try:
        await wait_until(lambda: _called(api, "getMe", 1), 60, "the first worker to start")
        alone = await start_process(database_url, api, tmp_path, "alone", "worker")
        assert await asyncio.wait_for(alone.process.wait(), 60) == 1
        assert "REDIS_URL is not set" in alone.output()
    finally:
        assert await first.stop() == 0, first.output()
    shared = {"redis_url": redis_url, "redis_key_prefix": redis_prefix}
    one = await start_process(database_url, api, tmp_path, "one", "worker", **shared)
    two = await start_process(database_url, api, tmp_path, "two", "all", **shared)
    try:
        await wait_serving(two)
        await asyncio.sleep(1)
        assert one.process.returncode is None, one.output()
    finally:
        assert await two.stop() == 0, two.output()
        assert await one.stop() == 0, one.output()


async def _called(api: TelegramStandIn, method: str, times: int) -> bool:
    return api.calls[method] >= times
