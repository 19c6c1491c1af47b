"""The channel rate limits shared by every process of a cluster, in Redis.

One Lua script takes, atomically, a token from each bucket a send needs — the channel's
overall bucket, the bulk share (for outbox sends), the chat's own bucket — or answers how long
to wait. Time is Redis's own (`TIME`), so the processes' clocks never have to agree. A 429
sets a pause key that every process reads: a global one pauses the channel, a per-chat one
holds only that chat (see `ChannelLimiter.too_many` for how the two are told apart). Replies
still go before bulk: a reply that has to wait raises a short-lived flag that bulk yields to.
Bulk goes in groups as in `ChannelLimiter` (`bulk_burst`): each process's pacer asks one
script for up to a burst of slots for its waiting sends, the bulk bucket goes into debt for
them, and a sorted set of the sends of the last `SECOND_WINDOW` (every process's replies and
bulk) keeps the channel within its rate in any sliding second as the platform counts it.

`bot/delivery/ratelimit.py` stays the one-process default (no REDIS_URL); this class offers the
same methods, so channels and the outbox don't know which one they were given.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from bot.delivery.ratelimit import (
    GLOBAL_429_CHATS,
    GLOBAL_429_WINDOW,
    MAX_NAP,
    SECOND_WINDOW,
    ChannelLimiter,
    Limiters,
    Limits,
    limits_for,
    paid_pace,
)

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from bot.settings import Settings

log = logging.getLogger(__name__)

GROUP_LOOK = 64
"""Waiting bulk sends offered to one group script (those whose chat may not send are skipped)."""

# KEYS: overall, bulk, chat, pause, chat hold, replies waiting, last second's sends, sequence
# ARGV: overall rate, bulk rate, chat rate, chat capacity, is bulk (0/1), is reply (0/1),
#       bulk apart (0/1: a paid broadcast's own rate, outside the overall one), bulk capacity,
#       sends allowed in any window (0: no log; a paid broadcast's sends), the window
# Returns the seconds to wait as a string ("0": the tokens were taken).
TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local persecond = tonumber(ARGV[9])
local window = tonumber(ARGV[10])
local shared = 0
local own = 0
local pause = tonumber(redis.call('GET', KEYS[4]) or '0')
if pause > now then shared = pause - now end
local hold = tonumber(redis.call('GET', KEYS[5]) or '0')
if hold > now then own = hold - now end
local isbulk = ARGV[5] == '1'
local apart = isbulk and ARGV[7] == '1'
if isbulk and redis.call('EXISTS', KEYS[6]) == 1 and shared < 0.01 then shared = 0.01 end
local specs = {
  {KEYS[1], apart and 0 or tonumber(ARGV[1]), 1, false},
  {KEYS[2], isbulk and tonumber(ARGV[2]) or 0, tonumber(ARGV[8]), false},
  {KEYS[3], tonumber(ARGV[3]), tonumber(ARGV[4]), true},
}
local state = {}
for i, spec in ipairs(specs) do
  local rate = spec[2]
  if rate > 0 then
    local cap = spec[3]
    local got = redis.call('HMGET', spec[1], 'tokens', 'stamp')
    local tokens = tonumber(got[1]) or cap
    local stamp = tonumber(got[2]) or now
    if now > stamp then tokens = math.min(cap, tokens + (now - stamp) * rate) end
    if tokens < 1 then
      local need = (1 - tokens) / rate
      if spec[4] then own = math.max(own, need) else shared = math.max(shared, need) end
    end
    state[i] = {spec[1], tokens, rate, cap}
  end
end
if persecond > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', now - window)
  if redis.call('ZCARD', KEYS[7]) + 1 > persecond then
    local oldest = redis.call('ZRANGE', KEYS[7], 0, 0, 'WITHSCORES')
    shared = math.max(shared, tonumber(oldest[2]) + window - now, 0.001)
  end
end
if shared > 0 or own > 0 then
  -- Only a reply held up by the channel (not by its own chat's pace) makes bulk give way.
  if ARGV[6] == '1' and shared > 0 and own <= 0 then redis.call('SET', KEYS[6], '1', 'PX', 200) end
  return tostring(math.max(shared, own))
end
for i, s in pairs(state) do
  redis.call('HSET', s[1], 'tokens', tostring(s[2] - 1), 'stamp', tostring(now))
  redis.call('PEXPIRE', s[1], math.ceil((s[4] / s[3] + 1) * 1000))
end
if persecond > 0 then
  redis.call('ZADD', KEYS[7], now, redis.call('INCR', KEYS[8]))
  redis.call('PEXPIRE', KEYS[7], 2000)
  redis.call('PEXPIRE', KEYS[8], 2000)
end
return '0'
"""

# Bulk slots for a group of waiting sends, as `ChannelLimiter._grant_group`.
# KEYS: bulk, pause, replies waiting, last second's sends, sequence, then per waiter its
#       chat bucket and its chat hold
# ARGV: bulk rate, burst, sends allowed in any window, the window, then per waiter chat rate,
#       capacity
# Returns {seconds to wait} or {'0', the granted waiters' 1-based places...}.
GROUP = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local pause = tonumber(redis.call('GET', KEYS[2]) or '0')
if pause > now then return {tostring(pause - now)} end
if redis.call('EXISTS', KEYS[3]) == 1 then return {'0.01'} end
local rate = tonumber(ARGV[1])
local got = redis.call('HMGET', KEYS[1], 'tokens', 'stamp')
local tokens = tonumber(got[1]) or 1
local stamp = tonumber(got[2]) or now
if now > stamp then tokens = math.min(1, tokens + (now - stamp) * rate) end
if tokens < 1 then return {tostring((1 - tokens) / rate)} end
local window = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - window)
local room = math.floor(tonumber(ARGV[3]) - redis.call('ZCARD', KEYS[4]))
room = math.min(tonumber(ARGV[2]), room)
if room < 1 then
  local oldest = redis.call('ZRANGE', KEYS[4], 0, 0, 'WITHSCORES')
  return {tostring(math.max(tonumber(oldest[2]) + window - now, 0.001))}
end
local granted = {'0'}
local waiters = (#KEYS - 5) / 2
for i = 1, waiters do
  if #granted > room then break end
  local chat, hold = KEYS[4 + 2 * i], KEYS[5 + 2 * i]
  local crate, ccap = tonumber(ARGV[3 + 2 * i]), tonumber(ARGV[4 + 2 * i])
  local ok = tonumber(redis.call('GET', hold) or '0') <= now
  local ctokens = 0
  if ok and crate > 0 then
    local c = redis.call('HMGET', chat, 'tokens', 'stamp')
    ctokens = tonumber(c[1]) or ccap
    local cstamp = tonumber(c[2]) or now
    if now > cstamp then ctokens = math.min(ccap, ctokens + (now - cstamp) * crate) end
    ok = ctokens >= 1
  end
  if ok then
    if crate > 0 then
      redis.call('HSET', chat, 'tokens', tostring(ctokens - 1), 'stamp', tostring(now))
      redis.call('PEXPIRE', chat, math.ceil((ccap / crate + 1) * 1000))
    end
    redis.call('ZADD', KEYS[4], now, redis.call('INCR', KEYS[5]))
    granted[#granted + 1] = i
  end
end
if #granted == 1 then return {tostring(0.05)} end
tokens = tokens - (#granted - 1)
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'stamp', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(((1 - tokens) / rate + 1) * 1000))
redis.call('PEXPIRE', KEYS[4], 2000)
redis.call('PEXPIRE', KEYS[5], 2000)
return granted
"""

# KEYS: pause, chat hold, recent 429 chats; ARGV: seconds, chat ('' = global), window, chats
# Returns 'global' or 'chat': what was paused.
TOO_MANY = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local seconds = tonumber(ARGV[1])
local until_ = now + seconds
local ms = math.ceil(seconds * 1000) + 1000
local scope = 'global'
if ARGV[2] ~= '' then
  redis.call('ZADD', KEYS[3], now, ARGV[2])
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(ARGV[3]))
  redis.call('PEXPIRE', KEYS[3], math.ceil(tonumber(ARGV[3]) * 1000) + 1000)
  if redis.call('ZCARD', KEYS[3]) < tonumber(ARGV[4]) then scope = 'chat' end
end
local key = scope == 'chat' and KEYS[2] or KEYS[1]
local old = tonumber(redis.call('GET', key) or '0')
if until_ > old then redis.call('SET', key, tostring(until_), 'PX', ms) end
return scope
"""

# A send that left later than its grant allowed for counts from now (`went_late`).
# KEYS: last second's sends, sequence; ARGV: how late (seconds, the process's clock), window
LATE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if tonumber(ARGV[1]) < window then redis.call('ZPOPMIN', KEYS[1]) end
redis.call('ZADD', KEYS[1], now, redis.call('INCR', KEYS[2]))
redis.call('PEXPIRE', KEYS[1], 2000)
redis.call('PEXPIRE', KEYS[2], 2000)
return 0
"""

PAUSED = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local pause = tonumber(redis.call('GET', KEYS[1]) or '0')
if pause > now then return tostring(pause - now) end
return '0'
"""


class RedisChannelLimiter(ChannelLimiter):
    """One channel's limits, shared through Redis by every process of the cluster."""

    def __init__(self, redis: Redis, name: str, limits: Limits, prefix: str) -> None:
        super().__init__(name, limits)
        self.redis = redis
        self.base = f"{prefix}rl:{name}:"
        self._lua_take = redis.register_script(TAKE)
        self._lua_group = redis.register_script(GROUP)
        self._lua_too_many = redis.register_script(TOO_MANY)
        self._lua_paused = redis.register_script(PAUSED)
        self._lua_late = redis.register_script(LATE)
        share = min(max(limits.bulk_share, 0.01), 1.0)
        self._overall_rate = limits.per_second or 0.0
        self._bulk_rate = self._overall_rate * share
        self._bulk_capacity = 1.0
        if limits.bulk_per_second:  # a paid broadcast: its own rate, as in ChannelLimiter
            self._bulk_rate, self._bulk_capacity = paid_pace(limits.bulk_per_second)

    @asynccontextmanager
    async def slot(self, chat_key: str | int, *, bulk: bool = False,
                   group: bool = False) -> AsyncIterator[None]:
        await self.acquire(chat_key, bulk=bulk, group=group)
        yield

    async def acquire(self, chat_key: str | int, *, bulk: bool = False,
                      group: bool = False) -> float:
        key = str(chat_key)
        if bulk and self.burst > 1:
            await self._join_group(key, None, group)
            return self._now()
        chat_rate, capacity = self._chat_limits(group)
        keys = [self.base + "all", self.base + "bulk", self.base + f"chat:{key}",
                self.base + "pause", self.base + f"hold:{key}", self.base + "replies",
                self.base + "second", self.base + "seq"]
        args: list[Any] = [self._overall_rate, self._bulk_rate, chat_rate, capacity,
                           int(bulk), int(not bulk), int(self._bulk_apart), self._bulk_capacity,
                           self._overall_rate if self._logs(bulk) else 0, SECOND_WINDOW]
        while True:
            wait = float(await self._lua_take(keys=keys, args=args))
            if wait <= 0:
                self.sent += 1
                return self._now()
            await asyncio.sleep(min(wait, MAX_NAP * 20 if wait > 1 else MAX_NAP))

    def _chat_limits(self, group: bool) -> tuple[float, float]:
        limits = self.limits
        if group and limits.group_per_minute:
            return limits.group_per_minute / 60, 1.0
        if not group and limits.private_per_second:
            return limits.private_per_second, float(max(1, limits.private_burst))
        return 0.0, 1.0

    async def _pace_groups(self) -> None:
        """This process's waiting bulk sends, a group at a time, from the shared limits."""
        try:
            await asyncio.sleep(0)  # the sends that are ready now join the first group
            while True:
                waiting = [w for w in self._bulk_waiting if not w.granted.done()]
                if not waiting:
                    self._bulk_waiting.clear()
                    break
                asked = waiting[:GROUP_LOOK]
                keys = [self.base + "bulk", self.base + "pause", self.base + "replies",
                        self.base + "second", self.base + "seq"]
                args: list[Any] = [self._bulk_rate, self.burst, self._overall_rate,
                                   SECOND_WINDOW]
                for waiter in asked:
                    keys += [self.base + f"chat:{waiter.key}", self.base + f"hold:{waiter.key}"]
                    args += self._chat_limits(waiter.group)
                answer = await self._lua_group(keys=keys, args=args)
                places = [int(place) for place in answer[1:]]
                if not places:
                    await asyncio.sleep(min(float(answer[0]), MAX_NAP * 20))
                    continue
                granted = {id(asked[place - 1]) for place in places}
                self._bulk_waiting = deque(w for w in self._bulk_waiting
                                           if id(w) not in granted)
                for place in places:
                    if not asked[place - 1].granted.done():
                        asked[place - 1].granted.set_result(None)
                self.sent += len(places)
        finally:
            if self._pacer is asyncio.current_task():
                self._pacer = None

    async def went_late(self, granted_at: float) -> None:
        """As `ChannelLimiter.went_late`, in the log every process shares."""
        await self._lua_late(keys=[self.base + "second", self.base + "seq"],
                             args=[self._now() - granted_at, SECOND_WINDOW])

    async def too_many(self, seconds: float, chat_key: str | int | None = None) -> str:
        """The platform answered 429 for this chat: hold the chat, or the whole channel once
        several chats are refused at once (or when the channel has no per-chat 429s)."""
        chat = str(chat_key) if chat_key is not None and self.limits.per_chat_429 else ""
        scope = await self._lua_too_many(
            keys=[self.base + "pause", self.base + f"hold:{chat}", self.base + "recent429"],
            args=[max(seconds, 0.0), chat, GLOBAL_429_WINDOW, GLOBAL_429_CHATS])
        scope = scope.decode() if isinstance(scope, bytes) else str(scope)
        if scope == "global":
            self.pauses += 1
        else:
            self.chat_holds += 1
        return scope

    def pause(self, seconds: float) -> None:
        """A global 429 from synchronous code: pause here at once, and in Redis for everyone
        as soon as the loop runs the update."""
        super().pause(seconds)
        self.pauses -= 1  # counted once, by too_many
        task = asyncio.get_running_loop().create_task(self.too_many(seconds))
        _background.add(task)
        task.add_done_callback(_background.discard)

    async def paused(self) -> float:
        """Seconds the whole channel is still paused, as every process sees it."""
        return float(await self._lua_paused(keys=[self.base + "pause"]))


_background: set[asyncio.Task[str]] = set()


class RedisLimiters(Limiters):
    """The limiter of each channel, shared through one Redis connection pool."""

    def __init__(self, settings: Settings, redis: Redis | None = None) -> None:
        from redis.asyncio import Redis as Client

        super().__init__(settings)
        self.redis: Redis = redis or Client.from_url(settings.redis_url)
        self.prefix = settings.redis_key_prefix
        self._shared: dict[str, RedisChannelLimiter] = {}

    def get(self, channel: str) -> RedisChannelLimiter:
        limiter = self._shared.get(channel)
        if limiter is None:
            limiter = RedisChannelLimiter(self.redis, channel,
                                          limits_for(channel, self.settings), self.prefix)
            self._shared[channel] = limiter
        return limiter

    async def close(self) -> None:
        await self.redis.aclose()
