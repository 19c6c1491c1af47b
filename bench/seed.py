"""Fill a database quickly with many people, for benchmarks (bulk inserts, not ORM objects)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert

from storage import migrate
from storage.db import Database
from storage.models import ConversationState, Identity, Person

BATCH = 2000


async def seed_people(db: Database, count: int, *, open_conversations: int = 0,
                      first_user_id: int = 100_000, consented: bool = True,
                      channel: str = "telegram",
                      languages: tuple[str, ...] = ("he", "en", "ar", "ru")) -> list[int]:
    """Create `count` consented people with one identity each (a Telegram id, or a phone
    number +9725… on WhatsApp); return their user ids.

    The first `open_conversations` of them are left mid-flow (in the settings flow)."""
    await migrate.upgrade(db)
    now = datetime.now(UTC)
    user_ids: list = [first_user_id + i for i in range(count)]
    if channel == "whatsapp":
        user_ids = [f"+9725{n:08d}" for n in user_ids]
    async with db.transaction() as session:
        for start in range(0, count, BATCH):
            chunk = range(start, min(count, start + BATCH))
            people = [{"language": languages[i % len(languages)], "address_form": "mfp"[i % 3],
                       "consented_at": now if consented else None, "created_at": now}
                      for i in chunk]
            ids = list(await session.scalars(insert(Person).returning(Person.id), people))
            await session.execute(insert(Identity), [
                {"person_id": pid, "channel": channel, "user_id": str(user_ids[i]),
                 "created_at": now, "last_inbound_at": now}
                for pid, i in zip(ids, chunk, strict=True)])
            opened = [{"person_id": pid, "flow": "settings", "state": "form", "data": {},
                       "history": ["language"], "choices": [], "step": 3, "version": 1,
                       "updated_at": now}
                      for pid, i in zip(ids, chunk, strict=True) if i < open_conversations]
            if opened:
                await session.execute(insert(ConversationState), opened)
    return user_ids
