"""This feature's part of `kehila demo`: house meetings in the Negev, the Galilee and
Jerusalem, each with a demo host, starting a few days from now.

The meetings are created like any published meeting (reminders and feedback scheduled), by a
demo coordinator; `--clear` finds them by that creator or their demo host.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.places import default_places
from conversations.engine.demo import NAME_MARK, DemoContext, DemoSection
from conversations.meetings import ops
from conversations.meetings.commands import _Notifier
from storage.meetings_models import Meeting
from storage.models import ScheduledItem

WEEKEND = (4, 5)
"""Friday and Saturday, as `date.weekday()` counts."""

SAMPLE = (
    # host key, host name, title, site, locality, days ahead, capacity, address
    ("host_negev", "מיכל אברהם", "חוג בית: לגור בנגב אחרי המכינה", "גרעין ירוחם", "ירוחם", 3,
     12, "רחוב הדקל 4"),
    ("host_galilee", "יוסי כהן", "חוג בית: קהילה צעירה בגליל", "כרמיאל הצעירה", "כרמיאל", 5,
     10, "שדרות נשיאי ישראל 12"),
    ("host_jerusalem", "נועה לוי", "חוג בית: ירושלים של בוגרים", "", "ירושלים", 8, 15,
     "רחוב עזה 30"),
)


async def load(ctx: DemoContext) -> str:
    zone = ZoneInfo(ctx.services.settings.timezone)
    creator = await ctx.person("coordinator", "רכזת הדמו")
    notifier = _Notifier(ctx.db, ctx.now, ctx.services)
    places = default_places()
    today = ctx.now.astimezone(zone).date()
    for key, name, title, site, locality, days, capacity, address in SAMPLE:
        host = await ctx.person(key, name)
        place = places.get(locality)
        assert place is not None, locality
        day = today + timedelta(days=days)
        while day.weekday() in WEEKEND:  # not on Friday evening or Shabbat
            day += timedelta(days=1)
        starts = datetime.combine(day, time(19, 30), zone)
        values: dict[str, Any] = {
            "title": title + NAME_MARK, "site": site, "locality": place.key,
            "region": place.region, "starts_at": starts, "duration_minutes": 120,
            "address": address, "capacity": capacity, "language": "he",
            "notes": "נתוני דמו — kehila demo --clear מסיר אותם"}
        meeting = await ops.create(notifier, values, creator)
        meeting.host_person_id = host  # not ops.make_host: nothing is sent to a demo host
    return f"{len(SAMPLE)} house meetings"


async def clear(db: AsyncSession, people: list[int]) -> int:
    ids = list(await db.scalars(select(Meeting.id).where(or_(
        Meeting.created_by.in_(people), Meeting.host_person_id.in_(people)))))
    for meeting_id in ids:
        await db.execute(delete(ScheduledItem).where(or_(
            ScheduledItem.key.startswith(f"reminder:meeting:{meeting_id}:"),
            ScheduledItem.key.startswith(f"feedback:meeting:{meeting_id}:"))))
    await db.execute(delete(Meeting).where(Meeting.id.in_(ids)))
    return len(ids)


SECTION = DemoSection("meetings", load, clear)
