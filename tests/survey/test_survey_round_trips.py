"""What one survey answer costs the database: every statement is a round trip on
PostgreSQL, and at saturation their number was the bot's cost per update there (issue 14:
an answer took 18 statements and 23 round trips with BEGIN, COMMIT and the pool's ping).
The bounds are what the code needs now; a change that adds statements to every answer must
say why here. The clock moves between answers as a person's does: while it stood still, two
UPDATEs that only a new time makes (the identity's last-message time, the response's
`updated_at` flushed on its own) did not show here, and the bench's answers took 14."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

from sqlalchemy import event

from bot.app import Core
from conversations.domain.types import Address, Inbound
from tests.support.person import CoreTransport, Person

STATEMENTS = 12
"""Per answer, on both backends (SQLite's BEGIN IMMEDIATE counted, PostgreSQL's BEGIN not)."""
ROUND_TRIPS = 13
"""Per answer on PostgreSQL: the statements, and the transaction's BEGIN and COMMIT."""


class WithUpdateIds(CoreTransport):
    """Every event with a platform id, as Telegram's and WhatsApp's are (the dedupe runs)."""

    ids = itertools.count(1)

    async def _handle(self, **content: Any) -> None:
        event = Inbound(self.address, self.core.clock.now(), message_id=str(next(self.ids)),
                        **content)
        self._received.extend((await self.core.handler.handle(event)).replies)


class Trips:
    """SQL statements as SQLAlchemy sends them; on PostgreSQL also the queries asyncpg sends
    on its own (BEGIN, COMMIT, ROLLBACK, a ping), each a round trip."""

    def __init__(self, core: Core) -> None:
        self.statements: list[str] = []
        self.control: list[str] = []
        engine = core.db.engine.sync_engine
        event.listen(engine, "before_cursor_execute", self._statement)
        if not core.db.is_sqlite:
            event.listen(engine, "checkout", self._checkout)

    def _statement(self, _conn, _cursor, statement, *_: Any) -> None:  # type: ignore[no-untyped-def]
        self.statements.append(statement)

    def _checkout(self, dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.driver_connection.add_query_logger(self._logged)  # a set: added once

    def _logged(self, query: Any) -> None:
        if not query.args:  # an executemany is logged too, and is in `statements` already
            self.control.append(query.query)

    def clear(self) -> None:
        self.statements.clear()
        self.control.clear()


async def test_one_survey_answer_takes_few_statements_and_round_trips(core, clock):
    noa = Person(WithUpdateIds(core, Address("telegram", "5501")), "he", "f")
    trips = Trips(core)
    await noa.onboard()
    await noa.tap("📋 לענות על הסקר", expect=2)
    await noa.tap("22–25")
    for kind, answer in (("say", "מכינת עין פרת"), ("say", "2019"), ("tap", "שירות לאומי")):
        clock.advance(timedelta(seconds=4))  # as a person answers: the time moves on
        trips.clear()
        [question] = await getattr(noa, kind)(answer)
        assert question.text.startswith("(")  # the next question: the answer was taken
        assert len(trips.statements) <= STATEMENTS, trips.statements
        if not core.db.is_sqlite:
            sent = len(trips.statements) + len(trips.control)
            assert sent <= ROUND_TRIPS, [*trips.statements, *trips.control]
