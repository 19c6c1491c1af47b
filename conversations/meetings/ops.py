"""What happens around a seat or a meeting change, beyond the row itself: who is told what.

Used from flows (`Ctx`) and jobs (`JobContext`) alike: both carry the database, the time, the
services and `notify`, which queues to the durable outbox under an idempotency key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import Choice, Document, Outbound
from conversations.engine.context import Services
from conversations.meetings import text as mt
from conversations.meetings.ics import invitation
from locales import Translator
from storage import attributes
from storage import meetings as repo
from storage import outbox as outbox_repo
from storage.meetings_models import CONFIRMED, WAITLISTED, Meeting, Signup
from storage.models import Person

CHECK_IN_FROM = timedelta(hours=1)
"""How long before the start the host may begin marking who came."""
REMINDER_JOB = "meeting.reminder"
FEEDBACK_JOB = "meeting.feedback"
ATTENDANCE_FIELD = "house_meeting"
GROUP_FIELD = "group_interest"
_OFFSET = re.compile(r"^\s*(\d+)\s*([mhd])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


class Notifier(Protocol):
    db: AsyncSession
    now: datetime
    services: Services

    async def notify(self, person_id: int, *, kind: str, key: str, message: Outbound,
                     **options: Any) -> bool: ...


def parse_offsets(raw: str) -> list[tuple[str, timedelta]]:
    """"24h,2h" → [("24h", 24 hours), ("2h", 2 hours)], longest first; bad parts raise."""
    found = []
    for part in raw.split(","):
        if not part.strip():
            continue
        match = _OFFSET.match(part)
        if match is None:
            raise ValueError(f"bad reminder offset {part!r}: use e.g. 24h, 90m or 2d")
        amount, unit = int(match.group(1)), match.group(2)
        found.append((f"{amount}{unit}", timedelta(**{_UNITS[unit]: amount})))
    return sorted(found, key=lambda item: item[1], reverse=True)


def managed_since(settings: Any, now: datetime) -> datetime:
    """Hosts and coordinators see meetings that started after this moment: the attendance
    window (MEETING_ATTENDANCE_WINDOW) back from now."""
    window = parse_offsets(settings.meeting_attendance_window)
    return now - (window[0][1] if window else timedelta())


def check_in_open(meeting: Meeting, settings: Any, now: datetime) -> bool:
    """Marking who came: from an hour before the start until the window closes."""
    return (meeting.starts_at - CHECK_IN_FROM <= now
            and meeting.starts_at > managed_since(settings, now))


def translator(services: Services, person: Person) -> Translator:
    return services.localizer.bind(person.language, person.address_form)


async def tell(n: Notifier, person_id: int, *, kind: str, key: str,
               text: Any, choices: Sequence[Choice] = (), document: Document | None = None,
               **options: Any) -> bool:
    """Queue a message in the recipient's own language; `text(t)` builds it."""
    person = await n.db.get(Person, person_id)
    if person is None:
        return False
    t = translator(n.services, person)
    message = Outbound(text=text(t), choices=tuple(choices), document=document,
                       language=person.language)
    return await n.notify(person_id, kind=kind, key=key, message=message, **options)


def name_of(t: Translator, person: Person | None) -> str:
    if person is None or not person.display_name:
        return t("meeting-someone")
    return person.display_name


# --- confirmations ------------------------------------------------------------------------

def confirmation_text(t: Translator, meeting: Meeting, settings: Any, now: datetime) -> str:
    return "\n\n".join([t("meeting-confirmed"),
                        mt.details(t, meeting, settings.timezone, now, show_address=True,
                                   holds_place=True)])


def calendar_file(t: Translator, meeting: Meeting, settings: Any, now: datetime) -> Document:
    return invitation(meeting, timezone=settings.timezone, place=mt.place(meeting, t.language),
                      now=now, description=meeting.site or "")


async def note_attendance(db: AsyncSession, person_id: int, value: str, now: datetime) -> None:
    """The `house_meeting` segment field: signed_up, then attended (never downgraded)."""
    current = (await attributes.values_of(db, person_id)).get(ATTENDANCE_FIELD, [])
    if "attended" in current and value != "attended":
        return
    await attributes.set_values(db, person_id, ATTENDANCE_FIELD, [value], now)


async def tell_host(n: Notifier, meeting: Meeting, person_id: int, event: str,
                    seats: int) -> None:
    """The host hears of every sign-up, waitlisting and cancellation."""
    host = meeting.host_person_id
    if host is None or host == person_id:
        return
    person = await n.db.get(Person, person_id)
    stamp = int(n.now.timestamp())

    def text(t: Translator) -> str:
        return t(f"meeting-host-{event}", name=name_of(t, person), seats=seats,
                 title=meeting.title, fill=mt.fill(meeting))

    await tell(n, host, kind="meeting.host", text=text,
               key=f"meeting:{meeting.id}:host:{host}:{event}:person:{person_id}:{stamp}")


async def tell_promoted(n: Notifier, meeting: Meeting, promoted: Sequence[Signup]) -> None:
    """Whoever moved up from the waitlist gets the seat, the address and the calendar file."""
    settings = n.services.settings
    for signup in promoted:
        base = f"meeting:{meeting.id}:promoted:person:{signup.person_id}:{int(n.now.timestamp())}"

        def text(t: Translator) -> str:
            return "\n\n".join([t("meeting-promoted"), mt.details(
                t, meeting, settings.timezone, n.now, show_address=True, holds_place=True)])

        await tell(n, signup.person_id, kind="meeting.promoted", key=base, text=text,
                   expires_at=meeting.starts_at)
        person = await n.db.get(Person, signup.person_id)
        if person is not None:
            t = translator(n.services, person)
            await tell(n, signup.person_id, kind="meeting.promoted", key=f"{base}:ics",
                       text=lambda t: t("meeting-calendar-caption"),
                       document=calendar_file(t, meeting, settings, n.now),
                       expires_at=meeting.starts_at)
            await note_attendance(n.db, signup.person_id, "signed_up", n.now)
        await tell_host(n, meeting, signup.person_id, "promoted", signup.seats)


async def after_withdraw(n: Notifier, meeting: Meeting, signup: Signup,
                         promoted: Sequence[Signup]) -> None:
    await tell_host(n, meeting, signup.person_id, "cancelled", signup.seats)
    await tell_promoted(n, meeting, promoted)


# --- scheduling ---------------------------------------------------------------------------

async def schedule_jobs(n: Notifier, meeting: Meeting) -> None:
    """Reminders at each configured offset still ahead, and the feedback request after.

    The first reminder still ahead asks "still coming?": it leaves the most time to free a
    seat for the waitlist. With the default 24h,2h a meeting published the same day asks at
    2h; one published days ahead asks at 24h and just reminds at 2h.
    """
    settings = n.services.settings
    asked = False
    for label, offset in parse_offsets(settings.meeting_reminder_offsets):
        due = meeting.starts_at - offset
        if due <= n.now:
            continue
        ask, asked = not asked, True
        key = f"reminder:meeting:{meeting.id}:{label}:r{meeting.revision}"
        await outbox_repo.schedule(
            n.db, kind=REMINDER_JOB, key=key,
            due_at=due, now=n.now, expires_at=meeting.starts_at,
            payload={"meeting_id": meeting.id, "label": label, "revision": meeting.revision,
                     "ask": ask})
    ends = meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
    after = parse_offsets(settings.meeting_feedback_after)
    await outbox_repo.schedule(
        n.db, kind=FEEDBACK_JOB, key=f"feedback:meeting:{meeting.id}:r{meeting.revision}",
        due_at=ends + (after[0][1] if after else timedelta()), now=n.now,
        payload={"meeting_id": meeting.id, "revision": meeting.revision})


async def unschedule(n: Notifier, meeting_id: int, reason: str) -> None:
    for prefix in (f"reminder:meeting:{meeting_id}:", f"feedback:meeting:{meeting_id}:"):
        await outbox_repo.cancel_scheduled(n.db, key_prefix=prefix, now=n.now, reason=reason)


# --- meeting-wide changes -----------------------------------------------------------------

async def cancel(n: Notifier, meeting: Meeting) -> int:
    """Cancel the meeting, drop its reminders and tell everyone who signed up or waited."""
    affected = await repo.cancel_meeting(n.db, meeting.id, n.now)
    await unschedule(n, meeting.id, "meeting cancelled")
    settings = n.services.settings
    for signup in affected:
        await tell(n, signup.person_id, kind="meeting.cancelled",
                   key=f"meeting:{meeting.id}:cancelled:person:{signup.person_id}",
                   text=lambda t: t("meeting-cancelled-notice", title=meeting.title,
                                    when=mt.when(meeting.starts_at, t.language,
                                                 settings.timezone)),
                   urgent=True)
    return len(affected)


async def announce_change(n: Notifier, meeting: Meeting) -> int:
    """A new time or place: bump the revision, reschedule, tell everyone (new .ics to those
    with a seat)."""
    meeting.revision += 1
    meeting.updated_at = n.now
    await n.db.flush()
    await unschedule(n, meeting.id, "meeting changed")
    await schedule_jobs(n, meeting)
    settings = n.services.settings
    told = 0
    for signup in await repo.signups(n.db, meeting.id, (CONFIRMED, WAITLISTED)):
        confirmed = signup.status == CONFIRMED
        key = f"meeting:{meeting.id}:changed:r{meeting.revision}:person:{signup.person_id}"

        def text(t: Translator, confirmed: bool = confirmed) -> str:
            return "\n\n".join([t("meeting-changed-notice"), mt.details(
                t, meeting, settings.timezone, n.now, show_address=confirmed,
                holds_place=True)])

        await tell(n, signup.person_id, kind="meeting.changed", key=key, text=text,
                   urgent=True)
        person = await n.db.get(Person, signup.person_id)
        if confirmed and person is not None:
            t = translator(n.services, person)
            await tell(n, signup.person_id, kind="meeting.changed", key=f"{key}:ics",
                       text=lambda t: t("meeting-calendar-caption"),
                       document=calendar_file(t, meeting, settings, n.now))
        told += 1
    return told


async def make_host(n: Notifier, meeting: Meeting, person_id: int) -> None:
    meeting.host_person_id = person_id
    meeting.updated_at = n.now
    settings = n.services.settings
    await tell(n, person_id, kind="meeting.host",
               key=f"meeting:{meeting.id}:host-assigned:person:{person_id}",
               text=lambda t: t("meeting-host-assigned", title=meeting.title,
                                when=mt.when(meeting.starts_at, t.language, settings.timezone)))


async def create(n: Notifier, values: dict[str, Any], created_by: int | None) -> Meeting:
    """Publish a meeting: the row, its reminders and feedback request, and the host's notice."""
    host = values.pop("host_person_id", None)
    meeting = Meeting(**values, seats_taken=0, status="open", revision=1,
                      created_by=created_by, created_at=n.now, updated_at=n.now)
    n.db.add(meeting)
    await n.db.flush()
    await schedule_jobs(n, meeting)
    if host is not None:
        await make_host(n, meeting, host)
    return meeting
