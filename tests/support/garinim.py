"""Shared steps of the garin tests: becoming a lead the way people really do (the survey, a
house meeting's feedback), finding a person's id, and seeding background leads."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.meetings.commands import import_meetings
from storage import attributes
from storage import meetings as meetings_repo
from storage.models import Identity
from tests.support.outbox import add_person
from tests.support.person import Person
from tests.timeline import israel

TITLE = "ערב היכרות עם גרעין אופקים"


async def person_id(core: Any, user_id: int | str) -> int:  # type: ignore[misc]
    async with core.db.transaction() as db:
        found: int = await db.scalar(select(Identity.person_id).where(
            Identity.user_id == str(user_id)))
        return found


async def survey_until_timing(person: Person[Any], *, stance: str = "1", region: str = "1",
                              timing: str = "1") -> None:
    """The graduates' survey up to its time-frame question, typed as numbers (works on every
    channel): open to settling (`stance` 1 yes / 2 maybe), one region, one time frame; then
    a pause. Each answer is stored as it is given."""
    await person.say("לענות על הסקר", expect=2)
    for answer in ("2", "מכינת עין פרת", "2019", "4"):
        await person.say(answer)
    await person.say("אופקים", expect=2)  # found, then the next question
    for answer in ("1", stance, region, "5", timing):  # "5": done with the regions
        await person.say(answer)
    await person.say("תפריט")


async def house_meeting(core: Any, starts: datetime) -> int:  # type: ignore[misc]
    """A meeting in Ofakim, as `kehila meetings import` creates it; returns its id."""
    csv = ("title,site,locality,starts_at,duration_minutes,capacity,address,host,language,"
           f"notes\n{TITLE},גרעין אופקים,Ofakim,{israel(starts):%Y-%m-%d %H:%M},120,10,"
           "\"הנשיא 5, אופקים\",,he,\n")
    async with core.db.transaction() as db:
        report = await import_meetings(db, core.services, csv, core.clock.now())
    assert report.errors == [] and len(report.created) == 1
    return report.created[0]


async def seat(core: Any, meeting_id: int, pid: int) -> None:  # type: ignore[misc]
    async with core.db.transaction() as db:
        result = await meetings_repo.take_seats(db, meeting_id, pid, 1, core.clock.now())
    assert result.outcome == "confirmed"


async def feedback_lead(core: Any, person: Person[Any], delivery: Delivery,  # type: ignore[misc]
                        clock: Any, starts: datetime) -> None:
    """After the meeting: the rating asked by the scheduler, no comment, "yes, tell me"."""
    clock.set(starts + timedelta(hours=3, minutes=1))
    await Scheduler(core.db, core.services, clock).tick()
    await delivery.run_once()
    [ask] = await person.receive(1)
    await person.tap("⭐⭐⭐⭐⭐", on=ask)
    await person.tap(person.t("meeting-feedback-skip"), expect=2)  # thanks, the lead question
    await person.tap(person.t("meeting-lead-yes"), expect=2)


async def background_leads(core: Any, fields: Iterable[dict[str, list[str]]]  # type: ignore[misc]
                           ) -> list[int]:
    """Consented people whose survey already gave these segment fields (the survey's own
    tests cover how answers become fields); returns their ids."""
    ids = []
    async with core.db.transaction() as db:
        for n, values in enumerate(fields):
            pid = await add_person(db, 900_000 + n, core.clock.now())
            for name, given in values.items():
                await attributes.set_values(db, pid, name, given, core.clock.now())
            ids.append(pid)
    return ids


async def interested(core: Any, user_ids: Iterable[int | str]) -> dict[int | str, int]:  # type: ignore[misc]
    """These people said "a group" (so they are leads); returns their person ids."""
    ids = {user: await person_id(core, user) for user in user_ids}
    async with core.db.transaction() as db:
        for pid in ids.values():
            await attributes.set_values(db, pid, "interests", ["group"], core.clock.now())
    return ids


async def ofakim_garin(coordinator: Person[Any], invite: Iterable[int] = ()) -> None:
    """The coordinator creates «גרעין אופקים» by hand and invites these person ids."""
    await coordinator.tap("🌱 גרעינים ומתעניינים")
    await coordinator.tap("➕ גרעין חדש")
    await coordinator.say("גרעין אופקים")
    await coordinator.say("אופקים", expect=2)
    people = list(invite)
    if people:
        await coordinator.tap("✉️ להזמין אנשים")
    for pid in people:
        await coordinator.tap(f"#{pid}:", expect=2)
