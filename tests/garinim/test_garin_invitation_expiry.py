"""Garin invitations expire (GARIN_INVITATION_DAYS, 14 by default), with the fake clock
moving forward: the invitation shows its last day; two days before it, those who have not
answered get one reminder (not Avi, who joined); at the end, Dana (coordinator) gets one
notice naming both who did not answer, the lead one with the count; Sam's old accept button
then says the invitation has expired, and he is not a member."""

from __future__ import annotations

from datetime import timedelta

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.domain import dates
from storage import garinim as repo
from tests.support.garinim import interested, ofakim_garin
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

DANA, AVI, SAM, LIOR = 7001, 1002, 1003, 1004


async def test_reminder_expiry_one_notice_and_the_stale_button(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        core = bot.core
        delivery = Delivery(core.db, clock, {"telegram": bot.channel})
        scheduler = Scheduler(core.db, core.services, clock)
        dana, avi = on_telegram(api, DANA), on_telegram(api, AVI, form="m")
        sam = on_telegram(api, SAM, language="en", form="m")
        lior = on_telegram(api, LIOR, form="m")
        for person in (dana, avi, sam, lior):
            await person.onboard()
        ids = await interested(core, (AVI, SAM, LIOR))
        await ofakim_garin(dana, ids.values())
        sent_at = clock.now()
        await delivery.run_once()
        ends = sent_at + timedelta(days=14)
        [to_avi] = await avi.receive(1)
        assert to_avi.text.endswith(
            f"ההזמנה בתוקף עד {dates.long_date(ends, 'he', core.settings.timezone)}.")
        [to_sam] = await sam.receive(1)
        assert to_sam.text.endswith(
            f"The invitation is open until {dates.long_date(ends, 'en', core.settings.timezone)}.")
        [to_lior] = await lior.receive(1)
        assert to_lior.text.startswith("🌱 אתה מוזמן") and "ההזמנה בתוקף עד" in to_lior.text
        await avi.tap("✅ אני מצטרף", expect=2, on=to_avi)
        await avi.say("אבי")
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("גרעין אופקים")
        await dana.tap("🧭 בחירת רכז לגרעין")
        await dana.tap("אבי", expect=2)

        # Two days before the end: one reminder each to Sam and Lior, none to Avi
        heard_by_avi = len(avi.received)
        clock.set(ends - timedelta(days=2, minutes=-1))
        await scheduler.tick()
        await delivery.run_once()
        [reminder] = await sam.receive(1)
        assert reminder.text.startswith("⏳ A reminder: the invitation to the garin")
        assert reminder.labels == ["✅ I'll join", "✖️ Not now"]
        [reminded] = await lior.receive(1)
        assert reminded.text.startswith("⏳ תזכורת:") and reminded.text.endswith("תרצה להצטרף?")
        assert len(avi.received) == heard_by_avi

        # The end: the invitations expire; one notice for Dana, one (count only) for Avi
        heard_by_dana = len(dana.received)
        clock.set(ends + timedelta(minutes=1))
        await scheduler.tick()
        await scheduler.tick()
        await delivery.run_once()
        [notice] = await dana.receive(1)
        assert notice.text.startswith("⌛ „גרעין אופקים”: שתי הזמנות פגו בלי תשובה: ")
        assert len(dana.received) == heard_by_dana + 1
        [lead_notice] = await avi.receive(1)
        assert lead_notice.text == "⌛ „גרעין אופקים”: שתי הזמנות פגו בלי תשובה."
        async with core.db.transaction() as db:
            states = {i.person_id: i.state for i in await repo.invitations_of_garin(
                db, (await repo.all_garinim(db))[0].id)}
        assert states == {ids[AVI]: "accepted", ids[SAM]: "expired", ids[LIOR]: "expired"}

        # Sam's old button: a clear answer, and he did not join
        [stale] = await sam.tap("✅ I'll join", on=to_sam)
        assert stale.text == ("⌛ The invitation to “\u2068גרעין אופקים\u2069” has expired: "
                              "the time to answer it is over.")
        async with core.db.transaction() as db:
            garin = (await repo.all_garinim(db))[0]
            assert not await repo.is_member(db, garin.id, ids[SAM])
