"""First contact, the menu, media, documents and ordering over WhatsApp, through the real
webhook app with requests signed like Twilio's."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select

from standins.twilio_api import FROM, TwilioStandIn
from storage.models import Identity, Person
from tests.support.person import on_whatsapp
from tests.support.whatsapp import PUBLIC_BASE_URL, running_whatsapp

NOA = "+972502345678"
AVI = "+972547654321"


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def test_first_contact_to_the_menu_with_numbers_and_a_typo(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = bot.user(NOA, profile_name="Noa")
        response = await noa.says("שלום")
        assert response.headers["content-type"].startswith("text/xml")
        assert "<Response/>" in response.text
        [language] = await api.wait_for(NOA, 1)
        assert language.options == ["עברית", "العربية", "English", "Русский"]
        assert language.from_ == FROM
        assert language.status_callback == PUBLIC_BASE_URL + "/webhooks/twilio/status"
        await noa.says("1")
        form = (await api.wait_for(NOA, 2))[-1]
        assert form.options == ["בלשון זכר", "בלשון נקבה", "בלשון רבים"]
        await noa.says("בלשון נקבא")  # a typo still finds the option
        notice = (await api.wait_for(NOA, 3))[-1]
        assert "את מסכימה?" in notice.text
        async with bot.core.db.transaction() as db:  # nothing personal before consent
            person = await db.scalar(select(Person))
            assert person.phone is None and person.consented_at is None
        await noa.says("מסכימה")
        welcome, menu = (await api.wait_for(NOA, 5))[-2:]
        assert welcome.text.startswith("ברוכה הבאה")
        assert menu.text.startswith("מה תרצי לעשות?")
        assert "📄 המידע שלי" in menu.options
        assert "📱 קישור מספר טלפון" not in menu.options  # the number is already known
        async with bot.core.db.transaction() as db:
            person = await db.scalar(select(Person))
            assert (person.address_form, person.phone) == ("f", NOA)
            identity = await db.scalar(select(Identity))
            assert (identity.channel, identity.user_id) == ("whatsapp", NOA)
        number = menu.options.index("⚙️ שפה ואופן פנייה") + 1
        await noa.says(str(number))
        settings = (await api.wait_for(NOA, 6))[-1]
        assert settings.options[0] == "עברית"


async def test_messages_sent_quickly_are_handled_in_order(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        avi = bot.user(AVI)
        for text in ("hi", "3", "1", "1"):  # English, masculine, agree — without waiting
            await avi.says(text)
        await bot.settle()
        replies = await api.wait_for(AVI, 5)
        assert replies[-1].text.startswith("What would you like to do?")
        async with bot.core.db.transaction() as db:
            person = await db.scalar(select(Person))
            assert (person.language, person.address_form) == ("en", "m")


MEDIA = [
    ({"NumMedia": "1", "MediaContentType0": "image/jpeg", "MessageType": "image"}, "photo"),
    ({"NumMedia": "1", "MediaContentType0": "audio/ogg", "MessageType": "audio"}, "voice"),
    ({"NumMedia": "1", "MediaContentType0": "text/vcard", "MessageType": "document"}, "card"),
]


async def test_media_gets_the_localized_text_only_answer(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = on_whatsapp(bot, NOA)
        await noa.onboard()
        for fields, label in MEDIA:
            await noa.transport.user.sends(MediaUrl0="https://api.twilio.com/media/ME1", **fields)
            answer, menu = await noa.receive(2)
            assert answer.text.startswith("כרגע אני יודע לקרוא כאן רק טקסט"), label
            assert menu.text.startswith("מה תרצי לעשות?")


async def test_my_data_is_served_at_an_expiring_unguessable_url(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        noa = on_whatsapp(bot, NOA)
        await noa.onboard()
        document = (await noa.say("המידע שלי"))[0]
        assert document.text.startswith("זה כל המידע שנשמר עלייך")
        [url] = document.media_urls
        assert url.startswith(PUBLIC_BASE_URL + "/media/")
        path = url.removeprefix(PUBLIC_BASE_URL)
        assert len(path.rsplit("/", 1)[1]) >= 40
        async with httpx.AsyncClient() as client:
            fetched = await client.get(bot.server.url + path)
            assert fetched.status_code == 200
            assert fetched.headers["content-type"].startswith("application/json")
            assert "my-data.json" in fetched.headers["content-disposition"]
            export = json.loads(fetched.content)
            assert export["person"]["phone"] == NOA
            assert (await client.get(bot.server.url + "/media/guess")).status_code == 404
            clock.advance(timedelta(hours=25))
            assert (await client.get(bot.server.url + path)).status_code == 404


async def test_a_location_outside_any_question_is_answered(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = on_whatsapp(bot, NOA)
        await noa.onboard()
        await noa.transport.user.sends(Latitude="31.4167", Longitude="34.5833",
                                       MessageType="location")
        answer, _menu = await noa.receive(2)
        assert answer.text.startswith("לא הבנתי")
        async with bot.core.db.transaction() as db:
            assert await db.scalar(select(func.count()).select_from(Person)) == 1


async def test_template_quick_replies_carry_our_buttons(database_url, api):
    async with running_whatsapp(database_url, api) as bot:
        noa = on_whatsapp(bot, NOA)
        await noa.onboard()
        await noa.transport.user.sends(ButtonPayload="a|mydata|", ButtonText="המידע שלי",
                                       MessageType="button")
        [document] = await noa.receive(1)
        assert document.media_urls
        await noa.transport.user.sends(ButtonPayload="MENU", ButtonText="תפריט",
                                       MessageType="button")
        [menu] = await noa.receive(1)
        assert menu.text.startswith("מה תרצי לעשות?")
