"""Queries for the WhatsApp channel: delivery statuses, and files published for Twilio."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import Document
from storage.models import OutboxMessage, Person
from storage.upsert import insert_ignore
from storage.whatsapp_models import WhatsAppContent, WhatsAppMedia, WhatsAppStatus

STATUS_RANK = {"accepted": 0, "scheduled": 0, "queued": 1, "sending": 2, "sent": 3,
               "delivered": 4, "read": 5, "undelivered": 6, "failed": 6, "canceled": 6}
"""Callbacks can arrive out of order; an outbox row's status only moves forward."""

OUTSIDE_WINDOW = 63016
UNSUBSCRIBED = 21610


async def record_status(db: AsyncSession, *, message_sid: str, status: str,
                        error_code: int | None, now: datetime) -> bool:
    """Record one status callback; False if Twilio already told us this one (a retry)."""
    added = await insert_ignore(db, WhatsAppStatus,
                                {"message_sid": message_sid, "status": status,
                                 "error_code": error_code, "at": now},
                                ["message_sid", "status"])
    if not added:
        return False
    rows = await db.scalars(select(OutboxMessage)
                            .where(OutboxMessage.platform_message_id == message_sid))
    for row in rows:
        current = STATUS_RANK.get(row.delivery_status or "", -1)
        if STATUS_RANK.get(status, 0) < current:
            continue
        row.delivery_status = status
        row.updated_at = now
        if status in ("failed", "undelivered"):
            await _failed_later(db, row, error_code, now)
    return True


async def _failed_later(db: AsyncSession, row: OutboxMessage, code: int | None,
                        now: datetime) -> None:
    """A send Twilio accepted but WhatsApp refused: hold what a template could still carry."""
    if code == OUTSIDE_WINDOW:
        row.state = "held"
        row.reason = f"outside WhatsApp's 24-hour window (twilio {code})"
    elif code == UNSUBSCRIBED:
        row.state = "held"
        row.reason = f"recipient unsubscribed (twilio {code})"
        person = await db.get(Person, row.person_id)
        if person is not None and person.opted_out_at is None:
            person.opted_out_at = now
    else:
        row.reason = f"twilio {row.delivery_status}" + (f" {code}" if code else "")


async def statuses_of(db: AsyncSession, message_sid: str) -> list[WhatsAppStatus]:
    rows = await db.scalars(select(WhatsAppStatus)
                            .where(WhatsAppStatus.message_sid == message_sid)
                            .order_by(WhatsAppStatus.at))
    return list(rows)


async def publish_media(db: AsyncSession, document: Document, *, person_id: int | None,
                        now: datetime, ttl: timedelta) -> str:
    """Store a file under a fresh unguessable token (and drop expired ones); return the token."""
    await db.execute(delete(WhatsAppMedia).where(WhatsAppMedia.expires_at <= now))
    token = secrets.token_urlsafe(32)
    db.add(WhatsAppMedia(token=token, person_id=person_id, filename=document.filename,
                         mime_type=document.mime_type, content=document.content,
                         created_at=now, expires_at=now + ttl))
    await db.flush()
    return token


async def published_media(db: AsyncSession, token: str, now: datetime) -> WhatsAppMedia | None:
    """The file behind a token, unless it is unknown or expired."""
    media = await db.get(WhatsAppMedia, token)
    if media is None or media.expires_at <= now:
        return None
    return media


async def content_sid(db: AsyncSession, key: str) -> str | None:
    """The Content SID created earlier for a structure, if any."""
    return await db.scalar(select(WhatsAppContent.content_sid)
                           .where(WhatsAppContent.key == key))


async def remember_content(db: AsyncSession, key: str, sid: str, kind: str,
                           now: datetime) -> None:
    """Keep a created Content SID; a second process creating the same one keeps the first."""
    await insert_ignore(db, WhatsAppContent, {"key": key, "content_sid": sid, "kind": kind,
                                              "created_at": now}, ["key"])
