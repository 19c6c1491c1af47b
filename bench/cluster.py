"""Several processes on one PostgreSQL (and Redis): inbound updates per second through 1, 2
and 4 web processes (webhooks posted round-robin), and the broadcast rate of 1, 2 and 4
workers sharing one high limit in Redis — each as a ratio to one process in the same run, with
the CPU each process spends per update or message (from /proc).

On a 2-core machine shared with other work the ratio shows the overhead of more processes
(advisory locks, Redis round trips, more connections), not a speed-up."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import httpx

from bench.botproc import ROOT, BotProcess, free_port
from bench.broadcast import FINAL, FIRST_USER, _states, outbox_states, seed_broadcast
from bench.pg import PG_URL, fresh_database
from bench.report import Section, describe, percentile
from bot.clock import Clock
from standins.telegram_api import TelegramStandIn
from storage import migrate
from storage.db import Database

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
SECRET = "bench-secret"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SIZES = (1, 2, 4)
WEBHOOK_CONNECTIONS = 40
"""setWebhook's max_connections when the bot sets none (kehila sets none)."""
CLIENT_TIMEOUT = 60.0
ATTEMPTS = 3
_ids = count(1)


def env_for(api: TelegramStandIn, url: str, prefix: str, **more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
    env.update(DATABASE_URL=url, TELEGRAM_BOT_TOKEN=api.token,
               TELEGRAM_API_BASE_URL=api.base_url, LOG_LEVEL="WARNING", QUIET_HOURS="off",
               TELEGRAM_WEBHOOK_URL="https://bench.example.org/webhooks/telegram",
               TELEGRAM_WEBHOOK_SECRET=SECRET, REDIS_URL=REDIS_URL, REDIS_KEY_PREFIX=prefix,
               TELEGRAM_MESSAGES_PER_SECOND="100000", TELEGRAM_PRIVATE_CHAT_PER_SECOND="0",
               PYTHONPATH=str(ROOT), COORDINATORS="", **more)
    return env


async def spawn(role: str, env: dict[str, str], workdir: Path) -> tuple[BotProcess, int]:
    port = free_port()
    bot = BotProcess([sys.executable, "-m", "bot", "run", "--role", role],
                     {**env, "HTTP_PORT": str(port)}, workdir)
    import subprocess

    from bench.botproc import _die_with_parent

    bot.log = (workdir / f"{role}-{port}.log").open("ab")
    bot.proc = subprocess.Popen(bot.args, env=bot.env, cwd=workdir,  # noqa: ASYNC220
                                stdout=subprocess.DEVNULL, stderr=bot.log,
                                preexec_fn=_die_with_parent)
    return bot, port


async def wait_up(port: int, bot: BotProcess) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(600):
            assert bot.proc is not None
            if bot.proc.poll() is not None:
                raise RuntimeError(f"a web process exited: see {bot.log.name}")
            try:
                if (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise TimeoutError("a web process did not start")


def update(user_id: int, text: str) -> dict:
    update_id = next(_ids)
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 1, "text": text,
        "chat": {"id": user_id, "type": "private"},
        "from": {"id": user_id, "is_bot": False, "first_name": "U", "language_code": "he"}}}


@dataclass
class Posted:
    """What the simulated Telegram saw of its webhook posts."""

    answered: int = 0
    timeouts: int = 0
    """Posts not answered within CLIENT_TIMEOUT (each was sent again, as Telegram would)."""
    lost: int = 0
    """Updates not answered in any of ATTEMPTS posts."""
    latencies: list[float] = field(default_factory=list)


async def post_update(client: httpx.AsyncClient, url: str, body: dict,
                      in_flight: asyncio.Semaphore, posted: Posted) -> None:
    """Post one update as Telegram does: within the in-flight limit, and again when it is not
    answered (a timeout, a dropped kept-alive connection, an error status) — the update id
    makes a repeat harmless — up to ATTEMPTS times."""
    for _attempt in range(ATTEMPTS):
        async with in_flight:
            started = time.monotonic()
            try:
                response = await client.post(url, json=body, headers={SECRET_HEADER: SECRET})
            except httpx.TimeoutException:
                posted.timeouts += 1
                continue
            except (httpx.ReadError, httpx.RemoteProtocolError):
                continue
        if response.status_code == 200:
            posted.answered += 1
            posted.latencies.append(time.monotonic() - started)
            return
    posted.lost += 1


async def inbound(processes: int, users: int, each: int, workdir: Path
                  ) -> tuple[float, float, Posted]:
    """Updates per second, CPU ms per update per web process, and what the posts met."""
    url = await fresh_database(PG_URL)
    db = Database(url, now=Clock().now)  # migrated once, before the processes start
    await migrate.upgrade(db)
    await db.dispose()
    api = TelegramStandIn()
    await api.start()
    webs = []
    posted = Posted()
    try:
        env = env_for(api, url, f"bench:{os.getpid()}:{time.monotonic_ns()}:")
        webs = [await spawn("web", env, workdir) for _ in range(processes)]
        for bot, port in webs:
            await wait_up(port, bot)
        # Telegram keeps at most max_connections of a bot's updates in flight (40 unless
        # setWebhook says otherwise), whatever the number of people writing
        in_flight = asyncio.Semaphore(int(api.webhook.get("max_connections") or
                                          WEBHOOK_CONNECTIONS))
        cpu0 = [bot.cpu_seconds() for bot, _ in webs]
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
        async with httpx.AsyncClient(limits=limits, timeout=CLIENT_TIMEOUT) as client:
            async def person(n: int) -> None:
                user = FIRST_USER + n
                for k in range(each):
                    _, port = webs[(n + k) % processes]
                    await post_update(client, f"http://127.0.0.1:{port}/webhooks/telegram",
                                      update(user, "/start" if k == 0 else f"שלום {k}"),
                                      in_flight, posted)

            start = time.monotonic()
            await asyncio.gather(*(person(n) for n in range(users)))
            elapsed = time.monotonic() - start
        cpu = sum(bot.cpu_seconds() - c for (bot, _), c in zip(webs, cpu0, strict=True))
        total = users * each
        return posted.answered / elapsed, cpu / total * 1000, posted
    finally:
        for bot, _ in webs:
            await bot.stop()
        await api.stop()


async def broadcast(processes: int, recipients: int, workdir: Path
                    ) -> tuple[float, float, Counter[str]]:
    """Messages per second, CPU ms per message per worker, and the outbox's states after."""
    url = await fresh_database(PG_URL)
    db = Database(url, now=Clock().now)
    await migrate.upgrade(db)
    await db.dispose()
    await seed_broadcast(url, recipients)
    api = TelegramStandIn()
    await api.start()
    workers = []
    try:
        env = env_for(api, url, f"bench:{os.getpid()}:{time.monotonic_ns()}:")
        workers = [await spawn("worker", env, workdir) for _ in range(processes)]
        start = time.monotonic()
        # done when every row is final: one whose send timed out is `unknown`, never `sent`
        while True:
            states = await outbox_states(url)
            if sum(states[s] for s in FINAL) >= recipients:
                break
            if time.monotonic() - start > 600:
                raise TimeoutError(f"the broadcast did not finish: {_states(states)}")
            await asyncio.sleep(0.5)  # each look opens a connection: not too often
        times = sorted(s.at for s in api.sent if s.method == "sendMessage")
        rate = (len(times) - 1) / (times[-1] - times[0])
        cpu = sum(bot.cpu_seconds() for bot, _ in workers)  # start-up included: an upper bound
        return rate, cpu / recipients * 1000, states
    finally:
        for bot, _ in workers:
            await bot.stop()
        await api.stop()


async def run(quick: bool) -> Section:
    # Telegram posts at most 40 updates at a time, so 100 people keep every process as busy
    # as 200 would; 400 updates and 1,000 messages a size settle the rates (issue 14: the
    # whole of `make bench` within about 12 minutes)
    users, each, recipients = (50, 4, 500) if quick else (100, 4, 1000)
    section = Section(
        "Several processes on PostgreSQL (ratio to one process, same run)",
        ["what", "processes", "per second", "ratio to 1", "CPU ms per item (all processes)",
         "webhook answered in p50 / p99", "webhook timeouts (lost)", "outbox states after"])
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        inbound_name = f"inbound: {users} people × {each} updates, webhooks round-robin"
        broadcast_name = f"broadcast: {recipients} recipients, no platform limit"
        one = None
        for size in SIZES:
            try:
                rate, cpu, posted = await inbound(size, users, each, workdir)
            except Exception as error:  # one size failing must not lose the others
                section.add(inbound_name, size, f"not measured: {describe(error, 160)}",
                            "—", "—", "—", "—", "—")
                continue
            one = one or rate
            ms = [s * 1000 for s in posted.latencies]
            section.add(inbound_name, size, f"{rate:.0f}", f"{rate / one:.2f}", f"{cpu:.1f}",
                        f"{percentile(ms, 50):.0f} / {percentile(ms, 99):.0f} ms",
                        f"{posted.timeouts} ({posted.lost})", "—")
        one = None
        for size in SIZES:
            try:
                rate, cpu, states = await broadcast(size, recipients, workdir)
            except Exception as error:
                section.add(broadcast_name, size, f"not measured: {describe(error, 160)}",
                            "—", "—", "—", "—", "—")
                continue
            one = one or rate
            section.add(broadcast_name, size, f"{rate:.0f}", f"{rate / one:.2f}", f"{cpu:.1f}",
                        "—", "—", _states(states))
    section.notes.append(
        "On this 2-core machine, shared with other runs, the ratio is mostly overhead, not "
        "speed-up: one process here is bound by its own concurrency and round trips (the "
        "advisory lock per event, the Redis round trip per send) more than by CPU, so a second "
        "process may add some throughput, but past the two cores the CPU spent per item only "
        "grows. CPU per item sums every process (a worker's includes its start-up). Redis: "
        "BENCH_REDIS_URL.")
    section.notes.append(
        f"The webhooks are posted as Telegram posts them: at most {WEBHOOK_CONNECTIONS} "
        "updates in flight (setWebhook's max_connections, which kehila leaves at its default), "
        "each person's next update only after the last one was answered (the bot answers "
        "after handling, replies sent and the answer committed). A post not answered within "
        f"{CLIENT_TIMEOUT:.0f} s counts as a timeout and is sent again (its update id makes "
        f"the repeat harmless); lost: not answered in {ATTEMPTS} posts. A broadcast is done "
        "when every row is final: a send whose answer did not come within the bot's timeout "
        "is `unknown` (maybe sent, never sent again), not `sent`.")
    return section
