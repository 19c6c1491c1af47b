"""Write side of the durable outbox and schedule: what flows and jobs call inside a transaction.

Rows are unique on an idempotency key (`broadcast:42:person:17`,
`reminder:meeting:9:person:17:24h`), so queuing the same thing twice is a no-op.
The delivery worker (`bot/delivery.py`) and the scheduler (`bot/scheduler.py`) read them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.types import Outbound
from storage.models import OutboxMessage, ScheduledItem
from storage.upsert import insert_ignore

PRIORITY_URGENT = 0
PRIORITY_NORMAL = 50
PRIORITY_BULK = 90


async def enqueue(db: AsyncSession, *, person_id: int, kind: str, key: str, message: Outbound,
                  now: datetime, not_before: datetime | None = None,
                  expires_at: datetime | None = None, urgent: bool = False,
                  priority: int | None = None, broadcast_id: int | None = None) -> bool:
    """Queue one message to one person; False if that key was queued before."""
    if priority is None:
        priority = PRIORITY_URGENT if urgent else PRIORITY_NORMAL
    values: dict[str, Any] = {
        "key": key, "kind": kind, "person_id": person_id, "payload": message.to_json(),
        "state": "pending", "priority": priority, "urgent": urgent,
        "not_before": not_before or now, "expires_at": expires_at,
        "broadcast_id": broadcast_id, "attempts": 0, "created_at": now, "updated_at": now,
    }
    return await insert_ignore(db, OutboxMessage, values, ["key"])


async def schedule(db: AsyncSession, *, kind: str, key: str, due_at: datetime, now: datetime,
                   person_id: int | None = None, payload: dict[str, Any] | None = None,
                   expires_at: datetime | None = None) -> bool:
    """Record timed work due at `due_at`; False if that key was scheduled before."""
    values: dict[str, Any] = {
        "key": key, "kind": kind, "person_id": person_id, "payload": payload or {},
        "due_at": due_at, "expires_at": expires_at, "state": "pending", "attempts": 0,
        "created_at": now, "updated_at": now,
    }
    return await insert_ignore(db, ScheduledItem, values, ["key"])


async def cancel_scheduled(db: AsyncSession, *, key_prefix: str, now: datetime,
                           reason: str = "cancelled") -> int:
    """Cancel pending timed work whose key starts with `key_prefix` (e.g. a meeting's)."""
    result = await db.execute(
        update(ScheduledItem)
        .where(ScheduledItem.key.startswith(key_prefix, autoescape=True),
               ScheduledItem.state == "pending")
        .values(state="cancelled", reason=reason, updated_at=now))
    return result.rowcount or 0
