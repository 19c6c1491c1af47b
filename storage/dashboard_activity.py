"""Counts for the dashboard's meetings, matching and delivery pages (no one's personal data:
meetings by title, requests by category and age, volunteers only as a load histogram)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcast_models import Broadcast
from storage.matching import LIVE_STATES, OPEN_STATES
from storage.matching_models import HelpRequest, Offer
from storage.meetings_models import Feedback, Meeting, Signup
from storage.models import OutboxMessage

RECENT = 40
QUIET_REASON = "quiet hours%"
AGES = ((timedelta(days=1), "day"), (timedelta(days=7), "week"), (timedelta(days=30), "month"))


@dataclass
class MeetingRow:
    title: str
    starts_at: datetime
    locality: str
    capacity: int
    seats: int
    waitlisted: int
    attended: int
    feedback: int
    score: float | None


async def meetings(db: AsyncSession, region: str | None) -> list[MeetingRow]:
    """The latest meetings with fill, waitlist, attendance and feedback (four GROUP BYs)."""
    query = select(Meeting).order_by(Meeting.starts_at.desc()).limit(RECENT)
    if region:
        query = query.where(Meeting.region == region)
    found = list(await db.scalars(query))
    ids = [m.id for m in found]
    waiting = {m: int(n) for m, n in await db.execute(
        select(Signup.meeting_id, func.count()).where(Signup.meeting_id.in_(ids),
                                                     Signup.status == "waitlisted")
        .group_by(Signup.meeting_id))}
    came = {m: int(n) for m, n in await db.execute(
        select(Signup.meeting_id, func.count()).where(Signup.meeting_id.in_(ids),
                                                     Signup.attended.is_(True))
        .group_by(Signup.meeting_id))}
    scores = {m: (int(n), float(avg)) for m, n, avg in await db.execute(
        select(Feedback.meeting_id, func.count(), func.avg(Feedback.score))
        .where(Feedback.meeting_id.in_(ids)).group_by(Feedback.meeting_id))}
    return [MeetingRow(m.title, m.starts_at, m.locality, m.capacity, m.seats_taken,
                       waiting.get(m.id, 0), came.get(m.id, 0),
                       scores.get(m.id, (0, 0.0))[0],
                       round(scores[m.id][1], 1) if m.id in scores else None) for m in found]


async def comments(db: AsyncSession, region: str | None) -> list[tuple[str, int, str]]:
    """(meeting, score, comment) of the latest written feedback, without who wrote it."""
    query = (select(Meeting.title, Feedback.score, Feedback.comment)
             .join(Meeting, Meeting.id == Feedback.meeting_id)
             .where(Feedback.comment.is_not(None), Feedback.comment != "")
             .order_by(Feedback.id.desc()).limit(RECENT))
    if region:
        query = query.where(Meeting.region == region)
    return [(title, int(score), comment or "") for title, score, comment in
            await db.execute(query)]


@dataclass
class Matching:
    open_by_age: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """category → age bucket (day / week / month / older) → open requests."""
    hours_to_offer: float | None = None
    hours_to_match: float | None = None
    matched: int = 0
    escalated: int = 0
    load: Counter[int] = field(default_factory=Counter)
    """live requests a volunteer holds → how many volunteers hold that many."""


def age_bucket(age: timedelta) -> str:
    return next((name for limit, name in AGES if age < limit), "older")


async def matching(db: AsyncSession, region: str | None, now: datetime) -> Matching:
    result = Matching()
    scope = [HelpRequest.region == region] if region else []
    for category, created in await db.execute(
            select(HelpRequest.category, HelpRequest.created_at)
            .where(HelpRequest.state.in_(OPEN_STATES), *scope)):
        result.open_by_age[category][age_bucket(now - created)] += 1
    result.escalated = int(await db.scalar(
        select(func.count()).select_from(HelpRequest)
        .where(HelpRequest.state.in_(OPEN_STATES), HelpRequest.escalated_at.is_not(None),
               *scope)) or 0)
    first_offer = (select(Offer.request_id, func.min(Offer.created_at).label("first"))
                   .group_by(Offer.request_id).subquery())
    offered = [(first - created).total_seconds() / 3600 for created, first in await db.execute(
        select(HelpRequest.created_at, first_offer.c.first)
        .join(first_offer, first_offer.c.request_id == HelpRequest.id).where(*scope))]
    matched = [(done - created).total_seconds() / 3600 for created, done in await db.execute(
        select(HelpRequest.created_at, HelpRequest.matched_at)
        .where(HelpRequest.matched_at.is_not(None), *scope)) if done is not None]
    result.hours_to_offer = round(median(offered), 1) if offered else None
    result.hours_to_match = round(median(matched), 1) if matched else None
    result.matched = len(matched)
    per_volunteer = (select(HelpRequest.volunteer_id, func.count().label("n"))
                     .where(HelpRequest.state.in_(LIVE_STATES),
                            HelpRequest.volunteer_id.is_not(None), *scope)
                     .group_by(HelpRequest.volunteer_id).subquery())
    for n, volunteers in await db.execute(
            select(per_volunteer.c.n, func.count()).group_by(per_volunteer.c.n)):
        result.load[int(n)] += int(volunteers)
    return result


@dataclass
class Delivery:
    broadcast: Broadcast
    states: Counter[str]
    """sent / delivered / read / failed / held / skipped / unknown / pending / cancelled."""
    reasons: Counter[str]
    """`state: reason` of what did not go."""


async def broadcasts(db: AsyncSession, region: str | None) -> list[Delivery]:
    """The latest broadcasts, each with its messages by state and reason (one GROUP BY)."""
    query = select(Broadcast).order_by(Broadcast.id.desc()).limit(RECENT)
    if region:
        query = query.where(Broadcast.scope == region)
    found = list(await db.scalars(query))
    states: dict[int, Counter[str]] = defaultdict(Counter)
    reasons: dict[int, Counter[str]] = defaultdict(Counter)
    for broadcast_id, state, status, reason, n in await db.execute(
            select(OutboxMessage.broadcast_id, OutboxMessage.state,
                   OutboxMessage.delivery_status, OutboxMessage.reason, func.count())
            .where(OutboxMessage.broadcast_id.in_([b.id for b in found]))
            .group_by(OutboxMessage.broadcast_id, OutboxMessage.state,
                      OutboxMessage.delivery_status, OutboxMessage.reason)):
        if broadcast_id is None:
            continue
        shown = "pending" if state in ("claimed", "sending", "paused") else state
        if state == "sent" and status in ("delivered", "read", "failed"):
            shown = status
        states[broadcast_id][shown] += n
        if shown in ("failed", "held", "skipped", "unknown") and reason:
            reasons[broadcast_id][f"{shown}: {reason}"] += n
    return [Delivery(b, states[b.id], reasons[b.id]) for b in found]


async def waiting_for_quiet_hours(db: AsyncSession, now: datetime) -> list[tuple[str, int]]:
    """(kind, messages) held back until quiet hours end."""
    return [(kind, int(n)) for kind, n in await db.execute(
        select(OutboxMessage.kind, func.count())
        .where(OutboxMessage.state == "pending", OutboxMessage.not_before > now,
               OutboxMessage.reason.like(QUIET_REASON))
        .group_by(OutboxMessage.kind).order_by(func.count().desc()))]
