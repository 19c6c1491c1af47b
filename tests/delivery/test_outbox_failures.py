"""The real Telegram channel against a stand-in that answers 429, 5xx, timeouts and 403:
every outbox row ends in a final state that matches what the server saw."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.delivery.outbox_worker import FINAL_STATES, Delivery
from conversations.domain.types import Outbound
from storage import outbox
from storage.models import Identity
from tests.support.outbox import add_person, outbox_rows
from tests.support.telegram import running_bot

OK, LIMITED, FLAKY, BROKEN, SLOW, BLOCKED = 2001, 2002, 2003, 2004, 2005, 2006
FAST = {"telegram_timeout_seconds": 0.5, "outbox_max_attempts": 3,
        "outbox_retry_base_seconds": 1.0}



async def drain(delivery: Delivery, clock, rounds: int = 12) -> None:  # type: ignore[no-untyped-def]
    """Run the worker and move time on until nothing is left to try."""
    for _ in range(rounds):
        await delivery.run_once()
        rows = await outbox_rows(delivery.db)
        if all(row.state in FINAL_STATES for row in rows):
            return
        clock.advance(timedelta(minutes=10))


async def test_final_states_match_what_the_server_saw(database_url, api, clock):
    api.fail_next("sendMessage", 429, retry_after=1, chat_id=LIMITED)
    api.fail_next("sendMessage", 500, "Internal Server Error", times=2, chat_id=FLAKY)
    api.fail_next("sendMessage", 502, "Bad Gateway", times=3, chat_id=BROKEN)
    api.fail_next("sendMessage", 0, chat_id=SLOW)
    api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user",
                  chat_id=BLOCKED)
    async with running_bot(database_url, api, clock, **FAST) as bot:
        core = bot.core
        chats = (OK, LIMITED, FLAKY, BROKEN, SLOW, BLOCKED)
        async with core.db.transaction() as db:
            for chat in chats:
                person = await add_person(db, chat, clock.now())
                await outbox.enqueue(db, person_id=person, kind="broadcast",
                                     key=f"broadcast:1:{chat}", now=clock.now(),
                                     message=Outbound(text=f"news for {chat}"))
        delivery = Delivery(core.db, clock, {"telegram": bot.channel}, settings=core.settings,
                            limiters=core.limiters)
        await drain(delivery, clock)
        rows = {int(row.key.rsplit(":", 1)[1]): row for row in await outbox_rows(core.db)}
        seen = {chat: len(api.messages_to(chat)) for chat in chats}
        assert {chat: row.state for chat, row in rows.items()} == {
            OK: "sent", LIMITED: "sent", FLAKY: "sent", BROKEN: "failed", SLOW: "unknown",
            BLOCKED: "failed"}
        for chat, row in rows.items():  # sent ⇔ the server delivered it exactly once
            assert seen[chat] == (1 if row.state == "sent" else 0), chat
            if row.state == "sent":
                assert row.platform_message_id == str(api.messages_to(chat)[0].message_id)
        assert api.too_many == 1 and core.limiters.get("telegram").chat_holds == 1  # one chat
        assert rows[LIMITED].attempts == 1  # a 429 is not a failed attempt
        assert rows[FLAKY].attempts == 3
        assert "gave up after 3 attempts" in (rows[BROKEN].reason or "")
        assert "timeout waiting for the answer" in (rows[SLOW].reason or "")
        assert "403" in (rows[BLOCKED].reason or "")

        async with core.db.transaction() as db:  # the blocked person is unreachable now…
            identity = await db.scalar(select(Identity).where(Identity.user_id == str(BLOCKED)))
            assert identity is not None and identity.unreachable_at is not None
            await outbox.enqueue(db, person_id=identity.person_id, kind="broadcast",
                                 key="broadcast:2:blocked", now=clock.now(),
                                 message=Outbound(text="again"))
        await drain(delivery, clock)
        again = next(r for r in await outbox_rows(core.db) if r.key == "broadcast:2:blocked")
        assert (again.state, again.reason) == ("held", "no reachable channel")
        assert len(api.messages_to(BLOCKED)) == 0

        await api.text(BLOCKED, "/start")  # …until they write again
        await api.wait_for(BLOCKED, 1)
        async with core.db.transaction() as db:
            identity = await db.scalar(select(Identity).where(Identity.user_id == str(BLOCKED)))
            assert identity is not None and identity.unreachable_at is None


async def test_a_reply_rides_out_a_429_and_is_delivered(database_url, api, clock):
    api.fail_next("sendMessage", 429, retry_after=1, chat_id=OK)
    async with running_bot(database_url, api, clock, **FAST) as bot:
        await api.text(OK, "/start")
        [language] = await api.wait_for(OK, 1)
        assert language.labels[0] == "עברית"
        assert api.too_many == 1 and bot.core.limiters.get("telegram").chat_holds == 1
