"""A garin's own gathering reuses the house-meeting machinery, for members only (Telegram,
real PTB Application against the stand-in Bot API): Dana publishes it from the garin's
screen with the meeting wizard; it is not in the open house-meeting list; Noa, a member,
opens it from her garin home and signs up (confirmation and .ics as for any meeting);
Avi, not a member, cannot take a seat even by asking storage directly."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage import garinim as repo
from storage import meetings as meetings_repo
from storage.garin_models import ACCEPTED, GarinGathering
from tests.support.garinim import person_id
from tests.support.person import on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START, israel

DANA, NOA, AVI = 7001, 1001, 1002
STARTS = START + timedelta(days=7, hours=7, minutes=30)


async def test_a_gathering_is_for_the_garin_members_only(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        dana, noa = on_telegram(api, DANA), on_telegram(api, NOA)
        avi = on_telegram(api, AVI, form="m")
        for person in (dana, noa, avi):
            await person.onboard()
        noa_id, avi_id = await person_id(bot.core, NOA), await person_id(bot.core, AVI)
        async with bot.core.db.transaction() as db:  # invited and accepted (tested elsewhere)
            garin = await repo.create(db, name="גרעין אופקים", target_region="negev",
                                      now=clock.now())
            invitation = await repo.invite(db, garin.id, noa_id, invited_by=None,
                                           now=clock.now())
            assert invitation is not None
            await repo.answer_invitation(db, invitation.id, noa_id, ACCEPTED, clock.now())

        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("גרעין אופקים")
        await dana.tap("📅 מפגש לגרעין")
        await dana.say("ערב חזון")
        await dana.tap("⏭️ דילוג")  # no site
        await dana.say("אופקים")
        await dana.say(f"{israel(STARTS):%-d/%-m %H:%M}")
        await dana.tap("120 דקות")
        await dana.say("10")
        await dana.say("הנשיא 5, אופקים")
        await dana.tap("⏭️ דילוג")  # no host
        await dana.tap("עברית")
        await dana.tap("⏭️ דילוג")  # no notes
        published, _manage = await dana.tap("📣 לפרסם", expect=2)
        assert published.text.startswith("„ערב חזון” פורסם")
        async with bot.core.db.transaction() as db:
            gathering = await db.scalar(select(GarinGathering))
        assert gathering is not None and gathering.garin_id == garin.id

        # not in the open list: Avi finds no house meeting in the Negev
        await avi.tap("🏠 חוגי בית")
        [none] = await avi.tap("הנגב והדרום")
        assert none.text.startswith("כרגע אין חוגי בית קרובים")
        async with bot.core.db.transaction() as db:
            refused = await meetings_repo.take_seats(db, gathering.meeting_id, avi_id, 1,
                                                     clock.now())
        assert refused.outcome == "closed"

        # Noa opens it from her garin home and signs up like for any house meeting
        [menu] = await noa.say("תפריט")
        [home] = await noa.tap("🌱 הגרעין שלי", on=menu)
        assert "📅 ערב חזון" in home.text
        [details] = await noa.tap("📅 ערב חזון", on=home)
        assert details.text.startswith("ערב חזון") or "ערב חזון" in details.text
        await noa.tap("✋ הרשמה")
        await noa.tap("1")
        confirmed, ics, _menu = await noa.say("נועה", expect=3)
        assert confirmed.text.startswith("נרשמת!") and "הנשיא 5, אופקים" in confirmed.text
        assert ics.params["document_filename"] == "meeting.ics"
