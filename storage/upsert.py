"""INSERT … ON CONFLICT DO NOTHING for both backends, for idempotent writes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import affected, is_postgresql


async def insert_ignore(db: AsyncSession, model: type, values: dict[str, Any],
                        conflict: list[str]) -> bool:
    """Insert a row unless one with the same `conflict` columns exists; True if inserted."""
    dialect = postgresql if is_postgresql(db) else sqlite
    statement = dialect.insert(model).values(**values).on_conflict_do_nothing(
        index_elements=conflict)
    result = await db.execute(statement)
    return bool(affected(result))


async def insert_ignore_many(db: AsyncSession, model: type, rows: list[dict[str, Any]],
                             conflict: list[str]) -> int:
    """Many rows in one executemany of one compiled INSERT, skipping those whose `conflict`
    columns exist; how many were inserted. (A multi-row VALUES clause would be compiled anew
    for every batch, which cost more than the inserts: cProfile, bench/RESULTS.md.)"""
    if not rows:
        return 0
    dialect = postgresql if is_postgresql(db) else sqlite
    table = model.__table__  # type: ignore[attr-defined]  # Core: no ORM bulk machinery
    statement = dialect.insert(table).on_conflict_do_nothing(index_elements=conflict)
    result = await db.execute(statement, rows)
    return max(affected(result), 0)
