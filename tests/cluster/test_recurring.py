"""Recurring work runs once per period across processes: two cores on one database (two
sending processes) tick the daily cleanup at the same moment; one does it."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.app import create_core
from bot.delivery import recurring
from storage import people
from storage.models import ProcessedUpdate, ScheduledItem
from tests.support.settings import make_settings


async def test_the_daily_cleanup_runs_once_per_day_across_processes(database_url, clock):
    cores = [await create_core(make_settings(database_url), clock=clock) for _ in range(2)]
    try:
        async with cores[0].db.transaction() as db:
            await people.mark_processed(db, "telegram", "u1", clock.now() - timedelta(days=40))
            await people.mark_processed(db, "telegram", "u2", clock.now() - timedelta(days=1))
        ran = await asyncio.gather(*(recurring.clean_up(core) for core in cores))
        assert sorted(ran) == [False, True]
        assert await recurring.clean_up(cores[0]) is False  # a second tick the same day
        async with cores[1].db.transaction() as db:
            assert list(await db.scalars(select(ProcessedUpdate.key))) == ["u2"]
        clock.advance(timedelta(days=1))
        ran = await asyncio.gather(*(recurring.clean_up(core) for core in cores))
        assert sorted(ran) == [False, True]  # the next day, once again
        async with cores[1].db.transaction() as db:
            keys = list(await db.scalars(select(ScheduledItem.key)
                                         .where(ScheduledItem.kind == "cleanup")))
        assert len(keys) == 2 and len(set(keys)) == 2
    finally:
        for core in cores:
            await core.close()
