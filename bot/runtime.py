"""`kehila run`: channels, the outbox worker, the scheduler tick and the HTTP server together.

`--role` splits them for several processes (README: "Running several processes"): `web`
takes the webhooks and answers people (HTTP, inbound channels, their replies); `worker` sends
the outbox and runs the scheduler and the recurring work; `all` (the default) does both.
PostgreSQL is the queue and holds the per-person locks, so any number of each may run; more
than one sending process needs REDIS_URL (shared rate limits), which `sender_guard` checks.
SQLite is the one-process embedded default: one web and one sending process at most.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import signal
from pathlib import Path
from typing import IO, Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from starlette.routing import BaseRoute

from bot.app import Core, CoreError, create_core
from bot.delivery import recurring
from bot.delivery.outbox_worker import Delivery, Sender
from bot.delivery.ratelimit import ChannelLimiter
from bot.delivery.scheduler import Scheduler
from bot.http import build_http_app, make_server
from bot.settings import Settings
from bot.web.app import dashboard_routes

log = logging.getLogger(__name__)

TICK_SECONDS = 1.0
STOP_TIMEOUT = 10.0
ROLES = ("all", "web", "worker")
SENDER_LOCK_NAME = "kehila:sending-process"


class SendOnly:
    """A worker's Telegram channel: the bot API client for the outbox, no polling or
    webhook registration (the web processes own the inbound side)."""

    def __init__(self, channel: Any) -> None:
        self.channel = channel

    async def start(self) -> None:
        await self.channel.application.initialize()

    async def stop(self) -> None:
        await self.channel.application.shutdown()


class Runtime:
    """Starts and stops everything a running bot needs, in the right order."""

    def __init__(self, core: Core, role: str = "all") -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
        self.core = core
        self.role = role
        self.serves = role in ("all", "web")
        """Takes webhooks / polls and answers people."""
        self.sends = role in ("all", "worker")
        """Sends the outbox and runs the scheduler and recurring work."""
        self.senders: dict[str, Sender] = {}
        self.routes: list[BaseRoute] = []
        self.channels: list = []  # objects with async start() / stop()
        self.delivery = Delivery(core.db, core.clock, self.senders, settings=core.settings,
                                 limiters=core.limiters, quiet_hours=True,
                                 on_chat_gone=core.group_gone)
        core.handler.on_queued = self.delivery.wake
        self.scheduler = Scheduler(core.db, core.services, core.clock,
                                   on_queued=self.delivery.wake, quiet_hours=True)
        self.ticker = AsyncIOScheduler(timezone=core.settings.timezone)
        self.guard: SenderGuard | None = None
        """Released at stop, before the database closes."""
        self._tasks: list[asyncio.Task] = []

    def add_sender(self, sender: Sender) -> None:
        self.senders[sender.channel] = sender

    def limiter(self, channel: str) -> ChannelLimiter:
        """The channel's one rate limiter: take a slot for every reply you send with it."""
        return self.core.limiters.get(channel)

    async def start(self, *, http: bool = True) -> None:
        for channel in self.channels:
            await channel.start()
        if self.sends:
            self._tasks.append(asyncio.create_task(self.delivery.run_forever(),
                                                   name="outbox"))
            # The interval job only ticks; coalescing and no misfire limit mean a late tick
            # still runs once, and the database decides what is due.
            self.ticker.add_job(self.scheduler.tick, "interval", seconds=TICK_SECONDS,
                                id="scheduler_tick", max_instances=1, coalesce=True,
                                misfire_grace_time=None)
            recurring.add_jobs(self.ticker, self.core)
            self.ticker.start()
        if http and self.serves:
            settings = self.core.settings
            server = make_server(build_http_app([*self.routes, *dashboard_routes(self.core)]),
                                 settings.http_host, settings.http_port)
            self._tasks.append(asyncio.create_task(server.serve(), name="http"))
            self._server = server

    async def stop(self) -> None:
        if self.ticker.running:
            self.ticker.shutdown(wait=False)
        server = getattr(self, "_server", None)
        if server is not None:
            server.should_exit = True
        for channel in reversed(self.channels):
            # A platform that does not answer must not keep a stopping bot alive.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(channel.stop(), STOP_TIMEOUT)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.guard is not None:
            await self.guard.release()
        await self.core.close()


def attach_channels(runtime: Runtime) -> bool:
    """Attach every configured channel; False if none is configured."""
    settings = runtime.core.settings
    attached = False
    if settings.telegram_enabled:
        from bot.channels.telegram.adapter import TelegramChannel

        # A worker never polls nor registers the webhook: the web processes take updates.
        telegram = TelegramChannel(runtime.core.port(),
                                   webhook=bool(settings.telegram_webhook_url)
                                   or not runtime.serves)
        runtime.channels.append(telegram if runtime.serves else SendOnly(telegram))
        runtime.add_sender(telegram)
        if telegram.webhook and runtime.serves:
            runtime.routes.append(telegram.webhook_route())
        attached = True
    if settings.whatsapp_enabled:
        from bot.channels.whatsapp.adapter import WhatsAppChannel

        whatsapp = WhatsAppChannel(runtime.core.port())
        runtime.channels.append(whatsapp)
        runtime.add_sender(whatsapp)
        if runtime.serves:
            runtime.routes.extend(whatsapp.routes())
        attached = True
    return attached


class SenderGuard:
    """Refuses a process the database cannot share safely, and holds its claim until stop.

    SQLite: one serving and one sending process per database file (an flock on a file beside
    it; the kernel drops it when the process dies, even by kill -9). PostgreSQL without
    REDIS_URL: one sending process, since the rate limits live in each process (a session
    advisory lock on a connection of its own, gone with the process).
    """

    def __init__(self) -> None:
        self._files: list[IO[bytes]] = []
        self._connection: Any = None

    async def acquire(self, core: Core, role: str) -> None:
        settings = core.settings
        sends = role in ("all", "worker")
        if core.db.is_sqlite:
            database = core.db.url.database or ""
            if not database or database == ":memory:" or database.startswith("file:"):
                return
            wanted = [("web", "serving")] if role in ("all", "web") else []
            if sends:
                wanted.append(("sender", "sending"))
            for suffix, what in wanted:
                self._lock_file(Path(f"{database}.{suffix}.lock"), what, database)
            return
        if not sends or settings.redis_url:
            return
        from sqlalchemy import text

        from storage.locks import lock_key

        self._connection = await core.db.engine.connect()
        taken = await self._connection.scalar(text("SELECT pg_try_advisory_lock(:key)"),
                                              {"key": lock_key(SENDER_LOCK_NAME)})
        await self._connection.commit()
        if not taken:
            await self.release()
            raise CoreError(
                "another sending process (kehila run --role worker or all) already uses this "
                "database and REDIS_URL is not set: several sending processes must share "
                "their rate limits in Redis (README: Running several processes)")

    def _lock_file(self, path: Path, what: str, database: str) -> None:
        handle = path.open("ab")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            handle.close()
            for held in self._files:
                held.close()
            self._files.clear()
            raise CoreError(
                f"another {what} kehila process already uses the SQLite database {database}: "
                "SQLite serves one process of each role; run several on PostgreSQL "
                "(README: Running several processes)") from error
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._files.append(handle)

    async def release(self) -> None:
        for handle in self._files:
            handle.close()
        self._files.clear()
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.close()
            self._connection = None


async def run(settings: Settings, role: str = "all") -> None:
    core = await create_core(settings)
    guard = SenderGuard()
    try:
        await guard.acquire(core, role)
    except CoreError:
        await core.close()
        raise
    try:
        await _run(core, role, guard)
    finally:
        await guard.release()


async def _run(core: Core, role: str, guard: SenderGuard) -> None:
    settings = core.settings
    runtime = Runtime(core, role)
    runtime.guard = guard
    if not attach_channels(runtime) and role != "all":
        await guard.release()
        await core.close()
        raise CoreError(f"--role {role} needs a channel: set TELEGRAM_BOT_TOKEN or the "
                        "Twilio settings")
    if not runtime.senders:
        from bot.channels.terminal import TerminalChannel

        log.info("no channel token configured: starting the terminal chat")
        terminal = TerminalChannel(core.port())
        runtime.add_sender(terminal)
        await runtime.start(http=False)
        try:
            await terminal.chat()
        finally:
            await runtime.stop()
        return
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):  # before start: it may wait on a platform
        loop.add_signal_handler(sig, stop.set)
    starting = asyncio.create_task(runtime.start())
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if starting.done() and starting.exception() is None:
        log.info("kehila bot running (%s): %s%s", role, ", ".join(runtime.senders),
                 f"; http on {settings.http_host}:{settings.http_port}"
                 if runtime.serves else "")
        await stopping
    else:
        starting.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await starting
        stopping.cancel()
    await runtime.stop()
    if starting.done() and not starting.cancelled() and starting.exception() is not None:
        raise starting.exception()  # type: ignore[misc]
