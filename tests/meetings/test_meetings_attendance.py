"""Marking who came once a meeting has started (issue 20).

Every host and coordinator query used to filter on `starts_at > now`, so the moment a meeting
began it left "📅 My meetings" and the coordinators' list, attendance could only be marked in
advance, and people who never came were still asked "how was it?". Now the meeting stays for
MEETING_ATTENDANCE_WINDOW (default 3d) after its start, marking opens an hour before, and the
feedback question goes to those marked present.
"""

from __future__ import annotations

from datetime import timedelta

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.meetings.commands import import_meetings
from standins.telegram_api import Sent
from tests.support.person import Person, on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START, israel

DANA, NOA, AVI, YOSSI = 7001, 1201, 1202, 1209
STARTS = START + timedelta(days=2, hours=7, minutes=30)  # Thursday 19:30 in Jerusalem
TITLE = "ערב היכרות בשדרות"
CSV = ("title,site,locality,starts_at,duration_minutes,capacity,address,host,language,notes\n"
       f"{TITLE},גרעין שדרות,Ofakim,{israel(STARTS):%Y-%m-%d %H:%M},120,5,\"הנשיא 5\","
       f"tg:{YOSSI},he,\n")
MARK = "☑️ סימון מי הגיע"


async def sign_up(person: Person[Sent], name: str) -> None:
    await person.onboard()
    await person.tap("🏠 חוגי בית")
    await person.tap("הנגב והדרום")
    await person.tap(TITLE)
    await person.tap("✋ הרשמה")
    await person.tap("1")
    await person.say(name, expect=3)


async def host_overview(yossi: Person[Sent]) -> Sent:
    """The host's way in: the menu, "📅 My meetings", the 🔑 meeting."""
    [menu] = await yossi.say("תפריט")
    assert "📅 החוגים שלי" in menu.labels
    [mine] = await yossi.tap("📅 החוגים שלי")
    [overview] = await yossi.tap(next(lab for lab in mine.labels
                                      if lab.startswith("🔑") and TITLE in lab))
    return overview


async def test_the_host_marks_who_came_after_the_start_and_only_they_are_asked(
        database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        delivery = Delivery(bot.core.db, clock, {"telegram": bot.channel})
        yossi = on_telegram(api, YOSSI, form="m")
        dana = on_telegram(api, DANA)
        await yossi.onboard()
        await dana.onboard()
        async with bot.core.db.transaction() as db:  # what `kehila meetings import` runs
            report = await import_meetings(db, bot.core.services, CSV, clock.now())
        assert report.errors == []
        noa, avi = on_telegram(api, NOA), on_telegram(api, AVI, form="m")
        await sign_up(noa, "נועה")
        await sign_up(avi, "אבי")

        clock.set(STARTS - timedelta(hours=2))  # too early to mark
        overview = await host_overview(yossi)
        assert MARK not in overview.labels

        clock.set(STARTS + timedelta(minutes=30))  # the meeting is on
        overview = await host_overview(yossi)
        assert TITLE in overview.text and "כבר התקיים" in overview.text
        [marking] = await yossi.tap(MARK)
        assert sorted(marking.labels) == sorted(["▫️ נועה", "▫️ אבי", "✔️ סיימתי"])
        [marked] = await yossi.tap("▫️ נועה")
        assert "✅ נועה" in marked.labels and "▫️ אבי" in marked.labels
        saved, _overview = await yossi.tap("✔️ סיימתי", expect=2)
        assert saved.text == "הנוכחות נשמרה."

        # the coordinator still finds it, with the check-ins
        await dana.say("תפריט")
        [listing] = await dana.tap("🗂️ ניהול חוגי בית")
        await dana.tap(next(lab for lab in listing.labels if TITLE in lab))
        [attendees] = await dana.tap("👥 רשימת משתתפים")
        lines = attendees.text.splitlines()
        assert any("נועה" in line and "✅" in line for line in lines)
        assert any("אבי" in line and "✅" not in line for line in lines)

        # feedback goes to whoever was marked present
        clock.set(STARTS + timedelta(hours=3, minutes=1))
        await Scheduler(bot.core.db, bot.core.services, clock).tick()  # reminders skipped
        await delivery.run_once()
        assert noa.last.text.startswith(f"איך היה ב„{TITLE}")
        assert not any(m.text.startswith("איך היה") for m in avi.received)

        # the window closes three days after the start
        clock.set(STARTS + timedelta(days=3, minutes=1))
        [menu] = await yossi.say("תפריט")
        assert "📅 החוגים שלי" not in menu.labels
        await dana.say("תפריט")
        [listing] = await dana.tap("🗂️ ניהול חוגי בית")
        assert not any(TITLE in lab for lab in listing.labels)


async def test_the_window_is_a_setting(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock,
                           meeting_attendance_window="12h") as bot:
        yossi = on_telegram(api, YOSSI, form="m")
        await yossi.onboard()
        async with bot.core.db.transaction() as db:
            assert (await import_meetings(db, bot.core.services, CSV, clock.now())).errors == []
        clock.set(STARTS + timedelta(hours=11))
        assert MARK in (await host_overview(yossi)).labels
        clock.set(STARTS + timedelta(hours=13))
        [menu] = await yossi.say("תפריט")
        assert "📅 החוגים שלי" not in menu.labels
