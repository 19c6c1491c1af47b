"""Read and write people's segment fields (see `PersonAttribute`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import PersonAttribute


async def set_values(db: AsyncSession, person_id: int, name: str, values: Iterable[str],
                     now: datetime) -> None:
    """Replace every value of `name` for the person (an empty iterable clears it)."""
    await db.execute(delete(PersonAttribute).where(PersonAttribute.person_id == person_id,
                                                   PersonAttribute.name == name))
    for value in dict.fromkeys(str(v) for v in values):
        db.add(PersonAttribute(person_id=person_id, name=name, value=value, updated_at=now))
    await db.flush()


async def values_of(db: AsyncSession, person_id: int) -> dict[str, list[str]]:
    rows = await db.scalars(select(PersonAttribute).where(PersonAttribute.person_id == person_id)
                            .order_by(PersonAttribute.name, PersonAttribute.value))
    found: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        found[row.name].append(row.value)
    return dict(found)


async def people_with(db: AsyncSession, name: str, value: str) -> list[int]:
    rows = await db.scalars(select(PersonAttribute.person_id).where(
        PersonAttribute.name == name, PersonAttribute.value == value))
    return list(rows)
