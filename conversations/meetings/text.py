"""How a meeting reads in a message: the date in the reader's language, place, seats, address.

Dates are conversations/domain/dates.py's (e.g. "יום ג׳, 14 בינואר, 19:30"); the address is
included only when the caller says the reader may see it.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from conversations.domain import dates
from conversations.domain.places import default_places
from conversations.engine.context import Ctx
from locales import Translator
from storage.meetings_models import Meeting


def when(moment: datetime, language: str, timezone: str) -> str:
    """The moment in the reader's language and the organisation's time zone."""
    return dates.moment(moment, language, timezone)


def typing_example(ctx: Ctx) -> str:
    """A meeting time to show as an example in a prompt, in the style parse_when reads."""
    return dates.example_moment(ctx.now, ctx.t.language, ctx.settings.timezone)


def day(t: Translator, moment: datetime, now: datetime, timezone: str) -> str:
    """Which day `moment` is, seen from `now` in the organisation's time zone: "today",
    "tomorrow", or the weekday and date ("on Thursday, 26 November")."""
    zone = ZoneInfo(timezone)
    local = moment.astimezone(zone)
    ahead = (local.date() - now.astimezone(zone).date()).days
    if ahead == 0:
        return t("meeting-day-today")
    if ahead == 1:
        return t("meeting-day-tomorrow")
    return t("meeting-day-on", date=dates.day(local.date(), t.language))


def place(meeting: Meeting, language: str) -> str:
    locality = default_places().get(meeting.locality)
    return locality.display(language) if locality else meeting.locality


def line(t: Translator, meeting: Meeting, timezone: str, now: datetime) -> str:
    """One meeting as a list entry (a button label): when · where · what, and if it is full."""
    text = f"{when(meeting.starts_at, t.language, timezone)} · {place(meeting, t.language)}"
    text += f" · {meeting.title}"
    status = meeting.display_status(now)
    if status != "open":
        text += f" ({t(f'meeting-status-{status}')})"
    return text


def details(t: Translator, meeting: Meeting, timezone: str, now: datetime, *,
            show_address: bool, holds_place: bool = False) -> str:
    """The full description; the address only for confirmed people, hosts and coordinators.

    `holds_place`: the reader has a seat or a waitlist place (their confirmation, reminder,
    notice of a change): "full – the waitlist is open" is no news to them, so it is left out.
    """
    parts = [f"🏠 {meeting.title}"]
    if meeting.site:
        parts.append(t("meeting-site", site=meeting.site))
    parts.append(t("meeting-when", when=when(meeting.starts_at, t.language, timezone),
                   minutes=meeting.duration_minutes))
    parts.append(t("meeting-where", place=place(meeting, t.language),
                   region=t(f"region-{meeting.region}")))
    if show_address and meeting.address:
        parts.append(t("meeting-address", address=meeting.address))
    status = meeting.display_status(now)
    if status == "open":
        parts.append(t("meeting-seats-left", seats=meeting.seats_left))
    elif not (status == "full" and holds_place):
        parts.append(t(f"meeting-status-{status}"))
    if meeting.notes:
        parts.append(f"📝 {meeting.notes}")
    return "\n".join(parts)


def fill(meeting: Meeting) -> str:
    """Seats taken of capacity with a percentage, for hosts and coordinators."""
    percent = round(100 * meeting.seats_taken / meeting.capacity) if meeting.capacity else 0
    return f"{meeting.seats_taken}/{meeting.capacity} ({percent}%)"
