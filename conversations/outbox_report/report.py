"""The outbox status as text, for the coordinators' chat command and `kehila outbox status`."""

from __future__ import annotations

from collections import Counter

from conversations.engine.outbox_words import channel_name, kind_name, reason_text
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
