"""Write side of the durable outbox and schedule: what flows and jobs call inside a transaction.

Rows are unique on an idempotency key (`broadcast:42:person:17`,
`reminder:meeting:9:person:17:24h`), so queuing the same thing twice is a no-op.
The delivery worker (`bot/delivery/outbox_worker.py`) and the scheduler
(`bot/delivery/scheduler.py`) read them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import Outbound
from storage.db import affected
from storage.models import OutboxMessage, PersonAttribute, ScheduledItem
from storage.upsert import insert_ignore, insert_ignore_many

PRIORITY_URGENT = 0
PRIORITY_NORMAL = 50
PRIORITY_BULK = 90


async def enqueue(db: AsyncSession, *, person_id: int, kind: str, key: str, message: Outbound,
                  now: datetime, not_before: datetime | None = None,
                  expires_at: datetime | None = None, urgent: bool = False,
                  priority: int | None = None, broadcast_id: int | None = None) -> bool:
    """Queue one message to one person; False if that key was queued before.

    Non-urgent messages wait out quiet hours (Shabbat, holidays, night); with `expires_at`
    a message that would be useless by then goes just before them, or is skipped.
    """
    values = outbox_row(person_id=person_id, kind=kind, key=key, message=message, now=now,
                        not_before=not_before, expires_at=expires_at, urgent=urgent,
                        priority=priority, broadcast_id=broadcast_id)
    return await insert_ignore(db, OutboxMessage, values, ["key"])


async def enqueue_to_chat(db: AsyncSession, *, chat: str, kind: str, key: str,
                          message: Outbound, now: datetime, urgent: bool = False) -> bool:
    """Queue one message to a group chat (`telegram:-1001234`), not to a person: the same
    durable outbox, key and at-most-once sending; the worker paces it by the group's limit.
    False if that key was queued before."""
    values = outbox_row(person_id=None, kind=kind, key=key, message=message, now=now,
                        urgent=urgent)
    values["chat"] = chat
    return await insert_ignore(db, OutboxMessage, values, ["key"])


def outbox_row(*, person_id: int | None, kind: str, key: str, message: Outbound, now: datetime,
               not_before: datetime | None = None, expires_at: datetime | None = None,
               urgent: bool = False, priority: int | None = None,
               broadcast_id: int | None = None) -> dict[str, Any]:
    """The row `enqueue` writes, for writing many at once (`enqueue_rows`)."""
    if priority is None:
        priority = PRIORITY_URGENT if urgent else PRIORITY_NORMAL
    return {
        "key": key, "kind": kind, "person_id": person_id, "payload": message.to_json(),
        "state": "pending", "priority": priority, "urgent": urgent,
        "not_before": not_before or now, "expires_at": expires_at,
        "broadcast_id": broadcast_id, "attempts": 0, "created_at": now, "updated_at": now,
    }


async def enqueue_rows(db: AsyncSession, rows: list[dict[str, Any]]) -> int:
    """Queue many `outbox_row`s with one INSERT per 500; keys queued before are skipped.
    Returns how many were new."""
    added = 0
    for start in range(0, len(rows), 500):
        added += await insert_ignore_many(db, OutboxMessage, rows[start:start + 500], ["key"])
    return added


async def schedule(db: AsyncSession, *, kind: str, key: str, due_at: datetime, now: datetime,
                   person_id: int | None = None, payload: dict[str, Any] | None = None,
                   expires_at: datetime | None = None, urgent: bool = False) -> bool:
    """Record timed work due at `due_at`; False if that key was scheduled before.

    `expires_at`: when the work becomes pointless (a reminder's meeting starts). For work
    aimed at a person, the scheduler may then run it early, before quiet hours that would
    otherwise delay it past that moment; messages it queues inherit `expires_at` and
    `urgent` (urgent work ignores quiet hours).
    """
    values: dict[str, Any] = {
        "key": key, "kind": kind, "person_id": person_id, "payload": payload or {},
        "due_at": due_at, "expires_at": expires_at, "state": "pending", "attempts": 0,
        "urgent": urgent,
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
    return affected(result)


async def regions_of(db: AsyncSession, person_ids: list[int],
                     names: list[str]) -> dict[int, str]:
    """Each person's region for quiet hours: the first of the attributes `names` they have."""
    if not person_ids or not names:
        return {}
    rows = await db.execute(select(PersonAttribute.person_id, PersonAttribute.name,
                                   PersonAttribute.value)
                            .where(PersonAttribute.person_id.in_(person_ids),
                                   PersonAttribute.name.in_(names))
                            .order_by(PersonAttribute.value))
    found: dict[int, tuple[int, str]] = {}
    for person_id, name, value in rows:
        rank = names.index(name)
        if person_id not in found or rank < found[person_id][0]:
            found[person_id] = (rank, value)
    return {person_id: value for person_id, (_, value) in found.items()}


async def cancel_message(db: AsyncSession, *, key: str, now: datetime,
                         reason: str = "cancelled") -> bool:
    """Cancel one queued message not yet picked up for sending (it became pointless, e.g. the
    person already heard the same in answer to a button); False if it was sent or claimed."""
    result = await db.execute(
        update(OutboxMessage)
        .where(OutboxMessage.key == key, OutboxMessage.state == "pending",
               OutboxMessage.claimed_by.is_(None))
        .values(state="cancelled", reason=reason, updated_at=now))
    return affected(result) == 1
