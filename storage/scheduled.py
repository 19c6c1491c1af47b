"""Claimed scheduled items as plain rows, and their state changes as set-based UPDATEs.

The scheduler's bulk path (enqueue-only jobs, bot/delivery/scheduler.py) reads a batch with
one Core SELECT of columns and writes its outcome with one UPDATE per outcome: loading
`ScheduledItem` objects and flushing each one's changes cost more than the work itself
(py-spy, bench/RESULTS.md).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ScheduledItem

_TABLE: Table = ScheduledItem.__table__  # type: ignore[assignment]  # Core, not the ORM
_C = _TABLE.c


@dataclass(frozen=True, slots=True)
class DueItem:
    """What an enqueue-only job reads of its item: the same names as `ScheduledItem`, and
    frozen — a handler that writes to its item is not enqueue-only, and the scheduler then
    runs the batch item by item through the ORM instead."""

    id: int
    key: str
    kind: str
    person_id: int | None
    payload: dict[str, Any]
    due_at: datetime
    expires_at: datetime | None
    urgent: bool
    attempts: int
    reason: str | None


_COLUMNS = (_C.id, _C.key, _C.kind, _C.person_id, _C.payload, _C.due_at, _C.expires_at,
            _C.urgent, _C.attempts, _C.reason)
_LOAD = select(*_COLUMNS, _C.state, _C.claimed_by).order_by(_C.due_at, _C.id)


async def claimed(db: AsyncSession, ids: list[int], worker: str) -> list[DueItem]:
    """The items of `ids` still claimed by `worker`, in due order. (The state is tested
    here, not in SQL: with it SQLite picks the (state, due_at) index over the ids.)"""
    rows = await db.execute(_LOAD.where(_C.id.in_(ids)))
    return [DueItem(*row[:10]) for row in rows if row[10] == "claimed" and row[11] == worker]


@dataclass
class Outcomes:
    """Each item's new state (and reason), collected while a batch runs, written at once."""

    done: list[int]
    other: dict[tuple[str, str | None], list[int]]

    def __init__(self) -> None:
        self.done = []
        self.other = defaultdict(list)

    def add(self, item_id: int, state: str, reason: str | None = None) -> None:
        if state == "done" and reason is None:
            self.done.append(item_id)
        else:
            self.other[(state, reason)].append(item_id)


async def finish(db: AsyncSession, outcomes: Outcomes, now: datetime) -> None:
    """Release the items with their new states: one UPDATE … WHERE id IN (…) per outcome;
    each counts one more attempt. (A done item keeps its reason, e.g. a quiet-hours plan.)"""
    released = {"attempts": _C.attempts + 1, "claimed_by": None, "claimed_until": None,
                "updated_at": now}
    if outcomes.done:
        await db.execute(update(_TABLE).where(_C.id.in_(outcomes.done))
                         .values(state="done", **released))
    for (state, reason), ids in outcomes.other.items():
        await db.execute(update(_TABLE).where(_C.id.in_(ids))
                         .values(state=state, reason=reason, **released))
