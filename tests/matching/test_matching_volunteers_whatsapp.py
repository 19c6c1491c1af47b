"""What volunteers hit on WhatsApp (issue 20): readable offer deadlines, several numbers
in one message for a multi-select list, and a finished profile that stays finished."""

from __future__ import annotations

import pytest

from standins.twilio_api import TwilioStandIn
from tests.matching.test_matching_whatsapp import NOA, RANA, seed
from tests.support.person import label
from tests.support.whatsapp import RunningWhatsApp, running_whatsapp


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
