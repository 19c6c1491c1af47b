"""Seats under concurrency, the waitlist, erasure freeing seats, and CSV import — on SQLite and
PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from conversations.meetings.commands import export_tables, import_meetings, write_export
from conversations.meetings.hooks import forget
from storage import meetings as repo
from storage.meetings_models import CONFIRMED, WAITLISTED, Meeting
from storage.models import OutboxMessage, Person, ScheduledItem
from tests.timeline import START, israel


async def _people(core, count: int) -> list[int]:
    async with core.db.transaction() as db:
        people = [Person(language="he", display_name=f"P{i}") for i in range(count)]
        db.add_all(people)
        await db.flush()
        return [p.id for p in people]


async def _meeting(core, capacity: int, **extra) -> int:
    now = core.clock.now()
    async with core.db.transaction() as db:
        meeting = Meeting(title="Ofakim garin", locality="אופקים", region="negev",
                          starts_at=now + timedelta(days=7), capacity=capacity,
                          address="HaNasi 5", **extra)
        db.add(meeting)
        await db.flush()
        return meeting.id


async def _take(core, meeting_id: int, person_id: int, seats: int = 1, waitlist: bool = False):
    async with core.db.transaction() as db:
        return (await repo.take_seats(db, meeting_id, person_id, seats, core.clock.now(),
                                      waitlist=waitlist)).outcome


async def test_only_one_of_many_gets_the_last_seat(core):
    meeting_id = await _meeting(core, capacity=3)
    first, *rivals = await _people(core, 8)
    assert await _take(core, meeting_id, first, seats=2) == "confirmed"
    outcomes = await asyncio.gather(*(_take(core, meeting_id, p) for p in rivals))
    assert sorted(outcomes) == ["confirmed"] + ["full"] * 6
    async with core.db.transaction() as db:
        meeting = await repo.get(db, meeting_id)
        assert meeting.seats_taken == meeting.capacity == 3
        confirmed = await repo.signups(db, meeting_id, (CONFIRMED,))
        assert sum(s.seats for s in confirmed) == 3


async def test_a_party_never_overfills_when_racing_singles(core):
    meeting_id = await _meeting(core, capacity=2)
    people = await _people(core, 4)
    outcomes = await asyncio.gather(_take(core, meeting_id, people[0], seats=2),
                                    *(_take(core, meeting_id, p) for p in people[1:]))
    async with core.db.transaction() as db:
        meeting = await repo.get(db, meeting_id)
        confirmed = await repo.signups(db, meeting_id, (CONFIRMED,))
    assert meeting.seats_taken == sum(s.seats for s in confirmed) <= 2
    assert "confirmed" in outcomes


async def test_cancelling_promotes_the_first_waiting_who_fits(core):
    meeting_id = await _meeting(core, capacity=2)
    noa, avi, rana, dana = await _people(core, 4)
    assert await _take(core, meeting_id, noa) == "confirmed"
    assert await _take(core, meeting_id, avi) == "confirmed"
    assert await _take(core, meeting_id, rana, seats=2, waitlist=True) == "waitlisted"
    assert await _take(core, meeting_id, dana, waitlist=True) == "waitlisted"
    async with core.db.transaction() as db:
        _, promoted = await repo.withdraw(db, meeting_id, noa, core.clock.now())
    assert [s.person_id for s in promoted] == [dana]  # Rana needs two; she keeps her place
    async with core.db.transaction() as db:
        _, promoted = await repo.withdraw(db, meeting_id, avi, core.clock.now())
        assert promoted == []
        _, promoted = await repo.withdraw(db, meeting_id, dana, core.clock.now())
        assert [s.person_id for s in promoted] == [rana]
        assert (await repo.get(db, meeting_id)).seats_taken == 2


async def test_erasing_a_person_frees_the_seat_and_keeps_the_score_anonymous(core):
    meeting_id = await _meeting(core, capacity=1)
    noa, avi = await _people(core, 2)
    await _take(core, meeting_id, noa)
    await _take(core, meeting_id, avi, waitlist=True)
    async with core.db.transaction() as db:
        await repo.save_feedback(db, meeting_id, noa, 4, core.clock.now())
        await forget(db, noa, core.clock.now())
        await db.delete(await db.get(Person, noa))
    async with core.db.transaction() as db:
        assert (await repo.get(db, meeting_id)).seats_taken == 0
        [feedback] = await repo.feedback_rows(db)
        assert feedback.person_id is None and feedback.score == 4
        refill = await db.scalar(select(ScheduledItem).where(ScheduledItem.kind ==
                                                             "meeting.refill"))
        assert refill is not None
    from bot.delivery.scheduler import Scheduler

    assert await Scheduler(core.db, core.services, core.clock).tick() == 1
    async with core.db.transaction() as db:
        [avi_signup] = await repo.signups(db, meeting_id, (CONFIRMED, WAITLISTED))
        assert avi_signup.person_id == avi and avi_signup.status == CONFIRMED
        kinds = set(await db.scalars(select(OutboxMessage.kind)))
        assert kinds == {"meeting.promoted"}


TUESDAY_EVENING = israel(START + timedelta(days=7, hours=7, minutes=30))  # 19:30, a week on
WEDNESDAY_EVENING = TUESDAY_EVENING + timedelta(days=1)
THURSDAY_EVENING = israel(START + timedelta(days=9, hours=8))  # 20:00
CSV_HEADER = ("title,site,locality,starts_at,duration_minutes,capacity,address,host,language,"
              "notes\n")


async def test_import_with_bad_rows_imports_nothing_and_names_each_error(core):
    text = CSV_HEADER + (
        f"Garin Ofakim,Ofakim garin,אופקים,{TUESDAY_EVENING:%Y-%m-%d %H:%M},120,12,HaNasi 5,,he,\n"
        f"No place,,Atlantis,{WEDNESDAY_EVENING:%Y-%m-%d %H:%M},120,10,Somewhere 1,,he,\n"
        "Past,,Sderot,2020-01-01 19:30,90,0,Main 2,tg:555,xx,\n"
        ",,ירוחם,tomorrow,abc,10,,,he,\n")
    async with core.db.transaction() as db:
        report = await import_meetings(db, core.services, text, core.clock.now())
    assert report.created == []
    assert "row 3: locality 'Atlantis' is not a known locality" in report.errors
    row4 = [e for e in report.errors if e.startswith("row 4:")]
    assert any("in the past" in e for e in row4)
    assert any("capacity '0'" in e for e in row4)
    assert any("host 'tg:555'" in e for e in row4)
    assert any("language 'xx'" in e for e in row4)
    row5 = [e for e in report.errors if e.startswith("row 5:")]
    assert {"row 5: title is empty", "row 5: address is empty"} <= set(row5)
    assert any("starts_at 'tomorrow'" in e for e in row5)
    assert not any(e.startswith("row 2:") for e in report.errors)
    async with core.db.transaction() as db:
        assert await db.scalar(select(func.count()).select_from(Meeting)) == 0
        assert await db.scalar(select(func.count()).select_from(ScheduledItem)) == 0


async def test_a_good_import_publishes_and_schedules_reminders(core, tmp_path):
    [host] = await _people(core, 1)
    async with core.db.transaction() as db:
        (await db.get(Person, host)).phone = "+972547654321"
    text = CSV_HEADER + (
        f"Garin Ofakim,Ofakim garin,Ofakim,{TUESDAY_EVENING:%Y-%m-%d %H:%M},120,12,HaNasi 5,"
        "054-7654321,he,\n"
        f"Galilee,,כרמיאל,{THURSDAY_EVENING.day}/{THURSDAY_EVENING.month}/"
        f"{THURSDAY_EVENING.year} 20:00,,8,Hashaked 3,,en,Bring a friend\n")
    async with core.db.transaction() as db:
        report = await import_meetings(db, core.services, text, core.clock.now())
    assert report.errors == [] and len(report.created) == 2
    async with core.db.transaction() as db:
        ofakim = await repo.get(db, report.created[0])
        assert (ofakim.region, ofakim.host_person_id) == ("negev", host)
        assert ofakim.starts_at == TUESDAY_EVENING
        keys = set(await db.scalars(select(ScheduledItem.key)))
        assert f"reminder:meeting:{ofakim.id}:24h:r1" in keys
        assert f"feedback:meeting:{ofakim.id}:r1" in keys
        host_notice = await db.scalar(select(OutboxMessage).where(
            OutboxMessage.person_id == host))
        assert "Garin Ofakim" in host_notice.payload["text"]
        tables = await export_tables(db, "Asia/Jerusalem")
    assert [m["title"] for m in tables["meetings"]] == ["Garin Ofakim", "Galilee"]
    write_export(tables, tmp_path / "m.csv", "csv")
    assert "Garin Ofakim" in (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
