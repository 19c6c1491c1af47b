"""Translating to and from Twilio's WhatsApp fields, without a network or a database."""

from __future__ import annotations

import pytest

from bot.channels.whatsapp.inbound import Malformed, phone_of, to_inbound
from bot.channels.whatsapp.render import bodies, template_variables
from conversations.domain.types import ANSWER, Choice, Media, Outbound, Pressed, SharedLocation
from tests.timeline import START

NOW = START
BASE = {"MessageSid": "SM1", "From": "whatsapp:+972 54-765-4321", "Body": ""}


def test_the_sender_becomes_an_e164_identity():
    event = to_inbound({**BASE, "Body": "שלום", "ProfileName": "Avi"}, NOW)
    assert (event.address.urn, event.text, event.profile_name, event.message_id) == (
        "whatsapp:+972547654321", "שלום", "Avi", "SM1")
    with pytest.raises(Malformed):
        phone_of("tel:+972547654321")


@pytest.mark.parametrize(("fields", "expected"), [
    ({"NumMedia": "1", "MediaContentType0": "image/webp"}, Media.STICKER),
    ({"NumMedia": "1", "MediaContentType0": "image/jpeg", "Body": "caption"}, Media.PHOTO),
    ({"NumMedia": "1", "MediaContentType0": "audio/ogg"}, Media.VOICE),
    ({"NumMedia": "1", "MediaContentType0": "video/mp4"}, Media.VIDEO),
    ({"NumMedia": "1", "MediaContentType0": "application/pdf"}, Media.DOCUMENT),
    ({"NumMedia": "1", "MediaContentType0": "text/vcard"}, Media.OTHER),
])
def test_media_kinds(fields, expected):
    assert to_inbound({**BASE, **fields}, NOW).media == expected


def test_locations_and_button_payloads():
    located = to_inbound({**BASE, "Latitude": "31.41", "Longitude": "34.58"}, NOW)
    assert located.location == SharedLocation(31.41, 34.58)
    pressed = to_inbound({**BASE, "ButtonPayload": "a|meeting.cancel|9",
                          "ButtonText": "לא אגיע"}, NOW)
    assert pressed.pressed == Pressed("meeting.cancel", "9")
    listed = to_inbound({**BASE, "ListId": "s|4|yes", "ListTitle": "כן"}, NOW)
    assert listed.pressed == Pressed(ANSWER, "yes", 4)
    # a template's own quick reply (not our button data) is read as the words on it
    plain = to_inbound({**BASE, "ButtonPayload": "CONFIRM", "ButtonText": "אגיע"}, NOW)
    assert (plain.pressed, plain.text) == (None, "אגיע")


def test_choices_are_numbered_and_stay_with_the_last_part():
    choices = (Choice("כן", target="yes"), Choice("לא", target="no"))
    message = Outbound("שאלה " + "מילה " * 500, choices)
    parts = bodies(message, 1600)
    assert len(parts) == 2 and all(len(p) <= 1600 for p in parts)
    assert parts[-1].endswith("\n\n1. כן\n2. לא")


def test_template_values_are_one_line():
    message = Outbound("שורה   ראשונה\n\nשורה\tשנייה", (Choice("אגיע", target="y"),))
    assert template_variables(message) == {"1": "שורה ראשונה · שורה שנייה · 1. אגיע"}
    given = Outbound("x", extras={"template_vars": {"1": "נועה", "2": "יום ג׳\n20:00"}})
    assert template_variables(given) == {"1": "נועה", "2": "יום ג׳ · 20:00"}
    assert len(template_variables(Outbound("א" * 5000))["1"]) == 1000
