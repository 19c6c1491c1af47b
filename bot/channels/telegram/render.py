"""Core messages → Telegram keyboards (Bot API JSON), and PTB's errors → SendError."""

from __future__ import annotations

import os
from typing import Any

# Opt in to python-telegram-bot's future: durations such as retry_after as timedelta
# (we handle both), without its deprecation warning on every 429.
os.environ.setdefault("PTB_TIMEDELTA", "1")

import httpx
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from bot.delivery.outbox_worker import SendError
from conversations.domain import buttons
from conversations.domain.types import Outbound

MESSAGE_LIMIT = 4096
SHORT_LABEL = 14


Keyboard = dict[str, Any]
"""A `reply_markup` in the Bot API's own JSON: built as dicts, not PTB's markup objects,
whose construction and `to_dict()` cost ~16× more per reply (measured: 64 µs against 4 µs
for six buttons), and every reply and edit carries one."""


def keyboard(message: Outbound) -> Keyboard | None:
    """Inline buttons for choices; a reply keyboard when asking for the person's contact."""
    if message.request_contact:
        rows: list[list[dict[str, Any]]] = [[{
            "text": message.extras.get("contact_label", "📱"), "request_contact": True}]]
        rows += [[{"text": c.label}] for c in message.choices]
        return {"keyboard": rows, "one_time_keyboard": True, "resize_keyboard": True}
    if not message.choices:
        return None
    keys = [{"text": c.label, "callback_data": buttons.encode(c)} for c in message.choices]
    per_row = 2 if len(keys) > 3 and all(len(c.label) <= SHORT_LABEL
                                         for c in message.choices) else 1
    return {"inline_keyboard": [keys[i:i + per_row] for i in range(0, len(keys), per_row)]}


def is_inline(markup: Keyboard | None) -> bool:
    """Only an inline keyboard can be edited into a message (a reply keyboard cannot)."""
    return markup is not None and "inline_keyboard" in markup


REMOVE_KEYBOARD: Keyboard = {"remove_keyboard": True}


def retry_after_seconds(error: RetryAfter) -> float:
    retry_after = error.retry_after
    return retry_after.total_seconds() if hasattr(retry_after, "total_seconds") \
        else float(retry_after)


NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteTimeout)
"""Transport errors raised before Telegram could have read the whole request: safe to retry."""


def classify(error: Exception) -> SendError:
    """Map python-telegram-bot's exceptions onto retry / give-up / unreachable / unknown."""
    if isinstance(error, RetryAfter):
        return SendError("telegram 429", retry_after=retry_after_seconds(error))
    if isinstance(error, Forbidden):
        return SendError(f"telegram 403: {error.message}", permanent=True, unreachable=True)
    if isinstance(error, BadRequest):
        lowered = error.message.lower()
        unreachable = "chat not found" in lowered or "user is deactivated" in lowered
        return SendError(f"telegram 400: {error.message}", permanent=True,
                         unreachable=unreachable)
    cause = error.__cause__
    if isinstance(error, TimedOut):
        if isinstance(cause, NOT_SENT) or "pool timeout" in error.message.lower():
            return SendError("telegram timeout before sending")
        return SendError("telegram timeout waiting for the answer", maybe_sent=True)
    if isinstance(error, InvalidToken):
        return SendError(f"telegram rejected the bot token: {error.message}")
    if isinstance(error, NetworkError):
        if cause is None or isinstance(cause, NOT_SENT):  # an HTTP 5xx, or never connected
            return SendError(f"telegram network: {error.message}")
        return SendError(f"telegram connection lost: {error.message}", maybe_sent=True)
    return SendError(f"telegram: {type(error).__name__}", maybe_sent=True)
