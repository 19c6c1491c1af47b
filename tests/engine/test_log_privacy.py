"""At INFO, logs carry no tokens, phone numbers or message bodies."""

from __future__ import annotations

import logging

import pytest
from twilio.base.exceptions import TwilioRestException

from bot.channels.whatsapp.twilio_client import classify
from bot.cli import setup_logging
from standins.telegram_api import TelegramStandIn
from tests.support.telegram import running_bot

SECRET_WORDS = "my-private-answer-48213"
PHONE = "+972547654321"


def test_twilio_error_reasons_do_not_quote_numbers() -> None:
    error = TwilioRestException(400, "https://api.twilio.com/x", code=21211,
                                msg=f"The 'To' number whatsapp:{PHONE} is not a valid number")
    reason = classify(error).reason
    assert "21211" in reason and PHONE not in reason and "547654321" not in reason


async def test_a_telegram_conversation_logs_nothing_personal(database_url, caplog) -> None:
    setup_logging("INFO")
    api = TelegramStandIn()
    await api.start()
    try:
        with caplog.at_level(logging.INFO):
            async with running_bot(database_url, api):
                await api.text(1001, "/start")
                await api.wait_for(1001, 1)
                await api.text(1001, SECRET_WORDS)
                await api.message(1001, contact={"phone_number": PHONE, "first_name": "N",
                                                 "user_id": 1001})
                await api.wait_for(1001, 5)
    finally:
        await api.stop()
    text = caplog.text
    assert api.token not in text
    assert SECRET_WORDS not in text
    assert PHONE not in text and "547654321" not in text


@pytest.fixture(autouse=True)
def _restore_log_levels():
    yield
    for name in ("httpx", "httpcore", "telegram"):
        logging.getLogger(name).setLevel(logging.NOTSET)
