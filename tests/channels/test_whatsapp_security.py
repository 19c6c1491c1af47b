"""Forged, unsigned, replayed and malformed webhooks: refused or ignored, nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from standins.twilio_api import TwilioStandIn, WhatsAppUser
from storage.models import Identity, Person, ProcessedUpdate
from storage.whatsapp_models import WhatsAppStatus
from tests.support.whatsapp import PUBLIC_BASE_URL, running_whatsapp

NOA = "+972502345678"
INBOUND = "/webhooks/twilio/whatsapp"


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def stored(bot) -> dict[str, int]:
    async with bot.core.db.transaction() as db:
        return {model.__tablename__: await db.scalar(select(func.count()).select_from(model))
                for model in (Person, Identity, ProcessedUpdate, WhatsAppStatus)}


async def test_forged_and_unsigned_requests_are_refused(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = bot.user(NOA)
        fields = noa.fields(Body="שלום")
        assert (await noa.post(INBOUND, fields, signed=False)).status_code == 403
        assert (await noa.post(INBOUND, fields, signature="")).status_code == 403
        forger = WhatsAppUser(bot.server.url, PUBLIC_BASE_URL, NOA, auth_token="not-ours")
        bot.users.append(forger)
        assert (await forger.post(INBOUND, fields)).status_code == 403
        # signed for another URL: the internal address instead of the public one
        internal = noa.validator.compute_signature(bot.server.url + INBOUND, fields)
        assert (await noa.post(INBOUND, fields, signature=internal)).status_code == 403
        # a valid signature, but the body was changed on the way
        signature = noa.sign(INBOUND, fields)
        tampered = {**fields, "Body": "מחק אותי"}
        assert (await noa.post(INBOUND, tampered, signature=signature)).status_code == 403
        # a valid signature with a query string the signature did not cover
        response = await noa.post(INBOUND + "?x=1", fields, signature=signature)
        assert response.status_code == 403
        status = {"MessageSid": "SM1", "MessageStatus": "delivered"}
        assert (await noa.post("/webhooks/twilio/status", status, signed=False)
                ).status_code == 403
        assert (await forger.post("/webhooks/twilio/status", status)).status_code == 403
        await bot.settle()
        assert api.sent == []
        assert await stored(bot) == {"people": 0, "identities": 0, "processed_updates": 0,
                                     "whatsapp_statuses": 0}


async def test_a_query_string_is_part_of_what_is_signed(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = bot.user(NOA)
        fields = noa.fields(Body="שלום")
        signature = noa.sign(INBOUND + "?tenant=north", fields)
        response = await noa.post(INBOUND + "?tenant=north", fields, signature=signature)
        assert response.status_code == 200
        await api.wait_for(NOA, 1)


MALFORMED = [
    {"From": ""}, {"From": "+972502345678"}, {"From": "whatsapp:hello"},
    {"MessageSid": "", "SmsMessageSid": ""}, {"Latitude": "north", "Longitude": "34.5"},
    {"Latitude": "95", "Longitude": "34.5"}, {"NumMedia": "many"},
]


async def test_malformed_but_signed_requests_get_400(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = bot.user(NOA)
        for change in MALFORMED:
            fields = {**noa.fields(Body="שלום"), **change}
            assert (await noa.post(INBOUND, fields)).status_code == 400, change
        await bot.settle()
        assert api.sent == []
        assert (await stored(bot))["people"] == 0


async def test_not_a_form_is_refused(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = bot.user(NOA)
        signature = noa.sign(INBOUND, {})
        response = await noa.client.post(bot.server.url + INBOUND, content=b"\x00\xff{",
                                         headers={"X-Twilio-Signature": signature,
                                                  "Content-Type": "application/json"})
        assert response.status_code == 400
        bad_status = await noa.post("/webhooks/twilio/status", {"MessageSid": "SM1"})
        assert bad_status.status_code == 400
        assert (await stored(bot))["whatsapp_statuses"] == 0


async def test_a_replayed_message_is_handled_once(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = bot.user(NOA)
        fields = noa.fields(Body="שלום")
        for _ in range(3):  # Twilio retries: the same MessageSid, signed again each time
            assert (await noa.post(INBOUND, fields)).status_code == 200
        await bot.settle()
        assert len(api.to(NOA)) == 1
    async with running_whatsapp(database_url, api) as bot:  # again after a restart
        noa = bot.user(NOA)
        assert (await noa.post(INBOUND, fields)).status_code == 200
        await bot.settle()
        assert len(api.to(NOA)) == 1
        counts = await stored(bot)
        assert (counts["people"], counts["processed_updates"]) == (1, 1)
