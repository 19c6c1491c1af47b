""""When can we meet" on Telegram: the lead types three times out of order, members tick the
times they can (and untick one), and at the deadline the time most can make is chosen —
of two equal, the earlier."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from conversations.domain.dates import moment as moment_text
from storage.garin_decision_models import GarinDecision
from tests.support.garin_decisions import make_garin, person_id, run_due
from tests.support.person import on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START, israel

DANA, NOA, AVI, RANA = 2301, 2302, 2303, 2304
ZONE = "Asia/Jerusalem"


def typed(moment) -> str:  # type: ignore[no-untyped-def]
    return f"{israel(moment):%Y-%m-%d %H:%M}"


async def test_a_time_poll_picks_the_time_most_can_make(database_url, api, clock):
    first = START + timedelta(days=3, hours=8)  # 20:00 in Jerusalem
    second = START + timedelta(days=4, hours=8)
    third = START + timedelta(days=5, hours=7, minutes=30)
    a, b, c = (moment_text(m, "he", ZONE) for m in (first, second, third))
    async with running_bot(database_url, api, clock=clock) as bot:
        core = bot.core
        deliver = Delivery(core.db, clock, {"telegram": bot.channel})
        people = [on_telegram(api, user, form=form)
                  for user, form in ((DANA, "f"), (NOA, "f"), (AVI, "m"), (RANA, "p"))]
        dana, noa, avi, rana = people
        for person in people:
            await person.onboard()
        ids = [await person_id(core, "telegram", user) for user in (DANA, NOA, AVI, RANA)]
        await make_garin(core, "גרעין שדרות", lead=ids[0], members=ids[1:])

        await dana.say("תפריט")
        await dana.tap_key("menu-garin-decisions")
        await dana.tap_key("garin-decisions-new")
        await dana.tap_key("garin-decision-kind-time")
        await dana.say("ערב תכנון")
        [bad, _again] = await dana.say("מחר בערב\n" + typed(first), expect=2)
        assert bad.text.startswith("לא הצלחתי להבין את „מחר בערב”")
        await dana.say("\n".join([typed(second), typed(first), typed(third)]))
        await dana.tap("יום אחד")
        [preview] = await dana.tap_key("garin-decision-no-quorum")
        assert f"האפשרויות: {a}, {b}, {c}" in preview.text  # in time order
        await dana.tap_key("garin-decision-send", expect=2)
        await deliver.run_once()
        asked = {}
        for person in people:
            [message] = await person.receive(1)
            assert message.text.startswith("📅 מתי נוח להיפגש? בגרעין שדרות בוחרים מועד:")
            assert message.labels == [f"▫️ {a}", f"▫️ {b}", f"▫️ {c}"]
            asked[person.transport.user] = message

        await noa.tap(a, on=asked[NOA])
        [ticked] = await noa.tap(b)
        assert ticked.labels == [f"✅ {a}", f"✅ {b}", f"▫️ {c}"]
        await avi.tap(a, on=asked[AVI])
        await rana.tap(a, on=asked[RANA])
        await rana.tap(b)
        [unticked] = await rana.tap(a)  # can't make it after all
        assert unticked.text.startswith(f"🗳️ התשובה שלכם נשמרה: {b}.")
        await dana.tap(c, on=asked[DANA])

        # the reminder (everyone answered: nobody to remind) and the close
        assert await run_due(core, clock, START + timedelta(days=1), deliver) == 2
        for person in people:
            [outcome] = await person.receive(1)
            assert f"✅ נבחר: {a}" in outcome.text, outcome.text  # 2 : 2 : 1, the earlier
            assert f"• {a}: 2" in outcome.text and f"• {c}: 1" in outcome.text
        async with core.db.transaction() as db:
            decision = await db.scalar(select(GarinDecision))
            assert (decision.result, decision.winners) == ("chosen", ["t1"])
            assert decision.options[0]["at"] == first.isoformat()
