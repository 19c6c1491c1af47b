"""Privacy and the garin home: a voter's erasure leaves anonymous counts; what the home shows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage import garin_decisions as repo


async def forget(db: AsyncSession, person_id: int, now: datetime) -> None:
    await repo.forget_person(db, person_id)
