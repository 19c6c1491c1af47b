"""An Arabic-speaking newcomer answers "where do you live" with «الناصرة» and a Russian-speaking
one with «Офаким» (and with the typo «Офакм»), on Telegram (the real Application against the
stand-in Bot API) and on WhatsApp (the signed webhook): each finds the town and reads its name
back in their own script, and the answer is stored under the locality's key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from standins.telegram_api import TelegramStandIn
from standins.twilio_api import TwilioStandIn
from storage.survey_models import SurveyAnswer
from tests.support.person import Person, label, on_telegram, on_whatsapp
from tests.support.telegram import running_bot
from tests.support.whatsapp import running_whatsapp

WHERE = """\
id: where
version: 1
title: {he: מגורים, en: Home, ar: السكن, ru: Жильё}
thanks: {he: תודה!, en: Thanks!, ar: شكرًا!, ru: Спасибо!}
questions:
  - id: locality
    type: locality
    title: {he: יישוב, en: Locality, ar: البلدة, ru: Населённый пункт}
    text: {he: "איפה?", en: "Where?", ar: "أين؟", ru: "Где?"}
  - id: note
    type: text
    optional: true
    title: {he: הערה, en: Note, ar: ملاحظة, ru: Заметка}
    text: {he: "עוד משהו?", en: "Anything else?", ar: "شيء آخر؟", ru: "Что-то ещё?"}
"""
RANA_TG, RANA_PHONE = 2001, "+972521112233"
SVETA_TG, SVETA_PHONE = 2002, "+972523334455"


@pytest.fixture
def where(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "surveys"
    folder.mkdir()
    (folder / "where.yaml").write_text(WHERE, encoding="utf-8")
    return {"survey_dir": str(folder), "survey_active": "where"}


@asynccontextmanager
async def newcomer(channel: str, language: str, database_url: str, apis: Any, clock: Any,
                   survey: dict[str, str]) -> AsyncIterator[tuple[Person[Any], Any]]:
    """A person of `language` on `channel`, onboarded, at the survey's locality question."""
    telegram: TelegramStandIn
    twilio: TwilioStandIn
    telegram, twilio = apis
    user, phone = (RANA_TG, RANA_PHONE) if language == "ar" else (SVETA_TG, SVETA_PHONE)
    if channel == "telegram":
        async with running_bot(database_url, telegram, clock=clock, **survey) as bot:
            person: Person[Any] = on_telegram(telegram, user, language=language, form="f")
            await person.onboard()
            yield person, bot.core
    else:
        async with running_whatsapp(database_url, twilio, clock=clock, **survey) as bot:
            person = on_whatsapp(bot, phone, language=language, form="f")
            await person.onboard()
            yield person, bot.core


async def stored_locality(core: Any) -> Any:
    async with core.db.transaction() as db:
        return await db.scalar(select(SurveyAnswer.value).where(
            SurveyAnswer.question_id == "locality"))


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
async def test_an_arabic_speaker_types_her_town_in_arabic(channel, database_url, apis, clock,
                                                          where):
    async with newcomer(channel, "ar", database_url, apis, clock, where) as (rana, core):
        [question] = await rana.tap(label("ar", "menu-survey-start"))
        assert question.text.startswith("(1/2)\nأين؟")
        found, _note = await rana.say("الناصرة", expect=2)  # exactly its name: no pick list
        galilee = label("ar", "region-galilee")
        assert found.text == f"📍 الناصرة ({galilee})"
        assert await stored_locality(core) == {"key": "נצרת", "region": "galilee"}


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
async def test_a_russian_speaker_types_her_town_in_cyrillic_even_misspelt(
        channel, database_url, apis, clock, where):
    async with newcomer(channel, "ru", database_url, apis, clock, where) as (sveta, core):
        await sveta.tap(label("ru", "menu-survey-start"))
        negev = label("ru", "region-negev")
        [pick] = await sveta.say("Офакм")  # a typo: offered, not taken for granted
        assert pick.text.startswith(label("ru", "survey-locality-pick", "f"))
        assert f"Офаким · {negev}" in sveta.transport.choices(pick)
        found, _note = await sveta.tap(f"Офаким · {negev}", expect=2)
        assert found.text == f"📍 Офаким ({negev})"
        assert await stored_locality(core) == {"key": "אופקים", "region": "negev"}


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
async def test_the_exact_cyrillic_name_is_taken_at_once(channel, database_url, apis, clock,
                                                        where):
    async with newcomer(channel, "ru", database_url, apis, clock, where) as (sveta, core):
        await sveta.tap(label("ru", "menu-survey-start"))
        found, _note = await sveta.say("Офаким", expect=2)
        assert found.text == f"📍 Офаким ({label('ru', 'region-negev')})"
        assert await stored_locality(core) == {"key": "אופקים", "region": "negev"}
