"""The matching loop on WhatsApp: numbered choices, offers through the outbox, typed answers.

Rana asks by typing numbers; Noa declines with "2"; Yusuf accepts with "1"; only then do
they see each other's names and phones (a WhatsApp number is the person's phone).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conversations.domain.matcher import slot_mask
from conversations.domain.types import Address
from standins.twilio_api import TwilioStandIn
from storage import matching as repo
from storage import people
from storage.matching_models import HelpRequest, VolunteerProfile
from tests.support.person import label
from tests.support.whatsapp import RunningWhatsApp, running_whatsapp

RANA, NOA, YUSUF = "+972523814567", "+972502345678", "+972547654321"


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def seed(bot: RunningWhatsApp, phone: str, name: str) -> None:
    now = bot.core.clock.now()
    async with bot.core.db.transaction() as db:
        identity = await people.identity_for(db, Address("whatsapp", phone), language="he",
                                             now=now)
        identity.last_inbound_at = now  # inside WhatsApp's 24-hour window
        person = await people.person(db, identity.person_id)
        person.display_name, person.phone, person.consented_at = name, phone, now
        person.address_form = "m"
        await repo.save_profile(db, VolunteerProfile(
            person_id=person.id, skills=["rides"], regions=["galilee"], localities=[],
            remote=False, availability=slot_mask(range(7), [0, 1, 2]), languages=["ar", "he"],
            max_open=2, paused=False, accepted=0, declined=0, expired=0, created_at=now), now)


async def test_request_offer_decline_accept_by_numbers(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock) as bot:
        await seed(bot, NOA, "Noa")
        await seed(bot, YUSUF, "Yusuf")
        rana = bot.user(RANA, profile_name="Rana")
        steps = ["مرحبا", "2", "2", "1"]  # Arabic, feminine, agree
        menu_entry = label("ar", "menu-ask-help")
        steps += [menu_entry, "Rana Haddad", label("ar", "help-cat-rides"), "توصيلة للعيادة",
                  "ירכא", "1", label("ar", "help-urgency-week"),
                  label("ar", "req-any-time"), "1"]
        for text in steps:
            await rana.says(text)
            await bot.settle()
        confirm = api.to(RANA)[-1]
        assert label("ar", "req-send") in confirm.options
        await rana.says("1")
        await bot.settle()
        assert api.to(RANA)[-2].text == label("ar", "req-sent", "f", number=1)  # she chose f

        await bot.delivery().run_once()
        [offer] = api.to(NOA)
        assert offer.options == [label("he", "offer-accept", "m"),
                                 label("he", "offer-decline", "m")]
        assert "Rana" not in offer.text and "3814567" not in offer.text
        await bot.user(NOA).says("2")
        await bot.settle()
        assert api.to(NOA)[-1].text == label("he", "offer-declined-thanks", "m")

        await bot.delivery().run_once()
        yusuf = bot.user(YUSUF)
        assert "Rana" not in api.to(YUSUF)[-1].text
        await yusuf.says("1")
        await bot.settle()
        await bot.delivery().run_once()
        details = api.to(YUSUF)[-1].text
        assert "Rana Haddad" in details and RANA in details
        told = api.to(RANA)[-1].text
        assert "Yusuf" in told and YUSUF in told
        async with bot.core.db.transaction() as db:
            request = await db.scalar(select(HelpRequest))
            assert request.state == "matched" and request.language == "ar"
