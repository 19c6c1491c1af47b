"""Run due scheduled items. APScheduler only ticks; the `scheduled` table says what is due.

APScheduler 3's own job stores can't be shared by processes, its SQLAlchemy store blocks the
event loop, and its default misfire grace of 1 s would drop reminders due during a restart —
so the database is the source of truth and a restarted bot simply catches up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import select

from bot.clock import Clock
from bot.delivery.outbox_worker import HOST, PLAN_BATCH, worker_id
from conversations.domain import quiet_hours
from conversations.domain.quiet_hours import QuietRules
from conversations.engine.context import Services
from conversations.engine.jobs import JobContext
from storage import claims, scheduled
from storage import outbox as outbox_repo
from storage.db import Database
from storage.models import ScheduledItem

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 5
RUN_CHUNK = 250
"""Items run per transaction: fewer commits, yet short enough that SQLite's single writer
lock is soon free for the replies to people chatting now (250 enqueue-only items hold it
about 25 ms; 100 instead cost 10% more CPU per item: bench/RESULTS.md)."""


class Scheduler:
    """Runs due scheduled items. With `quiet_hours=True` (the runtime) a person's reminder
    that quiet hours would delay past its `expires_at` runs early, before they start."""

    def __init__(self, db: Database, services: Services, clock: Clock, *,
                 batch: int = 500, on_queued: Callable[[], None] | None = None,
                 quiet_hours: bool = False,
                 worker: str | None = None) -> None:
        self.db = db
        self.services = services
        self.clock = clock
        self.batch = batch
        self.worker = worker or worker_id()
        self.on_queued = on_queued
        settings = services.settings
        self.quiet = QuietRules.from_settings(settings) if quiet_hours else None
        self._recovered = False

    async def tick(self) -> int:
        """Claim and run every item due now, batch by batch; return how many ran.

        After downtime this is the catch-up: everything that fell due meanwhile runs now,
        except what expired (skipped with that reason).
        """
        total = 0
        while True:
            now = self.clock.now()
            async with self.db.transaction() as db:
                if not self._recovered:
                    await claims.release_dead_workers(db, ScheduledItem, me=self.worker,
                                                      host=HOST, now=now)
                    self._recovered = True
                await claims.release_expired_leases(db, ScheduledItem, now)
                if self.quiet is not None:
                    await self._plan_ahead(db, now)
                ids = await claims.claim(db, ScheduledItem, worker=self.worker, now=now,
                                         limit=self.batch, lease=LEASE)
            for start in range(0, len(ids), RUN_CHUNK):
                await self.run_batch(ids[start:start + RUN_CHUNK])
            total += len(ids)
            if len(ids) < self.batch:
                return total

    async def _plan_ahead(self, db, now: datetime) -> None:  # type: ignore[no-untyped-def]
        """Look once at each future, expiring, non-urgent item aimed at a person: if quiet
        hours would hold its message past expiry, run it just before they start."""
        assert self.quiet is not None
        items = list(await db.scalars(
            select(ScheduledItem).where(
                ScheduledItem.state == "pending", ScheduledItem.quiet_planned.is_(False),
                ScheduledItem.urgent.is_(False), ScheduledItem.person_id.is_not(None),
                ScheduledItem.expires_at.is_not(None), ScheduledItem.due_at > now)
            .order_by(ScheduledItem.due_at).limit(PLAN_BATCH)))
        if not items:
            return
        names = self.services.settings.quiet_region_attributes
        regions = await outbox_repo.regions_of(
            db, sorted({item.person_id for item in items if item.person_id}), names)
        for item in items:
            item.quiet_planned = True
            policy = self.quiet.for_region(regions.get(item.person_id or 0))
            decided = quiet_hours.plan(item.due_at, now=now, policy=policy,
                                       expires_at=item.expires_at)
            if decided.action == "early":
                assert decided.at is not None
                item.due_at = decided.at
                item.reason = decided.reason

    async def run_item(self, item_id: int) -> None:
        await self.run_batch([item_id])

    async def run_batch(self, ids: list[int]) -> None:
        """Run claimed items in one transaction: enqueue-only jobs together, set-based (read
        as rows, their messages in one INSERT, their states in one UPDATE per outcome, no
        ORM object and no savepoint each); the others each in its own savepoint, so a
        failing handler rolls back only its own item. One commit per batch."""
        if not ids:
            return
        now = self.clock.now()
        notified = 0
        failed: list[int] = []
        bulk_kinds = self.services.registry.enqueue_only_jobs
        async with self.db.transaction() as db:
            due = await scheduled.claimed(db, ids, self.worker)
            together = [item for item in due if item.kind in bulk_kinds]
            alone_ids = [item.id for item in due if item.kind not in bulk_kinds]
            if together:
                try:
                    async with db.begin_nested():
                        notified += await self._run_together(db, together, now)
                except Exception:
                    log.exception("a batch of enqueue-only items failed; running them one "
                                  "by one")
                    alone_ids = sorted({item.id for item in together} | set(alone_ids))
            alone = list(await db.scalars(
                select(ScheduledItem).where(ScheduledItem.id.in_(alone_ids))
                .order_by(ScheduledItem.due_at, ScheduledItem.id))) if alone_ids else []
            for item in alone:
                item_id = item.id  # a rolled-back savepoint expires the object
                try:
                    async with db.begin_nested():
                        notified += await self._run(db, item, now)
                except Exception:
                    log.exception("scheduled item %s failed", item_id)
                    failed.append(item_id)
        for item_id in failed:
            await self._retry_later(item_id)
        if notified and self.on_queued is not None:
            self.on_queued()

    async def _run_together(self, db, items: list[scheduled.DueItem],  # type: ignore[no-untyped-def]
                            now: datetime) -> int:
        """Enqueue-only items: every handler collects its rows, then one INSERT writes them
        all and one UPDATE per outcome the items' states."""
        queued: list[dict[str, Any]] = []
        outcomes = scheduled.Outcomes()
        jobs = self.services.registry.jobs
        for item in items:
            handler = jobs.get(item.kind)
            if item.expires_at is not None and item.expires_at <= now:
                outcomes.add(item.id, "skipped", "expired before it ran")
            elif handler is None:
                outcomes.add(item.id, "failed", f"no handler for {item.kind}")
            else:
                # the handler only reads its item: the row stands in for the ORM object
                job = JobContext(db=db, now=now, services=self.services,
                                 item=cast(ScheduledItem, item), queued=queued)
                await handler(job, cast(ScheduledItem, item))
                if job.skipped_reason:
                    outcomes.add(item.id, "skipped", job.skipped_reason)
                else:
                    outcomes.add(item.id, "done")
        added = await outbox_repo.enqueue_rows(db, queued)
        await scheduled.finish(db, outcomes, now)
        return added

    async def _run(self, db, item: ScheduledItem,  # type: ignore[no-untyped-def]
                   now: datetime) -> int:
        """One item's work through the ORM; returns how many messages it queued."""
        item.attempts += 1
        item.updated_at = now
        queued = 0
        handler = self.services.registry.jobs.get(item.kind)
        if item.expires_at is not None and item.expires_at <= now:
            item.state, item.reason = "skipped", "expired before it ran"
        elif handler is None:
            item.state, item.reason = "failed", f"no handler for {item.kind}"
        else:
            job = JobContext(db=db, now=now, services=self.services, item=item)
            await handler(job, item)
            item.state = "skipped" if job.skipped_reason else "done"
            item.reason = job.skipped_reason or item.reason
            queued = job.notified
        item.claimed_by = None
        item.claimed_until = None
        return queued

    async def _retry_later(self, item_id: int) -> None:
        now = self.clock.now()
        async with self.db.transaction() as db:
            item = await db.get(ScheduledItem, item_id)
            if item is None:
                return
            item.claimed_by = None
            item.claimed_until = None
            item.updated_at = now
            if item.attempts >= MAX_ATTEMPTS:
                item.state, item.reason = "failed", "handler kept failing"
            else:
                item.state = "pending"
                item.due_at = now + timedelta(seconds=30 * 2 ** item.attempts)
