"""Run the real PTB Application against the stand-in Bot API, for end-to-end tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.app import Core, create_core
from bot.channels.telegram.adapter import TelegramChannel
from bot.clock import Clock
from standins.telegram_api import TelegramStandIn
from tests.support.settings import make_settings


@dataclass
class RunningBot:
    core: Core
    channel: TelegramChannel
    api: TelegramStandIn


@asynccontextmanager
async def running_bot(database_url: str, api: TelegramStandIn, clock: Clock | None = None,
                      **overrides: object) -> AsyncIterator[RunningBot]:
    # The stand-in answers at once and the test user answers at once, so Telegram's pace of
    # one message a second per chat would only slow these tests down; the limiter is covered
    # by tests/delivery/test_ratelimit.py and test_outbox_failures.py. Pass a value to turn
    # it on.
    overrides.setdefault("telegram_private_chat_per_second", 0)
    settings = make_settings(database_url, telegram_bot_token=api.token,
                             telegram_api_base_url=api.base_url, telegram_poll_timeout=1,
                             **overrides)
    core = await create_core(settings, clock=clock)
    channel = TelegramChannel(core.port())
    await channel.start()
    try:
        yield RunningBot(core, channel, api)
    finally:
        await channel.stop()
        await core.close()
