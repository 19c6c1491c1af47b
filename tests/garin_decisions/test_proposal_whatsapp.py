"""A proposal on WhatsApp, answered by typed numbers: a member who blocked and then asked to
be deleted leaves an anonymous ballot behind, the reminder reaches exactly the two members who
had not answered, and the quorum is missed because they never did."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from standins.twilio_api import TwilioStandIn
from storage.garin_decision_models import GarinDecision, GarinVote
from tests.support.garin_decisions import make_garin, person_id, run_due
from tests.support.person import on_whatsapp
from tests.support.whatsapp import running_whatsapp
from tests.timeline import START

DANA, NOA, AVI, RANA = "+972501110001", "+972501110002", "+972501110003", "+972501110004"


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def test_delete_me_leaves_the_counts_anonymous_and_the_quorum_is_missed(
        database_url, api, clock):
    async with running_whatsapp(database_url, api, clock, quiet_hours="off",
                                garin_decision_reminder_hours=3) as bot:
        core, deliver = bot.core, bot.delivery()
        dana = on_whatsapp(bot, DANA, form="f", profile_name="Dana")
        noa = on_whatsapp(bot, NOA, form="f")
        avi = on_whatsapp(bot, AVI, form="m")
        rana = on_whatsapp(bot, RANA, form="f")
        for person in (dana, noa, avi, rana):
            await person.onboard()
        ids = [await person_id(core, "whatsapp", phone) for phone in (DANA, NOA, AVI, RANA)]
        await make_garin(core, "גרעין ירוחם", lead=ids[0], members=ids[1:])

        await dana.say("תפריט")
        await dana.tap_key("menu-garin-decisions")
        await dana.tap_key("garin-decisions-new")
        await dana.tap_key("garin-decision-kind-proposal")
        await dana.say("לקבוע ערב שבת משותף פעם בחודש")
        await dana.say("מחר 10:00")  # 22 hours from now: inside WhatsApp's 24-hour window
        await dana.say("3")
        [sent, _menu] = await dana.tap_key("garin-decision-send", expect=2)
        assert "4 חברים" in sent.text
        await deliver.run_once()
        asked = {p.transport.phone: (await p.receive(1))[0] for p in (dana, noa, avi, rana)}
        assert asked[NOA].options == ["✅ בעד", "🤷 נמנעת", "❌ נגד", "✋ וטו"]

        await dana.say("1")  # typed: the first option of the decision's message
        await dana.tap_key("garin-vote-skip")
        await avi.say("4")  # a block
        await avi.say("אני לא מוכן לחייב את כולם", expect=2)
        await avi.say("מחק אותי")
        await avi.tap_key("deleteme-yes")

        async with core.db.transaction() as db:
            decision = await db.scalar(select(GarinDecision))
            ballots = list(await db.scalars(select(GarinVote)))
        assert {(v.person_id, v.choices[0], v.comment) for v in ballots} \
            == {(ids[0], "agree", None), (None, "block", None)}

        assert decision.deadline == START + timedelta(hours=22)
        reminder_at = decision.deadline - timedelta(hours=3)
        assert await run_due(core, clock, reminder_at, deliver) == 1
        [nudge] = await noa.receive(1)
        assert nudge.text.startswith("⏰ תזכורת: עוד לא ענית")
        [nudge] = await rana.receive(1)
        assert nudge.options == asked[RANA].options
        assert len(dana.received) == dana.seen  # she voted: no reminder

        assert await run_due(core, clock, decision.deadline, deliver) == 1
        for person in (dana, noa, rana):
            [outcome] = await person.receive(1)
            assert "⚠️ אין החלטה: היה צריך 3 תשובות והתקבלו 2." in outcome.text
            assert "• בעד: 1" in outcome.text and "• וטו: 1" in outcome.text
        async with core.db.transaction() as db:
            closed = await db.scalar(select(GarinDecision))
            assert (closed.result, closed.voters, closed.eligible) == ("quorum_missed", 2, 3)

        await dana.say("תפריט")
        await dana.tap_key("menu-garin-decisions")
        [page] = await dana.tap("לקבוע ערב שבת")
        assert "• חבר לשעבר: ✋ וטו" in page.text
        assert "אני לא מוכן" not in page.text  # the comment went with him
