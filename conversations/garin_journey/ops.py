"""Starting a garin's journey and the timed work of each milestone: a check-in to its owner
some days before it is due, and a word to the accompanying coordinator when it is overdue.

Check-ins and overdue notices are keyed on the milestone's revision, so moving a due date
schedules fresh ones and the old ones find themselves stale.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.dates import long_date as date_text
from conversations.domain.journey_def import COORDINATOR, Journey, configured_journey
from conversations.domain.types import Choice
from conversations.engine.context import Services
from conversations.engine.jobs import Notifier
from storage import garin_journey as repo
from storage import outbox as outbox_repo
from storage.garin_journey_models import GarinMilestone
from storage.garin_models import Garin

CHECKIN_JOB = "garin.journey.checkin"
OVERDUE_JOB = "garin.journey.overdue"
DONE = "gj.done"
"""The global action of "mark done" under a check-in or an overdue notice: a milestone id."""




def journey_of(services: Services) -> Journey:
    return configured_journey(services.settings.garin_journey_file)


def title(services: Services, milestone: GarinMilestone, language: str) -> str:
    return journey_of(services).milestone_title(milestone.milestone, language)


def owner_of(garin: Garin, milestone: GarinMilestone) -> int | None:
    """Who is asked about a milestone: the garin's lead, or its accompanying coordinator."""
    if milestone.owner == COORDINATOR:
        return garin.coordinator_person_id
    return garin.lead_person_id


async def start(env: Notifier, garin: Garin, *, by: int | None) -> bool:
    """Instantiate the configured journey for a garin from now; False if it had started."""
    journey = journey_of(env.services)
    plan = [repo.PlannedMilestone(m.stage, m.id, m.owner, m.due_days)
            for m in journey.milestones]
    started = await repo.start(env.db, garin_id=garin.id, journey_id=journey.id,
                               version=journey.version, plan=plan, started_at=env.now, by=by)
    if started:
        days = env.services.settings.garin_journey_checkin_days
        for milestone in await repo.milestones(env.db, garin.id):
            await schedule(env.db, milestone, now=env.now, checkin_days=days)
    return started


async def schedule(db: AsyncSession, milestone: GarinMilestone, *, now: datetime,
                   checkin_days: int) -> None:
    """The milestone's check-in (or at once, if that moment passed) and its overdue notice."""
    key = f"garin:{milestone.garin_id}:milestone:{milestone.id}:r{milestone.revision}"
    payload = {"milestone_id": milestone.id, "revision": milestone.revision}
    if milestone.due_at > now:
        check_in = max(now, milestone.due_at - timedelta(days=checkin_days))
        await outbox_repo.schedule(db, kind=CHECKIN_JOB, key=f"{key}:checkin", due_at=check_in,
                                   now=now, payload=payload, expires_at=milestone.due_at)
    await outbox_repo.schedule(db, kind=OVERDUE_JOB, key=f"{key}:overdue",
                               due_at=max(now, milestone.due_at), now=now, payload=payload)


async def move_due(db: AsyncSession, milestone: GarinMilestone, due_at: datetime, *,
                   now: datetime, checkin_days: int) -> None:
    """A garin's own due date for one milestone: the old check-in and notice are cancelled,
    new ones scheduled (and the revision in their keys tells any stale one apart)."""
    await outbox_repo.cancel_scheduled(
        db, key_prefix=f"garin:{milestone.garin_id}:milestone:{milestone.id}:", now=now,
        reason="due date moved")
    await repo.move_due(db, milestone, due_at)
    await schedule(db, milestone, now=now, checkin_days=checkin_days)




def due_text(env: Notifier, milestone: GarinMilestone, language: str) -> str:
    return date_text(milestone.due_at, language, env.services.settings.timezone)


def done_button(t: Any, milestone: GarinMilestone) -> Choice:
    return Choice(t("garin-journey-mark-done"), DONE, str(milestone.id))
