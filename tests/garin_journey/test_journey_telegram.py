"""The accompaniment journey on Telegram: the lead starts it, the owner gets a check-in before
each due date, marking a milestone done (with a note) moves the progress, a milestone done in
time raises no alarm, and an overdue one reaches the accompanying coordinator."""

from __future__ import annotations

from datetime import timedelta

from bot.delivery.outbox_worker import Delivery
from tests.support.garin_decisions import make_garin, person_id, run_due
from tests.support.journeys import short_journey
from tests.support.person import on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START, hebrew_day_month, israel

COORDINATOR, NOA, AVI = 7001, 2401, 2402  # 7001 is a configured coordinator


def day(moment) -> str:  # type: ignore[no-untyped-def]
    """A due date as the journey writes it: `6 בדצמבר 2026`."""
    return f"{hebrew_day_month(moment)} {israel(moment).year}"


async def test_check_ins_progress_and_an_overdue_milestone(database_url, api, clock, tmp_path):
    async with running_bot(database_url, api, clock=clock, garin_journey_checkin_days=3,
                           garin_journey_file=short_journey(tmp_path)) as bot:
        core = bot.core
        deliver = Delivery(core.db, clock, {"telegram": bot.channel})
        dana = on_telegram(api, COORDINATOR, form="f")
        noa = on_telegram(api, NOA, form="f")
        avi = on_telegram(api, AVI, form="m")
        for person in (dana, noa, avi):
            await person.onboard()
        ids = {user: await person_id(core, "telegram", user) for user in (COORDINATOR, NOA, AVI)}
        await make_garin(core, "גרעין דימונה", lead=ids[NOA], members=[ids[AVI]],
                         coordinator=ids[COORDINATOR])

        await noa.say("תפריט")
        [before] = await noa.tap_key("menu-garin-journey")
        assert before.text == "🧭 גרעין דימונה עוד לא התחיל את מסע הליווי."
        [started, timeline] = await noa.tap_key("garin-journey-start", expect=2)
        assert started.text.startswith("🧭 המסע של גרעין דימונה התחיל")
        assert timeline.text.splitlines()[0] == "🧭 גרעין דימונה: 0% מהמסע (0 מתוך 3 אבני דרך)"
        due = day(START + timedelta(days=10))
        assert f"⏳ ערב חזון ראשון – עד {due}" in timeline.text
        # a member sees the timeline, but cannot start or mark anything
        await avi.say("תפריט")
        [seen] = await avi.tap_key("menu-garin-journey")
        assert seen.labels == [avi.t("garin-decisions-to-menu")]

        # the lead's check-in comes three days before the due date, to her only
        assert await run_due(core, clock, START + timedelta(days=7), deliver) == 1
        [check_in] = await noa.receive(1)
        assert check_in.text.startswith(
            "🧭 בדיקת דרך בגרעין דימונה: אבן הדרך „ערב חזון ראשון” אמורה")
        assert check_in.labels == ["✅ הושלם"]
        assert len(dana.received) == dana.seen and len(avi.received) == avi.seen

        clock.set(START + timedelta(days=8))
        [ask_note] = await noa.tap("✅ הושלם", on=check_in)
        assert ask_note.text.startswith("מסמנים את אבן הדרך „ערב חזון ראשון” כהושלמה.")
        [done, _menu] = await noa.say("נפגשנו אצל משפחת כהן, 18 איש", expect=2)
        assert done.text == "✅ אבן הדרך „ערב חזון ראשון” הושלמה. גרעין דימונה עבר 33% מהדרך."

        # the coordinator's own check-in, then the lead's milestone passes its date quietly
        assert await run_due(core, clock, START + timedelta(days=9), deliver) == 1
        [coordinator_check_in] = await dana.receive(1)
        assert "„מעגל תמיכה”" in coordinator_check_in.text
        assert await run_due(core, clock, START + timedelta(days=10), deliver) == 1
        assert len(dana.received) == dana.seen  # done in time: no overdue notice

        # the coordinator's milestone is not marked: at its date she hears it is overdue
        assert await run_due(core, clock, START + timedelta(days=12), deliver) == 1
        [overdue] = await dana.receive(1)
        late = day(START + timedelta(days=12))
        assert overdue.text == (f"⚠️ גרעין דימונה: אבן הדרך „מעגל תמיכה” הייתה אמורה להסתיים "
                                f"ב־{late} ועוד לא סומנה כהושלמה (אחריות: הרכז המלווה).")
        assert overdue.labels == ["✅ הושלם"]

        await noa.say("תפריט")
        [timeline] = await noa.tap_key("menu-garin-journey")
        assert timeline.text.splitlines()[0] == "🧭 גרעין דימונה: 33% מהמסע (1 מתוך 3 אבני דרך)"
        assert "📝 נפגשנו אצל משפחת כהן, 18 איש" in timeline.text
        assert f"⚠️ מעגל תמיכה – המועד עבר ב־{late}" in timeline.text
