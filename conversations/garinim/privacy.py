"""Privacy hooks: "delete me" takes a person off every roster and invitation (their past
group messages stay without an author); "my data" shows their memberships and invitations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage import garinim as repo


async def forget(db: AsyncSession, person_id: int, now: datetime) -> None:
    await repo.forget_person(db, person_id, now)


async def export_person(db: AsyncSession, person_id: int) -> dict[str, Any]:
    return await repo.export_of(db, person_id)
