"""Noa walks the default survey over WhatsApp as a person types it — numbers, option words, a
misspelling, a branch, back, skip, bad input, three spellings of Ofakim, a pause with a restart
of the app in between, review-and-change — and the CSV export holds exactly her answers.
Also the survey's nudge outside the 24-hour window: a template where one is configured, held
with its reason where none is."""

from __future__ import annotations

import csv
import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.cli import build_parser
from bot.delivery.scheduler import Scheduler
from standins.twilio_api import TwilioStandIn
from storage import attributes
from storage.models import Identity, OutboxMessage, Person
from storage.survey_models import SurveyAnswer, SurveyResponse
from tests.support.person import on_whatsapp
from tests.support.settings import make_settings
from tests.support.whatsapp import running_whatsapp

NOA = "+972502345678"
AVI = "+972547654321"
NUDGE_TEMPLATE = "HX" + "5" * 32


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def test_noa_completes_the_survey_on_whatsapp_in_two_sittings(
        database_url, api, clock, tmp_path):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        noa = on_whatsapp(bot, NOA, profile_name="Noa")
        menu = await noa.onboard()
        assert "📋 לענות על הסקר" in menu.options
        intro, age = await noa.say("לענות על הסקר", expect=2)  # the option's words, no emoji
        assert intro.text.startswith("📋 סקר קצר")
        assert age.text.startswith("(1/12)\nבת כמה את?")
        assert age.options == ["18–21", "22–25", "26–30", "31–35", "36 ומעלה"]  # no "back" yet
        [academy] = await noa.say("2")
        assert academy.text.startswith("(2/12)\nבאיזו מכינה למדת?")
        assert academy.options == ["↪️ חזרה"]
        [year] = await noa.say("מכינת עין פרת")
        assert year.text.startswith("(3/12)")
        error, again = await noa.say("אלפיים", expect=2)
        assert error.text.startswith("זה לא נראה לי מספר")
        assert again.text == year.text
        error, _ = await noa.say("1850", expect=2)
        assert error.text == "צריך מספר בין 1990 ל־2030."
        [occupation] = await noa.say("2019")
        assert occupation.text.startswith("(4/12)\nמה את עושה היום?")
        error, again = await noa.say("בננה", expect=2)  # near nothing: explained, re-asked
        assert error.text.startswith("בחרי אחת מהאפשרויות")
        assert again.text == occupation.text
        [service_end] = await noa.tap("שירות לאומי")  # opens the branch
        assert service_end.text.startswith("(5/13)\nמתי את משתחררת")
        assert service_end.options == ["⏭️ דילוג", "↪️ חזרה"]
        error, _ = await noa.say("32/13/2027", expect=2)
        assert error.text.startswith("לא הצלחתי לקרוא את התאריך. כתבי")
        [locality] = await noa.say("15/08/2027")
        assert locality.text.startswith("(6/13)\nבאיזה יישוב את גרה")

        # three spellings of Ofakim: exact, final letter as a regular one, and English
        found, family = await noa.say("אופקים", expect=2)
        assert found.text == "📍 אופקים (הנגב והדרום)"
        assert family.text.startswith("(7/13)")
        [locality] = await noa.say("חזרה")
        assert locality.text.startswith("(6/13)")
        found, family = await noa.say("אופקימ", expect=2)
        assert found.text == "📍 אופקים (הנגב והדרום)"
        [locality] = await noa.tap("↪️ חזרה")  # back by its number
        assert locality.text.startswith("(6/13)")
        [pick] = await noa.say("ofakym")
        assert pick.text.startswith("למה התכוונת?")
        assert pick.options[0] == "אופקים · הנגב והדרום"
        assert pick.options[-1] == "אף אחד מאלה – אכתוב שוב"
        found, family = await noa.say("1", expect=2)
        assert found.text == "📍 אופקים (הנגב והדרום)"

        [openness] = await noa.say("רווקה")
        assert openness.text.startswith("(8/13)\nהאם היית שוקלת")
        [regions] = await noa.say("כן, בהחלט")  # opens three more questions
        assert regions.text.startswith("(9/16)")
        [regions] = await noa.say("1")
        assert "✅ הנגב והדרום" in regions.options
        await noa.say("2")
        [regions] = await noa.say("1")  # the same number again: unticked
        assert regions.options[:3] == ["הנגב והדרום", "✅ הגליל והגולן", "ירושלים והסביבה"]
        await noa.say("ירושלים והסביבה")  # an option's words tick it too
        [time_frame] = await noa.say("סיימתי")
        assert time_frame.text.startswith("(10/16)")
        [enablers] = await noa.say("בשנה הקרובא")  # a close misspelling
        assert enablers.text.startswith("(11/16)")
        [menu] = await noa.say("תפריט")  # a pause: the session is wiped, the answers are not
        assert menu.text.startswith("מה תרצי לעשות?")
        assert menu.options[0] == "▶️ להמשיך את הסקר"
        assert "📋 לענות על הסקר" not in menu.options

    clock.advance(timedelta(hours=20))
    async with running_whatsapp(database_url, api, clock=clock) as bot:  # a new process
        noa = on_whatsapp(bot, NOA, profile_name="Noa")
        back, enablers = await noa.say("1", expect=2)  # the menu's number, from before
        assert back.text.startswith("טוב שחזרת!")
        assert enablers.text.startswith("(11/16)\nמה היה עוזר לך לעבור?")
        [ticked] = await noa.say("דיור")
        assert "✅ דיור" in ticked.options
        await noa.say("1")  # unticked again
        [house] = await noa.say("דילוג")  # nothing ticked and optional: skipped
        assert house.text.startswith("(12/16)")
        assert house.options == ["כן", "לא", "↪️ חזרה"]
        [garin] = await noa.say("כן")
        assert garin.text.startswith("(13/16)")
        error, _ = await noa.say("7", expect=2)  # there is no 7th option
        assert error.text.startswith("בחרי אחת מהאפשרויות")
        [volunteer] = await noa.say("אולי, רוצה לשמוע עוד")
        assert volunteer.text.startswith("(14/16)")
        [contact] = await noa.say("לא")
        assert contact.text.startswith("(15/16)")
        [comments] = await noa.say("2")  # the second option: no
        assert comments.text.startswith("(16/16)")
        [review] = await noa.say("מחכה לשמוע על הגרעין!")
        assert review.text.startswith("כמעט סיימנו!")
        assert "• עיסוק כיום: שירות לאומי" in review.text
        assert "• סיום השירות: 15.8.2027" in review.text  # typed 15/08/2027, shown the he way
        assert "• מה יאפשר מעבר: (דילוג)" in review.text
        # the review's own lines are numbered too; the choices come last
        assert review.text.endswith("\n\n1. ✅ שליחה\n2. ✏️ לשנות תשובה")
        # change the occupation: the service question closes and its answer goes
        [change] = await noa.say("2")
        [occupation] = await noa.say(str(change.options.index("עיסוק כיום") + 1))
        assert occupation.text.startswith("(4/16)")
        [review] = await noa.say("לימודים")
        assert "שירות לאומי" not in review.text and "סיום השירות" not in review.text
        assert "• עיסוק כיום: לימודים" in review.text
        thanks, menu = await noa.say("שליחה", expect=2)
        assert thanks.text.startswith("תודה רבה! 🙏 התשובות שלך נשמרו")
        assert "📋 התשובות שלי לסקר" in menu.options
        async with bot.core.db.transaction() as db:
            response = await db.scalar(select(SurveyResponse))
            assert (response.status, response.channel) == ("finished", "whatsapp")
            assert response.finished_at == clock.now()
            person = await db.scalar(select(Person))
            fields = await attributes.values_of(db, person.id)
        assert fields["region_interest"] == ["galilee", "jerusalem"]
        assert fields["residence_region"] == ["negev"]
        assert fields["interests"] == ["group", "house_meeting"]
        assert "survey:graduates:service_end" not in fields

    await export_holds_exactly_noas_answers(database_url, tmp_path)


async def export_holds_exactly_noas_answers(database_url: str, tmp_path) -> None:
    """The CLI's own export command, in English, with every column checked."""
    out = tmp_path / "graduates.csv"
    args = build_parser().parse_args(["export", "survey", "--format", "csv", "--out", str(out),
                                      "--language", "en"])
    await args.func(args, make_settings(database_url))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    expected = {
        "Channel": "whatsapp", "Status": "finished", "Language": "he", "Version": "1",
        "Age group": "22–25", "Academy": "מכינת עין פרת", "Graduation year": "2019",
        "Current occupation": "Studies", "End of service": "",
        "Current locality": "Ofakim", "Current locality – region": "The Negev and the south",
        "Family status": "Single", "Openness to settling in the periphery": "Yes, definitely",
        "Preferred regions: The Negev and the south": "0",
        "Preferred regions: The Galilee and the Golan": "1",
        "Preferred regions: Jerusalem area": "1", "Preferred regions: Somewhere else": "0",
        "Time frame": "Within a year",
        "Interest in a house meeting": "Yes", "Joining a group": "Maybe, tell me more",
        "Volunteering": "No", "Consent to be contacted": "No",
        "Comments": "מחכה לשמוע על הגרעין!",
    }
    enablers = [column for column in row if column.startswith("What would make it possible")]
    assert len(enablers) == 6 and all(row[column] == "" for column in enablers)  # skipped
    assert row["Person"] and row["Started"] and row["Finished"]
    answered = {column: value for column, value in row.items()
                if column not in ("Person", "Started", "Finished") and column not in enablers}
    assert answered == expected  # every column, and nothing else


async def test_the_nudge_goes_as_a_template_outside_the_window_or_is_held(
        database_url, api, clock):
    templates = {"survey_nudge": {"he": NUDGE_TEMPLATE}}  # Hebrew only: English is held
    async with running_whatsapp(database_url, api, clock=clock,
                                whatsapp_templates=templates) as bot:
        noa = on_whatsapp(bot, NOA)
        avi = on_whatsapp(bot, AVI)
        await noa.onboard()
        await avi.say("hi")
        await avi.say("3")  # English
        await avi.say("1")  # masculine
        await avi.say("1", expect=2)  # agree → welcome, menu
        for chat, start in ((noa, "לענות על הסקר"), (avi, "Answer the survey")):
            await chat.say(start, expect=2)
            await chat.say("2")  # one answer, then silence
        scheduler = Scheduler(bot.core.db, bot.core.services, clock)
        clock.advance(timedelta(days=2, minutes=1))  # past the 24-hour window too
        noa_before, avi_before = len(noa.received), len(avi.received)
        assert await scheduler.tick() == 2
        assert await bot.delivery().run_once() == 2  # one sent, one held
        [nudge] = noa.received[noa_before:]
        assert nudge.content_sid == NUDGE_TEMPLATE and nudge.body is None
        variables = json.loads(nudge.content_variables)
        assert variables["1"].startswith("היי 👋 התחלת את הסקר וענית על 1 מתוך")
        assert variables["1"].endswith("1. ▶️ להמשיך את הסקר")
        assert avi.received[avi_before:] == []
        async with bot.core.db.transaction() as db:
            rows = {row.person_id: row for row in await db.scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "survey_nudge"))}
            avi_id = await db.scalar(select(Identity.person_id).where(
                Identity.user_id == AVI))
        held = rows[avi_id]
        assert held.state == "held"
        assert "24-hour window" in held.reason and "survey_nudge/en" in held.reason

        # Noa answers the template's "1": the survey continues at her next question
        back, academy = await noa.say("1", expect=2)
        assert back.text.startswith("טוב שחזרת!")
        assert academy.text.startswith("(2/12)\nבאיזו מכינה למדת?")
        await noa.say("מכינת רבין")
        async with bot.core.db.transaction() as db:
            answers = {a.question_id: a.value for a in await db.scalars(
                select(SurveyAnswer).join(SurveyResponse).join(
                    Identity, Identity.person_id == SurveyResponse.person_id).where(
                    Identity.user_id == NOA))}
        assert answers == {"age_group": "22_25", "academy": "מכינת רבין"}
