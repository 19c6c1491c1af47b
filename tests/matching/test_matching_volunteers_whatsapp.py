"""What volunteers hit on WhatsApp (issue 20): readable offer deadlines, several numbers
in one message for a multi-select list, and a finished profile that stays finished."""

from __future__ import annotations

import pytest

from standins.twilio_api import TwilioStandIn
from tests.support.matching import seed_whatsapp_volunteer as seed
from tests.support.person import label
from tests.support.whatsapp import RunningWhatsApp, running_whatsapp

RANA, NOA = "+972523814567", "+972502345678"


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def rana_asks_for_a_ride(bot: RunningWhatsApp) -> None:
    rana = bot.user(RANA, profile_name="Rana")
    steps = ["مرحبا", "2", "2", "1", label("ar", "menu-ask-help"), "Rana Haddad",
             label("ar", "help-cat-rides"), "توصيلة للعيادة", "ירכא", "1",
             label("ar", "help-urgency-week"), label("ar", "req-any-time"), "1", "1"]
    for text in steps:
        await rana.says(text)
        await bot.settle()


async def test_the_offer_deadline_reads_as_a_duration_in_the_volunteers_language(
        database_url, api, clock):
    async with running_whatsapp(database_url, api, clock, offer_timeout_hours=0.02) as bot:
        await seed(bot, NOA, "Noa")
        await rana_asks_for_a_ride(bot)
        await bot.delivery().run_once()
        [offer] = api.to(NOA)
        assert "72 שניות" in offer.text
        assert "0.02" not in offer.text


async def test_a_volunteer_on_the_profile_summary_is_not_sent_back_into_it_after_an_offer(
        database_url, api, clock):
    async with running_whatsapp(database_url, api, clock) as bot:
        await seed(bot, NOA, "Noa")
        noa = bot.user(NOA)
        for text in ("/start", label("he", "menu-volunteer", "m")):  # the menu, then her profile
            await noa.says(text)
            await bot.settle()
        assert label("he", "vol-edit-skills", "m") in api.to(NOA)[-1].options  # the hub
        await rana_asks_for_a_ride(bot)
        await bot.delivery().run_once()
        before = len(api.to(NOA))
        await noa.says("1")  # "I can"
        await bot.settle()
        answered = api.to(NOA)[before:]
        assert [m.text for m in answered] == [label("he", "offer-accepted", "m")]
        await noa.says("1")  # no longer means "edit skills": she is out of the profile
        await bot.settle()
        assert label("he", "vol-skills-prompt", "m") not in api.to(NOA)[-1].text


async def test_several_days_and_skills_in_one_message_on_whatsapp(database_url, api, clock):
    from tests.support.person import on_whatsapp

    async with running_whatsapp(database_url, api, clock) as bot:
        noa = on_whatsapp(bot, NOA, "he", "f")
        await noa.onboard()
        await noa.tap_key("menu-volunteer", expect=2)
        await noa.say("Noa")
        [skills] = await noa.say("1,5")  # one message, one answer
        ticked = [o for o in skills.options if o.startswith("✅ ")]
        assert ticked == ["✅ " + noa.t("help-cat-budget"), "✅ " + noa.t("help-cat-rides")]
        await noa.tap_key("choose-done")
        await noa.tap(noa.t("region-galilee"))
        await noa.tap_key("choose-done")
        await noa.tap_key("choose-done")  # no particular localities
        days = [noa.t(f"help-day-{d}") for d in ("sun", "mon", "tue", "wed", "thu", "fri",
                                                  "sat")]
        for typed in ("1-5", "א-ה", "ימי חול"):
            [answer] = await noa.say(typed)
            assert [o for o in answer.options if o.startswith("✅ ")] == [
                "✅ " + d for d in days[:5]], typed
            assert answer.options[5:7] == ["▫️ " + d for d in days[5:]]
            for d in days[:5]:  # untick them again for the next spelling
                await noa.tap(d)
        wrong, _ = await noa.say("1-40", expect=2)
        assert wrong.text == noa.t("not-understood")
