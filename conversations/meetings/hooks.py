"""House meetings (חוגי בית): wiring the flows, buttons, jobs, digest and privacy hooks.

Participants browse and sign up (`meetings_browse`), coordinators publish (`meetings_new`,
`kehila meetings import`) and manage with hosts (`meetings_manage`); reminders and feedback
run as scheduled jobs (`meetings_jobs`); every message to someone else goes through the outbox.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.engine.context import Ctx
from conversations.engine.flow import Move, switch
from conversations.engine.jobs import JobContext
from conversations.engine.registry import DigestRequest
from conversations.meetings import ops
from conversations.meetings import text as mt
from conversations.meetings.browse import INTEREST_FIELD
from storage import attributes
from storage import meetings as repo
from storage import outbox as outbox_repo
from storage.models import ScheduledItem

REFILL_JOB = "meeting.refill"
DIGEST_LIMIT = 5


async def my_meetings(ctx: Ctx, target: str) -> Move | None:
    return switch("meetings", view="mine")


async def has_meetings(ctx: Ctx) -> bool:
    """Show "my meetings" only to people with a seat, a waitlist place or a meeting to host."""
    return await repo.has_any(ctx.db, ctx.person.id, since=ctx.now,
                              hosting_since=ops.managed_since(ctx.settings, ctx.now))


async def refill(job: JobContext, item: ScheduledItem) -> None:
    """Seats freed without a conversation (a person erased): move the waitlist up."""
    meeting = await repo.get(job.db, int(item.payload["meeting_id"]))
    if meeting is None:
        job.skip("meeting gone")
        return
    promoted = await repo.promote(job.db, meeting.id, job.now)
    await ops.tell_promoted(job, meeting, promoted)


async def digest_lines(request: DigestRequest) -> list[str]:
    """Upcoming meetings with seats in the regions the person is interested in."""
    regions = (await attributes.values_of(request.db, request.person_id)).get(INTEREST_FIELD)
    if not regions:
        return []
    found, _ = await repo.upcoming(request.db, request.now, regions=regions, limit=20)
    lines = []
    for meeting in [m for m in found if m.seats_left > 0][:DIGEST_LIMIT]:
        when = mt.when(meeting.starts_at, request.language, request.zone)
        lines.append(request.translate("meeting-digest-line", when=when, title=meeting.title,
                                       place=mt.place(meeting, request.language),
                                       seats=meeting.seats_left))
    return lines


async def forget(db: AsyncSession, person_id: int, now: datetime) -> None:
    for meeting_id in await repo.forget_person(db, person_id, now):
        await outbox_repo.schedule(db, kind=REFILL_JOB, due_at=now, now=now,
                                   key=f"refill:meeting:{meeting_id}:{now.timestamp()}",
                                   payload={"meeting_id": meeting_id})
