"""Broadcast records, their expansion into outbox rows, and the numbers of how they went.

Expansion writes one outbox row per recipient (key `broadcast:<id>:person:<pid>`) with bulk
INSERT … ON CONFLICT DO NOTHING in batches, so 30,000 recipients take one statement per batch
and running it twice adds nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import Outbound
from storage import outbox
from storage.broadcast_models import Broadcast
from storage.db import affected, is_postgresql
from storage.models import Identity, OutboxMessage, Person
from storage.outbox import PRIORITY_BULK, PRIORITY_URGENT

BATCH = 1000
IN_FLIGHT = ("pending", "claimed", "sending")
REMAINING = (*IN_FLIGHT, "paused")
SEND = "broadcast_send"
"""The job kind that resolves a broadcast's audience and queues its messages when it is due
(registered by conversations/broadcasts; named here so others can record a broadcast)."""
PROGRESS = "broadcast_progress"
"""The job kind that reports a broadcast's progress, and its final report when nothing is left
(registered by conversations/broadcasts; named here so delivery can ask for it at once)."""


async def record(db: AsyncSession, *, kind: str, by: str, by_person_id: int | None,
                 audience: dict[str, Any], segment_name: str | None, scope: str | None,
                 topic: str, texts: dict[str, str], button: dict[str, Any] | None,
                 urgent: bool, at: datetime, now: datetime) -> Broadcast:
    """Record a broadcast and schedule its sending at `at` (now or later)."""
    broadcast = Broadcast(kind=kind, created_by=by, created_by_person_id=by_person_id,
                          segment_name=segment_name, audience=audience, scope=scope,
                          topic=topic, texts=texts, button=button, urgent=urgent,
                          state="scheduled", scheduled_at=at, created_at=now, updated_at=now)
    db.add(broadcast)
    await db.flush()
    await outbox.schedule(db, kind=SEND, key=f"broadcast:{broadcast.id}:send", due_at=at,
                          now=now, payload={"broadcast_id": broadcast.id})
    return broadcast


def row_key(broadcast_id: int, person_id: int) -> str:
    return f"broadcast:{broadcast_id}:person:{person_id}"


async def insert_rows(db: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Bulk insert outbox rows, skipping keys that exist (idempotent re-runs)."""
    dialect = postgresql if is_postgresql(db) else sqlite
    statement = dialect.insert(OutboxMessage).on_conflict_do_nothing(index_elements=["key"])
    for start in range(0, len(rows), BATCH):
        await db.execute(statement, rows[start:start + BATCH])


def outbox_row(broadcast: Broadcast, person_id: int, payload: dict[str, Any], now: datetime,
               kind: str) -> dict[str, Any]:
    """One outbox row of a broadcast, as a dict for a bulk insert."""
    return {"key": row_key(broadcast.id, person_id), "kind": kind, "person_id": person_id,
            "payload": payload, "state": "pending",
            "priority": PRIORITY_URGENT if broadcast.urgent else PRIORITY_BULK,
            "urgent": broadcast.urgent, "not_before": now, "expires_at": None,
            "broadcast_id": broadcast.id, "attempts": 0, "created_at": now, "updated_at": now}


async def expand(db: AsyncSession, broadcast: Broadcast,
                 people: Iterable[tuple[int, str, str | None]],
                 render: Callable[[str, str | None], Outbound], now: datetime, *,
                 kind: str = "broadcast") -> int:
    """Queue the broadcast for every (person id, language, form); return the row count.

    `render` is called once per (language, form), not once per person.
    """
    payloads: dict[tuple[str, str | None], dict[str, Any]] = {}
    rows = []
    for person_id, language, form in people:
        if (language, form) not in payloads:
            payloads[(language, form)] = render(language, form).to_json()
        rows.append(outbox_row(broadcast, person_id, payloads[(language, form)], now, kind))
    await insert_rows(db, rows)
    return await row_count(db, broadcast.id)


async def row_count(db: AsyncSession, broadcast_id: int) -> int:
    return await db.scalar(select(func.count()).select_from(OutboxMessage)
                           .where(OutboxMessage.broadcast_id == broadcast_id)) or 0


async def set_rows_state(db: AsyncSession, broadcast_id: int, from_states: tuple[str, ...],
                         to_state: str, now: datetime, reason: str | None = None) -> int:
    result = await db.execute(
        update(OutboxMessage).where(OutboxMessage.broadcast_id == broadcast_id,
                                    OutboxMessage.state.in_(from_states))
        .values(state=to_state, reason=reason, updated_at=now))
    return affected(result)


async def pause(db: AsyncSession, broadcast: Broadcast, now: datetime) -> int:
    """Stop handing rows to the delivery worker (it claims only `pending` rows)."""
    broadcast.state, broadcast.updated_at = "paused", now
    return await set_rows_state(db, broadcast.id, ("pending",), "paused", now, "paused")


async def resume(db: AsyncSession, broadcast: Broadcast, now: datetime) -> int:
    broadcast.state, broadcast.updated_at = "sending", now
    return await set_rows_state(db, broadcast.id, ("paused",), "pending", now)


async def cancel(db: AsyncSession, broadcast: Broadcast, now: datetime) -> int:
    """Withdraw what has not left yet; what is already sending finishes."""
    broadcast.state, broadcast.updated_at = "cancelled", now
    return await set_rows_state(db, broadcast.id, ("pending", "paused"), "cancelled", now,
                                "cancelled by a coordinator")


async def counts(db: AsyncSession, broadcast_id: int) -> dict[str, Any]:
    """The delivery report: rows by state, reasons for what did not go, channel receipts."""
    rows = await db.execute(
        select(OutboxMessage.state, OutboxMessage.reason, OutboxMessage.delivery_status,
               OutboxMessage.channel, func.count())
        .where(OutboxMessage.broadcast_id == broadcast_id)
        .group_by(OutboxMessage.state, OutboxMessage.reason, OutboxMessage.delivery_status,
                  OutboxMessage.channel))
    report: dict[str, Any] = {"recipients": 0, "sent": 0, "delivered": 0, "read": 0,
                              "remaining": 0, "unknown": 0, "cancelled": 0,
                              "failed": defaultdict(int), "held": defaultdict(int),
                              "skipped": defaultdict(int), "by_channel": defaultdict(int)}
    for state, reason, status, channel, count in rows:
        report["recipients"] += count
        if channel and state == "sent":
            report["by_channel"][channel] += count
        if state == "sent":
            report["sent"] += count
            if status in ("delivered", "read"):
                report["delivered"] += count
            if status == "read":
                report["read"] += count
            if status == "failed":  # accepted, then the platform said it never arrived
                report["failed"][reason or "undelivered"] += count
        elif state in REMAINING:
            report["remaining"] += count
        elif state in ("unknown", "cancelled"):
            report[state] += count
        elif state in ("failed", "held", "skipped"):
            report[state][reason or "-"] += count
        else:
            report["skipped"][f"{state}: {reason or '-'}"] += count
    for key in ("failed", "held", "skipped", "by_channel"):
        report[key] = dict(sorted(report[key].items()))
    return report


async def settle(db: AsyncSession, row_ids: list[int], now: datetime) -> list[int]:
    """After the delivery worker handled `row_ids`: for each broadcast whose last message has
    just reached a final state, schedule its report now instead of at the next progress tick.

    Two queries per delivery batch (which broadcasts the batch touched, and which of them still
    have messages to go), and one scheduled item per finished broadcast; its key makes it once.
    Returns the ids of the broadcasts that finished.
    """
    if not row_ids:
        return []
    touched = set(await db.scalars(
        select(OutboxMessage.broadcast_id).distinct()
        .where(OutboxMessage.id.in_(row_ids), OutboxMessage.broadcast_id.is_not(None),
               OutboxMessage.state.not_in(REMAINING))))
    if not touched:
        return []
    busy = set(await db.scalars(
        select(OutboxMessage.broadcast_id).distinct()
        .where(OutboxMessage.broadcast_id.in_(touched), OutboxMessage.state.in_(REMAINING))))
    finished = sorted(b for b in touched - busy if b is not None)
    for broadcast_id in finished:
        await outbox.schedule(db, kind=PROGRESS, key=f"broadcast:{broadcast_id}:progress:final",
                              due_at=now, now=now, payload={"broadcast_id": broadcast_id})
    return finished


async def unknown_recipients(db: AsyncSession, broadcast_id: int
                             ) -> list[tuple[int, str | None, str | None, str | None]]:
    """Whose message may or may not have arrived (`unknown`): (person id, name, channel, the
    address on it), for the coordinator to follow up. Never logged: it holds phone numbers."""
    rows = await db.execute(
        select(Person.id, Person.display_name, OutboxMessage.channel, Identity.user_id)
        .join(Person, Person.id == OutboxMessage.person_id)
        .outerjoin(Identity, (Identity.person_id == OutboxMessage.person_id)
                   & (Identity.channel == OutboxMessage.channel))
        .where(OutboxMessage.broadcast_id == broadcast_id, OutboxMessage.state == "unknown")
        .order_by(OutboxMessage.person_id))
    seen: dict[int, tuple[int, str | None, str | None, str | None]] = {}
    for person_id, name, channel, user_id in rows:
        seen.setdefault(person_id, (person_id, name, channel, user_id))
    return list(seen.values())


def total(reasons: dict[str, int]) -> int:
    return sum(reasons.values())


async def get(db: AsyncSession, broadcast_id: int) -> Broadcast | None:
    return await db.get(Broadcast, broadcast_id)


async def recent(db: AsyncSession, limit: int = 20) -> list[Broadcast]:
    return list(await db.scalars(select(Broadcast).order_by(Broadcast.id.desc()).limit(limit)))
