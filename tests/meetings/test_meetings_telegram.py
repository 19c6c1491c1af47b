"""House meetings end to end through the real PTB Application and the stand-in Bot API:
publish → browse → sign up → .ics → waitlist → cancellation promotes → reminders once each →
"can't come" from another flow → feedback → export. Time moves with the FakeClock."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.meetings.commands import export_tables, write_export
from standins.telegram_api import Sent
from storage import attributes
from storage import meetings as repo
from storage.meetings_models import CONFIRMED, Feedback, Lead, Meeting, Signup
from storage.models import Identity
from tests.support.person import Person, on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START, hebrew_day_month, israel

DANA, NOA, AVI, RANA, YOSSI = 7001, 1001, 1002, 1003, 1009
STARTS = START + timedelta(days=7, hours=7, minutes=30)  # Tuesday 19:30 in Jerusalem
WHEN = f"יום ג׳, {hebrew_day_month(STARTS)}, 19:30"


async def person_id(bot, user: int) -> int:  # type: ignore[no-untyped-def]
    async with bot.core.db.transaction() as db:
        return await db.scalar(select(Identity.person_id).where(
            Identity.user_id == str(user)))


async def publish(dana: Person) -> None:
    """Dana, a coordinator, runs the wizard."""
    await dana.tap("🗂️ ניהול חוגי בית")
    await dana.tap("➕ חוג חדש")
    for text in ("ערב היכרות עם גרעין אופקים", "גרעין אופקים", "אופקים",
                 f"{israel(STARTS):%-d/%-m %H:%M}"):
        await dana.say(text)
    await dana.tap("120 דקות")
    await dana.say("2")
    await dana.say("הנשיא 5, אופקים")
    await dana.say(f"tg:{YOSSI}")
    await dana.tap("עברית")
    [preview] = await dana.tap("⏭️ דילוג")
    assert WHEN in preview.text and "הנשיא 5" in preview.text
    published, overview = await dana.tap("📣 לפרסם", expect=2)
    assert published.text.startswith("„ערב היכרות עם גרעין אופקים” פורסם")
    assert "0/2 (0%)" in overview.text


async def sign_up(person: Person, name: str, *, waitlist: bool = False) -> list[Sent]:
    await person.onboard()
    await person.tap("🏠 חוגי בית")
    [listing] = await person.tap("הנגב והדרום")
    [label] = [lab for lab in listing.labels if WHEN in lab]
    [details] = await person.tap(label)
    assert "הנשיא" not in details.text  # no address before a confirmed seat
    await person.tap("⏳ לרשימת ההמתנה" if waitlist else "✋ הרשמה")
    await person.tap("1")
    return await person.say(name, expect=2 if waitlist else 3)


async def test_house_meeting_end_to_end(database_url, api, clock, tmp_path):
    async with running_bot(database_url, api, clock=clock) as bot:
        delivery = Delivery(bot.core.db, clock, {"telegram": bot.channel})
        scheduler = Scheduler(bot.core.db, bot.core.services, clock)
        dana, noa, rana = (on_telegram(api, user) for user in (DANA, NOA, RANA))
        avi, yossi = (on_telegram(api, user, form="m") for user in (AVI, YOSSI))
        await yossi.onboard()
        await dana.onboard()
        await publish(dana)
        await delivery.run_once()
        assert yossi.last.text.startswith("🔑 אתה המארח")

        confirmed, ics, _menu = await sign_up(noa, "נועה")
        assert confirmed.text.startswith("נרשמת!") and "הנשיא 5, אופקים" in confirmed.text
        assert ics.method == "sendDocument"
        assert ics.params["document_filename"] == "meeting.ics"
        event = Calendar.from_ical(ics.params["document_content"]).walk("VEVENT")[0]
        start = event.decoded("dtstart")
        assert str(start.tzinfo) == "Asia/Jerusalem"
        assert (start.hour, start.minute) == (19, 30) and start == STARTS
        assert event["dtstart"].params["TZID"] == "Asia/Jerusalem"
        assert Calendar.from_ical(ics.params["document_content"]).walk("VTIMEZONE")

        await sign_up(avi, "אבי")
        waiting, _menu = await sign_up(rana, "ראנה", waitlist=True)
        assert "רשימת ההמתנה (מקום 1)" in waiting.text
        await delivery.run_once()
        host_texts = [m.text for m in yossi.received]
        assert any(t.startswith("✋ הרשמה חדשה") and "נועה" in t for t in host_texts)
        assert any(t.startswith("⏳ לרשימת ההמתנה") and "ראנה" in t for t in host_texts)

        # Avi cancels from "my meetings": Rana moves up and is told, with the address
        await avi.tap("📅 החוגים שלי")
        await avi.tap(next(lab for lab in avi.last.labels if lab.startswith("✅")))
        await avi.tap("❌ ביטול ההרשמה")
        await avi.tap("כן, לבטל", expect=2)
        await delivery.run_once()
        promoted, promoted_ics = await rana.receive(2)
        assert promoted.text.startswith("התפנה מקום") and "הנשיא 5" in promoted.text
        assert promoted_ics.params["document_filename"] == "meeting.ics"

        # the day-before reminder: once each, to confirmed people only
        clock.set(STARTS - timedelta(hours=24))
        assert await scheduler.tick() == 1
        await delivery.run_once()
        clock.advance(timedelta(minutes=5))
        assert await scheduler.tick() == 0
        await delivery.run_once()
        noa_reminder = noa.last
        rana_reminder = rana.last
        for reminder in (noa_reminder, rana_reminder):
            assert reminder.text.startswith("⏰ תזכורת: החוג מחר!")
            assert reminder.labels == ["✅ מגיעה", "❌ לא אוכל להגיע"]
        assert not any(m.text.startswith("⏰") for m in avi.received)

        # Rana is busy in another flow when she taps "can't come"
        await rana.tap("⚙️ שפה ואופן פנייה",
                       on=[m for m in rana.received if "⚙️ שפה ואופן פנייה" in m.labels][-1])
        freed, resume, language = await rana.tap("❌ לא אוכל להגיע", expect=3,
                                                 on=rana_reminder)
        assert freed.text.startswith("ההרשמה בוטלה")
        assert resume.text.startswith("ממשיכים") and "עברית" in language.labels
        await noa.tap("✅ מגיעה", expect=2, on=noa_reminder)
        async with bot.core.db.transaction() as db:
            meeting = await db.scalar(select(Meeting))
            assert meeting.seats_taken == 1
            [noa_signup] = await repo.signups(db, meeting.id, (CONFIRMED,))
            assert noa_signup.reconfirmed_at is not None

        clock.set(STARTS - timedelta(hours=2))
        assert await scheduler.tick() == 1
        await delivery.run_once()
        reminders = {user: [m for m in api.messages_to(user) if m.text.startswith("⏰")]
                     for user in (NOA, RANA, AVI)}
        assert [len(reminders[u]) for u in (NOA, RANA, AVI)] == [2, 1, 0]
        assert reminders[NOA][1].text.startswith("⏰ תזכורת: נפגשים בקרוב")

        # afterwards: feedback, a comment, and a lead
        clock.set(STARTS + timedelta(hours=3, minutes=1))
        assert await scheduler.tick() == 1
        await delivery.run_once()
        ask = noa.last
        assert ask.text.startswith("איך היה ב„ערב היכרות")
        await noa.tap("⭐⭐⭐⭐", on=ask)
        _thanks, lead = await noa.say("היה מרגש", expect=2)
        assert "מתגבשת בנגב ובדרום?" in lead.text
        await noa.tap("כן, לעדכן", expect=2)

        noa_id = await person_id(bot, NOA)
        async with bot.core.db.transaction() as db:
            feedback = await db.scalar(select(Feedback))
            assert (feedback.person_id, feedback.score, feedback.comment) == (
                noa_id, 4, "היה מרגש")
            assert (await db.scalar(select(Lead))).person_id == noa_id
            values = await attributes.values_of(db, noa_id)
            assert values["house_meeting"] == ["attended"]
            assert values["group_interest"] == ["negev"]
            assert (await db.scalar(select(Signup).where(Signup.person_id == noa_id))).attended
            tables = await export_tables(db, "Asia/Jerusalem")
        write_export(tables, tmp_path / "meetings.xlsx", "xlsx")
        book = load_workbook(tmp_path / "meetings.xlsx")
        assert book.sheetnames == ["meetings", "attendees", "feedback", "leads"]
        attendees = list(book["attendees"].values)
        assert ("נועה" in attendees[1]) and attendees[1][attendees[0].index("attended")] == "yes"
        feedback_rows = list(book["feedback"].values)
        assert feedback_rows[1][feedback_rows[0].index("score")] == 4
        leads = list(book["leads"].values)
        assert leads[1][leads[0].index("name")] == "נועה"
