"""Shared pieces of the outbox tests: people to send to and a sender that records."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from sqlalchemy import select

from bot.delivery.outbox_worker import SendError
from conversations.domain.types import Address, Outbound
from storage import attributes, people
from storage.models import Identity, OutboxMessage, ScheduledItem


async def add_person(db, user_id: int | str, now, *, channel: str = "telegram",  # type: ignore[no-untyped-def]
                     region: str | None = None) -> int:
    """A consented person with one identity (and optionally a region); returns the id."""
    identity = await people.identity_for(db, Address(channel, str(user_id)), language="he",
                                         now=now)
    person = await people.person(db, identity.person_id)
    assert person is not None
    person.consented_at = now
    if region is not None:
        await attributes.set_values(db, person.id, "region", [region], now)
    return person.id


@dataclass
class RecordingSender:
    """Stands in for a platform at the Sender boundary: records, or fails when told to."""

    channel: str = "telegram"
    numbered_choices: bool = False
    sent: list[tuple[str, str]] = field(default_factory=list)
    failures: list[SendError] = field(default_factory=list)
    latency: float = 0.0

    async def warm(self) -> None:
        """Nothing to open."""

    async def send(self, identity: Identity, message: Outbound, *, kind: str) -> str | None:
        if self.failures:
            raise self.failures.pop(0)
        if self.latency:
            await asyncio.sleep(self.latency)  # like a network call: other workers get a turn
        self.sent.append((identity.user_id, message.text))
        return str(len(self.sent))


async def outbox_rows(core_db) -> list[OutboxMessage]:  # type: ignore[no-untyped-def]
    async with core_db.transaction() as db:
        return list(await db.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


async def scheduled_rows(core_db) -> list[ScheduledItem]:  # type: ignore[no-untyped-def]
    async with core_db.transaction() as db:
        return list(await db.scalars(select(ScheduledItem).order_by(ScheduledItem.id)))
