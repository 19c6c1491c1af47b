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
    """One INSERT of many rows, skipping those whose `conflict` columns exist; how many
    were inserted."""
    if not rows:
        return 0
    dialect = postgresql if is_postgresql(db) else sqlite
    statement = dialect.insert(model).values(rows).on_conflict_do_nothing(
        index_elements=conflict)
    return affected(await db.execute(statement))
