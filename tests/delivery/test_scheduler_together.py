"""Enqueue-only jobs run set-based: a batch's messages in one INSERT, no savepoint each — yet
each key is queued once, and one failing handler still costs only its own item."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from bot.delivery.scheduler import Scheduler
from conversations.domain.types import Outbound
from conversations.engine.jobs import JobContext
from storage import outbox
from storage.models import ScheduledItem
from tests.support.outbox import add_person, outbox_rows, scheduled_rows

BROKEN = "item:7"


async def remind(job: JobContext, item: ScheduledItem) -> None:
    assert item.person_id is not None
    if item.key == BROKEN:
        raise RuntimeError("this one's handler is broken")
    await job.notify(item.person_id, kind="reminder", key=f"msg:{item.payload['n'] % 20}",
                     message=Outbound(text="soon"))


async def test_enqueue_only_items_run_together_and_fail_alone(core, clock):
    core.services.registry.add_job("test.together", remind, enqueue_only=True)
    async with core.db.transaction() as db:
        person = await add_person(db, 1001, clock.now())
        await outbox.enqueue(db, person_id=person, kind="reminder", key="msg:0",
                             message=Outbound(text="queued before"), now=clock.now())
        for n in range(30):
            await outbox.schedule(db, kind="test.together", key=f"item:{n}", due_at=clock.now(),
                                  now=clock.now(), person_id=person, payload={"n": n})
    clock.advance(timedelta(seconds=1))
    assert await Scheduler(core.db, core.services, core.clock).tick() == 30

    states = Counter(item.state for item in await scheduled_rows(core.db))
    assert states == {"done": 29, "pending": 1}  # the broken one waits for its retry
    keys = Counter(row.key for row in await outbox_rows(core.db))
    assert set(keys) == {f"msg:{n}" for n in range(20)} and set(keys.values()) == {1}
    before = next(row for row in await outbox_rows(core.db) if row.key == "msg:0")
    assert Outbound.from_json(before.payload).text == "queued before"


async def writes_its_item(job: JobContext, item: ScheduledItem) -> None:
    """Not enqueue-only after all: it changes its item (a frozen row on the bulk path)."""
    item.payload = {**item.payload, "seen": True}
    assert item.person_id is not None
    await job.notify(item.person_id, kind="reminder", key=f"w:{item.key}",
                     message=Outbound(text="soon"))


async def test_bulk_outcomes_and_a_handler_that_writes_its_item(core, clock):
    """Expired and handler-less items are released set-based with their reasons, and done
    items count an attempt; a handler that writes to its item makes the batch run item by
    item through the ORM, where the write is kept."""
    core.services.registry.add_job("test.writes", writes_its_item, enqueue_only=True)
    core.services.registry.enqueue_only_jobs.add("test.unknown")  # registered, no handler
    core.services.registry.add_job("test.plain", remind, enqueue_only=True)
    now = clock.now()
    async with core.db.transaction() as db:
        person = await add_person(db, 1002, now)
        await outbox.schedule(db, kind="test.plain", key="plain", due_at=now, now=now,
                              person_id=person, payload={"n": 3})
        await outbox.schedule(db, kind="test.plain", key="late", due_at=now, now=now,
                              person_id=person, payload={"n": 4},
                              expires_at=now + timedelta(milliseconds=500))
        await outbox.schedule(db, kind="test.unknown", key="orphan", due_at=now, now=now)
    clock.advance(timedelta(seconds=1))
    assert await Scheduler(core.db, core.services, core.clock).tick() == 3
    rows = {item.key: item for item in await scheduled_rows(core.db)}
    assert (rows["plain"].state, rows["plain"].attempts, rows["plain"].claimed_by) == (
        "done", 1, None)
    assert (rows["late"].state, rows["late"].reason) == ("skipped", "expired before it ran")
    assert (rows["orphan"].state, rows["orphan"].reason) == (
        "failed", "no handler for test.unknown")
    assert {row.key for row in await outbox_rows(core.db)} == {"msg:3"}

    async with core.db.transaction() as db:
        await outbox.schedule(db, kind="test.writes", key="writer", due_at=clock.now(),
                              now=clock.now(), person_id=person, payload={"n": 5})
    clock.advance(timedelta(seconds=1))
    assert await Scheduler(core.db, core.services, core.clock).tick() == 1
    rows = {item.key: item for item in await scheduled_rows(core.db)}
    assert rows["writer"].state == "done" and rows["writer"].payload == {"n": 5, "seen": True}
    assert "w:writer" in {row.key for row in await outbox_rows(core.db)}
