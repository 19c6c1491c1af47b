"""Noa starts the survey on WhatsApp, links the same phone on Telegram by sharing her contact,
continues on Telegram from the very question she stopped at, and finishes back on WhatsApp:
one person, one response, every answer kept."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.models import Identity, Person
from storage.survey_models import SurveyAnswer, SurveyResponse
from tests.support.person import on_telegram, on_whatsapp
from tests.support.whatsapp import both_channels

NOA_TG, NOA_PHONE = 1001, "+972502345678"


async def test_the_survey_started_on_whatsapp_continues_on_telegram(database_url, apis):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio) as (bot, _telegram):
        wa = on_whatsapp(bot, NOA_PHONE)
        await wa.onboard()
        await wa.say("לענות על הסקר", expect=2)
        await wa.say("2")  # 22–25
        await wa.say("מכינת עין פרת")
        [occupation] = await wa.say("2019")
        assert occupation.text.startswith("(4/12)\nמה את עושה היום?")

        tg = on_telegram(telegram, NOA_TG)
        await tg.onboard()  # a stranger to Telegram so far
        linked, menu = (await tg.share_phone("050-234-5678", expect=2))[-2:]
        assert linked.text.startswith("המספר נשמר")
        assert "▶️ להמשיך את הסקר" in menu.labels  # her WhatsApp answers came along
        back, occupation = await tg.tap("▶️ להמשיך את הסקר", expect=2, on=menu)
        assert back.text.startswith("טוב שחזרת!")
        assert occupation.text.startswith("(4/12)\nמה את עושה היום?")  # the same question
        [locality] = await tg.tap("עבודה")
        assert locality.text.startswith("(5/12)\nבאיזה יישוב את גרה")
        [pick] = await tg.say("ofakym")  # a misspelling: a pick list first
        assert pick.text.startswith("למה התכוונת?")
        found, family = await tg.tap("אופקים · הנגב והדרום", expect=2)
        assert found.text == "📍 אופקים (הנגב והדרום)"
        assert family.text.startswith("(6/12)")
        await tg.say("תפריט")

        # and back on WhatsApp: the next question, with Telegram's answers in the review
        [menu] = await wa.say("תפריט")
        _back, family = await wa.tap("▶️ להמשיך את הסקר", expect=2, on=menu)  # types its number
        assert family.text.startswith("(6/12)\nמה המצב המשפחתי שלך?")
        [openness] = await wa.say("נשואה")
        assert openness.text.startswith("(7/12)")
        [house] = await wa.say("לא")  # not open to moving: the branch stays closed
        assert house.text.startswith("(8/12)")
        async with bot.core.db.transaction() as db:
            assert await db.scalar(select(func.count()).select_from(Person)) == 1
            assert sorted(i.urn for i in await db.scalars(select(Identity))) == [
                f"telegram:{NOA_TG}", f"whatsapp:{NOA_PHONE}"]
            [response] = list(await db.scalars(select(SurveyResponse)))
            answers = {a.question_id: a.value for a in await db.scalars(
                select(SurveyAnswer).where(SurveyAnswer.response_id == response.id))}
        assert response.channel == "whatsapp"  # where it started
        assert answers == {"age_group": "22_25", "academy": "מכינת עין פרת",
                           "graduation_year": 2019, "occupation": "work",
                           "locality": {"key": "אופקים", "region": "negev"},
                           "family_status": "married", "openness": "no"}
