"""One 429 in one busy Telegram chat holds that chat, not the channel (issue 20, item 10);
429s on several chats at once are the channel's limit and pause it all."""

from __future__ import annotations

import time
from datetime import timedelta

from bot.delivery.outbox_worker import Delivery
from bot.delivery.ratelimit import ChannelLimiter, Limits
from conversations.domain.types import Outbound
from storage import outbox
from tests.support.outbox import add_person, outbox_rows
from tests.support.telegram import running_bot

BUSY = 3100
OTHERS = range(3101, 3121)


async def test_one_chats_429_holds_only_that_chat():
    limiter = ChannelLimiter("telegram", Limits(per_second=1000, per_chat_429=True))
    assert await limiter.too_many(0.5, BUSY) == "chat"
    start = time.monotonic()
    await limiter.acquire(BUSY + 1)
    assert time.monotonic() - start < 0.1 and limiter.paused_for == 0
    await limiter.acquire(BUSY)
    assert time.monotonic() - start >= 0.4
    assert (limiter.chat_holds, limiter.pauses) == (1, 0)


async def test_429s_on_several_chats_at_once_pause_the_channel():
    limiter = ChannelLimiter("telegram", Limits(per_second=1000, per_chat_429=True))
    assert [await limiter.too_many(0.5, chat) for chat in (1, 2, 3)] == \
        ["chat", "chat", "global"]
    assert limiter.paused_for > 0.3 and limiter.pauses == 1


async def test_a_channel_without_per_chat_429s_pauses_whole():
    limiter = ChannelLimiter("whatsapp", Limits(per_second=80))
    assert await limiter.too_many(0.5, "+972501234567") == "global"
    assert limiter.paused_for > 0.3


async def test_a_broadcast_goes_on_while_one_chat_is_rate_limited(database_url, api, clock):
    """The stand-in refuses the busy chat with retry_after=3: the other 20 are sent at once,
    the busy chat's row waits its 3 s, and the channel is never paused."""
    api.fail_next("sendMessage", 429, retry_after=3, chat_id=BUSY)
    async with running_bot(database_url, api, clock,
                           telegram_messages_per_second=1000) as bot:
        core = bot.core
        async with core.db.transaction() as db:
            for chat in (BUSY, *OTHERS):
                person = await add_person(db, chat, clock.now())
                await outbox.enqueue(db, person_id=person, kind="broadcast",
                                     key=f"broadcast:9:{chat}", now=clock.now(),
                                     message=Outbound(text="the garin meets on Tuesday"))
        delivery = Delivery(core.db, clock, {"telegram": bot.channel}, settings=core.settings,
                            limiters=core.limiters, concurrency=4)
        start = time.monotonic()
        await delivery.run_once()
        assert time.monotonic() - start < 2.5  # nobody waited out the busy chat's 3 s
        assert all(len(api.messages_to(chat)) == 1 for chat in OTHERS)
        limiter = core.limiters.get("telegram")
        assert (limiter.chat_holds, limiter.pauses) == (1, 0)
        busy = next(row for row in await outbox_rows(core.db) if row.key.endswith(str(BUSY)))
        assert busy.state == "pending" and "retry after 3" in (busy.reason or "")
        clock.advance(timedelta(seconds=5))
        await delivery.run_once()
        assert len(api.messages_to(BUSY)) == 1
