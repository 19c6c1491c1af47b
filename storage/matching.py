"""Queries for volunteer matching, kept out of the flows and the pure matcher."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, false, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from conversations.domain.matcher import Candidate, RequestView, VolunteerView, categories, rank
from storage import attributes
from storage.db import affected, is_postgresql
from storage.matching_models import HelpRequest, Offer, RequestEvent, VolunteerProfile
from storage.models import Identity, Person, PersonAttribute

OPEN_STATES = ("open", "offered", "escalated")
LIVE_STATES = (*OPEN_STATES, "matched")


async def profile(db: AsyncSession, person_id: int) -> VolunteerProfile | None:
    return await db.get(VolunteerProfile, person_id)


async def save_profile(db: AsyncSession, p: VolunteerProfile, now: datetime) -> None:
    """Store the profile and mirror it into segment fields (broadcasts filter on these)."""
    p.updated_at = now
    db.add(p)
    await db.flush()
    await attributes.set_values(db, p.person_id, "skill", p.skills, now)
    await attributes.set_values(db, p.person_id, "serves_region", p.regions, now)
    await attributes.set_values(db, p.person_id, "serves_locality", p.localities, now)
    await attributes.set_values(db, p.person_id, "volunteer_language", p.languages, now)
    await attributes.set_values(db, p.person_id, "volunteer",
                                ["paused" if p.paused else "active"], now)


def view_of_request(r: HelpRequest) -> RequestView:
    return RequestView(id=r.id, category=r.category, region=r.region, locality=r.locality,
                       language=r.language, slots=r.slots,
                       remote_allowed=categories().get(r.category, False))


async def volunteer_views(db: AsyncSession, request: HelpRequest, *,
                          prefilter: bool = True) -> list[VolunteerView]:
    """Compact rows of the volunteers who might take this request (one indexed query).

    With `prefilter` every cheap hard filter (skill, language, place, times, paused) runs in
    SQL over the segment-field index, and each row is projected onto this request (its skill,
    language and how it reaches the place), so no JSON is decoded: that keeps 10,000
    volunteers well under 50 ms. The matcher still checks every filter and scores. Without
    `prefilter` (coordinators, escalation reasons, a widened search) every volunteer comes
    back whole, with or without the skill, so each filter's exclusions can be counted.
    """
    if not prefilter:
        return await _full_views(db, request)
    vp = VolunteerProfile
    skill, language = aliased(PersonAttribute), aliased(PersonAttribute)
    by_region = _serves(vp, "serves_region", request.region)
    by_locality = (_serves(vp, "serves_locality", request.locality) if request.locality
                   else false())
    remote_ok = vp.remote.is_(True) if categories().get(request.category) else false()
    query = (select(vp.person_id, vp.remote, vp.availability, vp.max_open,
                    vp.last_asked_at, vp.accepted, vp.declined, vp.expired,
                    by_region.label("by_region"), by_locality.label("by_locality"))
             .join(skill, and_(skill.person_id == vp.person_id, skill.name == "skill",
                               skill.value == request.category))
             .join(language, and_(language.person_id == vp.person_id,
                                  language.name == "volunteer_language",
                                  language.value == request.language))
             .join(Person, Person.id == vp.person_id)
             .where(vp.paused.is_(False), Person.opted_out_at.is_(None),
                    vp.availability.op("&")(request.slots) != 0,
                    or_(by_region, by_locality, remote_ok)))
    rows = (await db.execute(query)).all()
    loads = await open_counts(db)
    asked = await _asked(db, request)
    skills, languages = frozenset((request.category,)), frozenset((request.language,))
    here = frozenset((request.locality,)) if request.locality else frozenset()
    region = frozenset((request.region,))
    return [VolunteerView(
        person_id=row.person_id, skills=skills, languages=languages,
        regions=region if row.by_region else frozenset(),
        localities=here if row.by_locality else frozenset(), remote=row.remote,
        availability=row.availability, max_open=row.max_open,
        open_count=loads.get(row.person_id, 0), paused=False,
        excluded=row.person_id in asked, last_asked_at=row.last_asked_at,
        accepted=row.accepted, declined=row.declined, expired=row.expired) for row in rows]


def _serves(vp: type[VolunteerProfile], name: str, value: str | None) -> Any:
    attr = aliased(PersonAttribute)
    return exists().where(attr.person_id == vp.person_id, attr.name == name,
                          attr.value == value)


async def _asked(db: AsyncSession, request: HelpRequest) -> set[int]:
    """Who may not be offered this request again (offered before, or it's their own)."""
    asked = set(await db.scalars(select(Offer.volunteer_id)
                                 .where(Offer.request_id == request.id)))
    for person_id in (request.volunteer_id, request.requester_id):
        if person_id is not None:
            asked.add(person_id)
    return asked


async def _full_views(db: AsyncSession, request: HelpRequest) -> list[VolunteerView]:
    columns = (VolunteerProfile.person_id, VolunteerProfile.skills, VolunteerProfile.languages,
               VolunteerProfile.regions, VolunteerProfile.localities, VolunteerProfile.remote,
               VolunteerProfile.availability, VolunteerProfile.max_open,
               VolunteerProfile.paused, VolunteerProfile.last_asked_at,
               VolunteerProfile.accepted, VolunteerProfile.declined, VolunteerProfile.expired)
    query = (select(*columns).join(Person, Person.id == VolunteerProfile.person_id)
             .where(Person.opted_out_at.is_(None)))
    rows = (await db.execute(query)).all()
    loads = await open_counts(db)
    asked = await _asked(db, request)
    return [VolunteerView(
        person_id=row.person_id, skills=frozenset(row.skills or ()),
        languages=frozenset(row.languages or ()), regions=frozenset(row.regions or ()),
        localities=frozenset(row.localities or ()), remote=row.remote,
        availability=row.availability, max_open=row.max_open,
        open_count=loads.get(row.person_id, 0), paused=row.paused,
        excluded=row.person_id in asked, last_asked_at=row.last_asked_at,
        accepted=row.accepted, declined=row.declined, expired=row.expired) for row in rows]


async def open_counts(db: AsyncSession) -> dict[int, int]:
    """Matched, not yet closed requests per volunteer: their current load."""
    rows = await db.execute(select(HelpRequest.volunteer_id, func.count())
                            .where(HelpRequest.state == "matched")
                            .group_by(HelpRequest.volunteer_id))
    return {volunteer: count for volunteer, count in rows if volunteer is not None}


async def lock_request(db: AsyncSession, request_id: int) -> HelpRequest | None:
    """Load a request for change, holding its row so concurrent answers queue up.

    PostgreSQL: `FOR UPDATE` (a second decline waits, then sees the first one's offers).
    SQLite: every transaction already holds the write lock (BEGIN IMMEDIATE).
    """
    query = select(HelpRequest).where(HelpRequest.id == request_id)
    if is_postgresql(db):
        query = query.with_for_update()
    return await db.scalar(query.execution_options(populate_existing=True))


async def add_event(db: AsyncSession, request_id: int, kind: str, now: datetime, *,
                    volunteer_id: int | None = None, actor_id: int | None = None,
                    detail: str | None = None) -> None:
    db.add(RequestEvent(request_id=request_id, at=now, kind=kind, volunteer_id=volunteer_id,
                        actor_id=actor_id, detail=detail))
    await db.flush()


async def pending_offers(db: AsyncSession, request_id: int) -> list[Offer]:
    rows = await db.scalars(select(Offer).where(Offer.request_id == request_id,
                                                Offer.state == "pending").order_by(Offer.id))
    return list(rows)


async def claim_match(db: AsyncSession, request_id: int, volunteer_id: int, now: datetime,
                      from_states: tuple[str, ...] = ("offered",)) -> bool:
    """Atomically make the request matched to this volunteer; False if someone else won.

    A conditional UPDATE: on PostgreSQL the second writer waits for the first's row lock and
    then finds the state changed; on SQLite transactions are serialised (BEGIN IMMEDIATE).
    """
    result = await db.execute(
        update(HelpRequest)
        .where(HelpRequest.id == request_id, HelpRequest.state.in_(from_states))
        .values(state="matched", volunteer_id=volunteer_id, matched_at=now, updated_at=now,
                round=HelpRequest.round + 1, offers_in_row=0)
        .execution_options(synchronize_session=False))
    return (affected(result)) == 1


async def move_state(db: AsyncSession, request_id: int, from_states: tuple[str, ...],
                     values: dict[str, Any]) -> bool:
    """A guarded state change (the request must still be in one of `from_states`)."""
    result = await db.execute(
        update(HelpRequest)
        .where(HelpRequest.id == request_id, HelpRequest.state.in_(from_states))
        .values(**values).execution_options(synchronize_session=False))
    return (affected(result)) == 1


async def requests_of_volunteer(db: AsyncSession, person_id: int) -> list[HelpRequest]:
    rows = await db.scalars(select(HelpRequest).where(HelpRequest.volunteer_id == person_id)
                            .order_by(HelpRequest.id.desc()).limit(20))
    return list(rows)


async def requests_of_requester(db: AsyncSession, person_id: int) -> list[HelpRequest]:
    rows = await db.scalars(select(HelpRequest).where(HelpRequest.requester_id == person_id)
                            .order_by(HelpRequest.id.desc()).limit(20))
    return list(rows)


async def live_requests(db: AsyncSession, limit: int = 30) -> list[HelpRequest]:
    rows = await db.scalars(select(HelpRequest).where(HelpRequest.state.in_(LIVE_STATES))
                            .order_by(HelpRequest.id).limit(limit))
    return list(rows)


async def open_requests_in(db: AsyncSession, category_list: list[str]) -> list[HelpRequest]:
    if not category_list:
        return []
    rows = await db.scalars(select(HelpRequest).where(HelpRequest.state.in_(OPEN_STATES),
                                                      HelpRequest.category.in_(category_list))
                            .order_by(HelpRequest.id))
    return list(rows)


async def events_of(db: AsyncSession, request_id: int) -> list[RequestEvent]:
    rows = await db.scalars(select(RequestEvent).where(RequestEvent.request_id == request_id)
                            .order_by(RequestEvent.at, RequestEvent.id))
    return list(rows)


async def coordinator_people(db: AsyncSession, urns: frozenset[str]) -> list[int]:
    """Person ids of the configured coordinators who have talked to the bot."""
    found: set[int] = set()
    for urn in sorted(urns):
        channel, _, user_id = urn.partition(":")
        person_id = await db.scalar(select(Identity.person_id).where(
            Identity.channel == channel, Identity.user_id == user_id))
        if person_id is not None:
            found.add(person_id)
    return sorted(found)


async def candidates(db: AsyncSession, request_id: int, *, now: datetime,
                     limit: int = 5) -> list[Candidate]:
    """The best volunteers for one request, best first (what the offer loop and bench/ use)."""
    request = await db.get(HelpRequest, request_id)
    if request is None:
        return []
    return rank(view_of_request(request), await volunteer_views(db, request), now, limit)
