"""Run the real WhatsApp webhook app on loopback against the stand-in Twilio API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from bot.app import Core, create_core
from bot.channels.telegram.adapter import TelegramChannel
from bot.channels.whatsapp.adapter import WhatsAppChannel
from bot.clock import Clock
from bot.delivery.outbox_worker import Delivery
from bot.http import build_http_app
from standins.server import LoopbackServer
from standins.telegram_api import TelegramStandIn
from standins.twilio_api import FROM, TwilioStandIn, WhatsAppUser
from tests.support.settings import make_settings
from tests.support.telegram import running_bot

PUBLIC_BASE_URL = "https://kehila.example.org"
"""What Twilio calls; the requests really go to the loopback server (as behind a proxy)."""


@dataclass
class RunningWhatsApp:
    core: Core
    channel: WhatsAppChannel
    api: TwilioStandIn
    server: LoopbackServer
    users: list[WhatsAppUser] = field(default_factory=list)

    def user(self, phone: str, profile_name: str = "") -> WhatsAppUser:
        person = WhatsAppUser(self.server.url, PUBLIC_BASE_URL, phone,
                              auth_token=self.api.auth_token, profile_name=profile_name)
        self.users.append(person)
        return person

    async def settle(self) -> None:
        """Wait until every webhook received so far has been handled and answered."""
        await self.channel.background.join(timeout=10)

    def delivery(self) -> Delivery:
        return Delivery(self.core.db, self.core.clock, {"whatsapp": self.channel})


def whatsapp_settings(database_url: str, api: TwilioStandIn, **overrides: object) -> dict:
    values: dict[str, object] = {
        "twilio_account_sid": api.account_sid, "twilio_auth_token": api.auth_token,
        "twilio_whatsapp_from": FROM, "twilio_api_base_url": api.base_url,
        "public_base_url": PUBLIC_BASE_URL, "twilio_timeout": 2.0,
        "twilio_content_base_url": api.base_url,
        # Numbered text unless a test asks for WhatsApp's buttons and lists
        # (tests/channels/test_whatsapp_interactive.py); typed numbers work under both.
        "whatsapp_interactive": False}
    values.update(overrides)
    return values


@asynccontextmanager
async def running_whatsapp(database_url: str, api: TwilioStandIn, clock: Clock | None = None,
                           core: Core | None = None, **overrides: object
                           ) -> AsyncIterator[RunningWhatsApp]:
    own_core = core is None
    if core is None:
        settings = make_settings(database_url, **whatsapp_settings(database_url, api,
                                                                   **overrides))
        core = await create_core(settings, clock=clock)
    channel = WhatsAppChannel(core.port())
    server = LoopbackServer(build_http_app(channel.routes()))
    await server.start()
    running = RunningWhatsApp(core, channel, api, server)
    try:
        yield running
    finally:
        for user in running.users:
            await user.close()
        await server.stop()
        await channel.stop()
        if own_core:
            await core.close()


@asynccontextmanager
async def both_channels(database_url: str, telegram: TelegramStandIn, twilio: TwilioStandIn,
                        clock: Clock | None = None, **overrides: object
                        ) -> AsyncIterator[tuple[RunningWhatsApp, TelegramChannel]]:
    """One core serving Telegram (polling the stand-in) and WhatsApp (the webhook app)."""
    async with running_bot(database_url, telegram, clock,
                           **whatsapp_settings(database_url, twilio, **overrides)) as on_telegram:
        async with running_whatsapp(database_url, twilio, core=on_telegram.core) as bot:
            yield bot, on_telegram.channel
