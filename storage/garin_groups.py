"""A garin's linked Telegram group and the one-time codes that link one.

Why a code typed in the group (`/link_garin 4821-93`), and not "add the bot and pick the
garin": the bot only learns a group's id from inside it, and only the person who asked for
the code in private chat (a coordinator who may see the garin, or its lead) can use it, so
a stranger who adds the bot to some group, or sees the code, links nothing.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import affected
from storage.garin_models import Garin, GarinLinkCode, GarinTelegramGroup

CODE_ALPHABET = "23456789"
"""Digits only (no 0/1): easy to read aloud and to type on a phone."""


def _new_code() -> str:
    digits = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{digits[:4]}-{digits[4:]}"


def normalise_code(text: str) -> str:
    """What was typed, as stored: digits only, dashed after four."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return f"{digits[:4]}-{digits[4:]}" if len(digits) == 8 else ""


async def new_code(db: AsyncSession, garin_id: int, person_id: int, now: datetime,
                   minutes: int) -> GarinLinkCode:
    """A fresh code for this person and garin (their earlier unused codes stop working)."""
    await db.execute(update(GarinLinkCode).where(
        GarinLinkCode.garin_id == garin_id, GarinLinkCode.created_by == person_id,
        GarinLinkCode.used_at.is_(None)).values(expires_at=now))
    row = GarinLinkCode(code=_new_code(), garin_id=garin_id, created_by=person_id,
                        created_at=now, expires_at=now + timedelta(minutes=minutes))
    db.add(row)
    await db.flush()
    return row


async def usable_code(db: AsyncSession, code: str, now: datetime) -> GarinLinkCode | None:
    row = await db.get(GarinLinkCode, code) if code else None
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    return row


async def use_code(db: AsyncSession, code: str, now: datetime) -> bool:
    """Spend the code once (two groups typing it at the same moment: one wins)."""
    done = await db.execute(update(GarinLinkCode).where(
        GarinLinkCode.code == code, GarinLinkCode.used_at.is_(None)).values(used_at=now))
    return affected(done) == 1


async def live_link(db: AsyncSession, garin_id: int) -> GarinTelegramGroup | None:
    return await db.scalar(select(GarinTelegramGroup).where(
        GarinTelegramGroup.garin_id == garin_id, GarinTelegramGroup.unlinked_at.is_(None))
        .order_by(GarinTelegramGroup.id.desc()).limit(1))


async def links_of_chat(db: AsyncSession, chat_id: int) -> list[GarinTelegramGroup]:
    return list(await db.scalars(select(GarinTelegramGroup).where(
        GarinTelegramGroup.chat_id == chat_id, GarinTelegramGroup.unlinked_at.is_(None))))


async def link(db: AsyncSession, garin: Garin, chat_id: int, *, title: str,
               linked_by: int | None, now: datetime) -> GarinTelegramGroup:
    """Link `chat_id` to the garin, ending any earlier link of either (one group per garin,
    one garin per group)."""
    await db.execute(update(GarinTelegramGroup).where(
        GarinTelegramGroup.unlinked_at.is_(None),
        (GarinTelegramGroup.garin_id == garin.id) | (GarinTelegramGroup.chat_id == chat_id))
        .values(unlinked_at=now, unlinked_reason="replaced"))
    await db.execute(update(Garin).where(Garin.telegram_chat_id == chat_id,
                                         Garin.id != garin.id)
                     .values(telegram_chat_id=None, updated_at=now))
    row = GarinTelegramGroup(garin_id=garin.id, chat_id=chat_id, title=title[:200],
                             linked_by=linked_by, linked_at=now)
    db.add(row)
    garin.telegram_chat_id, garin.updated_at = chat_id, now
    await db.flush()
    return row


async def unlink(db: AsyncSession, row: GarinTelegramGroup, reason: str,
                 now: datetime) -> None:
    row.unlinked_at, row.unlinked_reason = now, reason[:40]
    await db.execute(update(Garin).where(Garin.id == row.garin_id,
                                         Garin.telegram_chat_id == row.chat_id)
                     .values(telegram_chat_id=None, updated_at=now))
    await db.flush()


async def migrate_chat(db: AsyncSession, old_chat_id: int, new_chat_id: int,
                       now: datetime) -> list[GarinTelegramGroup]:
    """A group became a supergroup: its links move to the new id (the old row ends)."""
    moved = []
    for row in await links_of_chat(db, old_chat_id):
        await unlink(db, row, "migrated", now)
        garin = await db.get(Garin, row.garin_id)
        if garin is not None:
            moved.append(await link(db, garin, new_chat_id, title=row.title,
                                    linked_by=row.linked_by, now=now))
    return moved
