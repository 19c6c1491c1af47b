"""The journey's timed work: the owner's check-in before a due date, and the accompanying
coordinator's notice of an overdue milestone. Both skip a milestone done or moved meanwhile."""

from __future__ import annotations

from conversations.engine.jobs import JobContext, tell
from conversations.garin_journey import ops
from storage import garin_journey as repo
from storage import garinim
from storage.garin_journey_models import GarinMilestone
from storage.garin_models import Garin
from storage.models import ScheduledItem


async def _current(job: JobContext, item: ScheduledItem
                   ) -> tuple[GarinMilestone, Garin] | None:
    milestone = await repo.get(job.db, int(item.payload["milestone_id"]))
    if milestone is None or milestone.done_at is not None:
        job.skip("milestone done or gone")
        return None
    if milestone.revision != item.payload.get("revision"):
        job.skip("due date moved")
        return None
    garin = await garinim.get(job.db, milestone.garin_id)
    if garin is None:
        job.skip("garin gone")
        return None
    return milestone, garin


async def check_in(job: JobContext, item: ScheduledItem) -> None:
    found = await _current(job, item)
    if found is None:
        return
    milestone, garin = found
    owner = ops.owner_of(garin, milestone)
    if owner is None:
        job.skip("the milestone has no owner")
        return
    await tell(job, owner, kind="garin.journey.checkin",
                   key=f"garin:milestone:{milestone.id}:r{milestone.revision}:checkin:{owner}",
                   text=lambda t: t("garin-journey-checkin", garin=garin.name,
                                    milestone=ops.title(job.services, milestone, t.language),
                                    due=ops.due_text(job, milestone, t.language)),
                   choices=lambda t: [ops.done_button(t, milestone)])


async def overdue(job: JobContext, item: ScheduledItem) -> None:
    found = await _current(job, item)
    if found is None:
        return
    milestone, garin = found
    coordinator = garin.coordinator_person_id
    if coordinator is None:
        job.skip("the garin has no accompanying coordinator")
        return
    await tell(job, coordinator, kind="garin.journey.overdue",
                   key=f"garin:milestone:{milestone.id}:r{milestone.revision}:overdue",
                   text=lambda t: t("garin-journey-overdue", garin=garin.name,
                                    milestone=ops.title(job.services, milestone, t.language),
                                    due=ops.due_text(job, milestone, t.language),
                                    owner=t(f"garin-journey-owner-{milestone.owner}")),
                   choices=lambda t: [ops.done_button(t, milestone)])
