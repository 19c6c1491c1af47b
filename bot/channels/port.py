"""What a channel adapter may ask of the core: the port every adapter is given.

Adapters translate between a platform and the neutral `Inbound` / `Outbound` types; everything
else — handling an event, the database, the clock, texts, the rate limiter — they reach through
this narrow port. `bot.app.CorePort` implements it on a running `Core` (`core.port()`); a test
may pass any object with these members.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from conversations.domain.types import Address, Document, GroupEvent, Inbound, Outbound

if TYPE_CHECKING:
    from bot.delivery.ratelimit import ChannelLimiter
    from conversations.engine.handling import Handled


class ChannelSettings(Protocol):
    """The settings adapters read (`bot.settings.Settings` has them all)."""

    default_language: str
    terminal_user: str
    public_base_url: str
    telegram_bot_token: str
    telegram_api_base_url: str
    telegram_api_file_url: str
    telegram_timeout_seconds: float
    telegram_poll_timeout: int
    telegram_webhook_url: str
    telegram_webhook_secret: str
    twilio_account_sid: str
    twilio_auth_token: str
    twilio_api_base_url: str
    twilio_content_base_url: str
    twilio_timeout: float
    twilio_whatsapp_from: str
    whatsapp_templates: dict[str, dict[str, str]]
    whatsapp_message_limit: int
    whatsapp_media_ttl_hours: float
    whatsapp_interactive: bool
    outbox_concurrency: int


class ChannelPort(Protocol):
    @property
    def settings(self) -> ChannelSettings: ...

    def now(self) -> datetime:
        """The bot's one clock."""
        ...

    async def handle(self, event: Inbound) -> Handled:
        """Handle one inbound event; its answers are committed before the replies return."""
        ...

    async def handle_group(self, event: GroupEvent) -> list[Outbound]:
        """Something happened in a group chat the bot is in; returns answers for the group."""
        ...

    def limiter(self, channel: str) -> ChannelLimiter:
        """The channel's rate limiter, shared with the outbox: take a slot for every reply."""
        ...

    def text(self, language: str, key: str) -> str:
        """A localized text (Telegram's command menu)."""
        ...

    async def mark_unreachable(self, address: Address, reason: str) -> None:
        """Stop business messages to someone (they blocked the bot) until they write again."""
        ...

    async def record_delivery_status(self, *, message_sid: str, status: str,
                                     error_code: int | None) -> None:
        """A platform's delivery status for a message it accepted (WhatsApp's callbacks)."""
        ...

    async def publish_media(self, document: Document, *, to: Address, person_id: int | None,
                            ttl: timedelta) -> str:
        """Keep a file for the platform to fetch; returns an unguessable, expiring token."""
        ...

    async def published_media(self, token: str) -> Document | None:
        """The file behind a token, unless it is unknown or expired."""
        ...

    async def content_sid(self, key: str) -> str | None:
        """The Twilio Content SID created earlier for a structure (by its hash), if any."""
        ...

    async def remember_content(self, key: str, sid: str, kind: str) -> None:
        """Keep a created Content SID for the next message of the same structure."""
        ...

    async def language_of(self, person_id: int) -> str:
        """A person's language (the default language if they are gone)."""
        ...
