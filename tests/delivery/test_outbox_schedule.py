"""Timed work with a controllable clock: once at the right time, across restarts and downtime,
pointless items skipped, and quiet hours on a real Friday evening and holiday eve (hdate)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from hdate import HDateInfo

from bot.app import create_core
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.domain.types import Outbound
from conversations.engine.jobs import JobContext
from storage import outbox
from storage.models import ScheduledItem
from tests.support.outbox import RecordingSender, add_person, outbox_rows, scheduled_rows
from tests.support.quiet_days import friday, holiday_eve, zmanim
from tests.support.settings import make_settings

TZ = ZoneInfo("Asia/Jerusalem")
NOA = 1001


async def remind(job: JobContext, item: ScheduledItem) -> None:
    """A reminder job as a feature writes it: one message to the item's person."""
    assert item.person_id is not None
    await job.notify(item.person_id, kind="reminder", key=f"msg:{item.key}",
                     message=Outbound(text=item.payload["text"]))


def workers(core, sender: RecordingSender, *, quiet: bool = False):  # type: ignore[no-untyped-def]
    """A fresh scheduler and delivery worker, as a newly started process would have."""
    if "test.remind" not in core.services.registry.jobs:
        core.services.registry.add_job("test.remind", remind)
    scheduler = Scheduler(core.db, core.services, core.clock, quiet_hours=quiet)
    delivery = Delivery(core.db, core.clock, {"telegram": sender}, settings=core.settings,
                        quiet_hours=quiet)
    return scheduler, delivery


async def step(core, sender: RecordingSender, *, quiet: bool = False) -> None:  # type: ignore[no-untyped-def]
    scheduler, delivery = workers(core, sender, quiet=quiet)
    await scheduler.tick()
    while await delivery.run_once():
        pass


async def test_a_reminder_fires_once_at_its_time(core, clock):
    sender = RecordingSender()
    due = clock.now() + timedelta(hours=5)
    async with core.db.transaction() as db:
        noa = await add_person(db, NOA, clock.now())
        assert await outbox.schedule(db, kind="test.remind", key="meeting:9:noa:2h", due_at=due,
                                     now=clock.now(), person_id=noa, payload={"text": "soon"})
        assert not await outbox.schedule(db, kind="test.remind", key="meeting:9:noa:2h",
                                         due_at=due, now=clock.now(), person_id=noa)
    clock.set(due - timedelta(minutes=1))
    await step(core, sender)
    assert sender.sent == []
    clock.set(due)
    await step(core, sender)
    await step(core, sender)
    clock.advance(timedelta(days=1))
    await step(core, sender)
    assert sender.sent == [(str(NOA), "soon")]
    [item] = await scheduled_rows(core.db)
    [row] = await outbox_rows(core.db)
    assert item.state == "done" and row.state == "sent" and row.sent_at == due


async def test_restart_between_scheduling_and_due_time(database_url, clock):
    settings = make_settings(database_url)
    first = await create_core(settings, clock=clock)
    async with first.db.transaction() as db:
        noa = await add_person(db, NOA, clock.now())
        await outbox.schedule(db, kind="test.remind", key="r1", due_at=clock.now()
                              + timedelta(hours=1), now=clock.now(), person_id=noa,
                              payload={"text": "one"})
    await step(first, RecordingSender())
    await first.close()  # the process stops; a new one starts on the same database
    clock.advance(timedelta(hours=1))
    second = await create_core(settings, clock=clock)
    sender = RecordingSender()
    try:
        await step(second, sender)
        await step(second, sender)
    finally:
        await second.close()
    assert sender.sent == [(str(NOA), "one")]


async def test_downtime_then_catch_up_skips_what_became_pointless(core, clock):
    sender = RecordingSender()
    start = clock.now()
    async with core.db.transaction() as db:
        noa = await add_person(db, NOA, start)
        meeting = start + timedelta(hours=3)
        await outbox.schedule(db, kind="test.remind", key="day-before", now=start,
                              due_at=start + timedelta(hours=1), expires_at=meeting,
                              person_id=noa, payload={"text": "tomorrow"})
        await outbox.schedule(db, kind="test.remind", key="feedback", now=start,
                              due_at=start + timedelta(hours=2), person_id=noa,
                              payload={"text": "how was it?"})
        await outbox.enqueue(db, person_id=noa, kind="offer", key="offer:3:noa", now=start,
                             message=Outbound(text="a family needs help"),
                             expires_at=start + timedelta(hours=4))
        await outbox.enqueue(db, person_id=noa, kind="digest", key="digest:1:noa", now=start,
                             message=Outbound(text="this week"))
    clock.advance(timedelta(hours=5))  # the bot was down; both reminders fell due meanwhile
    await step(core, sender)
    assert sender.sent == [(str(NOA), "this week"), (str(NOA), "how was it?")]
    items = {item.key: item for item in await scheduled_rows(core.db)}
    assert items["day-before"].state == "skipped"
    assert items["day-before"].reason == "expired before it ran"
    assert items["feedback"].state == "done"
    rows = {row.key: row for row in await outbox_rows(core.db)}
    assert rows["offer:3:noa"].state == "skipped"
    assert rows["offer:3:noa"].reason == "expired before it could be sent"


async def test_job_can_declare_itself_pointless(core, clock):
    async def meeting_reminder(job: JobContext, item: ScheduledItem) -> None:
        job.skip("the meeting was cancelled")

    core.services.registry.add_job("test.cancelled", meeting_reminder)
    async with core.db.transaction() as db:
        noa = await add_person(db, NOA, clock.now())
        await outbox.schedule(db, kind="test.cancelled", key="m", due_at=clock.now(),
                              now=clock.now(), person_id=noa)
    await step(core, RecordingSender())
    [item] = await scheduled_rows(core.db)
    assert (item.state, item.reason) == ("skipped", "the meeting was cancelled")


async def test_friday_evening_message_waits_for_havdalah(core, clock):
    day = friday()
    lighting = zmanim(day).candle_lighting
    havdalah = zmanim(day + timedelta(days=1)).havdalah
    assert lighting is not None and havdalah is not None
    clock.set(lighting + timedelta(minutes=30))
    sender = RecordingSender()
    async with core.db.transaction() as db:
        noa = await add_person(db, NOA, clock.now())
        await outbox.enqueue(db, person_id=noa, kind="digest", key="digest:noa",
                             now=clock.now(), message=Outbound(text="weekly digest"))
        await outbox.enqueue(db, person_id=noa, kind="alert", key="alert:noa", urgent=True,
                             now=clock.now(), message=Outbound(text="road closed"))
    await step(core, sender, quiet=True)
    assert sender.sent == [(str(NOA), "road closed")]  # urgent goes through
    [digest] = [r for r in await outbox_rows(core.db) if r.kind == "digest"]
    assert digest.state == "pending" and abs(digest.not_before - havdalah) < timedelta(minutes=1)
    assert "quiet hours (shabbat" in (digest.reason or "")
    clock.set(havdalah - timedelta(minutes=2))
    await step(core, sender, quiet=True)
    assert len(sender.sent) == 1
    clock.set(havdalah + timedelta(minutes=1))
    await step(core, sender, quiet=True)
    assert sender.sent[-1] == (str(NOA), "weekly digest")


async def test_saturday_reminder_for_a_meeting_before_havdalah_goes_on_friday(core, clock):
    day = friday()
    lighting = zmanim(day).candle_lighting
    assert lighting is not None
    clock.set(datetime.combine(day - timedelta(days=2), time(12), TZ))  # Wednesday
    meeting = datetime.combine(day + timedelta(days=1), time(14), TZ)   # Saturday 14:00
    sender = RecordingSender()
    async with core.db.transaction() as db:
        noa = await add_person(db, NOA, clock.now())
        avi = await add_person(db, 1002, clock.now())
        for person, key in ((noa, "noa"), (avi, "avi")):
            await outbox.schedule(db, kind="test.remind", key=f"meeting:5:{key}:2h",
                                  now=clock.now(), due_at=meeting - timedelta(hours=2),
                                  expires_at=meeting, person_id=person,
                                  payload={"text": "meeting at 14:00"})
    await step(core, sender, quiet=True)  # planned ahead: moved to before candle lighting
    items = await scheduled_rows(core.db)
    assert all(lighting - timedelta(minutes=10) < i.due_at < lighting for i in items)
    assert all("sent before they start" in (i.reason or "") for i in items)
    clock.set(items[0].due_at)
    await step(core, sender, quiet=True)
    assert sorted(sender.sent) == [(str(NOA), "meeting at 14:00"), ("1002", "meeting at 14:00")]
    rows = await outbox_rows(core.db)
    assert all(r.state == "sent" and r.expires_at == meeting for r in rows)


async def test_reminder_found_too_late_inside_shabbat_is_skipped_with_the_reason(core, clock):
    day = friday()
    lighting = zmanim(day).candle_lighting
    assert lighting is not None
    meeting = datetime.combine(day + timedelta(days=1), time(14), TZ)
    sender = RecordingSender()
    clock.set(lighting + timedelta(hours=1))  # the bot came back only after candle lighting
    async with core.db.transaction() as db:
        noa = await add_person(db, NOA, clock.now())
        await outbox.enqueue(db, person_id=noa, kind="reminder", key="late", now=clock.now(),
                             message=Outbound(text="meeting soon"), expires_at=meeting)
    await step(core, sender, quiet=True)
    [row] = await outbox_rows(core.db)
    assert row.state == "skipped" and "no allowed time left" in (row.reason or "")
    assert sender.sent == []


async def test_holiday_eve_and_night_hold_messages_until_allowed(core, clock):
    eve = holiday_eve()
    lighting = zmanim(eve).candle_lighting
    assert lighting is not None
    last_day = HDateInfo(eve + timedelta(days=1)).last_day.gdate
    havdalah = zmanim(last_day).havdalah
    assert havdalah is not None
    clock.set(lighting + timedelta(minutes=5))
    sender = RecordingSender()
    async with core.db.transaction() as db:
        noa = await add_person(db, NOA, clock.now())
        await outbox.enqueue(db, person_id=noa, kind="digest", key="holiday", now=clock.now(),
                             message=Outbound(text="chag sameach"))
    await step(core, sender, quiet=True)
    [row] = await outbox_rows(core.db)
    assert row.state == "pending" and "quiet hours (holiday" in (row.reason or "")
    assert abs(row.not_before - havdalah) < timedelta(minutes=1)
    night = datetime.combine(eve - timedelta(days=1), time(23, 30), TZ)
    clock.set(night)
    async with core.db.transaction() as db:
        avi = await add_person(db, 1002, clock.now())
        await outbox.enqueue(db, person_id=avi, kind="digest", key="night", now=clock.now(),
                             message=Outbound(text="good morning"))
    await step(core, sender, quiet=True)
    night_row = next(r for r in await outbox_rows(core.db) if r.key == "night")
    assert night_row.not_before == datetime.combine(eve, time(8), TZ)
    assert sender.sent == []


async def test_a_community_with_quiet_hours_off_gets_messages_on_shabbat(database_url, clock):
    settings = make_settings(database_url, quiet_hours_regions={"center": "off"})
    core = await create_core(settings, clock=clock)
    try:
        clock.set(datetime.combine(friday(), time(21), TZ))
        sender = RecordingSender()
        async with core.db.transaction() as db:
            dana = await add_person(db, 7001, clock.now(), region="center")
            noa = await add_person(db, NOA, clock.now(), region="negev")
            for person in (dana, noa):
                await outbox.enqueue(db, person_id=person, kind="digest", key=f"d:{person}",
                                     now=clock.now(), message=Outbound(text="hi"))
        await step(core, sender, quiet=True)
        assert sender.sent == [("7001", "hi")]
    finally:
        await core.close()
