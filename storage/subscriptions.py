"""Read and write topic subscriptions; a missing row means the topic's default."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.topics import all_topics
from storage.broadcast_models import Subscription
from storage.upsert import insert_ignore


async def set_subscribed(db: AsyncSession, person_id: int, topic: str, subscribed: bool,
                         now: datetime) -> None:
    inserted = await insert_ignore(db, Subscription, {
        "person_id": person_id, "topic": topic, "subscribed": subscribed, "updated_at": now},
        ["person_id", "topic"])
    if not inserted:
        await db.execute(update(Subscription).where(Subscription.person_id == person_id,
                                                    Subscription.topic == topic)
                         .values(subscribed=subscribed, updated_at=now))


async def topics_of(db: AsyncSession, person_id: int) -> dict[str, bool]:
    """Every known topic → whether the person receives it."""
    rows = await db.scalars(select(Subscription).where(Subscription.person_id == person_id))
    chosen = {row.topic: row.subscribed for row in rows}
    return {t.id: chosen.get(t.id, t.default) for t in all_topics()}


async def export(db: AsyncSession, person_id: int) -> dict[str, bool]:
    return await topics_of(db, person_id)


async def merge(db: AsyncSession, from_id: int, to_id: int) -> None:
    """Keep the surviving record's choices; take the other's where it made none."""
    kept = set(await db.scalars(select(Subscription.topic)
                                .where(Subscription.person_id == to_id)))
    if kept:
        await db.execute(delete(Subscription).where(Subscription.person_id == from_id,
                                                    Subscription.topic.in_(kept)))
    await db.execute(update(Subscription).where(Subscription.person_id == from_id)
                     .values(person_id=to_id))
