"""The channel rate limits shared by every process of a cluster, in Redis.

One Lua script takes, atomically, a token from each bucket a send needs — the channel's
overall bucket, the bulk share (for outbox sends), the chat's own bucket — or answers how long
to wait. Time is Redis's own (`TIME`), so the processes' clocks never have to agree. A 429
sets a pause key that every process reads: a global one pauses the channel, a per-chat one
holds only that chat (see `ChannelLimiter.too_many` for how the two are told apart). Replies
still go before bulk: a reply that has to wait raises a short-lived flag that bulk yields to.

`bot/delivery/ratelimit.py` stays the one-process default (no REDIS_URL); this class offers the
same methods, so channels and the outbox don't know which one they were given.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from bot.delivery.ratelimit import (
    GLOBAL_429_CHATS,
    GLOBAL_429_WINDOW,
    MAX_NAP,
    ChannelLimiter,
    Limiters,
    Limits,
    limits_for,
)

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from bot.settings import Settings

log = logging.getLogger(__name__)

# KEYS: overall, bulk, chat, pause, chat hold, replies waiting
# ARGV: overall rate, bulk rate, chat rate, chat capacity, is bulk (0/1), is reply (0/1),
#       bulk apart (0/1: a paid broadcast's own rate, outside the overall one), bulk capacity
# Returns the seconds to wait as a string ("0": the tokens were taken).
TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
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
if shared > 0 or own > 0 then
  -- Only a reply held up by the channel (not by its own chat's pace) makes bulk give way.
  if ARGV[6] == '1' and shared > 0 and own <= 0 then redis.call('SET', KEYS[6], '1', 'PX', 200) end
  return tostring(math.max(shared, own))
end
for i, s in pairs(state) do
  redis.call('HSET', s[1], 'tokens', tostring(s[2] - 1), 'stamp', tostring(now))
  redis.call('PEXPIRE', s[1], math.ceil((s[4] / s[3] + 1) * 1000))
end
return '0'
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
        self._lua_too_many = redis.register_script(TOO_MANY)
        self._lua_paused = redis.register_script(PAUSED)
        share = min(max(limits.bulk_share, 0.01), 1.0)
        self._overall_rate = limits.per_second or 0.0
        self._bulk_rate = self._overall_rate * share
        self._bulk_capacity = 1.0
        if limits.bulk_per_second:  # a paid broadcast: its own rate, as in ChannelLimiter
            self._bulk_rate = limits.bulk_per_second
            self._bulk_capacity = max(1.0, limits.bulk_per_second / 20)

    @asynccontextmanager
    async def slot(self, chat_key: str | int, *, bulk: bool = False,
                   group: bool = False) -> AsyncIterator[None]:
        await self.acquire(chat_key, bulk=bulk, group=group)
        yield

    async def acquire(self, chat_key: str | int, *, bulk: bool = False,
                      group: bool = False) -> None:
        key = str(chat_key)
        limits = self.limits
        if group and limits.group_per_minute:
            chat_rate, capacity = limits.group_per_minute / 60, 1.0
        elif not group and limits.private_per_second:
            chat_rate, capacity = limits.private_per_second, float(max(1, limits.private_burst))
        else:
            chat_rate, capacity = 0.0, 1.0
        keys = [self.base + "all", self.base + "bulk", self.base + f"chat:{key}",
                self.base + "pause", self.base + f"hold:{key}", self.base + "replies"]
        args: list[Any] = [self._overall_rate, self._bulk_rate, chat_rate, capacity,
                           int(bulk), int(not bulk), int(self._bulk_apart), self._bulk_capacity]
        while True:
            wait = float(await self._lua_take(keys=keys, args=args))
            if wait <= 0:
                self.sent += 1
                return
            await asyncio.sleep(min(wait, MAX_NAP * 20 if wait > 1 else MAX_NAP))

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
