"""The audit of what coordinators looked at and downloaded on the dashboard (who, when, what)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dashboard_models import DashboardAudit


async def record(db: AsyncSession, *, urn: str, person_id: int | None, action: str, what: str,
                 now: datetime, details: dict[str, Any] | None = None) -> None:
    db.add(DashboardAudit(urn=urn, person_id=person_id, action=action, what=what[:200],
                          at=now, details=details or {}))
    await db.flush()


async def recent(db: AsyncSession, limit: int = 100) -> list[DashboardAudit]:
    return list(await db.scalars(select(DashboardAudit)
                                 .order_by(DashboardAudit.id.desc()).limit(limit)))
