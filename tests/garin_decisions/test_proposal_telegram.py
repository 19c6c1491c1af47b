"""A proposal end to end on Telegram: the lead opens it in chat, every member gets it, votes
(one changes their mind), the one reminder reaches exactly the member who had not answered,
and at the deadline the outcome is announced to all and recorded; a late press is refused."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from storage.garin_decision_models import GarinDecision, GarinVote
from tests.support.garin_decisions import make_garin, person_id, run_due
from tests.support.person import Person, on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START

DANA, NOA, AVI, RANA = 2201, 2202, 2203, 2204


async def open_proposal(lead: Person, text: str, *, deadline: str, quorum: str) -> None:
    await lead.say(lead.t("words-menu").split(",")[0].strip())
    await lead.tap_key("menu-garin-decisions")
    await lead.tap_key("garin-decisions-new")
    await lead.tap_key("garin-decision-kind-proposal")
    await lead.say(text)
    await lead.tap(deadline)
    await lead.say(quorum)
    [sent, _menu] = await lead.tap_key("garin-decision-send", expect=2)
    assert sent.text.startswith("📤 נשלח ל־4 חברים"), sent.text


async def test_a_proposal_with_a_quorum_closes_at_its_deadline(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        core = bot.core
        deliver = Delivery(core.db, clock, {"telegram": bot.channel})
        dana = on_telegram(api, DANA, form="f")
        noa = on_telegram(api, NOA, form="f")
        avi = on_telegram(api, AVI, form="m")
        rana = on_telegram(api, RANA, form="f")
        for person in (dana, noa, avi, rana):
            await person.onboard()
        ids = [await person_id(core, "telegram", user) for user in (DANA, NOA, AVI, RANA)]
        await make_garin(core, "גרעין אופקים", lead=ids[0], members=ids[1:])

        await open_proposal(dana, "לצאת לסיור באופקים בחנוכה", deadline="3 ימים", quorum="3")
        await deliver.run_once()
        asked = {}
        for person in (dana, noa, avi, rana):
            [message] = await person.receive(1)
            assert message.text.startswith("🗳️ הצעה להחלטה בגרעין אופקים:")
            assert "לצאת לסיור באופקים בחנוכה" in message.text
            assert "צריך לפחות 3 תשובות." in message.text
            asked[person.transport.user] = message
        assert asked[AVI].labels == ["✅ בעד", "🤷 נמנע", "❌ נגד", "✋ וטו"]
        assert asked[NOA].labels == ["✅ בעד", "🤷 נמנעת", "❌ נגד", "✋ וטו"]

        [saved] = await dana.tap("בעד", on=asked[DANA])
        assert saved.text.startswith("🗳️ התשובה שלך נשמרה: ✅ בעד.")
        await dana.tap_key("garin-vote-skip")
        await noa.tap("בעד", on=asked[NOA])
        await noa.say("רק אם יש הסעה", expect=2)
        await avi.tap("בעד", on=asked[AVI])
        await avi.tap_key("garin-vote-skip")
        clock.advance(timedelta(hours=1))
        [changed] = await avi.tap("נגד", on=asked[AVI])  # changed his mind
        assert changed.text.startswith("🗳️ התשובה שלך נשמרה: ❌ נגד.")
        await avi.tap_key("garin-vote-skip")

        # the garin home lists the open decision, answered or not
        await rana.say("תפריט")
        [home] = await rana.tap_key("menu-garin")
        assert "🗳️ החלטה פתוחה אחת:" in home.text
        assert "• לצאת לסיור באופקים בחנוכה (עד " in home.text
        assert "⏳ מחכה לתשובה שלך" in home.text
        assert rana.t("menu-garin-decisions") in home.labels

        deadline = START + timedelta(days=3)
        assert await run_due(core, clock, deadline - timedelta(hours=24), deliver) == 1
        [reminder] = await rana.receive(1)
        assert reminder.text.startswith("⏰ תזכורת: עוד לא ענית")
        assert reminder.labels == asked[RANA].labels
        for person in (dana, noa, avi):
            assert not [m for m in person.received[person.seen:] if "תזכורת" in m.text]

        # the lead sees who voted what; the comment too
        await dana.say(dana.t("words-menu").split(",")[0].strip())
        await dana.tap_key("menu-garin-decisions")
        [page] = await dana.tap("לצאת לסיור")
        assert "3 תשובות עד עכשיו:" in page.text
        assert "• נמנעת: 0" in page.text  # counts read in the reader's own form
        assert "• נגד: 1" in page.text
        assert "💬 רק אם יש הסעה" in page.text
        assert "⏳ עוד מחכים לתשובה של חבר בגרעין" in page.text  # Rana never told the bot her name

        assert await run_due(core, clock, deadline, deliver) == 1
        for person in (dana, noa, avi, rana):
            [outcome] = await person.receive(1)
            assert outcome.text.startswith("📌 החלטה נסגרה בגרעין אופקים:")
            assert "✅ ההצעה התקבלה." in outcome.text
            assert "ענו 3 מתוך 4 חברים." in outcome.text
        async with core.db.transaction() as db:
            decision = await db.scalar(select(GarinDecision))
            assert (decision.state, decision.result, decision.voters) == ("closed", "passed", 3)
            assert decision.counts == {"agree": 2, "abstain": 0, "disagree": 1, "block": 0}

        [late] = await rana.tap("וטו", on=reminder)
        assert late.text.startswith("ההחלטה הזאת כבר נסגרה")

        # Noa asks to be deleted: her ballot stays in the counts, without her or her comment
        await noa.say("מחק אותי")
        await noa.tap_key("deleteme-yes")
        async with core.db.transaction() as db:
            decision = await db.scalar(select(GarinDecision))
            assert decision.counts == {"agree": 2, "abstain": 0, "disagree": 1, "block": 0}
            votes = {(v.person_id, v.choices[0], v.comment)
                     for v in await db.scalars(select(GarinVote))}
        assert votes == {(ids[0], "agree", None), (None, "agree", None),
                         (ids[2], "disagree", None)}
        await dana.say("תפריט")
        await dana.tap_key("menu-garin-decisions")
        [page] = await dana.tap("לצאת לסיור")
        assert "• חבר לשעבר: ✅ בעד" in page.text and "הסעה" not in page.text
        assert "• בעד: 2" in page.text
