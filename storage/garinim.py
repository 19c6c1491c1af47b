"""Queries about garinim: rosters, memberships, invitations, gatherings, privacy.

Shared by every garin feature (the core, decisions, the accompaniment journey), so each
question about "who is in this garin" has one answer. A roster is always the *active*
members: joined, not left, person still there (deleted people have no rows).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.garin_models import (
    ACCEPTED,
    LEAD,
    MEMBER,
    PENDING,
    Garin,
    GarinGathering,
    GarinInvitation,
    GarinMember,
    GarinMessage,
)
from storage.models import Identity, Person


@dataclass(frozen=True)
class MemberView:
    """An active member as the roster and the outbox need them."""

    person_id: int
    first_name: str
    language: str
    form: str | None
    channel: str | None  # the most recently active reachable channel, None if unreachable
    role: str
    muted: bool
    joined_at: datetime


def first_name(display_name: str | None) -> str:
    """Only the first word of a name: what other members may see."""
    return (display_name or "").strip().split(" ")[0] if display_name else ""


async def get(db: AsyncSession, garin_id: int) -> Garin | None:
    return await db.get(Garin, garin_id)


async def create(db: AsyncSession, *, name: str, target_region: str = "",
                 target_locality: str = "", coordinator_person_id: int | None = None,
                 created_by: int | None = None, now: datetime) -> Garin:
    garin = Garin(name=name, target_region=target_region, target_locality=target_locality,
                  coordinator_person_id=coordinator_person_id, created_by=created_by,
                  created_at=now, updated_at=now)
    db.add(garin)
    await db.flush()
    return garin


async def all_garinim(db: AsyncSession, *, regions: Iterable[str] | None = None) -> list[Garin]:
    """Every garin, newest last; `regions` limits to those targets (coordinator scopes)."""
    query = select(Garin).order_by(Garin.id)
    if regions is not None:
        query = query.where(Garin.target_region.in_(list(regions)))
    return list(await db.scalars(query))


def _best_channels(rows: Iterable[Any]) -> dict[int, str]:
    """Per person, the channel of the most recently active reachable identity."""
    best: dict[int, tuple[tuple[bool, datetime, int], str]] = {}
    for person_id, channel, last_inbound, identity_id in rows:
        rank = (last_inbound is not None, last_inbound or datetime.min, identity_id)
        if person_id not in best or rank > best[person_id][0]:
            best[person_id] = (rank, channel)
    return {pid: value[1] for pid, value in best.items()}


async def channels_of(db: AsyncSession, person_ids: Iterable[int]) -> dict[int, str]:
    ids = list(person_ids)
    if not ids:
        return {}
    rows = await db.execute(
        select(Identity.person_id, Identity.channel, Identity.last_inbound_at, Identity.id)
        .where(Identity.person_id.in_(ids), Identity.unreachable_at.is_(None)))
    return _best_channels(rows)


async def active_members(db: AsyncSession, garin_id: int, *,
                         include_muted: bool = True) -> list[MemberView]:
    """The roster: who joined and has not left, in joining order."""
    query = (select(GarinMember, Person).join(Person, Person.id == GarinMember.person_id)
             .where(GarinMember.garin_id == garin_id, GarinMember.left_at.is_(None))
             .order_by(GarinMember.joined_at, GarinMember.id))
    if not include_muted:
        query = query.where(GarinMember.muted.is_(False))
    rows = (await db.execute(query)).all()
    channels = await channels_of(db, [p.id for _, p in rows])
    return [MemberView(person_id=p.id, first_name=first_name(p.display_name),
                       language=p.language, form=p.address_form, channel=channels.get(p.id),
                       role=m.role, muted=m.muted, joined_at=m.joined_at) for m, p in rows]


async def member_count(db: AsyncSession, garin_id: int) -> int:
    return await db.scalar(select(func.count()).select_from(GarinMember).where(
        GarinMember.garin_id == garin_id, GarinMember.left_at.is_(None))) or 0


async def member_counts(db: AsyncSession, garin_ids: Iterable[int]) -> dict[int, int]:
    """Active members of each of several garinim, in one GROUP BY (for the dashboard)."""
    ids = list(garin_ids)
    if not ids:
        return {}
    rows = await db.execute(select(GarinMember.garin_id, func.count())
                            .where(GarinMember.garin_id.in_(ids), GarinMember.left_at.is_(None))
                            .group_by(GarinMember.garin_id))
    return {garin_id: int(n) for garin_id, n in rows}


async def membership(db: AsyncSession, garin_id: int, person_id: int) -> GarinMember | None:
    """The active membership row, or None (never joined, or left)."""
    return await db.scalar(select(GarinMember).where(
        GarinMember.garin_id == garin_id, GarinMember.person_id == person_id,
        GarinMember.left_at.is_(None)))


async def is_member(db: AsyncSession, garin_id: int, person_id: int) -> bool:
    return await membership(db, garin_id, person_id) is not None


async def is_lead(db: AsyncSession, garin_id: int, person_id: int) -> bool:
    garin = await get(db, garin_id)
    return garin is not None and garin.lead_person_id == person_id and await is_member(
        db, garin_id, person_id)


async def garinim_of(db: AsyncSession, person_id: int) -> list[Garin]:
    """The garinim a person is an active member of."""
    rows = await db.scalars(
        select(Garin).join(GarinMember, GarinMember.garin_id == Garin.id)
        .where(GarinMember.person_id == person_id, GarinMember.left_at.is_(None))
        .order_by(Garin.id))
    return list(rows)


async def in_any(db: AsyncSession, person_id: int) -> bool:
    """Whether `garinim_of` would be non-empty, by an EXISTS built once (no Garin rows
    loaded: the menu asks on every showing)."""
    return bool(await db.scalar(_IN_ANY, {"person_id": person_id}))


_IN_ANY = select(exists(
    select(GarinMember.garin_id).join(Garin, Garin.id == GarinMember.garin_id)
    .where(GarinMember.person_id == bindparam("person_id"), GarinMember.left_at.is_(None))))


async def led_by(db: AsyncSession, person_id: int) -> list[Garin]:
    return [g for g in await garinim_of(db, person_id) if g.lead_person_id == person_id]


async def add_member(db: AsyncSession, garin_id: int, person_id: int, now: datetime, *,
                     role: str = MEMBER) -> GarinMember:
    """Join (or re-join after leaving); called only once the person accepted."""
    row = await db.scalar(select(GarinMember).where(GarinMember.garin_id == garin_id,
                                                    GarinMember.person_id == person_id))
    if row is None:
        row = GarinMember(garin_id=garin_id, person_id=person_id, role=role, joined_at=now,
                          muted=False)
        db.add(row)
    elif row.left_at is not None:
        row.left_at, row.joined_at, row.role, row.muted = None, now, role, False
    await db.flush()
    return row


async def leave(db: AsyncSession, garin_id: int, person_id: int, now: datetime) -> bool:
    """Leave a garin; a leaving lead is no longer the lead. False if not a member."""
    row = await membership(db, garin_id, person_id)
    if row is None:
        return False
    row.left_at = now
    row.role = MEMBER
    await db.execute(update(Garin).where(Garin.id == garin_id,
                                         Garin.lead_person_id == person_id)
                     .values(lead_person_id=None, updated_at=now))
    await db.flush()
    return True


async def set_lead(db: AsyncSession, garin_id: int, person_id: int, now: datetime) -> bool:
    """Make an active member the garin's lead (רכז גרעין); False if not a member."""
    row = await membership(db, garin_id, person_id)
    garin = await get(db, garin_id)
    if row is None or garin is None:
        return False
    await db.execute(update(GarinMember).where(GarinMember.garin_id == garin_id,
                                               GarinMember.role == LEAD).values(role=MEMBER))
    row.role = LEAD
    garin.lead_person_id = person_id
    garin.updated_at = now
    await db.flush()
    return True


async def set_muted(db: AsyncSession, garin_id: int, person_id: int, muted: bool) -> bool:
    row = await membership(db, garin_id, person_id)
    if row is None:
        return False
    row.muted = muted
    await db.flush()
    return True


async def invite(db: AsyncSession, garin_id: int, person_id: int, *, invited_by: int | None,
                 now: datetime, expires_at: datetime | None = None) -> GarinInvitation | None:
    """A pending invitation; None if the person is already a member or already invited."""
    if await is_member(db, garin_id, person_id):
        return None
    row = await db.scalar(select(GarinInvitation).where(
        GarinInvitation.garin_id == garin_id, GarinInvitation.person_id == person_id))
    if row is not None and row.state == PENDING:
        return None
    if row is None:
        row = GarinInvitation(garin_id=garin_id, person_id=person_id)
        db.add(row)
    row.state, row.invited_by, row.created_at = PENDING, invited_by, now
    row.answered_at, row.expires_at = None, expires_at
    await db.flush()
    return row


async def invitation(db: AsyncSession, invitation_id: int) -> GarinInvitation | None:
    return await db.get(GarinInvitation, invitation_id)


async def invitations_of_garin(db: AsyncSession, garin_id: int) -> list[GarinInvitation]:
    return list(await db.scalars(select(GarinInvitation).where(
        GarinInvitation.garin_id == garin_id).order_by(GarinInvitation.id)))


async def pending_invitations_of(db: AsyncSession, person_id: int) -> list[GarinInvitation]:
    return list(await db.scalars(select(GarinInvitation).where(
        GarinInvitation.person_id == person_id, GarinInvitation.state == PENDING)
        .order_by(GarinInvitation.id)))


async def answer_invitation(db: AsyncSession, invitation_id: int, person_id: int, state: str,
                            now: datetime) -> GarinInvitation | None:
    """Accept or decline, once, by the invitee only; accepting makes them a member."""
    done = await db.execute(update(GarinInvitation).where(
        GarinInvitation.id == invitation_id, GarinInvitation.person_id == person_id,
        GarinInvitation.state == PENDING).values(state=state, answered_at=now))
    if not getattr(done, "rowcount", 0):
        return None
    row = await db.get(GarinInvitation, invitation_id, populate_existing=True)
    if row is not None and state == ACCEPTED:
        await add_member(db, row.garin_id, person_id, now)
    return row


async def add_gathering(db: AsyncSession, garin_id: int, meeting_id: int) -> None:
    db.add(GarinGathering(garin_id=garin_id, meeting_id=meeting_id))
    await db.flush()


async def gathering_garin(db: AsyncSession, meeting_id: int) -> int | None:
    """The garin a meeting belongs to (its audience), None for an open house meeting."""
    return await db.scalar(select(GarinGathering.garin_id).where(
        GarinGathering.meeting_id == meeting_id))


async def gathering_ids(db: AsyncSession, garin_id: int) -> list[int]:
    return list(await db.scalars(select(GarinGathering.meeting_id).where(
        GarinGathering.garin_id == garin_id).order_by(GarinGathering.meeting_id)))


def gathering_meetings() -> Any:
    """A subquery of the meetings that belong to some garin (not in the open list)."""
    return select(GarinGathering.meeting_id)


async def may_attend(db: AsyncSession, meeting_id: int, person_id: int) -> bool:
    """Anyone may take a seat at an open house meeting; a garin's gathering is for its
    active members only."""
    garin_id = await gathering_garin(db, meeting_id)
    return garin_id is None or await is_member(db, garin_id, person_id)


async def record_message(db: AsyncSession, garin_id: int, author: int | None, kind: str,
                         body: str, now: datetime, *, urgent: bool = False) -> GarinMessage:
    row = GarinMessage(garin_id=garin_id, author_person_id=author, kind=kind, body=body,
                       urgent=urgent, created_at=now)
    db.add(row)
    await db.flush()
    return row


async def forget_person(db: AsyncSession, person_id: int, now: datetime) -> None:
    """"Delete me": leave every garin, drop memberships and invitations, keep group history
    without the author (the FK sets it to NULL)."""
    await db.execute(update(Garin).where(Garin.lead_person_id == person_id)
                     .values(lead_person_id=None, updated_at=now))
    await db.execute(delete(GarinMember).where(GarinMember.person_id == person_id))
    await db.execute(delete(GarinInvitation).where(GarinInvitation.person_id == person_id))
    await db.execute(update(GarinMessage).where(GarinMessage.author_person_id == person_id)
                     .values(author_person_id=None))


async def merge_people(db: AsyncSession, from_id: int, to_id: int, now: datetime) -> None:
    """Two records of one person become one: memberships and invitations move to `to_id`;
    where both had one for a garin, `to_id`'s stays; leading and authorship move too."""
    for model in (GarinMember, GarinInvitation):
        kept = set(await db.scalars(select(model.garin_id).where(model.person_id == to_id)))
        if kept:
            await db.execute(delete(model).where(model.person_id == from_id,
                                                 model.garin_id.in_(kept)))
        await db.execute(update(model).where(model.person_id == from_id)
                         .values(person_id=to_id))
    await db.execute(update(Garin).where(Garin.lead_person_id == from_id)
                     .values(lead_person_id=to_id, updated_at=now))
    await db.execute(update(GarinMessage).where(GarinMessage.author_person_id == from_id)
                     .values(author_person_id=to_id))


async def export_of(db: AsyncSession, person_id: int) -> dict[str, Any]:
    """What garinim keep about a person, for "my data"."""
    members = (await db.execute(select(GarinMember, Garin.name).join(
        Garin, Garin.id == GarinMember.garin_id).where(GarinMember.person_id == person_id)
        .order_by(GarinMember.id))).all()
    invites = (await db.execute(select(GarinInvitation, Garin.name).join(
        Garin, Garin.id == GarinInvitation.garin_id).where(
        GarinInvitation.person_id == person_id).order_by(GarinInvitation.id))).all()
    return {
        "memberships": [{"garin": name, "role": m.role, "joined_at": m.joined_at.isoformat(),
                         "muted": m.muted,
                         "left_at": m.left_at.isoformat() if m.left_at else None}
                        for m, name in members],
        "invitations": [{"garin": name, "state": i.state,
                         "created_at": i.created_at.isoformat()} for i, name in invites],
    }
