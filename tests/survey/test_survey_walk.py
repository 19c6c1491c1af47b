"""Noa walks the default survey over Telegram: branches, back, skip, bad input, localities,
a pause with a restart in between, review-and-change; then the export holds exactly that."""

from __future__ import annotations

import csv
from datetime import timedelta

import openpyxl
from sqlalchemy import select

from bot.cli import build_parser
from storage import attributes
from storage.models import Person
from storage.survey_models import SurveyResponse
from tests.support.person import on_telegram
from tests.support.settings import make_settings
from tests.support.telegram import running_bot

NOA = 1001


async def test_noa_completes_the_survey_in_two_sittings(database_url, api, clock, tmp_path):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock) as bot:
        await noa.onboard()
        assert "📋 לענות על הסקר" in noa.last.labels
        intro, age = await noa.tap("📋 לענות על הסקר", expect=2)
        assert intro.text.startswith("📋 סקר קצר")
        assert age.text.startswith("(1/12)\nבת כמה את?")
        assert "↪️ חזרה" not in age.labels  # nothing before the first question
        [academy] = await noa.tap("22–25")
        assert academy.text.startswith("(2/12)\nבאיזו מכינה למדת?")
        [year] = await noa.say("מכינת עין פרת")
        assert year.text.startswith("(3/12)")
        error, again = await noa.say("אלפיים", expect=2)
        assert error.text.startswith("זה לא נראה לי מספר")
        assert again.text == year.text
        error, _ = await noa.say("1850", expect=2)
        assert error.text == "צריך מספר בין 1990 ל־2030."
        [occupation] = await noa.say("2019")
        assert occupation.text.startswith("(4/12)\nמה את עושה היום?")
        [service_end] = await noa.tap("שירות לאומי")  # opens the branch
        assert service_end.text.startswith("(5/13)\nמתי את משתחררת")
        error, _ = await noa.say("32/13/2027", expect=2)
        assert error.text.startswith("לא הצלחתי לקרוא את התאריך. כתבי")
        [locality] = await noa.say("15/08/2027")
        assert locality.text.startswith("(6/13)\nבאיזה יישוב את גרה")
        found, family = await noa.say("אופקימ", expect=2)  # final letter typed as a regular one
        assert found.text == "📍 אופקים (הנגב והדרום)"
        assert family.text.startswith("(7/13)")
        [locality] = await noa.say("חזרה")
        assert locality.text.startswith("(6/13)")
        [pick] = await noa.say("ofakym")
        assert pick.text == "למה התכוונת?"
        assert pick.labels[0] == "אופקים · הנגב והדרום"
        assert pick.labels[-1] == "אף אחד מאלה – אכתוב שוב"
        found, family = await noa.tap("אופקים · הנגב והדרום", expect=2)
        assert found.text == "📍 אופקים (הנגב והדרום)"
        [openness] = await noa.tap("רווקה")
        assert openness.text.startswith("(8/13)\nהאם היית שוקלת")
        [regions] = await noa.tap("כן, בהחלט")  # opens three more questions
        assert regions.text.startswith("(9/16)")
        [regions] = await noa.tap("הנגב והדרום")
        assert "✅ הנגב והדרום" in regions.labels
        await noa.tap("הגליל והגולן")
        [regions] = await noa.tap("✅ הנגב והדרום")  # tapped again: unticked
        assert "הנגב והדרום" in regions.labels and "✅ הגליל והגולן" in regions.labels
        await noa.say("ירושלים והסביבה")
        [time_frame] = await noa.tap("✔️ סיימתי")
        assert time_frame.text.startswith("(10/16)")
        [enablers] = await noa.tap("בשנה הקרובה")
        assert enablers.text.startswith("(11/16)")
        [menu] = await noa.say("תפריט")  # a pause: the session is wiped, the answers are not
        assert "▶️ להמשיך את הסקר" in menu.labels
        assert "📋 לענות על הסקר" not in menu.labels
    clock.advance(timedelta(hours=20))
    async with running_bot(database_url, api, clock=clock) as bot:  # a new process
        back, enablers = await noa.tap("▶️ להמשיך את הסקר", expect=2, on=menu)
        assert back.text.startswith("טוב שחזרת!")
        assert enablers.text.startswith("(11/16)\nמה היה עוזר לך לעבור?")
        [ticked] = await noa.say("דיור")  # multi: typing an option ticks it
        assert "✅ דיור" in ticked.labels
        await noa.tap("✅ דיור")
        [house] = await noa.tap("⏭️ דילוג")  # nothing ticked and optional: skipped
        assert house.text.startswith("(12/16)")
        assert house.labels[:2] == ["כן", "לא"]
        [garin] = await noa.tap("כן")
        assert garin.text.startswith("(13/16)")
        error, _ = await noa.say("7", expect=2)  # there is no 7th option
        assert error.text.startswith("בחרי אחת מהאפשרויות")
        await noa.tap("אולי, רוצה לשמוע עוד")
        [contact] = await noa.say("לא")  # volunteering: typed label
        assert contact.text.startswith("(15/16)")
        [comments] = await noa.say("2")  # the second button: no
        assert comments.text.startswith("(16/16)")
        [review] = await noa.say("מחכה לשמוע על הגרעין!")
        assert review.text.startswith("כמעט סיימנו!")
        assert "• עיסוק כיום: שירות לאומי" in review.text
        assert "• מה יאפשר מעבר: (דילוג)" in review.text
        # change the occupation: the service question closes, its answer goes
        [change] = await noa.tap("✏️ לשנות תשובה")
        [occupation] = await noa.tap("עיסוק כיום", on=change)
        [review] = await noa.tap("לימודים", on=occupation)
        assert "שירות לאומי" not in review.text and "סיום השירות" not in review.text
        assert "• עיסוק כיום: לימודים" in review.text
        thanks, menu = await noa.tap("✅ שליחה", expect=2)
        assert thanks.text.startswith("תודה רבה! 🙏 התשובות שלך נשמרו")
        assert "📋 התשובות שלי לסקר" in menu.labels
        async with bot.core.db.transaction() as db:
            response = await db.scalar(select(SurveyResponse))
            assert response.status == "finished" and response.finished_at == clock.now()
            person = await db.scalar(select(Person))
            fields = await attributes.values_of(db, person.id)
        assert fields["region_interest"] == ["galilee", "jerusalem"]
        assert fields["residence_region"] == ["negev"]
        assert fields["academy"] == ["מכינת עין פרת"]
        assert fields["interests"] == ["group", "house_meeting"]
        assert fields["survey:graduates:occupation"] == ["studies"]
        assert "survey:graduates:enablers" not in fields  # skipped
        assert "survey:graduates:service_end" not in fields

    await export_holds_exactly_noas_answers(database_url, tmp_path)


async def export_holds_exactly_noas_answers(database_url: str, tmp_path) -> None:
    settings = make_settings(database_url)
    parser = build_parser()
    out_csv = tmp_path / "graduates.csv"
    args = parser.parse_args(["export", "survey", "--format", "csv", "--out", str(out_csv),
                              "--language", "en"])
    await args.func(args, settings)
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    [row] = rows
    expected = {
        "Channel": "telegram", "Status": "finished",
        "Age group": "22–25", "Academy": "מכינת עין פרת", "Graduation year": "2019",
        "Current occupation": "Studies", "End of service": "",
        "Current locality": "Ofakim", "Current locality – region": "The Negev and the south",
        "Family status": "Single", "Openness to settling in the periphery": "Yes, definitely",
        "Preferred regions: The Negev and the south": "0",
        "Preferred regions: The Galilee and the Golan": "1",
        "Preferred regions: Jerusalem area": "1", "Preferred regions: Somewhere else": "0",
        "Time frame": "Within a year",
        "What would make it possible: Housing": "",
        "Interest in a house meeting": "Yes", "Joining a group": "Maybe, tell me more",
        "Volunteering": "No", "Consent to be contacted": "No",
        "Comments": "מחכה לשמוע על הגרעין!",
    }
    for column, value in expected.items():
        assert row[column] == value, column
    assert row["Person"] and row["Started"] and row["Finished"]
    out_xlsx = tmp_path / "graduates.xlsx"
    args = parser.parse_args(["export", "survey", "--format", "xlsx", "--out", str(out_xlsx)])
    await args.func(args, settings)
    sheet = openpyxl.load_workbook(out_xlsx, read_only=True).active
    header, *data = list(sheet.iter_rows(values_only=True))
    assert len(data) == 1
    by_header = dict(zip(header, data[0], strict=True))
    assert by_header["קבוצת גיל"] == "22–25"
    assert by_header["עיסוק כיום"] == "לימודים"
    assert by_header["אזורים מועדפים: הגליל והגולן"] == 1
    assert by_header["יישוב מגורים"] == "אופקים"
    assert by_header["שנת סיום המכינה"] == 2019
