"""A multi-choice poll on WhatsApp: typed numbers tick and untick options (each answer shows
the ticks and numbers the options again), and the option most members ticked wins."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from standins.twilio_api import TwilioStandIn
from storage.garin_decision_models import GarinDecision
from tests.support.garin_decisions import make_garin, person_id, run_due
from tests.support.person import on_whatsapp
from tests.support.whatsapp import running_whatsapp
from tests.timeline import START

DANA, NOA, AVI = "+972503330001", "+972503330002", "+972503330003"


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def test_ticks_by_number_and_the_most_ticked_option_wins(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock) as bot:
        core, deliver = bot.core, bot.delivery()
        dana = on_whatsapp(bot, DANA, form="f")
        noa = on_whatsapp(bot, NOA, form="f")
        avi = on_whatsapp(bot, AVI, language="en", form="m")
        for person in (dana, noa, avi):
            await person.onboard()
        ids = [await person_id(core, "whatsapp", phone) for phone in (DANA, NOA, AVI)]
        await make_garin(core, "גרעין עכו", lead=ids[0], members=ids[1:], region="galilee")

        await dana.say("תפריט")
        await dana.tap_key("menu-garin-decisions")
        await dana.tap_key("garin-decisions-new")
        await dana.tap_key("garin-decision-kind-multi")
        await dana.say("מה נלמד השנה?")
        await dana.say("פרקי אבות\nשירה עברית\nתולדות עכו")
        await dana.say("מחר 10:00")  # 22 hours: inside WhatsApp's 24-hour window
        await dana.tap_key("garin-decision-no-quorum")
        await dana.tap_key("garin-decision-send", expect=2)
        await deliver.run_once()
        [asked] = await noa.receive(1)
        assert asked.options == ["▫️ פרקי אבות", "▫️ שירה עברית", "▫️ תולדות עכו"]
        [english] = await avi.receive(1)
        assert english.text.startswith("🗳️ A poll in \u2068גרעין עכו\u2069:")  # name isolated
        await dana.receive(1)

        [first] = await noa.say("1")
        assert first.options == ["✅ פרקי אבות", "▫️ שירה עברית", "▫️ תולדות עכו"]
        [second] = await noa.say("3")  # the numbers of the answer she just got
        assert second.options == ["✅ פרקי אבות", "▫️ שירה עברית", "✅ תולדות עכו"]
        [third] = await noa.say("1")
        assert third.text.startswith("🗳️ התשובה שלך נשמרה: תולדות עכו.")
        [his] = await avi.say("3")
        assert his.text.startswith("🗳️ Your answer is saved: \u2068תולדות עכו\u2069.")
        await avi.say("2")
        await dana.say("3")

        async with core.db.transaction() as db:
            deadline = (await db.scalar(select(GarinDecision))).deadline
        assert deadline == START + timedelta(hours=22)
        assert await run_due(core, clock, deadline, deliver) == 2  # the reminder, the close
        [outcome] = await noa.receive(1)
        assert "✅ נבחר: תולדות עכו" in outcome.text
        assert "• פרקי אבות: 0\n• שירה עברית: 1\n• תולדות עכו: 3" in outcome.text
