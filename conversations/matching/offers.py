"""The offer loop: offer a request to the best candidates, expire, accept, decline, escalate.

Every step runs inside a flow's or a job's transaction (`env` is a `Ctx` or a `JobContext`):
offers and their expiries are written through the durable outbox and schedule, so nothing
leaves before the state is committed. The requester's identity and contact are sent to the
volunteer only after the atomic match (`storage.matching.claim_match`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select, update

from conversations.domain.matcher import RELAXABLE, rank, rejections
from conversations.domain.quiet_hours import QuietPolicy, QuietRules, is_quiet, next_allowed
from conversations.domain.types import Choice, Outbound
from conversations.matching import texts as help_texts
from locales import Translator
from storage import matching as repo
from storage import outbox
from storage.matching_models import HelpRequest, Offer, VolunteerProfile
from storage.models import Person

log = logging.getLogger(__name__)

AllowedHours = Callable[[datetime, float], datetime]
"""`(start, hours) -> deadline`: adds hours counting only allowed time (not night or Shabbat)."""

STEP = timedelta(minutes=10)
"""How finely allowed time is counted; a deadline may land up to this much after a quiet
period starts (it then moves to the period's end)."""


def plain_hours(start: datetime, hours: float) -> datetime:
    return start + timedelta(hours=hours)


def quiet_aware_hours(policy: QuietPolicy) -> AllowedHours:
    """Count only time outside the policy's quiet periods (night, Shabbat, holidays)."""
    if policy.off:
        return plain_hours

    def add(start: datetime, hours: float) -> datetime:
        remaining = timedelta(hours=hours)
        moment = next_allowed(start, policy)
        while remaining > timedelta(0):
            step = min(STEP, remaining)
            if is_quiet(moment + step, policy):
                remaining -= step
                moment = next_allowed(moment + step, policy)
            else:
                moment += step
                remaining -= step
        return moment

    return add


def allowed_hours(env: Any, region: str | None = None) -> AllowedHours:
    """The calculator offer deadlines use: the quiet-hours rules of the request's region."""
    return quiet_aware_hours(QuietRules.from_settings(env.services.settings).for_region(region))


def offer_deadline(start: datetime, hours: float, allowed: AllowedHours = plain_hours) -> datetime:
    """When an offer made at `start` expires: `hours` of allowed time later."""
    return allowed(start, hours)


class Env(Protocol):
    """What a flow step (`Ctx`) and a job (`JobContext`) both provide."""

    db: Any
    now: datetime
    services: Any

    async def notify(self, person_id: int, *, kind: str, key: str, message: Outbound,
                     **options: Any) -> bool: ...


async def translator_for(env: Env, person_id: int) -> tuple[Person | None, Translator]:
    person = await env.db.get(Person, person_id)
    localizer = env.services.localizer
    if person is None:
        return None, localizer.bind(env.services.settings.default_language, None)
    return person, localizer.bind(person.language, person.address_form)


def requester_side(request: HelpRequest) -> int | None:
    """Who speaks for the request: the requester, or the coordinator who entered it."""
    return request.requester_id or request.created_by_id


# --- offering -----------------------------------------------------------------------------

async def dispatch(env: Env, request: HelpRequest) -> None:
    """Keep the right number of live offers on an unmatched request, or escalate."""
    if request.state not in ("open", "offered"):
        return
    settings = env.services.settings
    pending = await repo.pending_offers(env.db, request.id)
    want = max(1, settings.match_parallel_urgent) if request.urgency == "today" else 1
    if len(pending) >= want:
        return
    if not pending and request.offers_in_row >= settings.match_escalate_after:
        await escalate(env, request, "unanswered")
        return
    relax = await widened(env, request)
    views = await repo.volunteer_views(env.db, request, prefilter=not relax)
    ranked = rank(repo.view_of_request(request), views, env.now, limit=want - len(pending),
                  relax=relax)
    if not ranked:
        if not pending:
            everyone = await repo.volunteer_views(env.db, request, prefilter=False)
            counts = rejections(repo.view_of_request(request), everyone)
            await escalate(env, request, "none", counts)
        return
    deadline = offer_deadline(env.now, settings.offer_timeout_hours,
                              allowed_hours(env, request.region))
    for candidate in ranked:
        await _offer(env, request, candidate.volunteer.person_id, candidate.score,
                     candidate.parts, deadline)
    request.state = "offered"
    request.updated_at = env.now


async def _offer(env: Env, request: HelpRequest, volunteer_id: int, score: float,
                 parts: dict[str, float], deadline: datetime) -> None:
    offer = Offer(request_id=request.id, volunteer_id=volunteer_id, state="pending",
                  score=score, parts=parts, expires_at=deadline, created_at=env.now)
    env.db.add(offer)
    await env.db.flush()
    request.offers_in_row += 1
    await env.db.execute(update(VolunteerProfile)
                         .where(VolunteerProfile.person_id == volunteer_id)
                         .values(last_asked_at=env.now))
    await repo.add_event(env.db, request.id, "offered", env.now, volunteer_id=volunteer_id,
                         detail=f"score {score:.3f}")
    _, t = await translator_for(env, volunteer_id)
    within = help_texts.duration(t, env.services.settings.offer_timeout_hours)
    text = t("offer-text", summary=help_texts.summary(t, request), within=within)
    choices = (Choice(t("offer-accept"), "offer.accept", str(offer.id)),
               Choice(t("offer-decline"), "offer.decline", str(offer.id)))
    await env.notify(volunteer_id, kind="help_offer",
                     key=f"offer:request:{request.id}:volunteer:{volunteer_id}",
                     message=Outbound(text, choices, language=t.language),
                     priority=outbox.PRIORITY_URGENT if request.urgency == "today" else None)
    await outbox.schedule(env.db, kind="offer_expiry", key=_expiry_key(request.id, offer.id),
                          due_at=deadline, now=env.now, person_id=volunteer_id,
                          payload={"offer_id": offer.id})


def _expiry_key(request_id: int, offer_id: int) -> str:
    return f"offer-expiry:request:{request_id}:offer:{offer_id}"


async def escalate(env: Env, request: HelpRequest, reason: str,
                   counts: dict[str, int] | None = None) -> None:
    """Tell every coordinator, with the reasons; automatic offering stops until they act."""
    request.state = "escalated"
    request.escalated_at = env.now
    request.updated_at = env.now
    detail = reason + "".join(f" {k}={v}" for k, v in sorted((counts or {}).items()))
    await repo.add_event(env.db, request.id, "escalated", env.now, detail=detail)
    events = await repo.events_of(env.db, request.id)
    round_no = sum(1 for e in events if e.kind == "escalated")
    coordinators = await repo.coordinator_people(env.db,
                                                 env.services.settings.coordinator_urns)
    if not coordinators:
        log.warning("request %s escalated, but no coordinator has talked to the bot yet",
                    request.id)
    for person_id in coordinators:
        _, t = await translator_for(env, person_id)
        why = t(f"escalation-{reason}", offers=request.offers_in_row)
        if counts:
            why += "\n" + t("escalation-excluded", total=sum(counts.values()),
                            counts=", ".join(f"{t(f'help-filter-{k}')}: {v}"
                                             for k, v in sorted(counts.items(),
                                                                key=lambda kv: -kv[1])))
        elif reason == "none":
            why += "\n" + t("escalation-no-volunteers")
        text = t("escalation-text", summary=help_texts.summary(t, request), reason=why)
        choices = (Choice(t("escalation-assign"), "request.assign", str(request.id)),
                   Choice(t("escalation-search"), "request.search", str(request.id)))
        await env.notify(person_id, kind="help_escalation",
                         key=f"escalation:request:{request.id}:{round_no}:to:{person_id}",
                         message=Outbound(text, choices, language=t.language))


WIDEN = "widen:"
"""How a "search" event's detail records the filters a coordinator's search widened."""


async def widened(env: Env, request: HelpRequest) -> frozenset[str]:
    """The filters the latest "search again" relaxed for this request (until it is matched)."""
    for event in reversed(await repo.events_of(env.db, request.id)):
        if event.kind in ("matched", "assigned", "reopened"):
            return frozenset()
        if event.kind == "search":
            detail = event.detail or ""
            names = detail.removeprefix(WIDEN).split(",") if detail.startswith(WIDEN) else []
            return frozenset(n for n in names if n in RELAXABLE)
    return frozenset()


async def search_again(env: Env, request: HelpRequest, actor_id: int | None
                       ) -> tuple[str, ...] | None:
    """A coordinator asks the bot to keep looking: the streak restarts, and if the usual
    filters find nobody the search widens (times, then place, then both) until someone new
    fits. Returns the filters relaxed (empty when none had to be), or None when even the
    widest search found nobody (the request is escalated again, with the counts)."""
    if request.state not in ("open", "offered", "escalated"):
        return ()
    view = repo.view_of_request(request)
    everyone = await repo.volunteer_views(env.db, request, prefilter=False)
    relaxed: tuple[str, ...] | None = None
    for attempt in ((), *((name,) for name in RELAXABLE), RELAXABLE):
        if rank(view, everyone, env.now, limit=1, relax=frozenset(attempt)):
            relaxed = tuple(attempt)
            break
    request.state = "open"
    request.offers_in_row = 0
    detail = WIDEN + ",".join(relaxed) if relaxed else None
    await repo.add_event(env.db, request.id, "search", env.now, actor_id=actor_id,
                         detail=detail)
    await dispatch(env, request)
    return relaxed


# --- answers ------------------------------------------------------------------------------

async def accept(env: Env, offer: Offer) -> bool:
    """The volunteer accepts: True if they won the request (first to accept)."""
    won = await repo.claim_match(env.db, offer.request_id, offer.volunteer_id, env.now,
                                 from_states=("offered", "open", "escalated"))
    offer.answered_at = env.now
    if not won:  # someone else won it, or it no longer needs anyone
        request = await env.db.get(HelpRequest, offer.request_id, populate_existing=True)
        still_live = request is not None and request.state in repo.LIVE_STATES
        offer.state = "taken" if still_live else "withdrawn"
        return False
    offer.state = "accepted"
    await env.db.execute(update(VolunteerProfile)
                         .where(VolunteerProfile.person_id == offer.volunteer_id)
                         .values(accepted=VolunteerProfile.accepted + 1))
    request = await env.db.get(HelpRequest, offer.request_id)
    await env.db.refresh(request)
    await repo.add_event(env.db, request.id, "matched", env.now, volunteer_id=offer.volunteer_id)
    await _withdraw_others(env, request, keep=offer.id)
    await outbox.cancel_scheduled(env.db, key_prefix=_expiry_key(request.id, offer.id),
                                  now=env.now, reason="accepted")
    await connect(env, request)
    return True


async def assign(env: Env, request: HelpRequest, volunteer_id: int, actor_id: int) -> bool:
    """A coordinator assigns a volunteer by hand (whatever the filters said)."""
    won = await repo.claim_match(env.db, request.id, volunteer_id, env.now,
                                 from_states=repo.OPEN_STATES)
    if not won:
        return False
    await env.db.refresh(request)
    offer = await env.db.scalar(select(Offer).where(Offer.request_id == request.id,
                                                    Offer.volunteer_id == volunteer_id))
    if offer is None:
        env.db.add(Offer(request_id=request.id, volunteer_id=volunteer_id, state="assigned",
                         expires_at=env.now, answered_at=env.now, created_at=env.now))
    else:
        await env.db.execute(update(Offer).where(Offer.request_id == request.id,
                                                 Offer.volunteer_id == volunteer_id)
                             .values(state="assigned", answered_at=env.now))
    await repo.add_event(env.db, request.id, "assigned", env.now, volunteer_id=volunteer_id,
                         actor_id=actor_id)
    await _withdraw_others(env, request, keep=None, except_volunteer=volunteer_id)
    await connect(env, request)
    return True


async def _withdraw_others(env: Env, request: HelpRequest, keep: int | None,
                           except_volunteer: int | None = None, state: str = "taken") -> None:
    """Close the other pending offers: `taken` (someone else has it) or `withdrawn` (the
    request no longer needs anyone); each volunteer is told which."""
    for other in await repo.pending_offers(env.db, request.id):
        if other.id == keep or other.volunteer_id == except_volunteer:
            continue
        other.state = state
        other.answered_at = env.now
        await outbox.cancel_scheduled(env.db, key_prefix=_expiry_key(request.id, other.id),
                                      now=env.now, reason=state)
        _, t = await translator_for(env, other.volunteer_id)
        why = "offer-taken-later" if state == "taken" else "offer-withdrawn"
        await env.notify(other.volunteer_id, kind=f"help_offer_{state}",
                         key=f"offer-{state}:offer:{other.id}",
                         message=Outbound(t(why, number=request.id), language=t.language))


async def decline(env: Env, offer: Offer) -> bool:
    """False if the offer was answered meanwhile (taken by someone else, or expired)."""
    request = await repo.lock_request(env.db, offer.request_id)  # first: same order as accept
    await env.db.refresh(offer)
    if offer.state != "pending":
        return False
    offer.state = "declined"
    offer.answered_at = env.now
    await env.db.execute(update(VolunteerProfile)
                         .where(VolunteerProfile.person_id == offer.volunteer_id)
                         .values(declined=VolunteerProfile.declined + 1))
    await repo.add_event(env.db, offer.request_id, "declined", env.now,
                         volunteer_id=offer.volunteer_id)
    await outbox.cancel_scheduled(env.db, key_prefix=_expiry_key(offer.request_id, offer.id),
                                  now=env.now, reason="declined")
    if request is not None:
        await dispatch(env, request)
    return True


async def expire(env: Env, offer: Offer) -> None:
    request = await repo.lock_request(env.db, offer.request_id)
    await env.db.refresh(offer)
    if offer.state != "pending":
        return
    offer.state = "expired"
    offer.answered_at = env.now
    await env.db.execute(update(VolunteerProfile)
                         .where(VolunteerProfile.person_id == offer.volunteer_id)
                         .values(expired=VolunteerProfile.expired + 1))
    await repo.add_event(env.db, offer.request_id, "expired", env.now,
                         volunteer_id=offer.volunteer_id)
    _, t = await translator_for(env, offer.volunteer_id)
    await env.notify(offer.volunteer_id, kind="help_offer_expired",
                     key=f"offer-expired:offer:{offer.id}",
                     message=Outbound(t("offer-expired", number=offer.request_id),
                                      language=t.language))
    if request is not None:
        await dispatch(env, request)


# --- after the match ----------------------------------------------------------------------

async def contact_line(env: Env, t: Translator, person_id: int | None,
                       name: str | None = None, phone: str | None = None) -> str:
    """Name and a way to reach someone: their phone if known, else 'write here'."""
    person = await env.db.get(Person, person_id) if person_id else None
    profile = await env.db.get(VolunteerProfile, person_id) if person_id else None
    name = name or (person.display_name if person else None) or t("help-someone")
    phone = phone or (person.phone if person else None) or (
        profile.contact_phone if profile else None)
    if phone:
        return t("contact-with-phone", name=name, phone=phone)
    return t("contact-write-here", name=name)


async def connect(env: Env, request: HelpRequest) -> None:
    """Both sides get each other's name and a way to reach them; a follow-up is scheduled."""
    volunteer_id = request.volunteer_id
    assert volunteer_id is not None
    side = requester_side(request)
    _, tv = await translator_for(env, volunteer_id)
    them = await contact_line(env, tv, request.requester_id, request.contact_name,
                              request.contact_phone)
    write_v = (Choice(tv("contact-write-button"), "match.write", str(request.id)),)
    await env.notify(volunteer_id, kind="help_matched",
                     key=f"matched:request:{request.id}:round:{request.round}:volunteer",
                     message=Outbound(tv("matched-volunteer", contact=them,
                                         summary=help_texts.summary(tv, request)),
                                      write_v, language=tv.language))
    if side is not None:
        _, tr = await translator_for(env, side)
        helper = await contact_line(env, tr, volunteer_id)
        write_r = (Choice(tr("contact-write-button"), "match.write", str(request.id)),)
        await env.notify(side, kind="help_matched",
                         key=f"matched:request:{request.id}:round:{request.round}:requester",
                         message=Outbound(tr("matched-requester", contact=helper,
                                             category=tr(f"help-cat-{request.category}"),
                                             number=request.id),
                                          write_r, language=tr.language))
    delay = timedelta(days=env.services.settings.followup_delay_days)
    await outbox.schedule(env.db, kind="help_followup",
                          key=f"followup:request:{request.id}:round:{request.round}",
                          due_at=env.now + delay, now=env.now,
                          payload={"request_id": request.id, "round": request.round})


async def follow_up(env: Env, request: HelpRequest) -> None:
    """Ask both sides whether it was resolved."""
    target = f"{request.id}.{request.round}"
    await repo.add_event(env.db, request.id, "followup", env.now)
    for role, person_id in (("volunteer", request.volunteer_id),
                            ("requester", requester_side(request))):
        if person_id is None:
            continue
        _, t = await translator_for(env, person_id)
        choices = (Choice(t("followup-yes"), "request.resolved", target),
                   Choice(t("followup-no"), "request.unresolved", target))
        text = t("followup-text", category=t(f"help-cat-{request.category}"),
                 number=request.id)
        await env.notify(person_id, kind="help_followup",
                         key=f"followup:request:{request.id}:round:{request.round}:{role}",
                         message=Outbound(text, choices, language=t.language))


async def close(env: Env, request: HelpRequest, resolved: bool, actor_id: int) -> bool:
    """The follow-up's answer: resolved closes it, not resolved reopens it for matching."""
    if resolved:
        done = await repo.move_state(env.db, request.id, ("matched",),
                                     {"state": "resolved", "closed_at": env.now,
                                      "updated_at": env.now})
        if done:
            await env.db.refresh(request)
            await repo.add_event(env.db, request.id, "resolved", env.now, actor_id=actor_id,
                                 volunteer_id=request.volunteer_id)
        return done
    previous = request.volunteer_id
    done = await repo.move_state(env.db, request.id, ("matched",),
                                 {"state": "open", "volunteer_id": None, "offers_in_row": 0,
                                  "updated_at": env.now})
    if not done:
        return False
    await env.db.refresh(request)
    await repo.add_event(env.db, request.id, "reopened", env.now, actor_id=actor_id,
                         volunteer_id=previous)
    if previous is not None and previous != actor_id:  # told first, before anyone new is
        _, t = await translator_for(env, previous)     # offered it
        await env.notify(previous, kind="help_released",
                         key=f"released:request:{request.id}:round:{request.round}",
                         message=Outbound(t("request-released-volunteer", number=request.id),
                                          language=t.language),
                         priority=outbox.PRIORITY_URGENT if request.urgency == "today" else None)
    await dispatch(env, request)
    return True


async def cancel(env: Env, request: HelpRequest, actor_id: int) -> bool:
    """The requester withdraws: pending offers are withdrawn, a matched volunteer is told."""
    volunteer_id = request.volunteer_id if request.state == "matched" else None
    done = await repo.move_state(env.db, request.id, repo.LIVE_STATES,
                                 {"state": "cancelled", "closed_at": env.now,
                                  "updated_at": env.now})
    if not done:
        return False
    await env.db.refresh(request)
    await repo.add_event(env.db, request.id, "cancelled", env.now, actor_id=actor_id)
    await _withdraw_others(env, request, keep=None, state="withdrawn")
    for prefix in (f"offer-expiry:request:{request.id}:", f"followup:request:{request.id}:"):
        await outbox.cancel_scheduled(env.db, key_prefix=prefix, now=env.now,
                                      reason="request cancelled")
    if volunteer_id is not None:
        _, t = await translator_for(env, volunteer_id)
        await env.notify(volunteer_id, kind="help_cancelled",
                         key=f"cancelled:request:{request.id}:volunteer:{volunteer_id}",
                         message=Outbound(t("request-cancelled-volunteer", number=request.id),
                                          language=t.language))
    return True
