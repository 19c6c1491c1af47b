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
from standins.telegram_api import Sent, TelegramStandIn
from storage import attributes
from storage import meetings as repo
from storage.meetings_models import CONFIRMED, Feedback, Lead, Meeting, Signup
from storage.models import Identity
from tests.telegram_harness import running_bot
from tests.test_telegram_first_contact import onboard
from tests.timeline import START, hebrew_day_month, israel

DANA, NOA, AVI, RANA, YOSSI = 7001, 1001, 1002, 1003, 1009
STARTS = START + timedelta(days=7, hours=7, minutes=30)  # Tuesday 19:30 in Jerusalem
WHEN = f"יום ג׳, {hebrew_day_month(STARTS)}, 19:30"



async def act(api: TelegramStandIn, user: int, action, expect: int = 1) -> list[Sent]:  # type: ignore[no-untyped-def]
    """Do something as `user` and return the `expect` messages the bot answers with."""
    before = len(api.messages_to(user))
    await action
    return (await api.wait_for(user, before + expect))[before:]


async def press(api: TelegramStandIn, user: int, label: str, expect: int = 1,
                message: Sent | None = None) -> list[Sent]:
    message = message or api.messages_to(user)[-1]
    return await act(api, user, api.press(user, message, label), expect)


async def say(api: TelegramStandIn, user: int, text: str, expect: int = 1) -> list[Sent]:
    return await act(api, user, api.text(user, text), expect)


async def person_id(bot, user: int) -> int:  # type: ignore[no-untyped-def]
    async with bot.core.db.transaction() as db:
        return await db.scalar(select(Identity.person_id).where(
            Identity.user_id == str(user)))


async def publish(api: TelegramStandIn) -> None:
    """Dana, a coordinator, runs the wizard."""
    await press(api, DANA, "🗂️ ניהול חוגי בית")
    await press(api, DANA, "➕ חוג חדש")
    for text in ("ערב היכרות עם גרעין אופקים", "גרעין אופקים", "אופקים",
                 f"{israel(STARTS):%-d/%-m %H:%M}"):
        await say(api, DANA, text)
    await press(api, DANA, "120 דקות")
    await say(api, DANA, "2")
    await say(api, DANA, "הנשיא 5, אופקים")
    await say(api, DANA, f"tg:{YOSSI}")
    await press(api, DANA, "עברית")
    [preview] = await press(api, DANA, "⏭️ דילוג")
    assert WHEN in preview.text and "הנשיא 5" in preview.text
    published, overview = await press(api, DANA, "📣 לפרסם", expect=2)
    assert published.text.startswith("„ערב היכרות עם גרעין אופקים” פורסם")
    assert "0/2 (0%)" in overview.text


async def sign_up(api: TelegramStandIn, user: int, name: str, *, waitlist: bool = False,
                  form: str = "בלשון נקבה", consent: str = "מסכימה") -> list[Sent]:
    await onboard(api, user, form, consent)
    await press(api, user, "🏠 חוגי בית")
    [listing] = await press(api, user, "הנגב והדרום")
    [label] = [lab for lab in listing.labels if WHEN in lab]
    [details] = await press(api, user, label)
    assert "הנשיא" not in details.text  # no address before a confirmed seat
    await press(api, user, "⏳ לרשימת ההמתנה" if waitlist else "✋ הרשמה")
    await press(api, user, "1")
    return await say(api, user, name, expect=2 if waitlist else 3)


async def test_house_meeting_end_to_end(database_url, api, clock, tmp_path):
    async with running_bot(database_url, api, clock=clock) as bot:
        delivery = Delivery(bot.core.db, clock, {"telegram": bot.channel})
        scheduler = Scheduler(bot.core.db, bot.core.services, clock)
        await onboard(api, YOSSI, "בלשון זכר", "מסכים")
        await onboard(api, DANA)
        await publish(api)
        await delivery.run_once()
        assert api.messages_to(YOSSI)[-1].text.startswith("🔑 אתה המארח")

        confirmed, ics, _menu = await sign_up(api, NOA, "נועה")
        assert confirmed.text.startswith("נרשמת!") and "הנשיא 5, אופקים" in confirmed.text
        assert ics.method == "sendDocument"
        assert ics.params["document_filename"] == "meeting.ics"
        event = Calendar.from_ical(ics.params["document_content"]).walk("VEVENT")[0]
        start = event.decoded("dtstart")
        assert str(start.tzinfo) == "Asia/Jerusalem"
        assert (start.hour, start.minute) == (19, 30) and start == STARTS
        assert event["dtstart"].params["TZID"] == "Asia/Jerusalem"
        assert Calendar.from_ical(ics.params["document_content"]).walk("VTIMEZONE")

        await sign_up(api, AVI, "אבי", form="בלשון זכר", consent="מסכים")
        waiting, _menu = await sign_up(api, RANA, "ראנה", waitlist=True)
        assert "רשימת ההמתנה (מקום 1)" in waiting.text
        await delivery.run_once()
        host_texts = [m.text for m in api.messages_to(YOSSI)]
        assert any(t.startswith("✋ נועה") for t in host_texts)
        assert any(t.startswith("⏳ ראנה") for t in host_texts)

        # Avi cancels from "my meetings": Rana moves up and is told, with the address
        await press(api, AVI, "📅 החוגים שלי")
        await press(api, AVI, next(lab for lab in api.messages_to(AVI)[-1].labels
                                   if lab.startswith("✅")))
        await press(api, AVI, "❌ ביטול ההרשמה")
        await press(api, AVI, "כן, לבטל", expect=2)
        before = len(api.messages_to(RANA))
        await delivery.run_once()
        promoted, promoted_ics = (await api.wait_for(RANA, before + 2))[before:]
        assert promoted.text.startswith("התפנה מקום") and "הנשיא 5" in promoted.text
        assert promoted_ics.params["document_filename"] == "meeting.ics"

        # the day-before reminder: once each, to confirmed people only
        clock.set(STARTS - timedelta(hours=24))
        assert await scheduler.tick() == 1
        await delivery.run_once()
        clock.advance(timedelta(minutes=5))
        assert await scheduler.tick() == 0
        await delivery.run_once()
        noa_reminder = api.messages_to(NOA)[-1]
        rana_reminder = api.messages_to(RANA)[-1]
        for reminder in (noa_reminder, rana_reminder):
            assert reminder.text.startswith("⏰ תזכורת: החוג מחר!")
            assert reminder.labels == ["✅ מגיעה", "❌ לא אוכל להגיע"]
        assert not any(m.text.startswith("⏰") for m in api.messages_to(AVI))

        # Rana is busy in another flow when she taps "can't come"
        await press(api, RANA, "⚙️ שפה ואופן פנייה",
                    message=[m for m in api.messages_to(RANA)
                             if "⚙️ שפה ואופן פנייה" in m.labels][-1])
        freed, resume, language = await press(api, RANA, "❌ לא אוכל להגיע", expect=3,
                                              message=rana_reminder)
        assert freed.text.startswith("ההרשמה בוטלה")
        assert resume.text.startswith("ממשיכים") and "עברית" in language.labels
        await press(api, NOA, "✅ מגיעה", expect=2, message=noa_reminder)
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
        ask = api.messages_to(NOA)[-1]
        assert ask.text.startswith("איך היה ב„ערב היכרות")
        await press(api, NOA, "⭐⭐⭐⭐", message=ask)
        _thanks, lead = await say(api, NOA, "היה מרגש", expect=2)
        assert "מתגבשת בנגב ובדרום?" in lead.text
        await press(api, NOA, "כן, לעדכן", expect=2)

        noa = await person_id(bot, NOA)
        async with bot.core.db.transaction() as db:
            feedback = await db.scalar(select(Feedback))
            assert (feedback.person_id, feedback.score, feedback.comment) == (noa, 4, "היה מרגש")
            assert (await db.scalar(select(Lead))).person_id == noa
            values = await attributes.values_of(db, noa)
            assert values["house_meeting"] == ["attended"]
            assert values["group_interest"] == ["negev"]
            assert (await db.scalar(select(Signup).where(Signup.person_id == noa))).attended
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
