"""Settings from the environment and `.env`; every variable is documented in `.env.example`."""

from __future__ import annotations

from datetime import timedelta
from functools import cached_property
from typing import Annotated

from pydantic import Field, field_validator, model_validator
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
    telegram_timeout_seconds: float = 10.0

    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_whatsapp_from: str = ""
    twilio_api_base_url: str = "https://api.twilio.com"
    twilio_content_base_url: str = "https://content.twilio.com"
    whatsapp_interactive: bool = True
    """Send choices as WhatsApp buttons and lists (Twilio's Content API) inside the window."""
    twilio_timeout: float = 15.0
    whatsapp_templates: dict[str, dict[str, str]] = Field(default_factory=dict)
    whatsapp_message_limit: int = 1600
    whatsapp_media_ttl_hours: float = 24.0

    meeting_reminder_offsets: str = "24h,2h"
    meeting_feedback_after: str = "1h"
    meeting_attendance_window: str = "3d"

    survey_active: str = "graduates"
    survey_dir: str = ""
    survey_nudge_delay: timedelta = timedelta(days=2)
    survey_nudge_max: int = 1
    # Rate limits (bot/delivery/ratelimit.py): one limiter per channel, shared by replies and bulk.
    telegram_messages_per_second: float = 30.0
    telegram_private_chat_per_second: float = 1.0
    telegram_private_chat_burst: int = 3
    telegram_group_per_minute: float = 20.0
    telegram_paid_broadcast: bool = False
    """Send outbox (bulk) messages with Telegram's `allow_paid_broadcast` (paid in Stars):
    they then pace at `telegram_paid_broadcast_per_second` of their own, beyond the free
    overall rate that replies keep."""
    telegram_paid_broadcast_per_second: float = Field(1000.0, gt=0)
    whatsapp_messages_per_second: float = 80.0
    whatsapp_per_chat_per_second: float = 0.0
    outbox_bulk_share: float = Field(0.8, gt=0, le=1)
    # Several processes (README "Running several processes"): the shared rate limits and 429
    # pauses live in Redis; empty = this process's own limiter (one sending process only).
    redis_url: str = ""
    redis_key_prefix: str = "kehila:"
    # The daily cleanup (bot/delivery/recurring.py), once per day across all processes.
    cleanup_cron: str = "30 3 * * *"
    processed_updates_days: float = Field(30.0, gt=0)

    # The outbox worker (bot/delivery/outbox_worker.py) and scheduler (bot/delivery/scheduler.py).
    outbox_max_attempts: int = Field(5, ge=1)
    outbox_retry_base_seconds: float = Field(2.0, gt=0)
    outbox_retry_max_seconds: float = Field(300.0, gt=0)
    outbox_lease_seconds: float = Field(120.0, gt=0)
    outbox_batch: int = Field(50, ge=1)
    outbox_concurrency: int = Field(8, ge=1)

    # Quiet hours (conversations/domain/quiet_hours.py): "off" or rules among shabbat, night,
    # friday_noon; per-region overrides as JSON {"center": "night", "negev": "off"}.
    quiet_hours: str = "shabbat,night"
    quiet_night: str = "22:00-08:00"
    quiet_hours_regions: dict[str, str] = Field(default_factory=dict)
    quiet_region_attributes: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["region", "residence_region", "region_interest", "serves_region"])

    coordinators: Annotated[list[str], NoDecode] = Field(default_factory=list)
    terminal_user: str = "local"

    urgent_senders: Annotated[list[str], NoDecode] = Field(default_factory=list)
    coordinator_scopes: str = ""
    digest_cron: str = "0 10 * * sun"
    broadcast_progress_minutes: int = 5

    offer_timeout_hours: float = 4.0
    followup_delay_days: float = 3.0
    match_parallel_urgent: int = 2
    match_escalate_after: int = 3

    # The coordinators' web dashboard (bot/web/) and the public results page.
    dashboard_link_minutes: int = Field(10, ge=1, le=120)
    dashboard_session_hours: float = Field(12.0, gt=0)
    public_results: bool = False
    public_min_count: int = Field(10, ge=1)
    # Garin decisions and the accompaniment journey (conversations/garin_decisions, _journey)
    garin_decision_reminder_hours: float = Field(24.0, gt=0)
    garin_journey_file: str = ""
    garin_journey_checkin_days: int = Field(7, ge=0)
    # Garinim (conversations/garinim): invitations expire; a linked Telegram group
    garin_invitation_days: int = Field(14, ge=1)
    garin_invitation_reminder_days: int = Field(2, ge=0)
    garin_invite_link_hours: int = Field(24, ge=1)
    garin_link_code_minutes: int = Field(30, ge=1)

    @field_validator("coordinators", "quiet_region_attributes", "urgent_senders",
                     mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return _split(value)

    @field_validator("meeting_reminder_offsets", "meeting_feedback_after",
                     "meeting_attendance_window")
    @classmethod
    def _offsets(cls, value: str) -> str:
        from conversations.meetings.ops import parse_offsets

        parse_offsets(value)  # fail at start-up, not at the first meeting
        return value
    @model_validator(mode="after")
    def _quiet_hours_make_sense(self) -> Settings:
        from conversations.domain.quiet_hours import QuietRules

        QuietRules.from_settings(self)
        return self

    @cached_property
    def coordinator_urns(self) -> frozenset[str]:
        """Coordinator identities as `channel:user_id`, accepting `tg:` / `wa:` shorthands.

        With no COORDINATORS at all, the terminal chat's user (`terminal:<TERMINAL_USER>`) is
        the coordinator, so a fresh clone can try every coordinator feature in `make run`;
        no Telegram or WhatsApp identity ever becomes one this way."""
        if not self.coordinators:
            return frozenset({f"terminal:{self.terminal_user}"})
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
