"""Housekeeping that runs once per period across all processes: the period's key is a row in
`scheduled` (state `done` from the start), inserted in the same transaction as the work, so
exactly one process does each day's cleanup — and if it fails, the insert rolls back with it
and the next tick (here or elsewhere) tries again."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from storage import dashboard_auth
from storage.db import affected
from storage.models import ProcessedUpdate, ScheduledItem
from storage.upsert import insert_ignore
from storage.whatsapp_models import WhatsAppMedia

KIND = "cleanup"


def day_key(moment: datetime, timezone: str) -> str:
    """`cleanup:2026-12-01`: the local day of the moment."""
    return f"{KIND}:{moment.astimezone(ZoneInfo(timezone)).date().isoformat()}"


async def claim_period(db: AsyncSession, key: str, now: datetime) -> bool:
    """True for the one transaction (in the whole cluster) that records this period first."""
    return await insert_ignore(db, ScheduledItem, {
        "key": key, "kind": KIND, "payload": {}, "due_at": now, "state": "done",
        "attempts": 1, "urgent": False, "reason": "cleaned up",
        "created_at": now, "updated_at": now}, ["key"])


async def clean_up(db: AsyncSession, now: datetime, *, keep_updates: timedelta) -> int:
    """Forget platform update ids older than `keep_updates` (retries come within minutes)
    and drop expired WhatsApp media and dashboard login links and sessions; returns how many
    rows went."""
    updates = await db.execute(delete(ProcessedUpdate)
                               .where(ProcessedUpdate.at < now - keep_updates))
    media = await db.execute(delete(WhatsAppMedia).where(WhatsAppMedia.expires_at <= now))
    return affected(updates) + affected(media) + await dashboard_auth.forget_expired(db, now)
