"""Read a send time a coordinator types ("18:30", "tomorrow 9:00", "25.11 18:30") in Israel time.

A bare time that has passed today means tomorrow; a date without a year is this year's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b")
DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b|\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")


def parse_when(text: str, now: datetime, timezone: str,
               tomorrow_words: Iterable[str] = ("tomorrow",)) -> datetime | None:
    """The moment meant, as an aware datetime; None if it can't be read."""
    tz = ZoneInfo(timezone)
    local_now = now.astimezone(tz)
    cleaned = " ".join(text.casefold().split())
    time_match = TIME.search(cleaned)
    if time_match is None:
        return None
    hour, minute = int(time_match[1]), int(time_match[2])
    if hour > 23 or minute > 59:
        return None
    rest = (cleaned[:time_match.start()] + " " + cleaned[time_match.end():]).strip()
    day = _day(rest, local_now.date(), tomorrow_words)
    if day is None:
        return None
    moment = datetime.combine(day, time(hour, minute), tzinfo=tz)
    if not rest and moment <= local_now:
        moment = datetime.combine(day + timedelta(days=1), time(hour, minute), tzinfo=tz)
    return moment


def _day(rest: str, today: date, tomorrow_words: Iterable[str]) -> date | None:
    if not rest:
        return today
    if rest in {w.casefold() for w in tomorrow_words}:
        return today + timedelta(days=1)
    match = DATE.fullmatch(rest)
    if match is None:
        return None
    try:
        if match[1]:
            return date(int(match[1]), int(match[2]), int(match[3]))
        year = int(match[6]) if match[6] else today.year
        if year < 100:
            year += 2000
        return date(year, int(match[5]), int(match[4]))
    except ValueError:
        return None
