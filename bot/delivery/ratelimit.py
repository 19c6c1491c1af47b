"""One rate limiter per channel, shared by direct replies and bulk (outbox) sends.

Every platform call takes a slot first: `async with limiter.slot(chat_key, bulk=True): ...`.
A slot needs a token from the channel's overall bucket and from the chat's own bucket
(Telegram: 1 message/s per private chat with a short burst, 20/min per group). Replies to
people chatting right now come first: bulk may use only `bulk_share` of the overall rate, and
never takes a token while a reply is waiting for one. A 429 from the platform calls
`await limiter.too_many(retry_after, chat)`: on Telegram, whose 429s may concern one busy chat,
that chat alone is held for `retry_after` — unless several chats are refused within a moment
(`GLOBAL_429_CHATS` within `GLOBAL_429_WINDOW` seconds), which is the channel's own limit, and
then nobody on the channel sends until the pause is over. Elsewhere (Twilio's 429 / 20429 are
account-wide) and through `pause(seconds)` every 429 pauses the channel.

Bulk slots go out in groups (`bulk_burst`: about `BULK_GROUP_SECONDS` of the bulk rate,
e.g. 7 at Telegram's free 24/s): one pacer task hands a slot to every waiting bulk send whose
chat may send, up to the burst, at the same moment and then waits until the bulk bucket has
paid for them, so a paced broadcast wakes the process once per group, and its `sending`
marks and outcomes are written a group at a time (`bot/delivery/coalesce.py`) instead of
one by one. A group is taken early and paid back after (the bulk bucket goes into debt), so
one message alone is not delayed, and the contract is: bulk never more than the burst at
once, its share of the rate over time, and the channel — replies and bulk together — never
more than its rate in any sliding second as the platform counts it, at arrival (a log of
the sends granted in the last `SECOND_WINDOW` checks it: a second plus the
`SEND_HEADROOM_SECONDS` a send may take to reach the platform after its grant; a send that
leaves later than that, behind a slow commit or a busy loop, is counted again from when it
leaves: `went_late`). The burst
is never more than the share leaves free (`rate − bulk rate + 1`), so bulk alone stays
within the rate in every second.

This limiter paces one process. Several sending processes share the same limits in Redis
(`bot/delivery/shared_limits.py`, with REDIS_URL), through the same methods.

python-telegram-bot's AIORateLimiter has no per-chat limit and no notion of priority, hence
this small limiter; it uses real monotonic time (the fake clock moves business time only).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings

MAX_NAP = 0.05
"""Longest single sleep while waiting, so a pause or a new reply is noticed quickly."""
MAX_CHATS = 10_000
"""Forget idle per-chat buckets beyond this many (a full bucket carries no information)."""
BULK_GROUP_SECONDS = 0.3
"""Bulk slots are handed out in groups of about this long's worth of the bulk rate."""
SEND_HEADROOM_SECONDS = 0.075
"""How much later (or earlier) than its grant a send may reach the platform: the outbox
takes the slot, then commits the `sending` marks of a group together, then posts."""
SECOND_WINDOW = 1.0 + SEND_HEADROOM_SECONDS
"""The sends granted within this long may not exceed the channel's rate: a platform counting
a sliding second at arrival then never sees more, however the group's sends spread out (at
Telegram's free 30/s, a log of one second let a group land unevenly and meet 429s)."""
GLOBAL_429_CHATS = 3
GLOBAL_429_WINDOW = 1.0
"""A 429 on this many different chats within this many seconds pauses the whole channel."""


class Bucket:
    """A token bucket: `rate` tokens per second, holding at most `capacity`."""

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.stamp = now

    def _refill(self, now: float) -> None:
        if now > self.stamp:
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now

    def wait(self, now: float) -> float:
        """Seconds until a token is available (0: now)."""
        self._refill(now)
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self, now: float, count: int = 1) -> None:
        """Take `count` tokens; more than there are leaves a debt the refill pays first."""
        self._refill(now)
        self.tokens -= count

    def full(self, now: float) -> bool:
        self._refill(now)
        return self.tokens >= self.capacity


@dataclass(frozen=True)
class Limits:
    """A channel's limits; None or 0 means no limit of that kind."""

    per_second: float | None = None
    private_per_second: float | None = None
    private_burst: int = 3
    group_per_minute: float | None = None
    bulk_share: float = 0.8
    per_chat_429: bool = False
    """True where a 429 may concern one chat only (Telegram): it then holds that chat."""
    bulk_per_second: float | None = None
    """Bulk's own rate, outside the overall one (Telegram's paid broadcasts); None: bulk
    takes `bulk_share` of the overall rate."""


class ChannelLimiter:
    """Paces one channel's sends; see the module docstring for the rules."""

    def __init__(self, name: str, limits: Limits,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.name = name
        self.limits = limits
        self._now = monotonic
        start = monotonic()
        rate = limits.per_second or 0
        self._overall = Bucket(rate, 1, start) if rate else None
        share = min(max(limits.bulk_share, 0.01), 1.0)
        self._bulk = Bucket(rate * share, 1, start) if rate else None
        self._bulk_apart = bool(limits.bulk_per_second)
        if limits.bulk_per_second:
            self._bulk = Bucket(*paid_pace(limits.bulk_per_second), start)
        self.burst = bulk_burst(limits)
        """Bulk slots handed out at once (1: one at a time, as replies)."""
        self._second: deque[float] = deque()
        """When each send of the last `SECOND_WINDOW` went (replies and bulk, not paid)."""
        self._bulk_waiting: deque[_Waiter] = deque()
        self._pacer: asyncio.Task[None] | None = None
        self._chats: dict[str, Bucket] = {}
        self._paused_until = 0.0
        self._held_until: dict[str, float] = {}
        self._recent_429: dict[str, float] = {}
        self._replies_waiting = 0
        self.sent = 0
        self.pauses = 0
        """Times the whole channel was paused by a 429."""
        self.chat_holds = 0
        """Times one chat was held by a 429 that concerned it alone."""

    # --- the API channels use -------------------------------------------------------------

    @asynccontextmanager
    async def slot(self, chat_key: str | int, *, bulk: bool = False,
                   group: bool = False) -> AsyncIterator[None]:
        """Wait for this chat's turn, then send inside the block."""
        await self.acquire(chat_key, bulk=bulk, group=group)
        yield

    def overdue(self, granted_at: float) -> bool:
        """Whether a send granted at `granted_at` (what `acquire` returned) leaves later than
        the channel's log allows for, so that `went_late` must count it from now."""
        return self._logs(True) and self._now() - granted_at > SEND_HEADROOM_SECONDS

    def _logs(self, bulk: bool) -> bool:
        """Whether this send counts in the log of the channel's rate: every send of a channel
        with one, but a paid broadcast's (its own rate, beside the channel's)."""
        return bool(self.limits.per_second) and not (bulk and self._bulk_apart)

    async def went_late(self, granted_at: float) -> None:
        """A send granted at `granted_at` leaves only now: it counts in the log from now.
        Its own entry is replaced by taking the oldest (no later than its own while its own
        is still in the window), so the log never counts less than what went."""
        now = self._now()
        self._room(now)  # drop what aged out
        if self._second and now - granted_at < SECOND_WINDOW:
            self._second.popleft()
        self._second.append(now)

    def pause(self, seconds: float) -> None:
        """The platform said "too many requests": nobody on this channel sends for a while."""
        self.pauses += 1
        self._paused_until = max(self._paused_until, self._now() + max(seconds, 0.0))

    async def too_many(self, seconds: float, chat_key: str | int | None = None) -> str:
        """The platform answered 429 for `chat_key`: hold that chat, or the whole channel when
        several chats are refused at once; returns "chat" or "global", what was paused."""
        now = self._now()
        if chat_key is None or not self.limits.per_chat_429:
            self.pause(seconds)
            return "global"
        key = str(chat_key)
        self._recent_429[key] = now
        for old in [k for k, at in self._recent_429.items() if at < now - GLOBAL_429_WINDOW]:
            del self._recent_429[old]
        if len(self._recent_429) >= GLOBAL_429_CHATS:
            self.pause(seconds)
            return "global"
        self.chat_holds += 1
        if len(self._held_until) >= MAX_CHATS:
            for done in [k for k, until in self._held_until.items() if until <= now]:
                del self._held_until[done]
        self._held_until[key] = max(self._held_until.get(key, 0.0), now + max(seconds, 0.0))
        return "chat"

    @property
    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self._now())

    def held_for(self, chat_key: str | int) -> float:
        """Seconds this chat alone must still wait after a 429 of its own."""
        return max(0.0, self._held_until.get(str(chat_key), 0.0) - self._now())

    # --- the mechanics --------------------------------------------------------------------

    async def acquire(self, chat_key: str | int, *, bulk: bool = False,
                      group: bool = False) -> float:
        """Wait for the slot; returns when it was granted (this limiter's monotonic time)."""
        key = str(chat_key)
        chat = self._chat_bucket(key, group)
        # First wait for the chat's own turn (and its own 429) without blocking the others…
        while (held := self._held_until.get(key)) is not None:
            delay = held - self._now()
            if delay <= 0:
                del self._held_until[key]
                break
            await asyncio.sleep(min(delay, MAX_NAP * 20))
        while chat is not None and (delay := chat.wait(self._now())) > 0:
            await asyncio.sleep(min(delay, MAX_NAP * 20))
        if bulk and self.burst > 1:
            await self._join_group(key, chat)
            return self._now()
        if not bulk:
            self._replies_waiting += 1
        try:
            while True:  # …then for the channel, where replies go before bulk.
                now = self._now()
                delay = self._delay(now, chat, bulk)
                if delay <= 0:
                    self._take(now, chat, bulk)
                    return now
                await asyncio.sleep(min(delay, MAX_NAP))
        finally:
            if not bulk:
                self._replies_waiting -= 1

    def _delay(self, now: float, chat: Bucket | None, bulk: bool) -> float:
        delay = self._paused_until - now
        if bulk and self._replies_waiting:
            delay = max(delay, MAX_NAP / 5)
        for bucket in self._buckets(chat, bulk):
            if bucket is not None:
                delay = max(delay, bucket.wait(now))
        if self._logs(bulk) and self._room(now) < 1:
            delay = max(delay, self._second[0] + SECOND_WINDOW - now)
        return delay

    def _take(self, now: float, chat: Bucket | None, bulk: bool) -> None:
        for bucket in self._buckets(chat, bulk):
            if bucket is not None:
                bucket.take(now)
        if self._logs(bulk):
            self._second.append(now)
        self.sent += 1

    # --- bulk in groups -------------------------------------------------------------------

    async def _join_group(self, key: str, chat: Bucket | None, group: bool = False) -> None:
        """Wait for the pacer to hand this bulk send a slot, with the others of its group."""
        waiter = _Waiter(key, chat, asyncio.get_running_loop().create_future(), group)
        self._bulk_waiting.append(waiter)
        pacer = self._pacer
        if pacer is None or pacer.done() or pacer.get_loop() is not asyncio.get_running_loop():
            self._pacer = asyncio.create_task(self._pace_groups())
        try:
            await waiter.granted
        except asyncio.CancelledError:  # the last one gone (a shutdown): so is the pacer
            if self._pacer is not None and all(w.granted.done() for w in self._bulk_waiting):
                self._pacer.cancel()
            raise

    async def _pace_groups(self) -> None:
        """Hand out bulk slots a group at a time while bulk sends wait."""
        try:
            await asyncio.sleep(0)  # the sends that are ready now join the first group
            while self._bulk_waiting:
                if self._bulk_waiting[0].granted.done():  # cancelled while waiting
                    self._bulk_waiting.popleft()
                    continue
                now = self._now()
                delay = self._group_delay(now)
                if delay <= 0:
                    delay = self._grant_group(now)
                if delay > 0:
                    await asyncio.sleep(delay)
        finally:
            if self._pacer is asyncio.current_task():
                self._pacer = None

    def _group_delay(self, now: float) -> float:
        """Seconds until the next group may go: pauses, waiting replies, the bulk bucket's
        debt (the last group's cost), room in the last second."""
        delay = self._paused_until - now
        if self._replies_waiting:
            delay = max(delay, MAX_NAP / 5)
        if self._bulk is not None:
            delay = max(delay, self._bulk.wait(now))
        if self._room(now) < 1:
            delay = max(delay, self._second[0] + SECOND_WINDOW - now)
        return delay

    def _grant_group(self, now: float) -> float:
        """Grant up to a burst of the waiting sends, in their order, skipping those whose
        chat may not send yet (a 429's hold, or a reply took its turn); returns how long
        to wait when none could go."""
        room = min(self.burst, int(self._room(now)))
        granted = 0
        later: list[_Waiter] = []
        chat_wait = MAX_NAP  # look again soon: a send that may go now can join meanwhile
        while self._bulk_waiting and granted < room:
            waiter = self._bulk_waiting.popleft()
            if waiter.granted.done():  # cancelled meanwhile
                continue
            wait = self._held_until.get(waiter.key, 0.0) - now
            if waiter.chat is not None:
                wait = max(wait, waiter.chat.wait(now))
            if wait > 0:
                later.append(waiter)
                chat_wait = min(chat_wait, wait)
                continue
            if waiter.chat is not None:
                waiter.chat.take(now)
            waiter.granted.set_result(None)
            granted += 1
        self._bulk_waiting.extendleft(reversed(later))
        if not granted:
            return chat_wait
        if self._bulk is not None:
            self._bulk.take(now, granted)
        self._second.extend([now] * granted)
        self.sent += granted
        return 0.0

    def _room(self, now: float) -> float:
        """How many more sends the channel's rate allows in the window ending now."""
        second = self._second
        while second and now - second[0] >= SECOND_WINDOW:
            second.popleft()
        return (self.limits.per_second or 0.0) - len(second)

    def _buckets(self, chat: Bucket | None, bulk: bool) -> tuple[Bucket | None, ...]:
        if not bulk:
            return (self._overall, chat)
        if self._bulk_apart:
            return (chat, self._bulk)
        return (self._overall, chat, self._bulk)

    def _chat_bucket(self, key: str, group: bool) -> Bucket | None:
        bucket = self._chats.get(key)
        if bucket is not None:
            return bucket
        limits = self.limits
        if group and limits.group_per_minute:
            rate, capacity = limits.group_per_minute / 60, 1.0
        elif not group and limits.private_per_second:
            rate, capacity = limits.private_per_second, float(max(1, limits.private_burst))
        else:
            return None
        now = self._now()
        if len(self._chats) >= MAX_CHATS:
            for stale in [k for k, b in self._chats.items() if b.full(now)]:
                del self._chats[stale]
        bucket = self._chats[key] = Bucket(rate, capacity, now)
        return bucket


@dataclass
class _Waiter:
    """A bulk send waiting for its group's slot."""

    key: str
    chat: Bucket | None
    granted: asyncio.Future[None]
    group: bool = False


PAID_BURST_SECONDS = 1 / 40
"""A paid broadcast's bucket holds 25 ms of its rate, so the loop's short naps lose no slots."""


def paid_pace(per_second: float) -> tuple[float, float]:
    """The bucket (rate, capacity) for a paid broadcast allowed `per_second` by the platform.

    A bucket of rate r and capacity c grants up to r + c in any second, and the platform
    counts a sliding second as the sends arrive, up to `SEND_HEADROOM_SECONDS` after their
    grant and not in a steady stream. So the bucket leaves that much of a second free: 900/s
    of Telegram's 1,000, at most 925 granted in any second. At the full rate a fast machine met
    383 429s in a 30,000-person paid broadcast, each pausing the channel; at 950/s, 21
    (bench/RESULTS.md)."""
    capacity = max(1.0, per_second * PAID_BURST_SECONDS)
    rate = per_second * (1 - SEND_HEADROOM_SECONDS) - capacity
    return max(rate, per_second / 2), capacity


def bulk_burst(limits: Limits) -> int:
    """How many bulk slots go out at once: ~`BULK_GROUP_SECONDS` of the bulk rate, but never
    more than the rate minus the bulk share leaves free (+1), so that bulk alone — at most
    its rate plus one burst in any second — stays within the channel's rate. A paid
    broadcast keeps its own bucket's burst (1/20 s of its rate); no rate: one at a time."""
    rate = limits.per_second
    if not rate or limits.bulk_per_second:
        return 1
    share = min(max(limits.bulk_share, 0.01), 1.0)
    free = int(rate - rate * share + 1e-9) + 1
    return max(1, min(round(rate * share * BULK_GROUP_SECONDS), free))


class Limiters:
    """The limiter of each channel, made on first use from the settings (one process)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings
        self._by_channel: dict[str, ChannelLimiter] = {}

    def get(self, channel: str) -> ChannelLimiter:
        limiter = self._by_channel.get(channel)
        if limiter is None:
            limiter = ChannelLimiter(channel, limits_for(channel, self.settings))
            self._by_channel[channel] = limiter
        return limiter

    async def close(self) -> None:
        """Nothing to release here; the shared limiters close their Redis connection."""


def limits_for(channel: str, settings: Settings | None) -> Limits:
    """Each channel's limits from the settings (terminal and unknown channels: none)."""
    if settings is None:
        return Limits()
    share = settings.outbox_bulk_share
    if channel == "telegram":
        return Limits(per_second=settings.telegram_messages_per_second or None,
                      private_per_second=settings.telegram_private_chat_per_second or None,
                      private_burst=settings.telegram_private_chat_burst,
                      group_per_minute=settings.telegram_group_per_minute or None,
                      bulk_share=share, per_chat_429=True,
                      bulk_per_second=(settings.telegram_paid_broadcast_per_second
                                       if settings.telegram_paid_broadcast else None))
    if channel == "whatsapp":
        return Limits(per_second=settings.whatsapp_messages_per_second or None,
                      private_per_second=settings.whatsapp_per_chat_per_second or None,
                      private_burst=1, bulk_share=share)
    return Limits()
