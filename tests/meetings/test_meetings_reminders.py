"""Reminders say the real day, in the organisation's time zone, and the first reminder still
ahead is the one that asks "still coming?" (issue 20).

A meeting published the same day used to get only the 2-hour reminder, which never asked, so a
seat nobody would use was never freed; and the asking reminder said "tomorrow" whatever day
the meeting was.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.meetings.commands import import_meetings
from locales import Localizer
from standins.telegram_api import Sent
from standins.twilio_api import TwilioStandIn
from storage.meetings_models import Meeting
from tests.support.person import Person, on_telegram, on_whatsapp
from tests.support.telegram import RunningBot, running_bot
from tests.support.whatsapp import running_whatsapp
from tests.timeline import START, israel

NOA, RANA = 1101, 1102
HEADER = "title,site,locality,starts_at,duration_minutes,capacity,address,host,language,notes\n"


def csv_for(title: str, starts: datetime, capacity: int = 1) -> str:
    return HEADER + (f"{title},גרעין אופקים,Ofakim,{israel(starts):%Y-%m-%d %H:%M},120,"
                     f"{capacity},\"הנשיא 5, אופקים\",,he,\n")


async def publish(core, csv: str) -> None:  # type: ignore[no-untyped-def]
    """What `kehila meetings import` runs."""
    async with core.db.transaction() as db:
        report = await import_meetings(db, core.services, csv, core.clock.now())
    assert report.errors == [], report.errors


async def sign_up(person: Person, title: str, name: str, *, waitlist: bool = False) -> None:
    await person.onboard()
    await person.tap(person.t("menu-meetings"))
    await person.tap(person.t("region-negev"))
    await person.tap(title)
    await person.tap(person.t("meeting-join-waitlist" if waitlist else "meeting-sign-up"))
    await person.tap("1")
    await person.say(name, expect=2 if waitlist else 3)


async def reminders_at(bot: RunningBot, clock: FakeClock, moment: datetime) -> None:
    """Move the clock, run what is due (one reminder job) and deliver it."""
    clock.set(moment)
    assert await Scheduler(bot.core.db, bot.core.services, clock).tick() == 1
    await Delivery(bot.core.db, clock, {"telegram": bot.channel}).run_once()


def reminders(person: Person[Sent]) -> list[Sent]:
    return [m for m in person.received if m.text.startswith("⏰")]


async def test_tonights_meeting_asks_today_at_the_two_hour_reminder_and_frees_the_seat(
        database_url, api, clock):
    starts = START + timedelta(hours=9, minutes=3)  # 21:03 in Jerusalem, the same day
    title = "ערב היכרות הערב"
    async with running_bot(database_url, api, clock=clock) as bot:
        await publish(bot.core, csv_for(title, starts))
        noa, rana = on_telegram(api, NOA), on_telegram(api, RANA)
        await sign_up(noa, title, "נועה")
        await sign_up(rana, title, "ראנה", waitlist=True)

        await reminders_at(bot, clock, starts - timedelta(hours=2))
        [reminder] = reminders(noa)
        assert reminder.text.startswith("⏰ תזכורת: החוג היום! את עדיין מגיעה?")
        assert "מחר" not in reminder.text
        assert reminder.labels == ["✅ מגיעה", "❌ לא אוכל להגיע"]
        assert reminders(rana) == []  # waiting, not reminded

        # the answer still frees the seat in time: Rana moves up
        [freed, *_menu] = await noa.tap("❌ לא אוכל להגיע", on=reminder)
        assert freed.text.startswith("ההרשמה בוטלה")
        await Delivery(bot.core.db, clock, {"telegram": bot.channel}).run_once()
        assert any(m.text.startswith("התפנה מקום") for m in rana.received)
        async with bot.core.db.transaction() as db:
            assert (await db.scalar(select(Meeting))).seats_taken == 1


async def test_after_midnight_in_jerusalem_is_tomorrow_though_the_same_day_in_utc(
        database_url, api, clock):
    starts = START + timedelta(hours=12, minutes=30)  # 00:30 on Wednesday in Jerusalem
    assert starts.date() == START.date()  # …still Tuesday in UTC
    title = "חוג אחרי חצות"
    async with running_bot(database_url, api, clock=clock) as bot:
        await publish(bot.core, csv_for(title, starts))
        noa = on_telegram(api, NOA)
        await sign_up(noa, title, "נועה")
        await reminders_at(bot, clock, starts - timedelta(hours=2))  # 22:30 on Tuesday
        [reminder] = reminders(noa)
        assert reminder.text.startswith("⏰ תזכורת: החוג מחר! את עדיין מגיעה?")
        assert reminder.labels == ["✅ מגיעה", "❌ לא אוכל להגיע"]


async def test_a_week_ahead_asks_once_at_24h_and_only_reminds_at_2h(database_url, api, clock):
    starts = START + timedelta(days=7, hours=7, minutes=30)
    title = "חוג בשבוע הבא"
    async with running_bot(database_url, api, clock=clock) as bot:
        await publish(bot.core, csv_for(title, starts, capacity=3))
        noa = on_telegram(api, NOA)
        await sign_up(noa, title, "נועה")
        await reminders_at(bot, clock, starts - timedelta(hours=24))
        await reminders_at(bot, clock, starts - timedelta(hours=2))
        first, second = reminders(noa)
        assert first.text.startswith("⏰ תזכורת: החוג מחר!")
        assert first.labels == ["✅ מגיעה", "❌ לא אוכל להגיע"]
        assert second.text.startswith("⏰ תזכורת: נפגשים בקרוב")
        assert second.labels == []


@pytest.fixture
def whatsapp_api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def test_days_ahead_the_reminder_names_the_weekday_and_date_on_whatsapp(
        database_url, whatsapp_api, clock):
    starts = START + timedelta(days=5, hours=7, minutes=30)  # Sunday 19:30 in Jerusalem
    title = "Ofakim evening"
    async with running_whatsapp(database_url, whatsapp_api, clock=clock,
                                meeting_reminder_offsets="3d,24h") as bot:
        await publish(bot.core, csv_for(title, starts))
        avi = on_whatsapp(bot, "+972541112222", language="en", form="m")
        await sign_up(avi, title, "Avi")
        clock.set(starts - timedelta(days=3, minutes=10))
        await avi.say("menu")  # inside the 24-hour window, so the reminder is plain text
        scheduler = Scheduler(bot.core.db, bot.core.services, clock)
        clock.set(starts - timedelta(days=3))
        assert await scheduler.tick() == 1
        await bot.delivery().run_once()
        [asking] = await avi.receive(1)
        day = f"{israel(starts):%A}, {israel(starts).day} {israel(starts):%B}"
        assert asking.text.startswith(f"⏰ Reminder: the meeting is on {day}! Are you still")
        assert asking.options == ["✅ I'm coming", "❌ I can't come"]
        await avi.say("1", expect=2)  # "coming", then the menu again
        clock.set(starts - timedelta(hours=24, minutes=10))
        await avi.say("menu")
        clock.set(starts - timedelta(hours=24))
        assert await scheduler.tick() == 1
        await bot.delivery().run_once()
        [plain] = await avi.receive(1)
        assert plain.text.startswith("⏰ Reminder: see you soon!") and plain.options == []


@pytest.mark.parametrize("language", ["he", "ar", "en", "ru"])
def test_every_language_says_today_tomorrow_or_the_date(language: str) -> None:
    localizer = Localizer()
    words = {key: localizer.format(language, f"meeting-day-{key}", "f", date="X")
             for key in ("today", "tomorrow", "on")}
    assert len(set(words.values())) == 3 and "X" in words["on"]
    for key, word in words.items():
        text = localizer.format(language, "meeting-reminder-ask", "f", day=word)
        assert word in text
        for other in {"today", "tomorrow"} - {key}:
            assert words[other] not in text, (language, key, text)
