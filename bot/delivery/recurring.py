"""Recurring work on the runtime's APScheduler: the weekly digest (DIGEST_CRON) and the daily
cleanup (CLEANUP_CRON), in every sending process.

Each runs once per period across the cluster: the digest's cron only records the week's
digest as a scheduled item (keyed by the week) that the database-driven scheduler runs, and
the cleanup records its day's key in the same transaction as its work
(storage/maintenance.py), so several processes or a restart never repeat a period.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.app import Core
from conversations.broadcasts import digest
from storage import maintenance

log = logging.getLogger(__name__)


def digest_trigger(cron: str, timezone: str) -> CronTrigger:
    """A crontab line in local time; use day names (`sun`): APScheduler counts 0 as Monday."""
    return CronTrigger.from_crontab(cron, timezone=timezone)


async def plan_digest(core: Core) -> bool:
    async with core.db.transaction() as db:
        planned = await digest.plan(db, core.clock.now(), core.settings.timezone)
    if planned:
        log.info("weekly digest planned")
    return planned


async def clean_up(core: Core) -> bool:
    """Today's cleanup, unless another process (or an earlier tick) did it already."""
    now = core.clock.now()
    async with core.db.transaction() as db:
        if not await maintenance.claim_period(
                db, maintenance.day_key(now, core.settings.timezone), now):
            return False
        removed = await maintenance.clean_up(
            db, now, keep_updates=timedelta(days=core.settings.processed_updates_days))
    log.info("daily cleanup: %d old rows removed", removed)
    return True


def add_jobs(ticker: AsyncIOScheduler, core: Core) -> None:
    settings = core.settings
    if settings.cleanup_cron.strip():
        ticker.add_job(clean_up, CronTrigger.from_crontab(settings.cleanup_cron,
                                                          timezone=settings.timezone),
                       args=[core], id="daily_cleanup", max_instances=1, coalesce=True,
                       misfire_grace_time=6 * 3600)
    if not settings.digest_cron.strip():
        return
    ticker.add_job(plan_digest, digest_trigger(settings.digest_cron, settings.timezone),
                   args=[core], id="weekly_digest", max_instances=1, coalesce=True,
                   misfire_grace_time=6 * 3600)
