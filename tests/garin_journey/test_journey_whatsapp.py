"""The journey on WhatsApp, answered by typed numbers: the lead's check-in and the
coordinator's overdue notice each arrive as a numbered message, and typing "1" under them
marks the milestone done; a milestone done in time sends no overdue notice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from standins.twilio_api import TwilioStandIn
from tests.support.garin_decisions import make_garin, person_id, run_due
from tests.support.journeys import short_journey
from tests.support.person import on_whatsapp
from tests.support.whatsapp import running_whatsapp
from tests.timeline import START

NOA, YOSSI, AVI = "+972502220001", "+972502220002", "+972502220003"


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def test_check_in_and_overdue_marked_done_by_typing(database_url, api, clock, tmp_path):
    async with running_whatsapp(database_url, api, clock, garin_journey_checkin_days=3,
                                garin_journey_file=short_journey(tmp_path)) as bot:
        core, deliver = bot.core, bot.delivery()
        noa = on_whatsapp(bot, NOA, form="f")
        yossi = on_whatsapp(bot, YOSSI, form="m")
        avi = on_whatsapp(bot, AVI, form="m")
        for person in (noa, yossi, avi):
            await person.onboard()
        ids = {phone: await person_id(core, "whatsapp", phone) for phone in (NOA, YOSSI, AVI)}
        await make_garin(core, "גרעין מצפה", lead=ids[NOA], members=[ids[AVI]],
                         coordinator=ids[YOSSI])
        await noa.say("תפריט")
        await noa.tap_key("menu-garin-journey")
        await noa.tap_key("garin-journey-start", expect=2)

        clock.set(START + timedelta(days=6, hours=20))
        await noa.say("תפריט")  # she was here lately: inside WhatsApp's 24-hour window
        assert await run_due(core, clock, START + timedelta(days=7), deliver) == 1
        [check_in] = await noa.receive(1)
        assert "„ערב חזון ראשון”" in check_in.text and check_in.options == ["✅ הושלם"]
        await noa.say("1")
        [done, _menu] = await noa.tap_key("garin-journey-note-skip", expect=2)
        assert done.text == "✅ אבן הדרך „ערב חזון ראשון” הושלמה. גרעין מצפה עבר 33% מהדרך."

        clock.set(START + timedelta(days=8, hours=20))
        await yossi.say("תפריט")
        assert await run_due(core, clock, START + timedelta(days=9), deliver) == 1
        [his_check_in] = await yossi.receive(1)
        assert "„מעגל תמיכה”" in his_check_in.text
        assert await run_due(core, clock, START + timedelta(days=10), deliver) == 1
        assert len(yossi.received) == yossi.seen  # the lead's milestone was done in time

        clock.set(START + timedelta(days=11, hours=20))
        await yossi.say("תפריט")
        assert await run_due(core, clock, START + timedelta(days=12), deliver) == 1
        [overdue] = await yossi.receive(1)
        assert overdue.text.startswith("⚠️ גרעין מצפה: אבן הדרך „מעגל תמיכה” הייתה אמורה")
        await yossi.say("1")
        [marked, _menu] = await yossi.say("פתחנו קבוצת תמיכה, 6 משפחות", expect=2)
        assert marked.text == "✅ אבן הדרך „מעגל תמיכה” הושלמה. גרעין מצפה עבר 67% מהדרך."
        assert len(avi.received) == avi.seen  # a member is never asked about milestones
