"""Reading what coordinators type or put in a CSV: dates, places, hosts, numbers.

The chat wizard and `kehila meetings import` share these, so a row that imports is exactly a
meeting the wizard would accept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.places import Locality, default_places
from conversations.engine.identity import normalize_phone
from locales import LANGUAGES
from storage.models import Identity, Person

CHANNEL_ALIASES = {"tg": "telegram", "wa": "whatsapp", "term": "terminal"}
_DATE = re.compile(
    r"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?)"
    r"[\sT,]+(\d{1,2})[:.](\d{2})\s*$")
COLUMNS = ("title", "site", "locality", "starts_at", "duration_minutes", "capacity", "address",
           "host", "language", "notes")
CLEAR_LEAD = 5
REQUIRED = ("title", "locality", "starts_at", "capacity", "address")


def parse_when(text: str, now: datetime, timezone: str) -> datetime | None:
    """"2027-01-14 19:30", "14/1/2027 19:30", "14.1.27 19:30" or "14/1 19:30" (the next such
    day) in local time → an aware UTC-comparable datetime; None if unreadable."""
    match = _DATE.match(text or "")
    if match is None:
        return None
    iso_y, iso_m, iso_d, day, month, year, hour, minute = match.groups()
    zone = ZoneInfo(timezone)
    local_now = now.astimezone(zone)
    if iso_y:
        y, m, d = int(iso_y), int(iso_m), int(iso_d)
    else:
        d, m = int(day), int(month)
        y = int(year) + (2000 if year and len(year) == 2 else 0) if year else local_now.year
    try:
        moment = datetime(y, m, d, int(hour), int(minute), tzinfo=zone)
    except ValueError:
        return None
    if not (iso_y or year) and moment <= local_now:
        try:
            moment = moment.replace(year=moment.year + 1)
        except ValueError:
            return None
    return moment


def find_locality(text: str) -> Locality | None:
    """The locality meant, if clear: an exact name, or a close spelling well ahead of the rest
    ("Ofakim" → אופקים, but not a guess between two similar names)."""
    places = default_places()
    found = places.search(text, limit=3)
    if not found:
        return None
    best = places.score(found[0], text)
    second = places.score(found[1], text) if len(found) > 1 else 0
    return found[0] if best >= 80 and best - second >= CLEAR_LEAD else None


async def find_person(db: AsyncSession, text: str) -> int | None:
    """A person by channel identity (`tg:123`, `telegram:123`, `wa:+972…`) or phone number."""
    raw = (text or "").strip()
    channel, sep, user_id = raw.partition(":")
    if sep and channel.strip().lower() in (*CHANNEL_ALIASES, *CHANNEL_ALIASES.values()):
        channel = CHANNEL_ALIASES.get(channel.strip().lower(), channel.strip().lower())
        person_id = await db.scalar(select(Identity.person_id).where(
            Identity.channel == channel, Identity.user_id == user_id.strip()))
        if person_id is not None or channel != "whatsapp":
            return person_id
        raw = user_id
    phone = normalize_phone(raw)
    if phone is None:
        return None
    return await db.scalar(select(Person.id).where(Person.phone == phone))


def positive_int(text: str, most: int) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() and 1 <= int(text) <= most else None


@dataclass
class RowCheck:
    """A CSV row read into meeting fields, or the reasons it cannot be."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


async def check_row(db: AsyncSession, row: dict[str, str], now: datetime,
                    timezone: str) -> RowCheck:
    """Validate one import row; every problem is reported, not just the first."""
    check = RowCheck()
    get = {k: (row.get(k) or "").strip() for k in COLUMNS}
    for name in REQUIRED:
        if not get[name]:
            check.errors.append(f"{name} is empty")
    if get["title"]:
        check.values["title"] = get["title"][:200]
    check.values["site"] = get["site"][:200]
    check.values["notes"] = get["notes"]
    check.values["address"] = get["address"]
    if get["locality"]:
        locality = find_locality(get["locality"])
        if locality is None:
            check.errors.append(f"locality {get['locality']!r} is not a known locality")
        else:
            check.values.update(locality=locality.key, region=locality.region)
    if get["starts_at"]:
        starts = parse_when(get["starts_at"], now, timezone)
        if starts is None:
            check.errors.append(f"starts_at {get['starts_at']!r} is not a date and time "
                                "(use YYYY-MM-DD HH:MM)")
        elif starts <= now:
            check.errors.append(f"starts_at {get['starts_at']!r} is in the past")
        else:
            check.values["starts_at"] = starts
    duration = positive_int(get["duration_minutes"] or "120", 24 * 60)
    if duration is None:
        check.errors.append(f"duration_minutes {get['duration_minutes']!r} is not a number "
                            "of minutes")
    check.values["duration_minutes"] = duration
    if get["capacity"]:
        capacity = positive_int(get["capacity"], 10_000)
        if capacity is None:
            check.errors.append(f"capacity {get['capacity']!r} is not a positive number")
        check.values["capacity"] = capacity
    language = (get["language"] or "he").lower()
    if language not in LANGUAGES:
        check.errors.append(f"language {get['language']!r} is not one of {', '.join(LANGUAGES)}")
    check.values["language"] = language
    check.values["host_person_id"] = None
    if get["host"]:
        host = await find_person(db, get["host"])
        if host is None:
            check.errors.append(f"host {get['host']!r} is not anyone the bot knows "
                                "(use tg:<id>, wa:<phone> or a linked phone number)")
        check.values["host_person_id"] = host
    return check
