"""Settings from the environment and `.env`; every variable is documented in `.env.example`."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

CHANNEL_ALIASES = {"tg": "telegram", "wa": "whatsapp", "term": "terminal"}


def _split(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def to_urn(entry: str) -> str:
    """`tg:7001` → `telegram:7001`; full channel names pass through."""
    channel, _, user_id = entry.strip().partition(":")
    channel = CHANNEL_ALIASES.get(channel.strip().lower(), channel.strip().lower())
    return f"{channel}:{user_id.strip()}"


class Settings(BaseSettings):
    """All configuration in one place, validated at start-up."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///data/kehila.db"
    log_level: str = "INFO"
    default_language: str = "he"
    timezone: str = "Asia/Jerusalem"

    http_host: str = "127.0.0.1"
    http_port: int = 8080
    public_base_url: str = ""

    telegram_bot_token: str = ""
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str = "https://api.telegram.org/file/bot"
    telegram_webhook_url: str = ""
    telegram_webhook_secret: str = ""
    telegram_poll_timeout: int = 30

    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_whatsapp_from: str = ""
    twilio_api_base_url: str = "https://api.twilio.com"

    coordinators: Annotated[list[str], NoDecode] = Field(default_factory=list)
    terminal_user: str = "local"

    urgent_senders: Annotated[list[str], NoDecode] = Field(default_factory=list)
    coordinator_scopes: str = ""
    digest_cron: str = "0 10 * * sun"
    broadcast_progress_minutes: int = 5

    @field_validator("coordinators", "urgent_senders", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return _split(value)

    @cached_property
    def coordinator_urns(self) -> frozenset[str]:
        """Coordinator identities as `channel:user_id`, accepting `tg:` / `wa:` shorthands."""
        urns = set()
        for entry in self.coordinators:
            channel, _, user_id = entry.partition(":")
            channel = CHANNEL_ALIASES.get(channel.strip().lower(), channel.strip().lower())
            urns.add(f"{channel}:{user_id.strip()}")
        return frozenset(urns)

    @cached_property
    def urgent_sender_urns(self) -> frozenset[str]:
        """Coordinators allowed to mark a broadcast urgent (it then ignores quiet hours)."""
        return frozenset(to_urn(entry) for entry in self.urgent_senders)

    @cached_property
    def coordinator_regions(self) -> dict[str, str]:
        """`tg:7001=negev;wa:+972…=galilee` → {urn: region}: whom a coordinator may reach."""
        regions = {}
        for entry in self.coordinator_scopes.split(";"):
            who, sep, region = entry.partition("=")
            if sep and who.strip() and region.strip():
                regions[to_urn(who)] = region.strip()
        return regions

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token)

    @property
    def whatsapp_enabled(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token)
