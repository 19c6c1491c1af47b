"""The outbox's raw Bot API path (bot/channels/telegram/bulk.py) against the stand-in: what
Telegram answers becomes the row's state, the message id is recorded, 429s wait, 403 and
"chat not found" mark the person's channel, a silent server leaves the row unknown."""

from __future__ import annotations

import socket
from datetime import timedelta

from sqlalchemy import select

from bot.channels.telegram.bulk import BotApi
from bot.delivery.outbox_worker import Delivery, SendError
from conversations.domain.types import Choice, Outbound
from standins.telegram_api import Limits
from storage import outbox
from storage.models import Identity
from tests.support.outbox import add_person, outbox_rows
from tests.support.telegram import running_bot

FAST = {"telegram_timeout_seconds": 0.5}
OK, BUSY, BLOCKED, GONE, SILENT = 4001, 4002, 4003, 4004, 4005


async def queue(bot, chat: int, message: Outbound, clock) -> None:  # type: ignore[no-untyped-def]
    async with bot.core.db.transaction() as db:
        person = await add_person(db, chat, clock.now())
        await outbox.enqueue(db, person_id=person, kind="broadcast", key=f"b:{chat}",
                             now=clock.now(), message=message)


def delivery(bot, clock) -> Delivery:  # type: ignore[no-untyped-def]
    return Delivery(bot.core.db, clock, {"telegram": bot.channel}, settings=bot.core.settings,
                    limiters=bot.core.limiters)


async def rows_by_chat(bot) -> dict[int, object]:  # type: ignore[no-untyped-def]
    return {int(row.key.split(":")[1]): row for row in await outbox_rows(bot.core.db)}


async def unreachable(bot, chat: int) -> str | None:  # type: ignore[no-untyped-def]
    async with bot.core.db.transaction() as db:
        identity = await db.scalar(select(Identity).where(Identity.user_id == str(chat)))
        assert identity is not None
        return identity.unreachable_reason if identity.unreachable_at else None


async def test_each_answer_ends_in_its_state(database_url, api, clock):
    api.fail_next("sendMessage", 429, retry_after=7, chat_id=BUSY)
    api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=BLOCKED)
    api.fail_next("sendMessage", 400, "Bad Request: chat not found", chat_id=GONE)
    api.fail_next("sendMessage", 0, chat_id=SILENT)
    async with running_bot(database_url, api, clock, **FAST) as bot:
        for chat in (OK, BUSY, BLOCKED, GONE, SILENT):
            await queue(bot, chat, Outbound(text=f"news for {chat}"), clock)
        worker = delivery(bot, clock)
        await worker.run_once()
        rows = await rows_by_chat(bot)
        [sent] = api.messages_to(OK)
        assert (rows[OK].state, rows[OK].platform_message_id) == ("sent", str(sent.message_id))
        assert rows[BUSY].state == "pending" and "retry after 7" in rows[BUSY].reason
        assert rows[BUSY].not_before >= clock.now() + timedelta(seconds=7)
        assert rows[BUSY].attempts == 0  # Telegram did not look at it
        assert (rows[BLOCKED].state, rows[BLOCKED].reason) == (
            "failed", "telegram 403: Forbidden: bot was blocked by the user")
        assert "blocked" in (await unreachable(bot, BLOCKED) or "")
        assert (rows[GONE].state, rows[GONE].reason) == ("failed",
                                                         "telegram 400: Chat not found")
        assert "chat not found" in (await unreachable(bot, GONE) or "").lower()
        assert rows[SILENT].state == "unknown"  # it may have arrived: never sent again
        assert rows[SILENT].reason == "telegram timeout waiting for the answer"
        assert await unreachable(bot, SILENT) is None

        clock.advance(timedelta(seconds=8))  # the 429's wait is over
        await worker.run_once()
        rows = await rows_by_chat(bot)
        [late] = api.messages_to(BUSY)
        assert (rows[BUSY].state, rows[BUSY].platform_message_id) == (
            "sent", str(late.message_id))
        assert [len(api.messages_to(c)) for c in (BLOCKED, GONE, SILENT)] == [0, 0, 0]


async def test_buttons_long_text_and_paid_broadcast(database_url, api, clock):
    """Choices become the inline keyboard on the last part; a long text is split and the
    last part's id recorded; with TELEGRAM_PAID_BROADCAST each part says allow_paid_broadcast."""
    long_text = "\n\n".join(f"פסקה {n}: " + "מילה " * 300 for n in range(4))
    choices = (Choice("כן", target="yes"), Choice("לא", target="no"))
    async with running_bot(database_url, api, clock, telegram_paid_broadcast=True) as bot:
        await queue(bot, OK, Outbound(text=long_text, choices=choices), clock)
        await delivery(bot, clock).run_once()
        parts = api.messages_to(OK)
        assert len(parts) > 1 and all(len(p.text) <= 4096 for p in parts)
        assert " ".join(p.text for p in parts).split() == long_text.split()
        assert all(p.params.get("allow_paid_broadcast") is True for p in parts)
        assert parts[-1].labels == ["כן", "לא"] and not parts[0].buttons
        [row] = await outbox_rows(bot.core.db)
        assert (row.state, row.platform_message_id) == ("sent", str(parts[-1].message_id))


async def test_a_later_part_rides_out_its_429(database_url, api, clock):
    """The stand-in allows a chat one message a second, so the second and third parts of a
    long text meet 429s: they wait the retry_after out and go, once each."""
    long_text = "\n\n".join("מילה " * 700 for _ in range(3))
    api.limits = Limits(per_chat_per_second=1)
    async with running_bot(database_url, api, clock) as bot:
        await queue(bot, OK, Outbound(text=long_text), clock)
        await delivery(bot, clock).run_once()
        parts = api.messages_to(OK)
        assert len(parts) == 3 and api.too_many >= 2
        assert " ".join(p.text for p in parts).split() == long_text.split()
        [row] = await outbox_rows(bot.core.db)
        assert (row.state, row.platform_message_id) == ("sent", str(parts[-1].message_id))
        assert bot.core.limiters.get("telegram").chat_holds >= 2


async def test_a_refused_connection_is_retried_not_unknown():
    """Nothing listens: the request never left, so the row may be sent again."""
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    bot_api = BotApi(f"http://127.0.0.1:{port}/bot", "1:X", timeout=0.5, pool=2)
    try:
        error = None
        try:
            await bot_api.call("sendMessage", {"chat_id": 1, "text": "x"})
        except SendError as raised:
            error = raised
        assert error is not None and not error.maybe_sent and not error.permanent
        assert error.reason.startswith("telegram network")
    finally:
        await bot_api.close()


async def test_a_broadcast_at_the_free_rate_meets_no_429(database_url, api, clock):
    """60 people at Telegram's free 30/s, the stand-in counting its own sliding second as
    the requests arrive: groups of 7 at the bulk 24/s, the pool opened before the first
    slot (`Sender.warm`), a late send counted from when it left — none refused."""
    api.limits = Limits(global_per_second=30, per_chat_per_second=1)
    async with running_bot(database_url, api, clock, telegram_messages_per_second=30) as bot:
        for chat in range(5_000, 5_060):
            await queue(bot, chat, Outbound(text="the garin meets on Tuesday"), clock)
        sender = delivery(bot, clock)
        while await sender.run_once():
            pass
        assert api.too_many == 0
        assert {row.state for row in await outbox_rows(bot.core.db)} == {"sent"}
        assert all(len(api.messages_to(chat)) == 1 for chat in range(5_000, 5_060))
