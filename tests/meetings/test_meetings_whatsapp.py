"""House meetings end to end over WhatsApp, through the real webhook app and the Twilio
stand-in: imported from CSV → browse → sign up with a party size → address and the .ics fetched
from /media/<token> → waitlist → a cancellation promotes the next person → the day-before
reminder once each, numbered (a template outside the 24-hour window) → "2" from inside another
flow frees the seat for the waitlist → feedback and a lead stored."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import select

from bot.delivery.scheduler import Scheduler
from conversations.meetings.commands import import_meetings
from standins.twilio_api import SentMessage, TwilioStandIn
from storage import meetings as repo
from storage.meetings_models import CANCELLED, CONFIRMED, WAITLISTED, Feedback, Lead, Meeting
from storage.models import Identity, OutboxMessage
from tests.support.paths import ROOT
from tests.support.person import Person, on_whatsapp
from tests.support.whatsapp import PUBLIC_BASE_URL, RunningWhatsApp, running_whatsapp
from tests.timeline import START, hebrew_day_month, israel

NOA, AVI, RANA, YOSSI = "+972502345678", "+972547654321", "+972523334444", "+972509999999"
STARTS = START + timedelta(days=7, hours=7, minutes=30)  # Tuesday 19:30 in Jerusalem
WHEN = f"יום ג׳, {hebrew_day_month(STARTS)}, 19:30"
TITLE = "ערב היכרות עם גרעין אופקים"
REMINDER_TEMPLATE, ANY_TEMPLATE = "HX" + "7" * 32, "HX" + "8" * 32
TEMPLATES = {"meeting.reminder": {"he": REMINDER_TEMPLATE}, "*": {"he": ANY_TEMPLATE}}
CSV = ("title,site,locality,starts_at,duration_minutes,capacity,address,host,language,notes\n"
       f"{TITLE},גרעין אופקים,Ofakim,{israel(STARTS):%Y-%m-%d %H:%M},120,3,\"הנשיא 5, אופקים\","
       f"wa:{YOSSI},he,\n")


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def sign_up(chat: Person, party: str, name: str, *, waitlist: bool = False
                  ) -> list[SentMessage]:
    """From first contact: browse the Negev, open the meeting, sign up (or wait)."""
    await chat.onboard()
    [regions] = await chat.say("חוגי בית")
    [listing] = await chat.tap("הנגב והדרום", on=regions)
    [label] = [option for option in listing.options if WHEN in option]
    [details] = await chat.tap(label)
    assert "הנשיא" not in details.text  # no address before a confirmed seat
    [size] = await chat.say("רשימת ההמתנה" if waitlist else "הרשמה")
    assert size.options[0] == "1"  # as many as the seats left allow
    await chat.say(party)
    return await chat.say(name, expect=2 if waitlist else 3)


async def fetch_ics(bot: RunningWhatsApp, message: SentMessage) -> Calendar:
    """Fetch the document the way Twilio does, from the URL in the message."""
    [url] = message.media_urls
    assert url.startswith(PUBLIC_BASE_URL + "/media/")
    async with httpx.AsyncClient() as client:
        fetched = await client.get(bot.server.url + url.removeprefix(PUBLIC_BASE_URL))
    assert fetched.status_code == 200
    assert fetched.headers["content-type"].startswith("text/calendar")
    assert "meeting.ics" in fetched.headers["content-disposition"]
    return Calendar.from_ical(fetched.content)


async def person_id(bot: RunningWhatsApp, phone: str) -> int:
    async with bot.core.db.transaction() as db:
        return await db.scalar(select(Identity.person_id).where(Identity.user_id == phone))


async def test_house_meeting_end_to_end_on_whatsapp(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock,
                                whatsapp_templates=TEMPLATES) as bot:
        scheduler = Scheduler(bot.core.db, bot.core.services, clock)
        yossi = on_whatsapp(bot, YOSSI, form="m")
        await yossi.onboard()
        async with bot.core.db.transaction() as db:  # what `kehila meetings import` runs
            report = await import_meetings(db, bot.core.services, CSV, clock.now())
        assert report.errors == [] and len(report.created) == 1
        await bot.delivery().run_once()
        assert yossi.last.text.startswith("🔑 אתה המארח")

        noa = on_whatsapp(bot, NOA)
        confirmed, ics, menu = await sign_up(noa, "2", "נועה")
        assert confirmed.text.startswith("נרשמת!") and "הנשיא 5, אופקים" in confirmed.text
        assert "נשאר מקום אחד" in confirmed.text
        assert menu.text.startswith("מה תרצי לעשות?")
        calendar = await fetch_ics(bot, ics)
        event = calendar.walk("VEVENT")[0]
        start = event.decoded("dtstart")
        assert str(start.tzinfo) == "Asia/Jerusalem" and start == STARTS
        assert (start.hour, start.minute) == (19, 30)
        assert calendar.walk("VTIMEZONE")
        assert "הנשיא 5" in str(event.get("location"))

        avi = on_whatsapp(bot, AVI, form="m")
        await sign_up(avi, "1", "אבי")  # the last seat
        rana = on_whatsapp(bot, RANA)
        waiting, _menu = await sign_up(rana, "1", "ראנה", waitlist=True)
        assert "רשימת ההמתנה (מקום 1)" in waiting.text and "הנשיא" not in waiting.text
        await bot.delivery().run_once()
        host_texts = [m.text for m in yossi.received]
        assert any(t.startswith("✋ הרשמה חדשה") and "נועה" in t and "2 מקומות" in t
                   for t in host_texts)
        assert any(t.startswith("⏳ לרשימת ההמתנה") and "ראנה" in t for t in host_texts)

        # Avi cancels from "my meetings": Rana moves up and is told, with the address and .ics
        [mine] = await avi.say("החוגים שלי")
        [signup] = [option for option in mine.options if option.startswith("✅")]
        await avi.tap(signup)
        [sure] = await avi.say("ביטול ההרשמה")
        await avi.tap("כן, לבטל", expect=2, on=sure)
        before = len(rana.received)
        await bot.delivery().run_once()
        promoted, promoted_ics = rana.received[before:]
        assert promoted.text.startswith("התפנה מקום") and "הנשיא 5" in promoted.text
        assert (await fetch_ics(bot, promoted_ics)).walk("VEVENT")[0].decoded("dtstart") \
            == STARTS
        # Avi changes his mind: the meeting is full again, so he waits
        [regions] = await avi.say("חוגי בית")
        [listing] = await avi.tap("הנגב והדרום", on=regions)
        await avi.tap(next(o for o in listing.options if WHEN in o))
        await avi.say("רשימת ההמתנה")
        waiting, _menu = await avi.say("1", expect=2)  # his name is remembered
        assert waiting.text.startswith("נכנסת לרשימת ההמתנה (מקום 1)")

        # the day before: Rana is in the middle of changing her language; Noa has been quiet
        clock.set(STARTS - timedelta(hours=24, minutes=10))
        [language] = await rana.say("שפה ואופן פנייה")
        assert "עברית" in language.options
        clock.set(STARTS - timedelta(hours=24))
        counts = {chat.transport.phone: len(chat.received) for chat in (noa, avi, rana)}
        assert await scheduler.tick() == 1
        await bot.delivery().run_once()
        clock.advance(timedelta(minutes=5))
        assert await scheduler.tick() == 0  # once
        await bot.delivery().run_once()
        [rana_reminder] = rana.received[counts[RANA]:]
        assert rana_reminder.text.startswith("⏰ תזכורת: החוג מחר!")
        assert rana_reminder.options == ["✅ מגיעה", "❌ לא אוכל להגיע"]
        [noa_reminder] = noa.received[counts[NOA]:]  # outside her window: the template
        assert noa_reminder.content_sid == REMINDER_TEMPLATE and noa_reminder.body is None
        reminder_text = json.loads(noa_reminder.content_variables)["1"]
        assert reminder_text.startswith("⏰ תזכורת: החוג מחר!")
        assert reminder_text.endswith("1. ✅ מגיעה · 2. ❌ לא אוכל להגיע")
        assert avi.received[counts[AVI]:] == []  # waiting, not reminded

        # "2" answers the reminder, not the language question; then the question comes back
        freed, resume, language = await rana.say("2", expect=3)
        assert freed.text.startswith("ההרשמה בוטלה")
        assert resume.text.startswith("ממשיכים") and "עברית" in language.options
        await noa.say("1", expect=2)  # "coming", answered to the template
        before = len(avi.received)
        await bot.delivery().run_once()
        # the freed seat went to the waitlist: Avi, quiet for days, gets the template; the
        # calendar file cannot ride in a template, so it is held with the reason, not dropped
        [avi_promoted] = avi.received[before:]
        assert avi_promoted.content_sid == ANY_TEMPLATE and not avi_promoted.media_urls
        promoted_text = json.loads(avi_promoted.content_variables)["1"]
        assert promoted_text.startswith("התפנה מקום") and "הנשיא 5, אופקים" in promoted_text
        async with bot.core.db.transaction() as db:
            held = await db.scalar(select(OutboxMessage).where(
                OutboxMessage.kind == "meeting.promoted", OutboxMessage.state == "held"))
        assert "meeting.ics" in held.reason and "24-hour window" in held.reason
        noa_id, avi_id, rana_id = [await person_id(bot, p) for p in (NOA, AVI, RANA)]
        async with bot.core.db.transaction() as db:
            meeting = await db.scalar(select(Meeting))
            assert meeting.seats_taken == 3
            signups = {s.person_id: s for s in await repo.signups(
                db, meeting.id, (CONFIRMED, WAITLISTED, CANCELLED))}
            assert signups[rana_id].status == CANCELLED
            assert signups[avi_id].status == CONFIRMED
            assert signups[noa_id].reconfirmed_at is not None

        clock.set(STARTS - timedelta(hours=2))
        assert await scheduler.tick() == 1
        await bot.delivery().run_once()
        reminders = {chat.transport.phone: [m for m in chat.received
                                  if (m.body or m.content_variables or "").find("⏰") >= 0]
                     for chat in (noa, avi, rana)}
        assert [len(reminders[p]) for p in (NOA, AVI, RANA)] == [2, 1, 1]
        assert reminders[NOA][1].text.startswith("⏰ תזכורת: נפגשים בקרוב")  # in her window

        # afterwards: feedback by numbers, a comment, and a lead
        clock.set(STARTS + timedelta(hours=3, minutes=1))
        assert await scheduler.tick() == 1
        await bot.delivery().run_once()
        ask = noa.last
        assert ask.content_sid == ANY_TEMPLATE  # 27 hours since Noa last wrote
        asked = json.loads(ask.content_variables)["1"]
        assert asked.startswith(f"איך היה ב„{TITLE}")
        assert asked.endswith("1. ⭐ · 2. ⭐⭐ · 3. ⭐⭐⭐ · 4. ⭐⭐⭐⭐ · 5. ⭐⭐⭐⭐⭐")
        await noa.say("4")  # "rate from 1 to 5": the number typed is the score
        _thanks, lead = await noa.say("היה מרגש", expect=2)
        assert "מתגבשת בנגב ובדרום?" in lead.text
        await noa.tap("כן, לעדכן", expect=2, on=lead)
        async with bot.core.db.transaction() as db:
            feedback = await db.scalar(select(Feedback))
            assert (feedback.person_id, feedback.score, feedback.comment) == (
                noa_id, 4, "היה מרגש")
            assert (await db.scalar(select(Lead))).person_id == noa_id
            kinds = set(await db.scalars(select(OutboxMessage.kind)))
        documented_kinds_are_the_real_ones(kinds)


def documented_kinds_are_the_real_ones(kinds: set[str]) -> None:
    """.env.example's WHATSAPP_TEMPLATES example and kind list name kinds the bot really uses."""
    lines = (ROOT / ".env.example").read_text("utf-8").splitlines()
    [example] = [line for line in lines if line.startswith("#   WHATSAPP_TEMPLATES=")]
    assert set(json.loads(example.partition("=")[2])) - {"*"} <= kinds
    start = next(i for i, line in enumerate(lines) if line.startswith("# Kinds: "))
    listed = " ".join(lines[start:start + 2]).replace("#", " ").removeprefix("  Kinds: ")
    assert kinds <= {kind.strip(" .") for kind in listed.split(",")}
