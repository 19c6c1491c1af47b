"""Dana composes a broadcast in Telegram: builds an audience, writes one text per language,
previews it, schedules it for tomorrow morning; it goes out then, exactly as previewed."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.domain import dates
from standins.seeding import Seed, seed
from storage import segments, subscriptions
from storage.broadcast_models import Broadcast
from tests.support.person import on_telegram
from tests.support.telegram import running_bot
from tests.timeline import ISRAEL, START

DANA, NOA, AVI, JOHN, RANA, FAR = 7001, 30001, 30002, 30003, 30004, 30005
HE_TEXT = "חוג בית חדש באופקים ביום שלישי! מי מגיע?"
EN_TEXT = "A new house meeting in Ofakim on Tuesday! Who's coming?"


async def people(core, clock) -> dict[str, int]:  # type: ignore[no-untyped-def]
    specs = {
        "dana": Seed("he", [("telegram", str(DANA))], form="f"),
        "noa": Seed("he", [("telegram", str(NOA))], {"region_interest": ["negev"]}, form="f"),
        "avi": Seed("he", [("telegram", str(AVI))], {"region_interest": ["negev", "galilee"]}),
        "john": Seed("en", [("telegram", str(JOHN))], {"region_interest": ["negev"]}),
        "rana": Seed("ar", [("telegram", str(RANA))], {"region_interest": ["negev"]}),
        "far": Seed("he", [("telegram", str(FAR))], {"region_interest": ["galilee"]}),
    }
    ids = await seed(core.db, list(specs.values()), clock.now())
    return dict(zip(specs, ids, strict=True))


async def test_dana_builds_previews_and_schedules_a_broadcast(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        ids = await people(bot.core, clock)
        dana = on_telegram(api, DANA, exact=True)
        [menu] = await dana.say("תפריט")
        [audience] = await dana.tap("📣 שליחת הודעה לקהל", on=menu)
        assert audience.text.startswith("📣 למי ההודעה? בחרי קהל שמור")
        [field] = await dana.tap("🧩 בניית קהל", on=audience)
        assert field.labels == ["שפה", "ערוץ", "אזור מועדף"]
        [values] = await dana.tap("אזור מועדף", on=field)
        assert values.labels == ["הגליל והגולן", "הנגב והדרום"]
        [more] = await dana.tap("הנגב והדרום", on=values)
        assert "אזור מועדף: הנגב והדרום" in more.text and "כלומר 4 אנשים" in more.text
        [field] = await dana.tap("➕ הוספת תנאי", on=more)
        [values] = await dana.tap("שפה", on=field)
        [more] = await dana.say("עברית, english")  # typed, several values
        assert "שפה: עברית / English" in more.text and "כלומר 3 אנשים" in more.text
        await dana.tap("▶️ המשך", on=more)
        saved, topic = await dana.say("נגב עברית ואנגלית", expect=2)
        assert saved.text == "הקהל „נגב עברית ואנגלית” נשמר ✔️"
        [count] = await dana.tap("חדשות ההתיישבות בפריפריה", on=topic)
        assert "3 נמענים" in count.text and "טלגרם 3" in count.text
        assert "עברית 2" in count.text and "English 1" in count.text
        [text] = await dana.tap("✍️ כתיבת ההודעה", on=count)
        [he_prompt] = await dana.tap("🌐 נוסח נפרד לכל שפה", on=text)
        assert he_prompt.text == "נוסח ההודעה עבור עברית:"
        await dana.say(HE_TEXT)
        [button] = await dana.say(EN_TEXT)
        # every menu flow each reader can use; not a garin's screens (members only), nor
        # settings or deletion (a reader's own account)
        assert button.labels == ["בלי כפתור", "🏠 חוגי בית", "🤝 בקשת עזרה", "🙋 פרופיל התנדבות",
                                 "🔔 נושאי עדכונים"]
        intro, preview_he, preview_en, question = await dana.tap("🏠 חוגי בית", expect=4,
                                                                 on=button)
        assert intro.text.startswith("👀 תצוגה מקדימה")
        assert preview_he.text == HE_TEXT and preview_en.text == EN_TEXT
        assert preview_en.labels == ["🏠 House meetings", "🔕 Stop “News from the communities”"]
        assert preview_en.buttons[0]["callback_data"] == "a|flow|meetings"
        assert "🚨 לשלוח עכשיו כהודעה דחופה" not in question.labels  # not an urgent sender
        [when] = await dana.tap("⏰ לתזמן", on=question)
        [again] = (await dana.say("אתמול בערב", expect=2))[1:]
        assert again.text == when.text
        [confirm] = await dana.say("מחר 09:30")
        tomorrow = dates.moment((START + timedelta(days=1)).astimezone(ISRAEL).replace(
            hour=9, minute=30), "he", "Asia/Jerusalem")
        assert tomorrow.endswith(" 09:30") and "ב" in tomorrow  # «יום ד׳, 25 בנובמבר, 09:30»
        assert confirm.text == f"לשלוח ל־3 נמענים, {tomorrow}?"
        [queued, _menu] = await dana.tap("✅ כן, לשלוח", expect=2, on=confirm)
        assert queued.text.startswith(f"הודעה #1 בתור ({tomorrow})")

        core = bot.core
        scheduler = Scheduler(core.db, core.services, core.clock)
        delivery = Delivery(core.db, core.clock, {"telegram": bot.channel})
        clock.set(START + timedelta(hours=21, minutes=29))
        await scheduler.tick()
        await delivery.run_once()
        assert api.messages_to(NOA) == []  # not yet: due at 09:30 Israel time
        clock.set(START + timedelta(hours=21, minutes=30))
        await scheduler.tick()
        while await delivery.run_once():
            pass
        for user, preview in ((NOA, preview_he), (AVI, preview_he), (JOHN, preview_en)):
            [got] = api.messages_to(user)
            assert got.text == preview.text and got.buttons == preview.buttons
        assert api.messages_to(RANA) == [] and api.messages_to(FAR) == []
        async with core.db.transaction() as db:
            row = await db.scalar(select(Broadcast))
            assert row.created_by == "telegram:7001" and row.segment_name == "נגב עברית ואנגלית"
            assert row.texts == {"he": HE_TEXT, "en": EN_TEXT}
            assert (await segments.get(db, "נגב עברית ואנגלית")) is not None

        clock.advance(timedelta(minutes=5))
        await scheduler.tick()
        await delivery.run_once()
        [report] = await dana.receive(1)
        assert report.text.startswith("✅ השליחה של הודעה #1 הסתיימה")
        assert "נשלחו: 3" in report.text
        [export] = await dana.tap("📥 ייצוא הדוח", on=report)
        assert export.method == "sendDocument"
        assert b"sent,,3" in export.params["document_content"]

        # John taps "stop" on that message later, after doing other things
        john = on_telegram(api, JOHN, exact=True)
        [_menu] = await john.say("menu")
        [done] = await john.tap("🔕 Stop “News from the communities”", on=api.messages_to(JOHN)[0])
        assert done.text.startswith("Done: you will no longer receive “News from the communities”")
        async with core.db.transaction() as db:
            assert (await subscriptions.topics_of(db, ids["john"]))["settlement_news"] is False
            again = await segments.recipients(db, row.audience, "settlement_news")
            assert {p for p, *_ in again} == {ids["noa"], ids["avi"]}
        [undo] = await john.tap("🔔 Undo", on=done)
        assert undo.text.startswith("You will receive “News from the communities” again")


async def test_a_non_coordinator_is_refused(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        await people(bot.core, clock)
        noa = on_telegram(api, NOA, exact=True)
        [menu] = await noa.say("תפריט")
        assert "📣 שליחת הודעה לקהל" not in menu.labels
        assert "🔔 נושאי עדכונים" in menu.labels
        for forged in ("a|flow|broadcast", "a|bc.cancel|1", "a|bc.export|1"):
            await api.press_data(NOA, forged)
            refused = (await noa.receive(2))[0]
            assert refused.text == "הפעולה הזאת שמורה לרכזים ולרכזות."
