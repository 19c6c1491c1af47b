"""One person across Telegram and WhatsApp: the phone number links them, in either order."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from storage.models import Identity, Person
from tests.support.person import on_telegram, on_whatsapp
from tests.support.whatsapp import both_channels

AVI_TG, AVI_PHONE = 1002, "+972547654321"
NOA_TG, NOA_PHONE = 1001, "+972502345678"


async def people_and_identities(bot) -> tuple[int, list[str]]:
    async with bot.core.db.transaction() as db:
        people = await db.scalar(select(func.count()).select_from(Person))
        identities = sorted(i.urn for i in await db.scalars(select(Identity)))
    return people, identities


async def test_a_number_linked_on_telegram_is_the_same_person_on_whatsapp(database_url, apis):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio) as (bot, _telegram):
        avi_on_telegram = on_telegram(telegram, AVI_TG, form="m")
        await avi_on_telegram.onboard()
        await avi_on_telegram.share_phone("054-765-4321", expect=2)
        avi = on_whatsapp(bot, AVI_PHONE, form="m", profile_name="Avi")
        [menu] = await avi.say("תפריט")
        assert menu.text.startswith("מה תרצה לעשות?")  # no first contact again, his form
        assert await people_and_identities(bot) == (
            1, [f"telegram:{AVI_TG}", f"whatsapp:{AVI_PHONE}"])


async def test_continuing_on_telegram_after_starting_on_whatsapp(database_url, apis):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio) as (bot, _telegram):
        noa = on_whatsapp(bot, NOA_PHONE)
        await noa.onboard()  # "שלום", "1", "2", "1": Hebrew, feminine, agree
        noa_on_telegram = on_telegram(telegram, NOA_TG)
        await noa_on_telegram.onboard()
        linked = (await noa_on_telegram.share_phone(NOA_PHONE, expect=2))[-2]
        assert linked.text.startswith("המספר נשמר")
        assert await people_and_identities(bot) == (
            1, [f"telegram:{NOA_TG}", f"whatsapp:{NOA_PHONE}"])
        await noa_on_telegram.say("המידע שלי")
        [export] = telegram.to(NOA_TG, "sendDocument")
        data = json.loads(export.params["document_content"])
        assert (data["person"]["phone"], data["person"]["address_form"]) == (NOA_PHONE, "f")
        [menu] = await noa.say("תפריט")  # and WhatsApp still leads to the same person
        assert menu.text.startswith("מה תרצי לעשות?")
        assert await people_and_identities(bot) == (
            1, [f"telegram:{NOA_TG}", f"whatsapp:{NOA_PHONE}"])
