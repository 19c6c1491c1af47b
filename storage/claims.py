"""Claim due rows for one worker so that several workers never take the same row.

PostgreSQL: `FOR UPDATE SKIP LOCKED` plus a lease. SQLite: every transaction already begins
IMMEDIATE (storage/db.py), so a claim holds the write lock from its first read.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import affected, is_postgresql
from storage.models import OutboxMessage, ScheduledItem


async def claim(db: AsyncSession, model: type[OutboxMessage] | type[ScheduledItem], *,
                worker: str, now: datetime, limit: int, lease: timedelta) -> list[int]:
    """Mark up to `limit` due pending rows as claimed by `worker`; return their ids."""
    due_column = OutboxMessage.not_before if model is OutboxMessage else ScheduledItem.due_at
    query = select(model.id).where(model.state == "pending", due_column <= now)
    if model is OutboxMessage:
        query = query.order_by(model.priority, due_column, model.id)
    else:
        query = query.order_by(due_column, model.id)
    query = query.limit(limit)
    if is_postgresql(db):
        query = query.with_for_update(skip_locked=True)
    ids = list(await db.scalars(query))
    if ids:
        # The rows were just read in this transaction under its lock (SQLite's write lock,
        # PostgreSQL's row locks), so they are still pending. On SQLite the `state` test would
        # even make it pick the (state, …) index and walk every pending row for each batch —
        # O(queue) per claim (EXPLAIN QUERY PLAN; bench/RESULTS.md) — so it goes by id alone.
        claimed = update(model).where(model.id.in_(ids))
        if is_postgresql(db):
            claimed = claimed.where(model.state == "pending")
        await db.execute(claimed.values(state="claimed", claimed_by=worker,
                                        claimed_until=now + lease, updated_at=now))
    return ids


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_dead_local_worker(claimed_by: str, me: str, host: str) -> bool:
    """True for a worker id (`host:pid:nonce`) of this host whose process is gone.

    The same pid with another nonce is an earlier run whose pid was reused (a container's
    pid 1), so it is dead too. Workers on other hosts are judged by their lease alone.
    """
    parts = claimed_by.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != host or claimed_by == me:
        return False
    try:
        pid = int(parts[1])
    except ValueError:
        return False
    return pid == os.getpid() or not _pid_alive(pid)


async def release_dead_workers(db: AsyncSession, model: type[OutboxMessage] |
                               type[ScheduledItem], *, me: str, host: str,
                               now: datetime) -> int:
    """At start-up: take back at once what a crashed process on this host had claimed.

    Without this a restarted bot would wait for the dead worker's leases to expire.
    """
    rows = await db.execute(select(model.claimed_by).distinct()
                            .where(model.state.in_(("claimed", "sending")),
                                   model.claimed_by.startswith(f"{host}:", autoescape=True)))
    dead = [worker for (worker,) in rows if worker and is_dead_local_worker(worker, me, host)]
    if not dead:
        return 0
    released = await db.execute(
        update(model).where(model.state == "claimed", model.claimed_by.in_(dead))
        .values(state="pending", claimed_by=None, claimed_until=None, updated_at=now))
    count = affected(released)
    if model is OutboxMessage:
        unknown = await db.execute(
            update(model).where(model.state == "sending", model.claimed_by.in_(dead))
            .values(state="unknown", claimed_by=None, claimed_until=None, updated_at=now,
                    reason="the bot stopped while sending: it may or may not have arrived"))
        count += affected(unknown)
    return count


async def release_expired_leases(db: AsyncSession, model: type[OutboxMessage] |
                                 type[ScheduledItem], now: datetime) -> int:
    """Claimed rows whose worker died go back to pending; for the outbox, rows that died
    while *sending* become `unknown` — the request may have reached the platform."""
    released = await db.execute(
        update(model).where(model.state == "claimed", model.claimed_until < now)
        .values(state="pending", claimed_by=None, claimed_until=None, updated_at=now))
    count = affected(released)
    if model is OutboxMessage:
        unknown = await db.execute(
            update(model).where(model.state == "sending", model.claimed_until < now)
            .values(state="unknown", claimed_by=None, claimed_until=None, updated_at=now,
                    reason="the worker stopped while sending: it may or may not have arrived"))
        count += affected(unknown)
    return count
