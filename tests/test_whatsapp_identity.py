"""One person across Telegram and WhatsApp: the phone number links them, in either order."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager

from sqlalchemy import func, select

from bot.app import create_core
from bot.channels.telegram.adapter import TelegramChannel
from standins.telegram_api import TelegramStandIn
from standins.twilio_api import TwilioStandIn
from storage.models import Identity, Person
from tests.conftest import make_settings
from tests.test_telegram_first_contact import onboard as onboard_on_telegram
from tests.whatsapp_harness import running_whatsapp, whatsapp_settings

AVI_TG, AVI_PHONE = 1002, "+972547654321"
NOA_TG, NOA_PHONE = 1001, "+972502345678"



@asynccontextmanager
async def both_channels(database_url, telegram: TelegramStandIn, twilio: TwilioStandIn):
    settings = make_settings(database_url, telegram_bot_token=telegram.token,
                             telegram_api_base_url=telegram.base_url, telegram_poll_timeout=1,
                             **whatsapp_settings(database_url, twilio))
    core = await create_core(settings)
    channel = TelegramChannel(core.port())
    await channel.start()
    try:
        async with running_whatsapp(database_url, twilio, core=core) as bot:
            yield bot
    finally:
        await channel.stop()
        await core.close()


async def people_and_identities(bot) -> tuple[int, list[str]]:
    async with bot.core.db.transaction() as db:
        people = await db.scalar(select(func.count()).select_from(Person))
        identities = sorted(i.urn for i in await db.scalars(select(Identity)))
    return people, identities


async def test_a_number_linked_on_telegram_is_the_same_person_on_whatsapp(database_url, apis):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio) as bot:
        count = await onboard_on_telegram(telegram, AVI_TG, form_label="בלשון זכר",
                                          consent_label="מסכים")
        await telegram.message(AVI_TG, contact={"phone_number": "054-765-4321",
                                                "first_name": "Avi", "user_id": AVI_TG})
        await telegram.wait_for(AVI_TG, count + 2)
        avi = bot.user(AVI_PHONE, profile_name="Avi")
        await avi.says("תפריט")
        [menu] = await twilio.wait_for(AVI_PHONE, 1)
        assert menu.text.startswith("מה תרצה לעשות?")  # no first contact again, his form
        assert await people_and_identities(bot) == (
            1, [f"telegram:{AVI_TG}", f"whatsapp:{AVI_PHONE}"])


async def test_continuing_on_telegram_after_starting_on_whatsapp(database_url, apis):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio) as bot:
        noa = bot.user(NOA_PHONE)
        for text in ("שלום", "1", "2", "1"):  # Hebrew, feminine, agree
            await noa.says(text)
            await bot.settle()
        count = await onboard_on_telegram(telegram, NOA_TG)
        await telegram.message(NOA_TG, contact={"phone_number": NOA_PHONE,
                                                "first_name": "Noa", "user_id": NOA_TG})
        linked = (await telegram.wait_for(NOA_TG, count + 2))[-2]
        assert linked.text.startswith("המספר נשמר")
        assert await people_and_identities(bot) == (
            1, [f"telegram:{NOA_TG}", f"whatsapp:{NOA_PHONE}"])
        await telegram.text(NOA_TG, "המידע שלי")
        await telegram.wait_for(NOA_TG, count + 3)
        [export] = telegram.to(NOA_TG, "sendDocument")
        data = json.loads(export.params["document_content"])
        assert (data["person"]["phone"], data["person"]["address_form"]) == (NOA_PHONE, "f")
        await noa.says("תפריט")  # and WhatsApp still leads to the same person
        menu = (await twilio.wait_for(NOA_PHONE, 6))[-1]
        assert menu.text.startswith("מה תרצי לעשות?")
        assert await people_and_identities(bot) == (
            1, [f"telegram:{NOA_TG}", f"whatsapp:{NOA_PHONE}"])
