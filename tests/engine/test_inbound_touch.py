"""The time of a person's last message is kept to the minute: a survey answered every few
seconds does not rewrite it on every answer (one UPDATE of a dozen statements, issue 14),
and it is never more than a minute old."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event, select

from conversations.domain.types import Address
from conversations.engine.handling import TOUCH_INBOUND_EVERY
from storage.models import Identity
from tests.support.person import CoreTransport, Person


async def test_the_last_message_time_is_written_once_a_minute_and_never_older(core, clock):
    updates: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("UPDATE identities"):
            updates.append(statement)

    async def stored() -> object:
        async with core.db.transaction() as db:
            return await db.scalar(select(Identity.last_inbound_at))

    noa = Person(CoreTransport(core, Address("telegram", "5502")), "he", "f")
    await noa.onboard()
    first = clock.now()
    assert await stored() == first
    event.listen(core.db.engine.sync_engine, "before_cursor_execute", count)
    clock.advance(timedelta(seconds=5))
    await noa.say("/menu")
    clock.advance(TOUCH_INBOUND_EVERY - timedelta(seconds=10))
    await noa.say("/menu")
    assert updates == [] and await stored() == first
    clock.advance(timedelta(seconds=10))  # a minute since the written time
    await noa.say("/menu")
    assert len(updates) == 1 and await stored() == clock.now()
