"""A garin for the decisions and journey tests, written straight into storage (the invitation
flows are the garin core's to test), and the clock walks that deliver what falls due."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from bot.app import Core
from bot.clock import FakeClock
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from storage import garinim
from storage.models import Identity


async def person_id(core: Core, channel: str, user_id: str | int) -> int:
    async with core.db.transaction() as db:
        found = await db.scalar(select(Identity.person_id).where(
            Identity.channel == channel, Identity.user_id == str(user_id)))
    assert found is not None, f"{channel}:{user_id} has not talked to the bot"
    return found


async def make_garin(core: Core, name: str, *, lead: int, members: Sequence[int],
                     coordinator: int | None = None, region: str = "negev") -> int:
    """A garin whose `lead` and `members` all accepted; returns its id."""
    now = core.clock.now()
    async with core.db.transaction() as db:
        garin = await garinim.create(db, name=name, target_region=region,
                                     coordinator_person_id=coordinator, now=now)
        for member in (lead, *members):
            await garinim.add_member(db, garin.id, member, now)
        await garinim.set_lead(db, garin.id, lead, now)
        return garin.id


async def run_due(core: Core, clock: FakeClock, moment: datetime,
                  delivery: Delivery) -> int:
    """Move the clock, run the scheduled work due by then and deliver what it queued."""
    clock.set(moment)
    ran = await Scheduler(core.db, core.services, clock).tick()
    await delivery.run_once()
    return ran
