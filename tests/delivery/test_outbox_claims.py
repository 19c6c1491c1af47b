"""Several workers (own engines, own worker ids, in parallel) never take the same row."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

from bot.app import create_core
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.domain.types import Outbound
from conversations.engine.jobs import JobContext
from storage import outbox
from storage.db import Database
from storage.models import ScheduledItem
from tests.support.outbox import RecordingSender, add_person, outbox_rows, scheduled_rows
from tests.support.settings import make_settings

WORKERS = 4
ROWS = 60


async def test_concurrent_delivery_workers_send_each_row_once(core, clock):
    async with core.db.transaction() as db:
        for n in range(ROWS // 3):
            person = await add_person(db, 3000 + n, clock.now())
            for part in range(3):
                await outbox.enqueue(db, person_id=person, kind="broadcast",
                                     key=f"b:{n}:{part}", now=clock.now(),
                                     message=Outbound(text=f"{n}:{part}"))
    senders = [RecordingSender(latency=0.01) for _ in range(WORKERS)]
    databases = [Database(core.settings.database_url, now=clock.now) for _ in range(WORKERS)]
    workers = [Delivery(db, clock, {"telegram": sender}, batch=7, worker=f"test:{n}:w")
               for n, (db, sender) in enumerate(zip(databases, senders, strict=True))]

    async def work(delivery: Delivery) -> None:
        while await delivery.run_once():
            await asyncio.sleep(0)

    try:
        await asyncio.gather(*(work(w) for w in workers))
    finally:
        for db in databases:
            await db.dispose()
    texts = Counter(text for sender in senders for _, text in sender.sent)
    assert len(texts) == ROWS and set(texts.values()) == {1}
    assert sum(1 for sender in senders if sender.sent) > 1  # they really worked side by side
    for sender in senders:  # and one person's messages kept their order
        for user in {user for user, _ in sender.sent}:
            parts = [text for u, text in sender.sent if u == user]
            assert parts == sorted(parts)
    rows = await outbox_rows(core.db)
    assert {row.state for row in rows} == {"sent"}


async def test_concurrent_schedulers_run_each_item_once(database_url, clock):
    runs: list[tuple[str, str | None]] = []

    async def job(job: JobContext, item: ScheduledItem) -> None:
        runs.append((item.key, item.claimed_by))
        await asyncio.sleep(0)

    settings = make_settings(database_url)
    cores = [await create_core(settings, clock=clock, upgrade=n == 0) for n in range(WORKERS)]
    try:
        async with cores[0].db.transaction() as db:
            for n in range(ROWS):
                await outbox.schedule(db, kind="test.count", key=f"item:{n}", now=clock.now(),
                                      due_at=clock.now() + timedelta(seconds=n % 5))
        schedulers = []
        for n, core in enumerate(cores):
            core.services.registry.add_job("test.count", job)
            schedulers.append(Scheduler(core.db, core.services, clock, batch=6,
                                        worker=f"test:{n}:s"))
        clock.advance(timedelta(minutes=1))
        await asyncio.gather(*(s.tick() for s in schedulers))
        keys = Counter(key for key, _ in runs)
        assert len(keys) == ROWS and set(keys.values()) == {1}
        assert len({worker for _, worker in runs}) > 1
        assert {item.state for item in await scheduled_rows(cores[0].db)} == {"done"}
    finally:
        for core in cores:
            await core.close()
