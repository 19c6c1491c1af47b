"""Run due scheduled items. APScheduler only ticks; the `scheduled` table says what is due.

APScheduler 3's own job stores can't be shared by processes, its SQLAlchemy store blocks the
event loop, and its default misfire grace of 1 s would drop reminders due during a restart —
so the database is the source of truth and a restarted bot simply catches up.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.clock import Clock
from bot.delivery import worker_id
from conversations.context import Services
from conversations.jobs import JobContext
from storage import claims
from storage.db import Database
from storage.models import ScheduledItem

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 5


class Scheduler:
    def __init__(self, db: Database, services: Services, clock: Clock, *,
                 batch: int = 100, on_queued=None) -> None:  # type: ignore[no-untyped-def]
        self.db = db
        self.services = services
        self.clock = clock
        self.batch = batch
        self.worker = worker_id()
        self.on_queued = on_queued

    async def tick(self) -> int:
        """Claim and run every item due now, batch by batch; return how many ran."""
        total = 0
        while True:
            now = self.clock.now()
            async with self.db.transaction() as db:
                await claims.release_expired_leases(db, ScheduledItem, now)
                ids = await claims.claim(db, ScheduledItem, worker=self.worker, now=now,
                                         limit=self.batch, lease=LEASE)
            for item_id in ids:
                await self.run_item(item_id)
            total += len(ids)
            if len(ids) < self.batch:
                return total

    async def run_item(self, item_id: int) -> None:
        now = self.clock.now()
        notified = 0
        try:
            async with self.db.transaction() as db:
                item = await db.get(ScheduledItem, item_id)
                if item is None or item.state != "claimed" or item.claimed_by != self.worker:
                    return
                item.attempts += 1
                item.updated_at = now
                if item.expires_at is not None and item.expires_at <= now:
                    item.state, item.reason = "skipped", "expired before it ran"
                    return
                handler = self.services.registry.jobs.get(item.kind)
                if handler is None:
                    item.state, item.reason = "failed", f"no handler for {item.kind}"
                    return
                job = JobContext(db=db, now=now, services=self.services, item=item)
                await handler(job, item)
                item.state = "skipped" if job.skipped_reason else "done"
                item.reason = job.skipped_reason
                item.claimed_by = None
                notified = job.notified
        except Exception:
            log.exception("scheduled item %s failed", item_id)
            await self._retry_later(item_id)
            return
        if notified and self.on_queued is not None:
            self.on_queued()

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
