"""Rana (Arabic) and Katya (Russian) chose the feminine form. They answer the survey, register
as volunteers, sign up for a house meeting and confirm at its reminder, and accept an offer — over
the real PTB Application — and no word that only the masculine variant of a text has ever
reaches them.

"Masculine-only words" come from the texts themselves: for every select on `$form`, the
words of its `[m]` variant that its `[f]` variant does not have (تريد vs تريدين, قادمًا vs
قادمة, записался vs записалась), minus any word that some feminine or form-free text also
uses. Every message and button each of them received is checked against that list, and the
feminine-only words they did receive show the check had something to find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.clock import FakeClock
from bot.delivery.scheduler import Scheduler
from conversations.domain.survey_def import load_survey
from conversations.meetings.commands import import_meetings
from standins.telegram_api import TelegramStandIn
from tests.support.fluent_texts import (
    SURVEYS,
    Text,
    all_texts,
    literal,
    selector_name,
    selects,
    variant_key,
)
from tests.support.matching import ask_for_a_ride, deliver, register_volunteer
from tests.support.person import Person, on_telegram
from tests.support.telegram import RunningBot, running_bot
from tests.timeline import START, israel

WORD = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+")
STARTS = israel(START + timedelta(days=7, hours=7, minutes=30))  # a week on, 19:30
SURVEY = load_survey(SURVEYS / "graduates.yaml")
SHE, SAMI = 1003, 1005


def words(text: str) -> set[str]:
    return set(WORD.findall(text.casefold()))


def _form_variants(text: Text) -> Iterator[dict[str, str]]:
    for select in selects(text.pattern):
        if selector_name(select) == "form":
            yield {variant_key(v): literal(v.value) for v in select.variants}


def gendered_words(language: str) -> tuple[set[str], set[str]]:
    """(masculine-only, feminine-only) words of the language's texts."""
    masculine: set[str] = set()
    feminine: set[str] = set()
    elsewhere: set[str] = set()  # words some feminine variant uses too
    for text in all_texts(language).values():
        for variants in _form_variants(text):
            m, f = words(variants["m"]), words(variants["f"])
            masculine |= m - f
            feminine |= f - m
            elsewhere |= f
    return masculine - elsewhere, feminine - words(" ".join(
        variants["m"] for text in all_texts(language).values()
        for variants in _form_variants(text)))


def seen_by(api: TelegramStandIn, user: int) -> list[str]:
    return [" ".join([s.text or "", *s.labels]) for s in api.sent if s.chat_id == user]


def option(person: Person, question: str, choice: str) -> str:
    return SURVEY.texts.get(f"o-{question}-{choice}", person.language, person.form)


async def answer_the_survey(she: Person) -> None:
    await she.tap_key("menu-survey-start", expect=2)
    await she.tap(option(she, "age_group", "22_25"))
    await she.say("Mechinat Ein Prat")
    await she.say("2019")
    await she.tap(option(she, "occupation", "work"))
    await she.say("אופקים", expect=2)  # found, and the next question
    await she.tap(option(she, "family_status", "single"))
    await she.tap(option(she, "openness", "maybe"))
    await she.tap(option(she, "regions", "negev"))
    await she.tap_key("survey-done")
    await she.tap(option(she, "time_frame", "one_two"))
    await she.tap(option(she, "enablers", "housing"))
    await she.tap_key("survey-done")
    await she.tap_key("survey-yes")  # a house meeting
    await she.tap(option(she, "garin", "maybe"))
    await she.tap_key("survey-yes")  # volunteering
    await she.tap_key("survey-yes")  # may a coordinator call
    [review] = await she.tap_key("survey-skip")
    assert review.text.startswith(she.t("survey-review-title"))
    await she.tap_key("survey-submit", expect=2)


async def sign_up_and_confirm(bot: RunningBot, clock: FakeClock, she: Person) -> None:
    csv = ("title,site,locality,starts_at,duration_minutes,capacity,address,host,language,"
           f"notes\nErev Ofakim,Garin Ofakim,Ofakim,{STARTS:%Y-%m-%d %H:%M},120,12,"
           "HaNasi 5,,he,\n")
    async with bot.core.db.transaction() as db:
        report = await import_meetings(db, bot.core.services, csv, bot.core.clock.now())
    assert report.errors == []
    [listing] = await she.tap_key("menu-meetings")  # her survey region: the Negev's list
    await she.tap(next(label for label in listing.labels if "Erev Ofakim" in label))
    await she.tap_key("meeting-sign-up")
    confirmed, _ics, _menu = await she.tap("1", expect=3)  # her name is known by now
    assert confirmed.text.startswith(she.t("meeting-confirmed"))
    clock.set(STARTS - timedelta(hours=24))
    assert await Scheduler(bot.core.db, bot.core.services, clock).tick() == 1
    await deliver(bot)
    [reminder] = await she.receive(1)
    assert she.t("meeting-still-coming-yes") in reminder.labels
    await she.tap_key("meeting-still-coming-yes", expect=2)


async def volunteer(she: Person) -> None:
    await register_volunteer(she, "Rana", ["rides"], ["galilee"],
                             ["morning", "afternoon", "evening"],
                             [] if she.language == "ar" else ["ar"])  # her own is ticked


async def accept_an_offer(bot: RunningBot, api: TelegramStandIn, she: Person) -> None:
    sami = on_telegram(api, SAMI, "ar", "m")
    await sami.onboard()
    await ask_for_a_ride(sami)
    await deliver(bot)
    [offer] = await she.receive(1)
    assert she.t("offer-accept") in offer.labels
    await she.tap_key("offer-accept")
    await deliver(bot)
    assert she.t("help-cat-rides") in she.last.text


# Arabic marks the feminine in almost every sentence; Russian «ты» only in past tense and
# short adjectives (записалась, согласна), so fewer of its words can show it.
@pytest.mark.parametrize(("language", "at_least"), [("ar", 15), ("ru", 6)])
async def test_a_feminine_reader_never_gets_a_masculine_word(database_url, api, clock,
                                                             language, at_least):
    masculine, feminine = gendered_words(language)
    assert len(masculine) > 10 and len(feminine) > 10
    she = on_telegram(api, SHE, language, "f")
    async with running_bot(database_url, api, clock=clock) as bot:
        await she.onboard()
        await answer_the_survey(she)
        await volunteer(she)
        await sign_up_and_confirm(bot, clock, she)
        await accept_an_offer(bot, api, she)
    received = seen_by(api, SHE)
    leaks = [(sorted(words(text) & masculine), text[:90]) for text in received
             if words(text) & masculine]
    assert leaks == []
    addressed = {word for text in received for word in words(text) & feminine}
    assert len(addressed) >= at_least, sorted(addressed)
