"""Invitations do not wait for ever: each expires `GARIN_INVITATION_DAYS` after it is sent.

Two timed items per invitation (the database-driven scheduler, the injected clock): a
reminder `GARIN_INVITATION_REMINDER_DAYS` before the end (only if that is still ahead), and
the expiry itself. The expiry job ends every due invitation of that garin at once and tells
the coordinator who did not answer (and the lead how many), so invitations sent together
make one notice per garin, not one per person. A press on an expired invitation's button is
answered "this invitation has expired" (see `invitations._answer`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain import dates
from conversations.domain.types import Choice
from conversations.engine.context import Ctx
from conversations.engine.jobs import JobContext, Notifier, tell
from storage import garinim as repo
from storage import outbox as outbox_repo
from storage.garin_models import EXPIRED, PENDING, Garin, GarinInvitation
from storage.models import Person, ScheduledItem

EXPIRE_JOB, REMIND_JOB = "garin.invitation_expire", "garin.invitation_remind"


def expires_at(ctx: Ctx) -> datetime:
    return ctx.now + timedelta(days=ctx.settings.garin_invitation_days)


def _key(invitation: GarinInvitation, what: str) -> str:
    return (f"garin:{invitation.garin_id}:invitation:{invitation.id}:"
            f"{invitation.created_at.timestamp():.0f}:{what}")


async def plan(ctx: Ctx, invitation: GarinInvitation) -> None:
    """The invitation's reminder and expiry, on the scheduler."""
    if invitation.expires_at is None:
        return
    payload = {"invitation_id": invitation.id}
    await outbox_repo.schedule(ctx.db, kind=EXPIRE_JOB, key=_key(invitation, "expire"),
                               due_at=invitation.expires_at, now=ctx.now, payload=payload)
    remind_at = invitation.expires_at - timedelta(
        days=ctx.settings.garin_invitation_reminder_days)
    if ctx.settings.garin_invitation_reminder_days and remind_at > ctx.now:
        await outbox_repo.schedule(ctx.db, kind=REMIND_JOB, key=_key(invitation, "remind"),
                                   due_at=remind_at, now=ctx.now, payload=payload,
                                   person_id=invitation.person_id,
                                   expires_at=invitation.expires_at)


async def remind(job: JobContext, item: ScheduledItem) -> None:
    """The invitee has not answered yet: the invitation again, with its last day."""
    invitation = await repo.invitation(job.db, int(item.payload["invitation_id"]))
    if invitation is None or invitation.state != PENDING or invitation.expires_at is None \
            or invitation.expires_at <= job.now:
        job.skip("invitation answered, expired or gone")
        return
    garin = await repo.get(job.db, invitation.garin_id)
    if garin is None:
        job.skip("garin gone")
        return
    ends = invitation.expires_at
    zone = job.services.settings.timezone
    await tell(job, invitation.person_id, kind="garin.invitation_reminder",
               key=_key(invitation, "reminder"),
               text=lambda t: t("garin-invitation-reminder", garin=garin.name,
                                expires=dates.long_date(ends, t.language, zone)),
               choices=lambda t: (Choice(t("garin-accept"), "garin.accept", str(invitation.id)),
                                  Choice(t("garin-decline"), "garin.decline",
                                         str(invitation.id))))


async def expire(job: JobContext, item: ScheduledItem) -> None:
    """End every due pending invitation of the garin; one notice to its coordinator/lead."""
    invitation = await repo.invitation(job.db, int(item.payload["invitation_id"]))
    if invitation is None:
        job.skip("invitation gone")
        return
    garin = await repo.get(job.db, invitation.garin_id)
    if garin is None:
        job.skip("garin gone")
        return
    ended = await expire_due(job.db, garin.id, job.now)
    if not ended:
        job.skip("answered, or expired with the others of its garin")
        return
    await tell_unanswered(job, garin, ended)


async def expire_due(db: AsyncSession, garin_id: int, now: datetime) -> list[int]:
    """Mark the garin's pending invitations whose time is up `expired`; their people."""
    due = list(await db.scalars(select(GarinInvitation.id).where(
        GarinInvitation.garin_id == garin_id, GarinInvitation.state == PENDING,
        GarinInvitation.expires_at.is_not(None), GarinInvitation.expires_at <= now)))
    if not due:
        return []
    done = await db.execute(update(GarinInvitation).where(
        GarinInvitation.id.in_(due), GarinInvitation.state == PENDING)
        .values(state=EXPIRED, answered_at=now)
        .returning(GarinInvitation.person_id))
    return sorted(done.scalars())


async def tell_unanswered(env: Notifier, garin: Garin, person_ids: list[int]) -> None:
    rows = (await env.db.execute(select(Person.id, Person.display_name)
                                 .where(Person.id.in_(person_ids)).order_by(Person.id))).all()
    names = ", ".join(repo.first_name(name) or f"#{pid}" for pid, name in rows)
    count = len(person_ids)
    stamp = f"{env.now.timestamp():.0f}"
    if garin.coordinator_person_id is not None:
        await tell(env, garin.coordinator_person_id, kind="garin.invitations_expired",
                   key=f"garin:{garin.id}:expired:{stamp}:coordinator",
                   text=lambda t: t("garin-invitations-expired", garin=garin.name,
                                    count=count, names=names))
    if garin.lead_person_id is not None and garin.lead_person_id != garin.coordinator_person_id:
        await tell(env, garin.lead_person_id, kind="garin.invitations_expired",
                   key=f"garin:{garin.id}:expired:{stamp}:lead",
                   text=lambda t: t("garin-invitations-expired-lead", garin=garin.name,
                                    count=count))

