"""A change of time is announced and reminders move; cancelling tells everyone; the digest
section lists meetings with seats in the person's regions."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.delivery.scheduler import Scheduler
from conversations.engine.registry import DigestRequest
from conversations.meetings import ops
from conversations.meetings.commands import _Notifier
from conversations.meetings.hooks import digest_lines
from storage import attributes
from storage import meetings as repo
from storage.models import OutboxMessage, Person, ScheduledItem


async def _setup(core):  # type: ignore[no-untyped-def]
    now = core.clock.now()
    async with core.db.transaction() as db:
        noa, avi = Person(language="he", address_form="f"), Person(language="en")
        db.add_all([noa, avi])
        await db.flush()
        n = _Notifier(db, now, core.services)
        meeting = await ops.create(n, {
            "title": "Ofakim evening", "site": "", "locality": "אופקים", "region": "negev",
            "starts_at": now + timedelta(days=5), "duration_minutes": 120,
            "address": "HaNasi 5", "capacity": 1, "language": "he", "notes": ""}, None)
        await repo.take_seats(db, meeting.id, noa.id, 1, now)
        await repo.take_seats(db, meeting.id, avi.id, 1, now, waitlist=True)
        return meeting.id, noa.id, avi.id


async def test_a_new_time_is_announced_and_reminders_move(core):
    meeting_id, noa, avi = await _setup(core)
    clock = core.clock
    async with core.db.transaction() as db:
        meeting = await repo.get(db, meeting_id)
        old_start = meeting.starts_at
        meeting.starts_at = old_start + timedelta(days=2)
        told = await ops.announce_change(_Notifier(db, clock.now(), core.services), meeting)
    assert told == 2
    async with core.db.transaction() as db:
        rows = list(await db.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "meeting.changed").order_by(OutboxMessage.id)))
        by_person = {(r.person_id, bool(r.payload["document"])) for r in rows}
        assert by_person == {(noa, False), (noa, True), (avi, False)}
        noa_text = next(r for r in rows if r.person_id == noa and not r.payload["document"])
        avi_text = next(r for r in rows if r.person_id == avi)
        assert "HaNasi 5" in noa_text.payload["text"]
        assert "HaNasi 5" not in avi_text.payload["text"]  # waitlisted: no address
        assert avi_text.payload["text"].startswith("✏️ Please note")
        states = {r.key: r.state for r in await db.scalars(select(ScheduledItem))}
        assert states[f"reminder:meeting:{meeting_id}:24h:r1"] == "cancelled"
        assert states[f"reminder:meeting:{meeting_id}:24h:r2"] == "pending"
    clock.set(old_start - timedelta(hours=24))  # the old moment: nothing is due any more
    assert await Scheduler(core.db, core.services, clock).tick() == 0
    clock.set(old_start + timedelta(days=2) - timedelta(hours=24))
    assert await Scheduler(core.db, core.services, clock).tick() == 1
    async with core.db.transaction() as db:
        reminder = await db.scalar(select(OutboxMessage).where(
            OutboxMessage.kind == "meeting.reminder"))
        assert reminder.key == f"reminder:meeting:{meeting_id}:person:{noa}:24h:r2"
        assert reminder.expires_at == old_start + timedelta(days=2)


async def test_cancelling_a_meeting_tells_everyone_and_drops_reminders(core):
    meeting_id, noa, avi = await _setup(core)
    async with core.db.transaction() as db:
        meeting = await repo.get(db, meeting_id)
        assert await ops.cancel(_Notifier(db, core.clock.now(), core.services), meeting) == 2
    async with core.db.transaction() as db:
        told = set(await db.scalars(select(OutboxMessage.person_id).where(
            OutboxMessage.kind == "meeting.cancelled")))
        assert told == {noa, avi}
        pending = list(await db.scalars(select(ScheduledItem).where(
            ScheduledItem.state == "pending")))
        assert pending == []


async def test_digest_lists_meetings_with_seats_in_my_regions(core):
    meeting_id, _noa, avi = await _setup(core)
    localizer = core.services.localizer
    async with core.db.transaction() as db:
        request = DigestRequest(db=db, person_id=avi, language="en",
                                translate=localizer.bind("en", None), now=core.clock.now(),
                                zone=core.settings.timezone)
        assert await digest_lines(request) == []  # no interests yet
        await attributes.set_values(db, avi, "region_interest", ["negev"], core.clock.now())
        assert await digest_lines(request) == []  # the one meeting is full
        await repo.set_capacity(db, meeting_id, 3, core.clock.now())  # promotes Avi
        [line] = await digest_lines(request)
        assert "Ofakim evening" in line and "· Ofakim:" in line and "1 seats" not in line
