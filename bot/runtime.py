"""`kehila run`: channels, the outbox worker, the scheduler tick and the HTTP server together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from starlette.routing import BaseRoute

from bot.app import Core, create_core
from bot.delivery import recurring
from bot.delivery.outbox_worker import Delivery, Sender
from bot.delivery.ratelimit import ChannelLimiter
from bot.delivery.scheduler import Scheduler
from bot.http import build_http_app, make_server
from bot.settings import Settings

log = logging.getLogger(__name__)

TICK_SECONDS = 1.0
STOP_TIMEOUT = 10.0


class Runtime:
    """Starts and stops everything a running bot needs, in the right order."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.senders: dict[str, Sender] = {}
        self.routes: list[BaseRoute] = []
        self.channels: list = []  # objects with async start() / stop()
        self.delivery = Delivery(core.db, core.clock, self.senders, settings=core.settings,
                                 limiters=core.limiters, quiet_hours=True)
        core.handler.on_queued = self.delivery.wake
        self.scheduler = Scheduler(core.db, core.services, core.clock,
                                   on_queued=self.delivery.wake, quiet_hours=True)
        self.ticker = AsyncIOScheduler(timezone=core.settings.timezone)
        self._tasks: list[asyncio.Task] = []

    def add_sender(self, sender: Sender) -> None:
        self.senders[sender.channel] = sender

    def limiter(self, channel: str) -> ChannelLimiter:
        """The channel's one rate limiter: take a slot for every reply you send with it."""
        return self.core.limiters.get(channel)

    async def start(self, *, http: bool = True) -> None:
        for channel in self.channels:
            await channel.start()
        self._tasks.append(asyncio.create_task(self.delivery.run_forever(), name="outbox"))
        # The interval job only ticks; coalescing and no misfire limit mean a late tick
        # still runs once, and the database decides what is due.
        self.ticker.add_job(self.scheduler.tick, "interval", seconds=TICK_SECONDS,
                            id="scheduler_tick", max_instances=1, coalesce=True,
                            misfire_grace_time=None)
        recurring.add_jobs(self.ticker, self.core)
        self.ticker.start()
        if http:
            settings = self.core.settings
            server = make_server(build_http_app(self.routes), settings.http_host,
                                 settings.http_port)
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
        await self.core.close()


def attach_channels(runtime: Runtime) -> bool:
    """Attach every configured channel; False if none is configured."""
    settings = runtime.core.settings
    attached = False
    if settings.telegram_enabled:
        from bot.channels.telegram.adapter import TelegramChannel

        telegram = TelegramChannel(runtime.core.port(),
                                   webhook=bool(settings.telegram_webhook_url))
        runtime.channels.append(telegram)
        runtime.add_sender(telegram)
        if telegram.webhook:
            runtime.routes.append(telegram.webhook_route())
        attached = True
    if settings.whatsapp_enabled:
        from bot.channels.whatsapp.adapter import WhatsAppChannel

        whatsapp = WhatsAppChannel(runtime.core.port())
        runtime.channels.append(whatsapp)
        runtime.add_sender(whatsapp)
        runtime.routes.extend(whatsapp.routes())
        attached = True
    return attached


async def run(settings: Settings) -> None:
    core = await create_core(settings)
    runtime = Runtime(core)
    if not attach_channels(runtime):
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
        log.info("kehila bot running: %s; http on %s:%s", ", ".join(runtime.senders),
                 settings.http_host, settings.http_port)
        await stopping
    else:
        starting.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await starting
        stopping.cancel()
    await runtime.stop()
    if starting.done() and not starting.cancelled() and starting.exception() is not None:
        raise starting.exception()  # type: ignore[misc]
