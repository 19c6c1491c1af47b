"""Queries for house meetings: listing, seats, the waitlist, feedback, leads, privacy.

Every change of seats first locks the meeting row (`FOR UPDATE` on PostgreSQL; SQLite
transactions already begin IMMEDIATE), and taking seats is one guarded UPDATE
(`seats_taken + n <= capacity`), so the last seat goes to exactly one person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import garinim
from storage.db import affected, is_postgresql
from storage.meetings_models import (
    CANCELLED,
    CONFIRMED,
    OPEN,
    WAITLISTED,
    WITHDRAWN,
    Feedback,
    Lead,
    Meeting,
    Signup,
)


@dataclass(frozen=True)
class SeatResult:
    """What happened to a request for seats: confirmed, waitlisted, full, closed, already."""

    outcome: str
    signup: Signup | None = None


async def get(db: AsyncSession, meeting_id: int) -> Meeting | None:
    return await db.get(Meeting, meeting_id)


async def lock(db: AsyncSession, meeting_id: int) -> Meeting | None:
    """Load a meeting holding its row lock until commit, fresh from the database."""
    query = select(Meeting).where(Meeting.id == meeting_id).execution_options(
        populate_existing=True)
    if is_postgresql(db):
        query = query.with_for_update()
    return await db.scalar(query)


async def upcoming(db: AsyncSession, now: datetime, *, regions: Sequence[str] = (),
                   offset: int = 0, limit: int = 5) -> tuple[list[Meeting], int]:
    """Open meetings still ahead (full ones too: they have a waitlist), soonest first."""
    where = [Meeting.status == OPEN, Meeting.starts_at > now,
             Meeting.id.not_in(garinim.gathering_meetings())]  # a garin's own: members only
    if regions:
        where.append(Meeting.region.in_(list(regions)))
    total = await db.scalar(select(func.count()).select_from(Meeting).where(*where)) or 0
    rows = await db.scalars(select(Meeting).where(*where)
                            .order_by(Meeting.starts_at, Meeting.id).offset(offset).limit(limit))
    return list(rows), total


async def all_meetings(db: AsyncSession, *, since: datetime, offset: int = 0,
                       limit: int = 8) -> tuple[list[Meeting], int]:
    """Every meeting from `since` on, cancelled ones included (the coordinators' view)."""
    where = [Meeting.starts_at > since]
    total = await db.scalar(select(func.count()).select_from(Meeting).where(*where)) or 0
    rows = await db.scalars(select(Meeting).where(*where)
                            .order_by(Meeting.starts_at, Meeting.id).offset(offset).limit(limit))
    return list(rows), total


async def hosted_by(db: AsyncSession, person_id: int, since: datetime) -> list[Meeting]:
    rows = await db.scalars(select(Meeting).where(Meeting.host_person_id == person_id,
                                                  Meeting.starts_at > since)
                            .order_by(Meeting.starts_at))
    return list(rows)


async def signup_of(db: AsyncSession, meeting_id: int, person_id: int) -> Signup | None:
    return await db.scalar(select(Signup).where(Signup.meeting_id == meeting_id,
                                                Signup.person_id == person_id)
                           .execution_options(populate_existing=True))


async def signups(db: AsyncSession, meeting_id: int,
                  statuses: Sequence[str] = (CONFIRMED,)) -> list[Signup]:
    """Sign-ups of a meeting in the given statuses, in the order they came."""
    rows = await db.scalars(select(Signup).where(Signup.meeting_id == meeting_id,
                                                 Signup.status.in_(list(statuses)))
                            .order_by(Signup.waitlisted_at.nulls_first(),
                                      Signup.confirmed_at, Signup.id)
                            .execution_options(populate_existing=True))
    return list(rows)


async def active_of(db: AsyncSession, person_id: int,
                    since: datetime) -> list[tuple[Signup, Meeting]]:
    """The person's confirmed and waitlisted places at meetings still ahead."""
    rows = await db.execute(
        select(Signup, Meeting).join(Meeting, Meeting.id == Signup.meeting_id)
        .where(Signup.person_id == person_id, Signup.status.in_([CONFIRMED, WAITLISTED]),
               Meeting.starts_at > since, Meeting.status == OPEN)
        .order_by(Meeting.starts_at))
    return [(s, m) for s, m in rows]


async def has_any(db: AsyncSession, person_id: int, *, since: datetime,
                  hosting_since: datetime) -> bool:
    """Whether `active_of(since)` or `hosted_by(hosting_since)` would be non-empty, in one
    EXISTS statement built once (the menu asks on every showing, issue 14)."""
    return bool(await db.scalar(_HAS_ANY, {"person_id": person_id, "since": since,
                                           "hosting_since": hosting_since}))


_HAS_ANY = select(or_(
    exists(select(Signup.id).join(Meeting, Meeting.id == Signup.meeting_id).where(
        Signup.person_id == bindparam("person_id"),
        or_(Signup.status == CONFIRMED, Signup.status == WAITLISTED),  # no IN to expand
        Meeting.starts_at > bindparam("since"), Meeting.status == OPEN)),
    exists().where(Meeting.host_person_id == bindparam("person_id"),
                   Meeting.starts_at > bindparam("hosting_since"))))


async def waitlist_size(db: AsyncSession, meeting_id: int) -> int:
    return await db.scalar(select(func.count()).select_from(Signup).where(
        Signup.meeting_id == meeting_id, Signup.status == WAITLISTED)) or 0


async def _take(db: AsyncSession, meeting_id: int, seats: int, now: datetime) -> bool:
    """The guarded seat update: True only if `seats` more still fit."""
    result = await db.execute(
        update(Meeting)
        .where(Meeting.id == meeting_id, Meeting.status == OPEN, Meeting.starts_at > now,
               Meeting.seats_taken + seats <= Meeting.capacity)
        .values(seats_taken=Meeting.seats_taken + seats, updated_at=now)
        .execution_options(synchronize_session=False))
    return affected(result) == 1


async def _free(db: AsyncSession, meeting_id: int, seats: int, now: datetime) -> None:
    await db.execute(update(Meeting).where(Meeting.id == meeting_id)
                     .values(seats_taken=Meeting.seats_taken - seats, updated_at=now)
                     .execution_options(synchronize_session=False))


async def take_seats(db: AsyncSession, meeting_id: int, person_id: int, seats: int,
                     now: datetime, *, waitlist: bool = False) -> SeatResult:
    """Confirm `seats` for the person, or (with `waitlist`) queue them when it is full."""
    meeting = await lock(db, meeting_id)
    if meeting is None or meeting.status != OPEN or meeting.starts_at <= now \
            or not await garinim.may_attend(db, meeting_id, person_id):
        return SeatResult("closed")
    signup = await signup_of(db, meeting_id, person_id)
    if signup is not None and signup.status == CONFIRMED:
        return SeatResult("already", signup)
    if signup is not None and signup.status == WAITLISTED and not waitlist:
        return SeatResult("already", signup)
    took = await _take(db, meeting_id, seats, now)
    if not took and not waitlist:
        return SeatResult("full")
    if signup is None:
        signup = Signup(meeting_id=meeting_id, person_id=person_id, created_at=now)
        db.add(signup)
    signup.seats = seats
    signup.updated_at = now
    signup.cancelled_at = None
    signup.reconfirmed_at = None
    if took:
        signup.status, signup.confirmed_at, signup.waitlisted_at = CONFIRMED, now, None
        outcome = "confirmed"
    else:
        signup.status, signup.waitlisted_at, signup.confirmed_at = WAITLISTED, now, None
        outcome = "waitlisted"
    await db.flush()
    await db.refresh(meeting)
    return SeatResult(outcome, signup)


async def withdraw(db: AsyncSession, meeting_id: int, person_id: int, now: datetime, *,
                   refill: bool = True) -> tuple[Signup | None, list[Signup]]:
    """Give up a place; a confirmed one frees its seats for the waitlist at once.

    Returns the withdrawn sign-up (None if there was nothing to cancel) and whoever was
    promoted from the waitlist into the freed seats.
    """
    meeting = await lock(db, meeting_id)
    signup = await signup_of(db, meeting_id, person_id)
    if meeting is None or signup is None or signup.status not in (CONFIRMED, WAITLISTED):
        return None, []
    was_confirmed = signup.status == CONFIRMED
    signup.status, signup.cancelled_at, signup.updated_at = WITHDRAWN, now, now
    await db.flush()
    promoted: list[Signup] = []
    if was_confirmed:
        await _free(db, meeting_id, signup.seats, now)
        if refill:
            promoted = await promote(db, meeting_id, now)
    await db.refresh(meeting)
    return signup, promoted


async def promote(db: AsyncSession, meeting_id: int, now: datetime) -> list[Signup]:
    """Move people from the waitlist into free seats, first come first served.

    Someone who needs more seats than are free keeps their place; a smaller party behind
    them may take what is free meanwhile.
    """
    meeting = await lock(db, meeting_id)
    if meeting is None or meeting.status != OPEN or meeting.starts_at <= now:
        return []
    promoted = []
    for signup in await signups(db, meeting_id, (WAITLISTED,)):
        if await _take(db, meeting_id, signup.seats, now):
            signup.status, signup.confirmed_at, signup.updated_at = CONFIRMED, now, now
            promoted.append(signup)
    await db.flush()
    return promoted


async def set_capacity(db: AsyncSession, meeting_id: int, capacity: int,
                       now: datetime) -> tuple[bool, list[Signup]]:
    """Change the capacity unless confirmed seats exceed it; a rise promotes the waitlist."""
    meeting = await lock(db, meeting_id)
    if meeting is None or capacity < max(1, meeting.seats_taken):
        return False, []
    meeting.capacity, meeting.updated_at = capacity, now
    await db.flush()
    return True, await promote(db, meeting_id, now)


async def cancel_meeting(db: AsyncSession, meeting_id: int, now: datetime) -> list[Signup]:
    """Cancel a meeting; returns the confirmed and waitlisted people to tell."""
    meeting = await lock(db, meeting_id)
    if meeting is None or meeting.status == CANCELLED:
        return []
    affected = await signups(db, meeting_id, (CONFIRMED, WAITLISTED))
    meeting.status, meeting.updated_at = CANCELLED, now
    await db.flush()
    return affected


async def reconfirm(db: AsyncSession, meeting_id: int, person_id: int,
                    now: datetime) -> Signup | None:
    signup = await signup_of(db, meeting_id, person_id)
    if signup is None or signup.status != CONFIRMED:
        return None
    signup.reconfirmed_at = signup.updated_at = now
    return signup


async def mark_attended(db: AsyncSession, signup_id: int, attended: bool | None,
                        now: datetime) -> Signup | None:
    signup = await db.get(Signup, signup_id)
    if signup is not None:
        signup.attended, signup.updated_at = attended, now
    return signup


async def save_feedback(db: AsyncSession, meeting_id: int, person_id: int, score: int,
                        now: datetime) -> Feedback:
    """Record (or change) a person's rating of a meeting."""
    feedback = await db.scalar(select(Feedback).where(Feedback.meeting_id == meeting_id,
                                                      Feedback.person_id == person_id))
    if feedback is None:
        feedback = Feedback(meeting_id=meeting_id, person_id=person_id, score=score,
                            created_at=now)
        db.add(feedback)
    feedback.score = score
    await db.flush()
    return feedback


async def save_comment(db: AsyncSession, meeting_id: int, person_id: int, comment: str) -> None:
    await db.execute(update(Feedback).where(Feedback.meeting_id == meeting_id,
                                            Feedback.person_id == person_id)
                     .values(comment=comment))


async def add_lead(db: AsyncSession, person_id: int, meeting: Meeting, now: datetime) -> bool:
    exists = await db.scalar(select(Lead.id).where(Lead.person_id == person_id,
                                                   Lead.meeting_id == meeting.id))
    if exists is not None:
        return False
    db.add(Lead(person_id=person_id, meeting_id=meeting.id, region=meeting.region,
                site=meeting.site, created_at=now))
    await db.flush()
    return True


async def leads(db: AsyncSession) -> list[Lead]:
    return list(await db.scalars(select(Lead).order_by(Lead.created_at, Lead.id)))


async def feedback_rows(db: AsyncSession) -> list[Feedback]:
    return list(await db.scalars(select(Feedback).order_by(Feedback.meeting_id, Feedback.id)))


async def all_signups(db: AsyncSession) -> list[Signup]:
    return list(await db.scalars(select(Signup).order_by(Signup.meeting_id, Signup.id)))


# --- privacy ------------------------------------------------------------------------------

async def forget_person(db: AsyncSession, person_id: int, now: datetime) -> list[int]:
    """Before a person is erased: free their seats, delete their sign-ups and leads, keep
    their scores without them. Returns the meetings whose waitlist should move up."""
    freed = []
    rows = await db.scalars(select(Signup).where(Signup.person_id == person_id,
                                                 Signup.status == CONFIRMED))
    for signup in list(rows):
        withdrawn, _ = await withdraw(db, signup.meeting_id, person_id, now, refill=False)
        if withdrawn is not None:
            freed.append(signup.meeting_id)
    await db.execute(delete(Signup).where(Signup.person_id == person_id))
    await db.execute(delete(Lead).where(Lead.person_id == person_id))
    await db.execute(update(Feedback).where(Feedback.person_id == person_id)
                     .values(person_id=None, comment=None))
    await db.execute(update(Meeting).where(Meeting.host_person_id == person_id)
                     .values(host_person_id=None))
    return freed


async def merge_people(db: AsyncSession, from_id: int, to_id: int) -> None:
    """Re-point everything of `from_id` to `to_id`; where both had a row, keep `to_id`'s."""
    for model in (Signup, Feedback):
        kept = set(await db.scalars(select(model.meeting_id).where(model.person_id == to_id)))
        if kept:
            await db.execute(delete(model).where(model.person_id == from_id,
                                                 model.meeting_id.in_(kept)))
        await db.execute(update(model).where(model.person_id == from_id)
                         .values(person_id=to_id))
    kept_leads = set(await db.scalars(select(Lead.meeting_id).where(Lead.person_id == to_id)))
    if kept_leads:
        await db.execute(delete(Lead).where(Lead.person_id == from_id,
                                            Lead.meeting_id.in_(kept_leads)))
    await db.execute(update(Lead).where(Lead.person_id == from_id).values(person_id=to_id))
    await db.execute(update(Meeting).where(Meeting.host_person_id == from_id)
                     .values(host_person_id=to_id))


async def export_person(db: AsyncSession, person_id: int) -> dict[str, list[dict]]:
    """A person's sign-ups, ratings and leads, for "my data"."""
    rows = await db.execute(select(Signup, Meeting).join(Meeting, Meeting.id == Signup.meeting_id)
                            .where(Signup.person_id == person_id))
    feedback = await db.scalars(select(Feedback).where(Feedback.person_id == person_id))
    lead_rows = await db.scalars(select(Lead).where(Lead.person_id == person_id))
    return {
        "signups": [{"meeting": m.title, "starts_at": m.starts_at.isoformat(),
                     "seats": s.seats, "status": s.status, "attended": s.attended}
                    for s, m in rows],
        "feedback": [{"meeting_id": f.meeting_id, "score": f.score, "comment": f.comment}
                     for f in feedback],
        "leads": [{"meeting_id": lead.meeting_id, "region": lead.region} for lead in lead_rows],
    }
