"""Several real `kehila run` processes on one PostgreSQL and Redis, against the stand-in
Telegram server with Telegram's limits (30 messages/s overall, 1/s per chat): two web
processes take webhooks round-robin, one or two workers send a broadcast.

- the broadcast reaches every recipient exactly once, the stand-in answers 429 at most a
  handful of times, and the combined rate stays within 30/s;
- one person's 20 rapid messages, spread over both web processes, are handled in order and
  within the per-chat limit shared in Redis;
- kill -9 of one of two workers mid-broadcast loses nothing: the other takes over its leases,
  and only what was in flight is reported unknown.

These take minutes (3,000 recipients at 30/s ≈ 100 s; CLUSTER_RECIPIENTS to change it), so
they carry the `cluster` marker: `pytest -m cluster`, run by .ci/run beside the clock runs.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from bot.app import create_core
from bot.clock import Clock
from conversations.domain.types import Outbound
from standins.telegram_api import Limits, TelegramStandIn
from storage import outbox
from storage.db import Database
from storage.models import Identity, OutboxMessage, ProcessedUpdate
from tests.support.cluster import (
    BotProcess,
    post_update,
    start_process,
    text_update,
    wait_serving,
    wait_until,
)
from tests.support.outbox import add_person
from tests.support.settings import make_settings

pytestmark = pytest.mark.cluster

RATE = 30
RECIPIENTS = int(os.environ.get("CLUSTER_RECIPIENTS", "3000"))
KILL_RECIPIENTS = 600
FIRST_CHAT = 100_000
TALKER = 99_001
HANDFUL = 5


@pytest.fixture
async def api() -> AsyncIterator[TelegramStandIn]:
    # The bot paces itself at exactly 30/s and 1/s per chat (token buckets holding one token,
    # so at most 31 in any second); the stand-in refuses more than that, with 10% slack per
    # chat for the jitter of loopback HTTP between the bot's clock (Redis) and the server's.
    server = TelegramStandIn(limits=Limits(global_per_second=RATE + 1,
                                           per_chat_per_second=1.1))
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def pg_url(database_url: str) -> str:
    if database_url.startswith("sqlite"):
        pytest.skip("several processes run on PostgreSQL; SQLite refuses a second sender")
    return database_url


def cluster_settings(redis_url: str, prefix: str, **more: object) -> dict[str, object]:
    return {"redis_url": redis_url, "redis_key_prefix": prefix,
            "telegram_messages_per_second": RATE, "telegram_private_chat_per_second": 1,
            "telegram_private_chat_burst": 1, "outbox_bulk_share": 1.0, **more}


async def queue_broadcast(url: str, recipients: int) -> None:
    clock = Clock()
    core = await create_core(make_settings(url), clock=clock)
    try:
        for start in range(0, recipients, 500):
            async with core.db.transaction() as db:
                for n in range(start, min(start + 500, recipients)):
                    person = await add_person(db, FIRST_CHAT + n, clock.now())
                    await outbox.enqueue(db, person_id=person, kind="broadcast",
                                         key=f"broadcast:1:person:{person}", now=clock.now(),
                                         message=Outbound(text="The garin meets on Tuesday"),
                                         priority=outbox.PRIORITY_BULK)
    finally:
        await core.close()


async def states(db: Database) -> Counter[str]:
    async with db.transaction() as session:
        rows = await session.execute(select(OutboxMessage.state, func.count())
                                     .group_by(OutboxMessage.state))
        return Counter(dict(rows.all()))


def broadcast_times(api: TelegramStandIn) -> list[float]:
    return sorted(sent.at for sent in api.sent if sent.method == "sendMessage"
                  and sent.chat_id is not None and sent.chat_id >= FIRST_CHAT)


def busiest_second(times: list[float]) -> int:
    best, low = 0, 0
    for high, at in enumerate(times):
        while at - times[low] >= 1.0:
            low += 1
        best = max(best, high - low + 1)
    return best


async def talk(api: TelegramStandIn, webs: list[BotProcess], count: int) -> list[int]:
    """One person writes `count` times in quick succession, each update to the next web
    process (as a load balancer would); returns the update ids in the order sent."""
    ids = []
    async with httpx.AsyncClient() as client:
        first = text_update(TALKER, "/start")
        assert await post_update(client, webs[0], first) == 200
        ids.append(first["update_id"])
        for n in range(count - 1):
            update = text_update(TALKER, f"שלום {n}")
            assert await post_update(client, webs[(n + 1) % len(webs)], update) == 200
            ids.append(update["update_id"])
    return ids


async def handled_order(db: Database) -> list[int]:
    async with db.transaction() as session:
        rows = await session.execute(select(ProcessedUpdate.key, ProcessedUpdate.at)
                                     .where(ProcessedUpdate.channel == "telegram"))
        return [int(key[1:]) for key, _ in sorted(rows.all(), key=lambda r: (r[1], r[0]))]


async def start_cluster(url: str, api: TelegramStandIn, workdir: Path, workers: int,
                        settings: dict[str, object]) -> list[BotProcess]:
    webs = [await start_process(url, api, workdir, f"web{n}", "web", **settings)
            for n in range(2)]
    senders = [await start_process(url, api, workdir, f"worker{n}", "worker", **settings)
               for n in range(workers)]
    for web in webs:
        await wait_serving(web)
    return webs + senders


async def stop_all(processes: list[BotProcess]) -> None:
    for bot in processes:
        code = await bot.stop()
        assert code in (0, -9), f"{bot.name} exited {code}:\n{bot.output()}"


@pytest.mark.parametrize("workers", [1, 2])
async def test_broadcast_and_a_rapid_talker_across_processes(pg_url, redis_url, redis_prefix,
                                                            api, tmp_path, workers):
    await queue_broadcast(pg_url, RECIPIENTS)
    db = Database(pg_url, now=Clock().now)
    processes = await start_cluster(pg_url, api, tmp_path, workers,
                                    cluster_settings(redis_url, redis_prefix))
    try:
        started = time.monotonic()
        await wait_until(lambda: _sent_at_least(api, 30), 60, "the broadcast to start")
        ids = await talk(api, processes[:2], 20)  # during the broadcast

        async def finished() -> bool:
            return (await states(db))["sent"] == RECIPIENTS
        await wait_until(finished, RECIPIENTS / RATE * 4 + 120, "the broadcast to finish",
                         every=0.5)
        elapsed = time.monotonic() - started
    finally:
        await stop_all(processes)
    try:
        per_chat = Counter(sent.chat_id for sent in api.sent if sent.method == "sendMessage"
                           and sent.chat_id is not None and sent.chat_id >= FIRST_CHAT)
        assert len(per_chat) == RECIPIENTS and set(per_chat.values()) == {1}  # 0 duplicates
        times = broadcast_times(api)
        if os.environ.get("CLUSTER_DEBUG"):
            t0 = times[0]
            print(Counter(int(t - t0) for t in times))
            print([round(m.at - t0, 1) for m in api.messages_to(TALKER)])
        rate = (len(times) - 1) / (times[-1] - times[0])
        print(f"\n{workers} worker(s): {RECIPIENTS} in {elapsed:.0f} s, {rate:.1f}/s, "
              f"busiest second {busiest_second(times)}, 429s {api.too_many}")
        assert rate <= RATE * 1.02, rate
        assert busiest_second(times) <= RATE + 1
        assert api.too_many <= HANDFUL
        assert await handled_order(db) == ids  # one at a time, in the order written
        assert len(api.messages_to(TALKER)) >= len(ids)  # and every message answered
    finally:
        await db.dispose()


async def test_kill_9_of_one_worker_mid_broadcast_loses_nothing(pg_url, redis_url,
                                                               redis_prefix, api, tmp_path):
    await queue_broadcast(pg_url, KILL_RECIPIENTS)
    db = Database(pg_url, now=Clock().now)
    settings = cluster_settings(redis_url, redis_prefix, outbox_lease_seconds=5,
                                outbox_batch=20)
    processes = await start_cluster(pg_url, api, tmp_path, 2, settings)
    victim = processes[2]
    try:
        await wait_until(lambda: _sent_at_least(api, 100), 60, "the broadcast to start")
        await victim.kill()
        async with db.transaction() as session:
            in_flight = set(await session.scalars(
                select(Identity.user_id).join(OutboxMessage,
                                              OutboxMessage.person_id == Identity.person_id)
                .where(OutboxMessage.state == "sending",
                       OutboxMessage.claimed_by.contains(f":{victim.process.pid}:"))))
        left = await states(db)
        assert left["pending"] + left["claimed"] > 0, left  # really mid-broadcast

        async def finished() -> bool:
            counts = await states(db)
            return counts["sent"] + counts["unknown"] == KILL_RECIPIENTS
        await wait_until(finished, KILL_RECIPIENTS / RATE * 4 + 120,
                         "the surviving worker to finish", every=0.5)
    finally:
        await stop_all(processes)
    try:
        async with db.transaction() as session:
            rows = (await session.execute(
                select(Identity.user_id, OutboxMessage.state)
                .join(OutboxMessage, OutboxMessage.person_id == Identity.person_id))).all()
        assert len(rows) == KILL_RECIPIENTS
        for user_id, state in rows:
            deliveries = len(api.messages_to(int(user_id)))
            if state == "unknown":
                assert user_id in in_flight and deliveries in (0, 1), (user_id, deliveries)
            else:
                assert state == "sent" and deliveries == 1, (user_id, state, deliveries)
        assert api.too_many <= HANDFUL
    finally:
        await db.dispose()


async def _sent_at_least(api: TelegramStandIn, count: int) -> bool:
    return len(broadcast_times(api)) >= count
