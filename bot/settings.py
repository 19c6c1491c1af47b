"""Settings from the environment and `.env`; every variable is documented in `.env.example`.

Why msgspec and python-dotenv rather than pydantic-settings: the bot used pydantic for nothing
else, and pydantic with pydantic-settings held about 9 MiB of a resting bot's memory (issue 14
asks for at most 100 MiB). msgspec converts the environment's strings to the typed fields and
checks their bounds (`Meta`) with a fraction of that; python-dotenv reads `.env` as
pydantic-settings did. Precedence is theirs too: given values, then the environment (names in
any case), then `.env`, then the defaults below.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, get_origin

import msgspec
from msgspec import Meta, field

CHANNEL_ALIASES = {"tg": "telegram", "wa": "whatsapp", "term": "terminal"}
TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
FALSE = frozenset({"0", "false", "f", "no", "n", "off"})

Positive = Annotated[float, Meta(gt=0)]
AtLeastOne = Annotated[int, Meta(ge=1)]
NotNegative = Annotated[int, Meta(ge=0)]


class SettingsError(ValueError):
    """The environment or `.env` holds a value the bot cannot use: named by its variable."""


def _split(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def to_urn(entry: str) -> str:
    """`tg:7001` → `telegram:7001`; full channel names pass through."""
    channel, _, user_id = entry.strip().partition(":")
    channel = CHANNEL_ALIASES.get(channel.strip().lower(), channel.strip().lower())
    return f"{channel}:{user_id.strip()}"


class Settings(msgspec.Struct, kw_only=True, dict=True):
    """All configuration in one place, validated at start-up (`load_settings`)."""

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
    whatsapp_templates: dict[str, dict[str, str]] = field(default_factory=dict)
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
    telegram_paid_broadcast_per_second: Positive = 1000.0
    whatsapp_messages_per_second: float = 80.0
    whatsapp_per_chat_per_second: float = 0.0
    outbox_bulk_share: Annotated[float, Meta(gt=0, le=1)] = 0.8
    # Several processes (README "Running several processes"): the shared rate limits and 429
    # pauses live in Redis; empty = this process's own limiter (one sending process only).
    redis_url: str = ""
    redis_key_prefix: str = "kehila:"
    # The daily cleanup (bot/delivery/recurring.py), once per day across all processes.
    cleanup_cron: str = "30 3 * * *"
    processed_updates_days: Positive = 30.0

    # The outbox worker (bot/delivery/outbox_worker.py) and scheduler (bot/delivery/scheduler.py).
    outbox_max_attempts: AtLeastOne = 5
    outbox_retry_base_seconds: Positive = 2.0
    outbox_retry_max_seconds: Positive = 300.0
    outbox_lease_seconds: Positive = 120.0
    outbox_batch: AtLeastOne = 50
    outbox_concurrency: AtLeastOne = 8

    # Quiet hours (conversations/domain/quiet_hours.py): "off" or rules among shabbat, night,
    # friday_noon; per-region overrides as JSON {"center": "night", "negev": "off"}.
    quiet_hours: str = "shabbat,night"
    quiet_night: str = "22:00-08:00"
    quiet_hours_regions: dict[str, str] = field(default_factory=dict)
    quiet_region_attributes: list[str] = field(
        default_factory=lambda: ["region", "residence_region", "region_interest", "serves_region"])

    coordinators: list[str] = field(default_factory=list)
    terminal_user: str = "local"

    urgent_senders: list[str] = field(default_factory=list)
    coordinator_scopes: str = ""
    digest_cron: str = "0 10 * * sun"
    broadcast_progress_minutes: int = 5

    offer_timeout_hours: float = 4.0
    followup_delay_days: float = 3.0
    match_parallel_urgent: int = 2
    match_escalate_after: int = 3

    # The coordinators' web dashboard (bot/web/) and the public results page.
    dashboard_link_minutes: Annotated[int, Meta(ge=1, le=120)] = 10
    dashboard_session_hours: Positive = 12.0
    public_results: bool = False
    public_min_count: AtLeastOne = 10
    # Garin decisions and the accompaniment journey (conversations/garin_decisions, _journey)
    garin_decision_reminder_hours: Positive = 24.0
    garin_journey_file: str = ""
    garin_journey_checkin_days: NotNegative = 7
    # Garinim (conversations/garinim): invitations expire; a linked Telegram group
    garin_invitation_days: AtLeastOne = 14
    garin_invitation_reminder_days: NotNegative = 2
    garin_invite_link_hours: AtLeastOne = 24
    garin_link_code_minutes: AtLeastOne = 30

    def __post_init__(self) -> None:
        """Checks across fields, at start-up rather than at the first meeting or message."""
        from conversations.domain.quiet_hours import QuietRules
        from conversations.meetings.ops import parse_offsets

        for name in ("meeting_reminder_offsets", "meeting_feedback_after",
                     "meeting_attendance_window"):
            try:
                parse_offsets(getattr(self, name))
            except ValueError as error:
                raise SettingsError(f"{name.upper()}: {error}") from error
        try:
            QuietRules.from_settings(self)
        except ValueError as error:
            raise SettingsError(f"QUIET_HOURS: {error}") from error

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


LISTS = frozenset({"coordinators", "quiet_region_attributes", "urgent_senders"})
"""Comma-separated in the environment (`COORDINATORS=tg:7001,wa:+972…`)."""


def load_settings(env_file: str | Path | None = ".env", /, **given: object) -> Settings:
    """Settings from `given`, the environment and `env_file` (None: no file), in that order.

    Raises SettingsError naming the variable whose value does not fit its field."""
    kinds = {info.name: info.type for info in msgspec.structs.fields(Settings)}
    names = tuple(kinds)
    values: dict[str, object] = {}
    if env_file is not None and Path(env_file).is_file():
        from dotenv import dotenv_values

        values.update(_known(dotenv_values(env_file, encoding="utf-8"), names))
    values.update(_known(os.environ, names))
    values.update(given)
    decoded = {name: _decode(name, value, kinds[name]) for name, value in values.items()}
    try:
        return msgspec.convert(decoded, Settings, strict=False)
    except msgspec.ValidationError as error:
        raise SettingsError(_named(str(error))) from error


def _known(source: Any, names: tuple[str, ...]) -> dict[str, object]:
    """The entries of an environment that are settings, by lower-case name (any case wins as
    in pydantic-settings; unknown names are ignored)."""
    wanted = frozenset(names)
    return {key.lower(): value for key, value in source.items()
            if value is not None and key.lower() in wanted}


def _decode(name: str, value: object, kind: object) -> object:
    """The environment's text → what msgspec converts: lists split on commas, JSON for
    mappings, the usual words for booleans."""
    if not isinstance(value, str):
        return value
    if name in LISTS:
        return _split(value)
    if kind is bool and value.strip().lower() in TRUE | FALSE:
        return value.strip().lower() in TRUE
    if get_origin(kind) is dict:
        try:
            return json.loads(value) if value.strip() else {}
        except ValueError as error:
            raise SettingsError(f"{name.upper()}: not JSON ({error})") from error
    return value


def _named(message: str) -> str:
    """msgspec's "Expected `int`, got `str` - at `$.http_port`" → "HTTP_PORT: Expected …"."""
    text, sep, where = message.rpartition(" - at `$")
    if not sep or not where.startswith("."):  # a check across fields names its own
        return text if sep else message
    where = where[1:]
    return f"{where.rstrip('`').split('.')[0].split('[')[0].upper()}: {text}"
