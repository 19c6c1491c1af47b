"""This feature's part of `kehila demo`: volunteers with skills, regions and availability,
and one open help request from a demo requester, waiting for a coordinator to find someone.

Nothing is offered automatically (no offer goes to a demo volunteer); a coordinator sees the
request under "help requests" and can search or assign. `--clear` removes the requests made
by or for demo people; profiles go with the demo people.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.matcher import DAYS, PARTS, slot_mask
from conversations.domain.places import default_places
from conversations.engine.demo import NAME_MARK, DemoContext, DemoSection
from storage import matching as repo
from storage.matching_models import HelpRequest, VolunteerProfile

EVENINGS = [PARTS.index("evening")]
EVERY_DAY = list(range(len(DAYS)))
WORKDAYS = list(range(DAYS.index("sun"), DAYS.index("thu") + 1))

Volunteer = tuple[str, str, str, list[str], list[str], list[str], bool, list[int], list[int]]
"""key, name, form of address, skills, regions, localities, remote, days, parts of day."""

VOLUNTEERS: tuple[Volunteer, ...] = (
    ("volunteer_rides", "אבי מזרחי", "m", ["rides", "elderly_visits"], ["negev"], ["אופקים"],
     False, EVERY_DAY, [PARTS.index("afternoon"), PARTS.index("evening")]),
    ("volunteer_budget", "רונית שלום", "f", ["budget", "contact_person"], ["negev", "jerusalem"],
     [], True, WORKDAYS, EVENINGS),
    ("volunteer_tutor", "סאמר חורי", "m", ["tutoring", "translation"], ["galilee"], ["כרמיאל"],
     True, WORKDAYS, [PARTS.index("afternoon")]),
)


async def load(ctx: DemoContext) -> str:
    for key, name, form, skills, regions, localities, remote, days, parts in VOLUNTEERS:
        person_id = await ctx.person(key, name, form=form)
        await repo.save_profile(ctx.db, VolunteerProfile(
            person_id=person_id, skills=skills, regions=regions, localities=localities,
            remote=remote, availability=slot_mask(days, parts), languages=["he"], max_open=2,
            paused=False, accepted=0, declined=0, expired=0, created_at=ctx.now), ctx.now)
    requester = await ctx.person("requester", "משפחת דהן", form="p")
    place = default_places().get("אופקים")
    assert place is not None
    request = HelpRequest(
        requester_id=requester, created_by_id=requester, category="rides",
        description="הסעה שבועית לטיפול בבאר שבע" + NAME_MARK, locality=place.key,
        region=place.region, urgency="week", slots=slot_mask(EVERY_DAY, [PARTS.index("morning")]),
        language="he", contact_name="משפחת דהן" + NAME_MARK, contact_phone=None, state="open",
        round=0, offers_in_row=0, created_at=ctx.now, updated_at=ctx.now)
    ctx.db.add(request)
    await ctx.db.flush()
    await repo.add_event(ctx.db, request.id, "opened", ctx.now, actor_id=requester)
    return f"{len(VOLUNTEERS)} volunteers, 1 open help request"


async def clear(db: AsyncSession, people: list[int]) -> int:
    ids = list(await db.scalars(select(HelpRequest.id).where(or_(
        HelpRequest.requester_id.in_(people), HelpRequest.created_by_id.in_(people)))))
    await db.execute(delete(HelpRequest).where(HelpRequest.id.in_(ids)))
    return len(ids)


SECTION = DemoSection("matching", load, clear)
