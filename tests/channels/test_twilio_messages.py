"""The WhatsApp send's own form POST to Twilio (bot/channels/whatsapp/twilio_client.py), at
the edges the outbox tests do not reach: Twilio unreachable, and what the form carries."""

from __future__ import annotations

import socket

from bot.channels.whatsapp.twilio_client import TwilioMessages
from bot.delivery.outbox_worker import SendError
from standins.twilio_api import FROM, TwilioStandIn
from tests.support.settings import make_settings


def settings_for(base_url: str, sid: str, token: str):  # type: ignore[no-untyped-def]
    return make_settings("sqlite+aiosqlite://", twilio_api_base_url=base_url,
                         twilio_account_sid=sid, twilio_auth_token=token, twilio_timeout=0.5)


async def test_an_unreachable_twilio_is_retried_not_unknown():
    """Nothing listens: the request never left, so the row may be sent again."""
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    messages = TwilioMessages(settings_for(f"http://127.0.0.1:{port}", "AC" + "0" * 32, "t"))
    try:
        error = None
        try:
            await messages.create(to="whatsapp:+972502345678", from_=FROM, body="שלום")
        except SendError as raised:
            error = raised
        assert error is not None and not error.maybe_sent and not error.permanent
        assert "connection failed" in error.reason
    finally:
        await messages.close()


async def test_the_form_carries_each_field_and_the_sid_comes_back(twilio_api: TwilioStandIn):
    messages = TwilioMessages(settings_for(twilio_api.base_url, twilio_api.account_sid,
                                           twilio_api.auth_token))
    try:
        sid = await messages.create(to="whatsapp:+972502345678", from_=FROM, body="שלום",
                                    media_url=["https://x.invalid/media/a"],
                                    status_callback="https://x.invalid/webhooks/twilio/status")
        [sent] = twilio_api.sent
        assert sid == sent.sid and sid.startswith("SM")
        assert (sent.to, sent.from_, sent.body) == ("whatsapp:+972502345678", FROM, "שלום")
        assert sent.media_urls == ["https://x.invalid/media/a"]
        assert sent.status_callback == "https://x.invalid/webhooks/twilio/status"

        wrong = TwilioMessages(settings_for(twilio_api.base_url, twilio_api.account_sid, "no"))
        try:
            refused = None
            try:
                await wrong.create(to="whatsapp:+972502345678", from_=FROM, body="x")
            except SendError as raised:
                refused = raised
            assert refused is not None and refused.permanent and "20003" in refused.reason
        finally:
            await wrong.close()
    finally:
        await messages.close()
