"""A calendar invitation (.ics) for a confirmed seat, built with the icalendar library.

Times carry TZID=Asia/Jerusalem with a matching VTIMEZONE, so phones show the meeting at the
right local hour whatever zone they are in. SEQUENCE follows the meeting's revision, so an
updated file replaces the earlier one in the calendar.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from conversations.domain.types import Document
from storage.meetings_models import Meeting

PRODID = "-//Kehila Bot//House meetings//EN"


def invitation(meeting: Meeting, *, timezone: str, place: str, now: datetime,
               description: str = "") -> Document:
    """The meeting as a one-event calendar file (address included: only for confirmed seats)."""
    from icalendar import (  # on use: a resting bot need not hold it (bench/RESULTS.md, memory)
        Calendar,
        Event,
    )

    zone = ZoneInfo(timezone)
    start = meeting.starts_at.astimezone(zone)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"meeting-{meeting.id}@kehila-bot")
    event.add("sequence", meeting.revision)
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=meeting.duration_minutes))
    event.add("summary", meeting.title)
    location = ", ".join(part for part in (meeting.address, place) if part)
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return Document("meeting.ics", calendar.to_ical(), "text/calendar")
