"""WhatsApp's own buttons and lists inside the 24-hour window, through Twilio's Content API.

The stand-in Twilio creates the Content resources and records each ContentSid send as the
person sees it; tapping answers with ButtonPayload / ListId as Twilio's webhook does. Lists
that do not fit, a failing Content API and sends outside the window fall back to the
numbered text, and typed numbers and words keep working under buttons."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conversations.domain.types import Choice, Outbound
from standins.twilio_api import TwilioStandIn
from storage import outbox
from storage.models import OutboxMessage, Person
from storage.survey_models import SurveyAnswer
from storage.whatsapp_models import WhatsAppContent
from tests.support.person import on_whatsapp
from tests.support.whatsapp import running_whatsapp

NOA = "+972502345678"
QUICK, LIST = "twilio/quick-reply", "twilio/list-picker"
TEMPLATES = {"meeting_reminder": {"he": "HX" + "1" * 32}}
TWELVE = "\n".join(f"      - {{id: c{n}, text: {{he: צבע {n}, en: Colour {n}}}}}"
                   for n in range(1, 13))
CHOICES = f"""\
id: choices
version: 1
title: {{he: בחירות, en: Choices}}
thanks: {{he: תודה!, en: Thanks!}}
questions:
  - id: colour
    type: single
    title: {{he: צבע, en: Colour}}
    text: {{he: "איזה צבע?", en: "Which colour?"}}
    options:
{TWELVE}
  - id: long
    type: single
    title: {{he: ארוך, en: Long}}
    text: {{he: "איזו תשובה?", en: "Which answer?"}}
    options:
      - {{id: a, text: {{he: תשובה קצרה, en: Short}}}}
      - {{id: b, text: {{he: תשובה ארוכה מאוד שלא נכנסת לרשימה, en: A very long answer}}}}
  - id: agree
    type: yesno
    title: {{he: הסכמה, en: Agree}}
    text: {{he: "מסכימה?", en: "Agree?"}}
"""


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


@pytest.fixture
def choices(tmp_path: Path) -> dict[str, object]:
    folder = tmp_path / "surveys"
    folder.mkdir()
    (folder / "choices.yaml").write_text(CHOICES, encoding="utf-8")
    return {"survey_dir": str(folder), "survey_active": "choices"}


async def contents_kept(bot) -> int:
    async with bot.core.db.transaction() as db:
        return await db.scalar(select(func.count()).select_from(WhatsAppContent))


async def test_menus_are_lists_yes_no_are_buttons_and_taps_answer(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock,
                                whatsapp_interactive=True) as bot:
        noa = on_whatsapp(bot, NOA)
        [languages] = await noa.say("שלום")
        assert languages.content_type == LIST and languages.body.startswith("שלום! 👋")
        assert languages.options == ["עברית", "العربية", "English", "Русский"]
        assert "1." not in languages.text  # no numbered copy under the list
        [form] = await noa.tap("עברית")  # a list item: ListId carries the choice
        assert form.content_type == QUICK
        assert form.options == ["בלשון זכר", "בלשון נקבה", "בלשון רבים"]
        [consent] = await noa.tap("בלשון נקבה")  # a button: ButtonPayload
        assert consent.content_type == QUICK and consent.options == ["מסכימה", "לא עכשיו"]
        _welcome, menu = await noa.tap("מסכימה", expect=2)
        assert menu.content_type == LIST and menu.options[0] == "📋 לענות על הסקר"
        assert json.loads(menu.content_variables)["1"] == menu.text

        [again] = await noa.say("תפריט")  # the same structure: its Content is reused
        assert again.content_sid == menu.content_sid
        # lists of 4 and 8, 3 and 2 buttons: one Content each, the texts are variables
        assert len(api.contents) == await contents_kept(bot) == 4
        intro, age = await noa.say("1", expect=2)  # typed numbers still answer under a list
        assert intro.text.startswith("📋 סקר קצר") and age.text.startswith("(1/12)")


async def test_long_lists_and_long_titles_fall_back_to_numbers(
        database_url, api, clock, choices):
    async with running_whatsapp(database_url, api, clock=clock, whatsapp_interactive=True,
                                **choices) as bot:
        noa = on_whatsapp(bot, NOA)
        await noa.onboard()
        [colour] = await noa.tap("📋 לענות על הסקר")
        assert colour.content_sid is None  # twelve options: more than a list holds
        assert colour.text.endswith("\n11. צבע 11\n12. צבע 12")
        [long] = await noa.tap("צבע 12")  # typed as its number
        assert long.content_sid is None  # a title of more than 24 characters
        assert long.options[1] == "תשובה ארוכה מאוד שלא נכנסת לרשימה"
        [agree] = await noa.tap("תשובה קצרה")
        assert agree.content_type == QUICK and agree.options == ["כן", "לא", "↪️ חזרה"]
        [review] = await noa.tap("כן")
        assert review.text.startswith("כמעט סיימנו!")
        async with bot.core.db.transaction() as db:
            answers = {a.question_id: a.value for a in await db.scalars(select(SurveyAnswer))}
        assert answers == {"colour": "c12", "long": "a", "agree": "yes"}


async def test_a_failing_content_api_falls_back_without_losing_the_message(
        database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock,
                                whatsapp_interactive=True) as bot:
        noa = on_whatsapp(bot, NOA)
        api.fail_content_next(500, 20500, "Internal Server Error")
        [languages] = await noa.say("שלום")
        assert languages.content_sid is None  # numbered text instead
        assert languages.text.endswith("\n1. עברית\n2. العربية\n3. English\n4. Русский")
        assert await contents_kept(bot) == 0  # a failure is not remembered
        [form] = await noa.tap("עברית")  # by its number
        assert form.content_type == QUICK
        api.fail_content_next(400, 21656, "Invalid content")  # refused outright: same
        [consent] = await noa.tap("בלשון נקבה")
        assert consent.content_sid is None and consent.options == ["מסכימה", "לא עכשיו"]
        await noa.tap("מסכימה", expect=2)
        assert await contents_kept(bot) == 2  # the three buttons and the menu's list


async def test_outside_the_window_templates_or_hold_as_before(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock, whatsapp_interactive=True,
                                whatsapp_templates=TEMPLATES) as bot:
        noa = on_whatsapp(bot, NOA)
        await noa.onboard()
        inside = await queue(bot, "r0", "תזכורת: חוג בית מחר ב-20:00",
                             (Choice("אגיע", target="yes"), Choice("לא אגיע", target="no")))
        assert await bot.delivery().run_once() == 1
        [reminder] = await noa.receive(1)
        assert reminder.content_type == QUICK and reminder.options == ["אגיע", "לא אגיע"]
        assert (await row(bot, inside)).platform_message_id == reminder.sid

        clock.advance(timedelta(hours=25))
        outside = await queue(bot, "r1", "תזכורת:\nחוג בית מחר ב-20:00",
                              (Choice("אגיע", target="yes"),))
        held = await queue(bot, "b1", "עדכון שבועי", (Choice("אגיע", target="yes"),),
                           kind="broadcast")
        await bot.delivery().run_once()
        [sent] = await noa.receive(1)
        assert sent.content_sid == TEMPLATES["meeting_reminder"]["he"]  # the approved one
        assert json.loads(sent.content_variables) == {
            "1": "תזכורת: · חוג בית מחר ב-20:00 · 1. אגיע"}
        assert (await row(bot, outside)).state == "sent"
        assert (await row(bot, held)).state == "held"


async def queue(bot, key: str, text: str, choices: tuple[Choice, ...], *,
                kind: str = "meeting_reminder") -> int:
    async with bot.core.db.transaction() as db:
        person = await db.scalar(select(Person))
        await outbox.enqueue(db, person_id=person.id, kind=kind, key=key,
                             message=Outbound(text, choices, language="he"),
                             now=bot.core.clock.now())
        return await db.scalar(select(OutboxMessage.id).where(OutboxMessage.key == key))


async def row(bot, row_id: int) -> OutboxMessage:
    async with bot.core.db.transaction() as db:
        return await db.get(OutboxMessage, row_id)


@pytest.mark.parametrize("typed", [False, True], ids=["buttons", "typed-numbers"])
async def test_the_survey_walk_by_buttons_and_by_typed_numbers(
        database_url, api, clock, typed):
    async with running_whatsapp(database_url, api, clock=clock,
                                whatsapp_interactive=True) as bot:
        noa = on_whatsapp(bot, NOA, typed=typed)
        await noa.onboard()
        _intro, age = await noa.tap("📋 לענות על הסקר", expect=2)
        assert age.content_type == LIST  # five ages
        await noa.tap("22–25")
        await noa.say("מכינת עין פרת")
        [occupation] = await noa.say("2019")
        assert occupation.text.startswith("(4/12)")
        [locality] = await noa.tap("עבודה")
        assert locality.text.startswith("(5/12)")
        _found, family = await noa.say("אופקים", expect=2)
        assert family.content_type == LIST
        [openness] = await noa.tap("רווקה")
        assert openness.text.startswith("(7/12)")
        [house] = await noa.tap("לא")
        assert house.content_type == QUICK and house.options == ["כן", "לא", "↪️ חזרה"]
        [garin] = await noa.tap("כן")
        [volunteer] = await noa.tap("אולי, רוצה לשמוע עוד", on=garin)
        [contact] = await noa.tap("לא", on=volunteer)
        [comments] = await noa.tap("לא", on=contact)
        assert comments.text.startswith("(12/12)")
        [review] = await noa.say("תודה!")
        assert review.text.startswith("כמעט סיימנו!")
        thanks, _menu = await noa.tap("✅ שליחה", expect=2)
        assert thanks.text.startswith("תודה רבה!")
        sent = api.to(NOA)
        assert any(m.content_type == QUICK for m in sent)
        assert any(m.content_type == LIST for m in sent)
        async with bot.core.db.transaction() as db:
            answers = {a.question_id: a.value for a in await db.scalars(select(SurveyAnswer))}
        assert answers["age_group"] == "22_25" and answers["occupation"] == "work"
        assert answers["family_status"] == "single" and answers["openness"] == "no"
