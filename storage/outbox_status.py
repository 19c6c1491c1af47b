"""Counts for coordinators: what the outbox and the schedule did, and why things stalled."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import OutboxMessage, ScheduledItem

SHOWN_STATES = ("pending", "sent", "failed", "held", "unknown", "skipped")
IN_PROGRESS = {"claimed": "pending", "sending": "pending"}
"""Rows a worker holds right now are shown as pending."""
EXPLAINED = ("held", "failed", "unknown", "skipped", "pending")
TOP_REASONS = 8


@dataclass
class Status:
    by_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_channel: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    scheduled: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    reasons: list[tuple[str, str, int]] = field(default_factory=list)
    """(state, reason, how many), most frequent first."""

    @property
    def empty(self) -> bool:
        return not self.by_kind and not self.scheduled


async def status(db: AsyncSession, *, since: datetime) -> Status:
    """Outbox rows and scheduled items created since `since`, counted by state."""
    result = Status()
    rows = await db.execute(
        select(OutboxMessage.kind, OutboxMessage.channel, OutboxMessage.state, func.count())
        .where(OutboxMessage.created_at >= since)
        .group_by(OutboxMessage.kind, OutboxMessage.channel, OutboxMessage.state))
    for kind, channel, state, count in rows:
        shown = IN_PROGRESS.get(state, state)
        result.by_kind[kind][shown] += count
        result.by_channel[channel or ""][shown] += count
    items = await db.execute(
        select(ScheduledItem.kind, ScheduledItem.state, func.count())
        .where(ScheduledItem.created_at >= since)
        .group_by(ScheduledItem.kind, ScheduledItem.state))
    for kind, state, count in items:
        result.scheduled[kind][IN_PROGRESS.get(state, state)] += count
    reasons = await db.execute(
        select(OutboxMessage.state, OutboxMessage.reason, func.count())
        .where(OutboxMessage.created_at >= since, OutboxMessage.state.in_(EXPLAINED),
               OutboxMessage.reason.is_not(None))
        .group_by(OutboxMessage.state, OutboxMessage.reason)
        .order_by(func.count().desc(), OutboxMessage.state).limit(TOP_REASONS))
    result.reasons = [(state, reason or "", count) for state, reason, count in reasons]
    return result
