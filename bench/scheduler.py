"""Figure 4: the scheduler — how fast it claims 100,000 due reminders and hands each to the
outbox (items/s), and how late a reminder is delivered by a running bot at normal load."""

from __future__ import annotations

import asyncio
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from bench.report import Section, percentile
from bench.seed import seed_people
from bench.users import BenchStandIn
from bot.app import create_core
from bot.delivery.scheduler import Scheduler
from bot.runtime import Runtime, attach_channels
from bot.settings import Settings, load_settings
from conversations.domain.types import Outbound
from conversations.engine.jobs import JobContext
from standins.telegram_api import Limits
from storage import outbox
from storage.models import Identity, OutboxMessage, ScheduledItem

KIND = "bench.remind"
BATCH = 5_000


async def remind(job: JobContext, item: ScheduledItem) -> None:
    """A trivial reminder: one message to the person, keyed by the item."""
    assert item.person_id is not None
    await job.notify(item.person_id, kind="reminder", key=f"bench:remind:{item.id}",
                     message=Outbound(text="⏰ תזכורת: החוג מתחיל בעוד שעתיים"))


class Yesterday:
    """A clock a day behind, so the scheduler finds nothing due and its tick ends."""

    def __init__(self, clock) -> None:  # type: ignore[no-untyped-def]
        self.clock = clock

    def now(self):  # type: ignore[no-untyped-def]
        return self.clock.now() - timedelta(days=1)


def settings_for(url: str, **extra: object) -> Settings:
    values: dict[str, object] = {"quiet_hours": "off", "coordinators": [],
                                 "telegram_bot_token": "", "twilio_account_sid": ""}
    return load_settings(database_url=url, **{**values, **extra})


async def claim_all(section: Section, items: int, cap: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'k.db'}"
        core = await create_core(settings_for(url))
        core.services.registry.add_job(KIND, remind, enqueue_only=True)
        try:
            await seed_people(core.db, min(items, 10_000))
            now = core.clock.now()
            async with core.db.transaction() as db:
                people = list(await db.scalars(select(Identity.person_id)))
                for start in range(0, items, BATCH):
                    await db.execute(insert(ScheduledItem), [
                        {"key": f"bench:{n}", "kind": KIND, "person_id": people[n % len(people)],
                         "payload": {}, "due_at": now - timedelta(seconds=1), "state": "pending",
                         "attempts": 0, "created_at": now, "updated_at": now}
                        for n in range(start, min(items, start + BATCH))])
            scheduler = Scheduler(core.db, core.services, core.clock)
            started = time.monotonic()
            task = asyncio.create_task(scheduler.tick())
            try:
                await asyncio.wait_for(asyncio.shield(task), cap)
            except TimeoutError:  # stop cleanly: from the next batch on, nothing is due
                scheduler.clock = Yesterday(core.clock)
                await task
            elapsed = time.monotonic() - started
            async with core.db.transaction() as db:
                done = await db.scalar(select(func.count()).select_from(ScheduledItem)
                                       .where(ScheduledItem.state == "done"))
                queued = await db.scalar(select(func.count()).select_from(OutboxMessage))
        finally:
            await core.close()
    rate = done / elapsed
    whole = ("all" if done >= items else
             f"{done:,} in the {cap:.0f} s cap; all ≈ {items / rate:.0f} s")
    section.add("claim due reminders and queue their messages (SQLite, in-process)",
                f"{items:,}", f"{elapsed:.1f} s ({whole})", f"{rate:,.0f} items/s",
                f"{queued:,} outbox rows")


async def lateness(section: Section, reminders: int, background: int) -> None:
    """A running bot (runtime with its 1 s ticker) delivers reminders while a broadcast to
    `background` people is going out; lateness = arrival at the stand-in − due time."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'k.db'}"
        api = BenchStandIn(limits=Limits(per_chat_per_second=1, global_per_second=30))
        await api.start()
        core = await create_core(settings_for(
            url, telegram_bot_token=api.token, telegram_api_base_url=api.base_url,
            telegram_poll_timeout=5, http_port=0))
        core.services.registry.add_job(KIND, remind, enqueue_only=True)
        users = await seed_people(core.db, reminders + background, first_user_id=700_000)
        now = core.clock.now()
        async with core.db.transaction() as db:
            ids = dict((await db.execute(select(Identity.user_id, Identity.person_id))).all())
            for user in users[reminders:]:
                await outbox.enqueue(db, person_id=ids[str(user)], kind="broadcast",
                                     key=f"bench:b:{user}", now=now,
                                     message=Outbound(text="שידור"),
                                     priority=outbox.PRIORITY_BULK)
        runtime = Runtime(core)
        attach_channels(runtime)
        await runtime.start()
        late: list[float] = []
        try:
            start = core.clock.now() + timedelta(seconds=3)
            due = {}
            async with core.db.transaction() as db:
                for n, user in enumerate(users[:reminders]):
                    at = start + timedelta(seconds=0.5 * n)
                    due[user] = time.monotonic() + (at - core.clock.now()).total_seconds()
                    await outbox.schedule(db, kind=KIND, key=f"bench:r:{user}", due_at=at,
                                          now=core.clock.now(), person_id=ids[str(user)])
            for user in users[:reminders]:
                [sent] = await api.wait_responses(user, 1, timeout=120)
                late.append(sent.at - due[user])
        finally:
            await runtime.stop()
            await api.stop()
    section.add("lateness of a reminder in a running bot, a 30/s broadcast going out",
                f"{reminders}", f"p50 {percentile(late, 50):.2f} s / max {max(late):.2f} s",
                "—", f"{background:,} broadcast messages queued")


async def run(quick: bool) -> Section:
    section = Section("4. Scheduler", ["what", "items", "time", "rate", "notes"])
    items, cap = (10_000, 15.0) if quick else (100_000, 20.0)
    try:
        await claim_all(section, items, cap)
    except Exception as error:
        section.add("claim due reminders", f"{items:,}", f"not measured: {error!r}"[:160],
                    "—", "—")
    try:
        await lateness(section, 10, 300 if quick else 600)
    except Exception as error:
        section.add("lateness", "—", f"not measured: {error!r}"[:160], "—", "—")
    section.notes.append("The runtime ticks the scheduler every second (bot/runtime.py), so a "
                         "reminder is up to ~1 s late by design, plus the outbox's queue.")
    return section
