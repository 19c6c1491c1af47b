"""Claim due rows for one worker so that several workers never take the same row.

PostgreSQL: `FOR UPDATE SKIP LOCKED` plus a lease. SQLite: every transaction already begins
IMMEDIATE (storage/db.py), so a claim holds the write lock from its first read.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import OutboxMessage, ScheduledItem


async def claim(db: AsyncSession, model: type[OutboxMessage] | type[ScheduledItem], *,
                worker: str, now: datetime, limit: int, lease: timedelta) -> list[int]:
    """Mark up to `limit` due pending rows as claimed by `worker`; return their ids."""
    due_column = model.not_before if model is OutboxMessage else model.due_at
    query = select(model.id).where(model.state == "pending", due_column <= now)
    if model is OutboxMessage:
        query = query.order_by(model.priority, due_column, model.id)
    else:
        query = query.order_by(due_column, model.id)
    query = query.limit(limit)
    if db.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = list(await db.scalars(query))
    if ids:
        await db.execute(update(model).where(model.id.in_(ids), model.state == "pending")
                         .values(state="claimed", claimed_by=worker,
                                 claimed_until=now + lease, updated_at=now))
    return ids


async def release_expired_leases(db: AsyncSession, model: type[OutboxMessage] |
                                 type[ScheduledItem], now: datetime) -> int:
    """Claimed rows whose worker died go back to pending; for the outbox, rows that died
    while *sending* become `unknown` — the request may have reached the platform."""
    released = await db.execute(
        update(model).where(model.state == "claimed", model.claimed_until < now)
        .values(state="pending", claimed_by=None, claimed_until=None, updated_at=now))
    count = released.rowcount or 0
    if model is OutboxMessage:
        unknown = await db.execute(
            update(model).where(model.state == "sending", model.claimed_until < now)
            .values(state="unknown", reason="worker stopped while sending", updated_at=now))
        count += unknown.rowcount or 0
    return count
