"""On WhatsApp a bare number that names a listed option is that option, also on a question
that is answered by typing ("2" under "1. ⏭️ skip  2. ↩️ back" on a date); on a number
question where the number is also a valid answer, the number is taken and the person is
told which, with the way to the option."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from standins.twilio_api import TwilioStandIn
from storage.survey_models import SurveyAnswer
from tests.support.person import on_whatsapp
from tests.support.whatsapp import running_whatsapp

NOA = "+972502345678"
TYPED = """\
id: typed
version: 1
title: {he: שאלות כתובות, en: Typed}
thanks: {he: תודה!, en: Thanks!}
questions:
  - id: colour
    type: single
    title: {he: צבע, en: Colour}
    text: {he: "איזה צבע?", en: "Which colour?"}
    options:
      - {id: red, text: {he: אדום, en: Red}}
      - {id: blue, text: {he: כחול, en: Blue}}
  - id: when
    type: date
    optional: true
    title: {he: מתי, en: When}
    text: {he: "מתי? (יום/חודש/שנה)", en: "When?"}
  - id: kids
    type: number
    optional: true
    min: 0
    max: 10
    title: {he: ילדים, en: Children}
    text: {he: "כמה ילדים?", en: "How many children?"}
  - id: note
    type: text
    optional: true
    title: {he: הערה, en: Note}
    text: {he: "משהו להוסיף?", en: "Anything to add?"}
"""


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


@pytest.fixture
def typed(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "surveys"
    folder.mkdir()
    (folder / "typed.yaml").write_text(TYPED, encoding="utf-8")
    return {"survey_dir": str(folder), "survey_active": "typed"}


async def test_a_bare_number_names_the_option_unless_it_is_a_valid_number(
        database_url, api, clock, typed):
    async with running_whatsapp(database_url, api, clock=clock, **typed) as bot:
        noa = on_whatsapp(bot, NOA)
        await noa.onboard()
        await noa.tap("📋 לענות על הסקר")
        [when] = await noa.say("1")  # אדום
        assert when.text.startswith("(2/4)\nמתי?")
        assert when.options == ["⏭️ דילוג", "↪️ חזרה"]
        [colour] = await noa.say("2")  # back, not "I couldn't read the date"
        assert colour.text.startswith("(1/4)")
        await noa.say("2")  # כחול
        [kids] = await noa.say("1")  # skip the date
        assert kids.text.startswith("(3/4)\nכמה ילדים?")
        assert kids.options == ["⏭️ דילוג", "↪️ חזרה"]

        told, note = await noa.say("2", expect=2)  # a valid number of children: taken
        assert told.text == ("רשמתי 2 כתשובה. אם התכוונת ל„↪️ חזרה”, כתבי „חזרה”"
                             " ובחרי בזה.")
        assert note.text.startswith("(4/4)")
        [kids] = await noa.say("חזרה")  # and the offered way back works
        assert kids.text.startswith("(3/4)")
        error, again = await noa.say("15", expect=2)  # neither a valid number nor an option
        assert error.text == "צריך מספר בין 0 ל־10."
        assert again.text.startswith("(3/4)")
        async with bot.core.db.transaction() as db:
            answers = {a.question_id: (a.value, a.skipped)
                       for a in await db.scalars(select(SurveyAnswer))}
        assert answers["colour"] == ("blue", False)
        assert answers["when"] == (None, True)
        assert answers["kids"] == (2, False)
