"""The rate limits and 429 pauses that several sending processes share through Redis.

Two `RedisLimiters` with their own connections stand for two processes."""

from __future__ import annotations

import asyncio
import time

from bot.delivery.shared_limits import RedisLimiters
from tests.support.pacing import PLATFORM_SECOND, group_sizes, most_in_a_second
from tests.support.settings import make_settings


def process(redis_url: str, prefix: str, **overrides: object) -> RedisLimiters:
    values: dict[str, object] = {"redis_url": redis_url, "redis_key_prefix": prefix,
                                 "telegram_private_chat_per_second": 0,
                                 "telegram_messages_per_second": 20}
    values.update(overrides)
    return RedisLimiters(make_settings("sqlite+aiosqlite:///:memory:", **values))


async def timed(coroutine) -> float:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    await coroutine
    return time.monotonic() - start


async def test_two_processes_share_one_overall_rate(redis_url, redis_prefix):
    one, two = process(redis_url, redis_prefix), process(redis_url, redis_prefix)
    try:
        async def send(limiters: RedisLimiters, first_chat: int) -> None:
            for n in range(20):
                await limiters.get("telegram").acquire(first_chat + n)

        elapsed = await timed(asyncio.gather(send(one, 100), send(two, 200)))
        # 40 sends at 20/s together: about 2 s (each alone at 20/s would take 1 s).
        assert 1.8 <= elapsed < 4, elapsed
        assert one.get("telegram").sent + two.get("telegram").sent == 40
    finally:
        await one.close()
        await two.close()


async def test_bulk_gets_only_its_share_across_processes(redis_url, redis_prefix):
    one = process(redis_url, redis_prefix, telegram_messages_per_second=10,
                  outbox_bulk_share=0.5)
    two = process(redis_url, redis_prefix, telegram_messages_per_second=10,
                  outbox_bulk_share=0.5)
    try:
        async def bulk(limiters: RedisLimiters, first_chat: int) -> None:
            for n in range(5):
                await limiters.get("telegram").acquire(first_chat + n, bulk=True)

        elapsed = await timed(asyncio.gather(bulk(one, 100), bulk(two, 200)))
        assert elapsed >= 1.6, elapsed  # 10 bulk sends at 5/s, not 10/s
    finally:
        await one.close()
        await two.close()


async def test_a_paid_broadcast_paces_at_its_own_rate_across_processes(redis_url, redis_prefix):
    """Telegram's paid broadcasts (allow_paid_broadcast) go beyond the free overall rate:
    two processes share the paid rate, and replies keep the free one."""
    paid = {"telegram_messages_per_second": 10, "telegram_paid_broadcast": True,
            "telegram_paid_broadcast_per_second": 100}
    one, two = process(redis_url, redis_prefix, **paid), process(redis_url, redis_prefix, **paid)
    try:
        async def bulk(limiters: RedisLimiters, first_chat: int) -> None:
            for n in range(100):
                await limiters.get("telegram").acquire(first_chat + n, bulk=True)

        elapsed = await timed(asyncio.gather(bulk(one, 1_000), bulk(two, 2_000)))
        # 200 paid sends at 100/s together: about 2 s (at the free 10/s it would be 20 s; each
        # process at 100/s of its own, 1 s).
        assert 1.6 <= elapsed < 6, elapsed
        replies = [one.get("telegram").acquire(5_000 + n) for n in range(10)]
        assert await timed(asyncio.gather(*replies)) < 2.5  # the free 10/s is still there
    finally:
        await one.close()
        await two.close()


async def test_a_global_429_seen_by_one_process_pauses_the_other(redis_url, redis_prefix):
    one, two = process(redis_url, redis_prefix), process(redis_url, redis_prefix)
    try:
        assert await one.get("telegram").too_many(1.0) == "global"
        assert await two.get("telegram").paused() > 0.5
        assert await timed(two.get("telegram").acquire(300)) >= 0.8
    finally:
        await one.close()
        await two.close()


async def test_a_per_chat_429_holds_that_chat_everywhere_and_no_other(redis_url, redis_prefix):
    one, two = process(redis_url, redis_prefix), process(redis_url, redis_prefix)
    try:
        assert await one.get("telegram").too_many(1.0, 77) == "chat"
        assert await timed(two.get("telegram").acquire(78)) < 0.3  # others go on
        assert await timed(two.get("telegram").acquire(77)) >= 0.7  # that chat waits
        assert await two.get("telegram").paused() == 0
        # 429s on several chats at once are the channel's own limit: everyone pauses.
        await one.get("telegram").too_many(1.0, 79)
        await one.get("telegram").too_many(1.0, 80)
        assert await two.get("telegram").too_many(1.0, 81) == "global"
        assert await timed(one.get("telegram").acquire(82)) >= 0.7
    finally:
        await one.close()
        await two.close()


async def test_whatsapp_429s_pause_the_whole_channel(redis_url, redis_prefix):
    """Twilio's 429 / 20429 are account-wide: there is no per-chat hold on WhatsApp."""
    one, two = process(redis_url, redis_prefix), process(redis_url, redis_prefix)
    try:
        assert await one.get("whatsapp").too_many(1.0, "+972501234567") == "global"
        assert await timed(two.get("whatsapp").acquire("+972509999999")) >= 0.7
    finally:
        await one.close()
        await two.close()


async def test_bulk_goes_in_groups_within_the_rate_across_processes(redis_url, redis_prefix):
    """As in one process (tests/delivery/test_ratelimit.py): waiting bulk sends get slots a
    burst at a time, the two processes share the bulk rate, and replies and bulk together
    stay within the channel's rate in any sliding second."""
    free = {"telegram_messages_per_second": 30}
    one, two = process(redis_url, redis_prefix, **free), process(redis_url, redis_prefix, **free)
    start = time.monotonic()
    times: list[float] = []
    replied: list[float] = []
    try:
        assert one.get("telegram").burst == 7

        async def bulk(limiters: RedisLimiters, first_chat: int) -> None:
            chats = iter(range(first_chat, first_chat + 30))

            async def queue() -> None:
                for chat in chats:
                    await limiters.get("telegram").acquire(chat, bulk=True)
                    times.append(time.monotonic() - start)

            await asyncio.gather(*(queue() for _ in range(8)))

        async def replies() -> None:  # 10/s beside the bulk 24/s: the second is full
            for n in range(25):
                await two.get("telegram").acquire(9_000 + n)
                replied.append(time.monotonic() - start)
                await asyncio.sleep(0.1)

        await asyncio.gather(bulk(one, 1_000), bulk(two, 2_000), replies())
        times.sort()
        assert times[-1] >= 55 / 24 - 0.1, times  # 60 bulk at the shared 24/s, not 48/s
        sizes = group_sizes(times)
        assert max(sizes) <= 7 and sizes.count(7) >= 3, sizes
        assert most_in_a_second(sorted(times + replied), PLATFORM_SECOND) <= 30
    finally:
        await one.close()
        await two.close()


async def test_a_send_that_leaves_late_counts_from_when_it_leaves_everywhere(redis_url,
                                                                             redis_prefix):
    """As in one process (tests/delivery/test_ratelimit.py): one process's first group is
    held past the headroom and leaves with the other's next groups; `went_late` counts it
    from when it leaves in the shared log, so no second at the platform holds more than 30."""
    free = {"telegram_messages_per_second": 30}
    one, two = process(redis_url, redis_prefix, **free), process(redis_url, redis_prefix, **free)
    start = time.monotonic()
    left: list[float] = []

    async def send(limiters: RedisLimiters, chat: int, held: float) -> None:
        limiter = limiters.get("telegram")
        granted = await limiter.acquire(chat, bulk=True)
        await asyncio.sleep(held)
        if limiter.overdue(granted):
            await limiter.went_late(granted)
        left.append(time.monotonic() - start)

    queue = iter(range(100, 160))

    async def worker() -> None:
        for chat in queue:
            await send(two, chat, 0.0)

    try:
        first_group = [asyncio.create_task(send(one, n, 0.45)) for n in range(7)]
        await asyncio.sleep(0.05)
        await asyncio.gather(*first_group, *(worker() for _ in range(8)))
        assert most_in_a_second(sorted(left), 1.0) <= 30
    finally:
        await one.close()
        await two.close()
