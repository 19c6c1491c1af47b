"""The outbox status as text, for the coordinators' chat command and `kehila outbox status`."""

from __future__ import annotations

import re
from collections import Counter

from locales import Translator
from storage.outbox_status import SHOWN_STATES, Status

REASON_CHARS = 160
SCHEDULE_STATES = ("pending", "done", "skipped", "failed", "cancelled")


def render(status: Status, t: Translator, *, days: int) -> str:
    """A compact report: counts per kind, per channel, the schedule, and the reasons."""
    lines = [t("outbox-status-title", days=days)]
    if status.empty:
        lines.append(t("outbox-status-empty"))
        return "\n".join(lines)
    lines.append(t("outbox-status-legend"))
    lines += ["", t("outbox-status-by-kind")]
    lines += [f"• {kind_name(t, kind)}: {_counts(counts, t)}"
              for kind, counts in sorted(status.by_kind.items())]
    lines += ["", t("outbox-status-by-channel")]
    lines += [f"• {channel_name(t, channel)}: {_counts(counts, t)}"
              for channel, counts in sorted(status.by_channel.items())]
    if status.scheduled:
        lines += ["", t("outbox-status-scheduled")]
        for kind, counts in sorted(status.scheduled.items()):
            parts = [f"{t('outbox-schedule-' + s)} {counts[s]}" for s in SCHEDULE_STATES
                     if counts[s]]
            lines.append(f"• {kind_name(t, kind)}: {' · '.join(parts)}")
    if status.reasons:
        lines += ["", t("outbox-status-reasons")]
        for state, reason, count in status.reasons:
            text = reason_text(t, reason)
            text = text if len(text) <= REASON_CHARS else text[:REASON_CHARS - 1] + "…"
            lines.append(f"• {t('outbox-state-' + state)} ×{count}: {text}")
    return "\n".join(lines)


def _counts(counts: Counter[str], t: Translator) -> str:
    return " · ".join(f"{t('outbox-icon-' + state)} {counts[state]}" for state in SHOWN_STATES)


QUIET = re.compile(r"^quiet hours \((?P<why>shabbat|night|holiday \S+) \w+ (?P<start>\d\d\.\d\d "
                   r"\d\d:\d\d) – \w+ (?P<end>\d\d\.\d\d \d\d:\d\d)\): waits until they end$")
"""The outbox's reason for a message waiting out quiet hours (conversations/domain/quiet_hours)."""
REASONS = {"recipient opted out": "outbox-reason-opted-out",
           "no reachable channel": "outbox-reason-no-channel",
           "expired before it could be sent": "outbox-reason-expired",
           "cancelled by a coordinator": "outbox-reason-cancelled",
           "paused": "outbox-reason-paused"}
"""Reasons the outbox records in English (for the log), and their coordinator-facing text."""


def _label(t: Translator, key: str, fallback: str) -> str:
    return t(key) if t.localizer.has("en", key) else fallback


def kind_key(kind: str) -> str:
    """The locale key naming a kind: `meeting.reminder` → `outbox-kind-meeting-reminder`."""
    return "outbox-kind-" + kind.replace(".", "-").replace("_", "-")


def kind_name(t: Translator, kind: str) -> str:
    """«survey_nudge» → «Survey reminder»; a kind without a name shows as it is."""
    return _label(t, kind_key(kind), kind)


def channel_name(t: Translator, channel: str) -> str:
    """«telegram» → «טלגרם»; no channel yet (still waiting) says so."""
    return _label(t, "channel-" + channel, channel) if channel else t("outbox-channel-none")


def reason_text(t: Translator, reason: str) -> str:
    """The coordinator's words for a recorded reason; one not known here shows as it is."""
    if reason in REASONS:
        return t(REASONS[reason])
    quiet = QUIET.match(reason)
    if quiet:
        why = quiet["why"]
        named = t("outbox-quiet-holiday", names=why.split(" ", 1)[1].replace("+", ", ")) \
            if why.startswith("holiday ") else t("outbox-quiet-" + why)
        return t("outbox-reason-quiet-wait", why=named, start=quiet["start"], end=quiet["end"])
    return reason
