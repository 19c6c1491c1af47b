"""Matching's part of "delete me", merges, "my data" and the weekly digest.

A deleted requester's requests keep their anonymous lifecycle (category, region, times of each
state change) for statistics; the description and contact details go.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.matcher import VolunteerView, exclusion
from conversations.domain.types import Outbound
from conversations.engine.registry import DigestRequest
from conversations.matching import texts as help_texts
from locales import default_localizer
from storage import matching as repo
from storage import outbox
from storage.matching_models import HelpRequest, Offer, RequestEvent, VolunteerProfile
from storage.models import Person


async def on_delete(db: AsyncSession, person_id: int, now: datetime) -> None:
    asked = list(await db.scalars(select(HelpRequest)
                                  .where(HelpRequest.requester_id == person_id)))
    for request in asked:  # requests entered on someone's behalf stay with the organisation
        request.description = None
        request.contact_name = None
        request.contact_phone = None
        if request.state in repo.LIVE_STATES:
            await _tell_volunteers(db, request, now)
            request.state = "cancelled"
            request.closed_at = now
            db.add(RequestEvent(request_id=request.id, at=now, kind="cancelled",
                                detail="requester deleted"))
            await outbox.cancel_scheduled(db, key_prefix=f"offer-expiry:request:{request.id}:",
                                          now=now, reason="request cancelled")
            await outbox.cancel_scheduled(db, key_prefix=f"followup:request:{request.id}:",
                                          now=now, reason="request cancelled")
    helped = await db.scalars(select(HelpRequest).where(HelpRequest.volunteer_id == person_id,
                                                        HelpRequest.state == "matched"))
    for request in helped:  # the volunteer left: coordinators see it among escalated ones
        request.state = "escalated"
        request.escalated_at = now
        db.add(RequestEvent(request_id=request.id, at=now, kind="escalated",
                            detail="volunteer deleted"))
    await db.flush()


async def _tell_volunteers(db: AsyncSession, request: HelpRequest, now: datetime) -> None:
    """The requester is gone: pending offers are withdrawn and whoever holds or was offered
    the request hears that it no longer needs them (through the outbox, after commit)."""
    told: list[tuple[int, str, str]] = []
    for offer in await repo.pending_offers(db, request.id):
        offer.state, offer.answered_at = "withdrawn", now
        told.append((offer.volunteer_id, "offer-withdrawn", f"offer-withdrawn:offer:{offer.id}"))
    if request.state == "matched" and request.volunteer_id is not None:
        told.append((request.volunteer_id, "request-cancelled-volunteer",
                     f"cancelled:request:{request.id}:volunteer:{request.volunteer_id}"))
    localizer = default_localizer()
    for volunteer_id, key, outbox_key in told:
        person = await db.get(Person, volunteer_id)
        if person is None:
            continue
        t = localizer.bind(person.language, person.address_form)
        await outbox.enqueue(db, person_id=volunteer_id, kind="help_offer_withdrawn",
                             key=outbox_key, now=now,
                             message=Outbound(t(key, number=request.id), language=t.language))


async def on_merge(db: AsyncSession, from_id: int, to_id: int, now: datetime) -> None:
    for column in (HelpRequest.requester_id, HelpRequest.created_by_id,
                   HelpRequest.volunteer_id):
        await db.execute(update(HelpRequest).where(column == from_id)
                         .values({column.key: to_id}))
    for column in (RequestEvent.volunteer_id, RequestEvent.actor_id):
        await db.execute(update(RequestEvent).where(column == from_id)
                         .values({column.key: to_id}))
    both = select(Offer.request_id).where(Offer.volunteer_id == to_id)
    await db.execute(delete(Offer).where(Offer.volunteer_id == from_id,
                                         Offer.request_id.in_(both)))
    await db.execute(update(Offer).where(Offer.volunteer_id == from_id)
                     .values(volunteer_id=to_id))
    kept = await db.get(VolunteerProfile, to_id)
    if kept is None:
        await db.execute(update(VolunteerProfile).where(VolunteerProfile.person_id == from_id)
                         .values(person_id=to_id))
        moved = await db.get(VolunteerProfile, to_id, populate_existing=True)
        if moved is not None:  # its segment fields now belong to the kept person
            await repo.save_profile(db, moved, now)
    else:
        await db.execute(delete(VolunteerProfile).where(VolunteerProfile.person_id == from_id))


async def export_person(db: AsyncSession, person_id: int) -> dict[str, Any]:
    profile = await db.get(VolunteerProfile, person_id)
    asked = await repo.requests_of_requester(db, person_id)
    helped = await repo.requests_of_volunteer(db, person_id)
    return {
        "profile": None if profile is None else {
            "skills": profile.skills, "regions": profile.regions,
            "localities": profile.localities, "remote": profile.remote,
            "availability_mask": profile.availability, "languages": profile.languages,
            "max_open": profile.max_open, "paused": profile.paused,
            "contact_phone": profile.contact_phone},
        "requests_made": [{"id": r.id, "category": r.category, "description": r.description,
                           "locality": r.locality, "urgency": r.urgency, "state": r.state,
                           "contact_phone": r.contact_phone,
                           "created_at": r.created_at.isoformat()} for r in asked],
        "requests_helped": [{"id": r.id, "category": r.category, "state": r.state,
                             "matched_at": r.matched_at.isoformat() if r.matched_at else None}
                            for r in helped],
    }


async def digest_section(request: DigestRequest) -> list[str]:
    """Open requests this volunteer could take (skills, place, language): one line each."""
    profile = await request.db.get(VolunteerProfile, request.person_id)
    if profile is None or profile.paused:
        return []
    me = VolunteerView(person_id=profile.person_id, skills=frozenset(profile.skills),
                       languages=frozenset(profile.languages),
                       regions=frozenset(profile.regions),
                       localities=frozenset(profile.localities), remote=profile.remote,
                       availability=profile.availability, max_open=profile.max_open)
    t = default_localizer().bind(request.language, None)
    lines = []
    for row in await repo.open_requests_in(request.db, list(profile.skills)):
        if exclusion(repo.view_of_request(row), me) is not None:
            continue
        lines.append(request.translate("digest-volunteering-line",
                                       category=t(f"help-cat-{row.category}"),
                                       place=help_texts.place(t, row),
                                       urgency=t(f"help-urgency-{row.urgency}")))
    return lines
