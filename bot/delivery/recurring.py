"""Recurring work on the runtime's APScheduler: the weekly digest's cron (DIGEST_CRON).

The cron job only records the week's digest as a scheduled item; the database-driven
scheduler runs it, so several processes or a restart never send a week twice.
"""

from __future__ import annotations

import logging

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.app import Core
from conversations.broadcasts import digest

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


def add_jobs(ticker: AsyncIOScheduler, core: Core) -> None:
    settings = core.settings
    if not settings.digest_cron.strip():
        return
    ticker.add_job(plan_digest, digest_trigger(settings.digest_cron, settings.timezone),
                   args=[core], id="weekly_digest", max_instances=1, coalesce=True,
                   misfire_grace_time=6 * 3600)
