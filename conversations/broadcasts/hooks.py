"""Register broadcasts, topic subscriptions and the weekly digest."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcast_models import Broadcast


async def _merge_sender(db: AsyncSession, from_id: int, to_id: int, _now: datetime) -> None:
    await db.execute(update(Broadcast).where(Broadcast.created_by_person_id == from_id)
                     .values(created_by_person_id=to_id))
