"""The app factory: settings → database → registry → handler. Channels attach to this core."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock
from bot.delivery.ratelimit import Limiters
from bot.settings import Settings
from conversations.engine.context import Services
from conversations.engine.handling import Handler
from conversations.features import build_registry
from locales import Localizer, default_localizer
from storage import migrate
from storage.db import Database

log = logging.getLogger(__name__)


@dataclass
class Core:
    """Everything channel-independent that a running bot needs."""

    settings: Settings
    db: Database
    services: Services
    clock: Clock
    handler: Handler
    limiters: Limiters = field(default_factory=Limiters)
    """One rate limiter per channel, shared by replies and the outbox."""

    async def close(self) -> None:
        await self.db.dispose()


@asynccontextmanager
async def open_core(settings: Settings, **options: Any) -> AsyncIterator[Core]:
    """A core for one CLI command: migrated, and closed when the command ends."""
    core = await create_core(settings, **options)
    try:
        yield core
    finally:
        await core.close()


async def create_core(settings: Settings, *, clock: Clock | None = None,
                      localizer: Localizer | None = None, upgrade: bool = True) -> Core:
    registry = build_registry()
    registry.validate()  # a flow, menu item or action that does not fit: refuse to start
    clock = clock or Clock()
    db = Database(settings.database_url, now=clock.now)
    if upgrade:
        await migrate.upgrade(db)
    services = Services(settings=settings, localizer=localizer or default_localizer(),
                        registry=registry)
    for check in services.registry.checks:
        check(settings)
    handler = Handler(db, services, clock)
    return Core(settings=settings, db=db, services=services, clock=clock, handler=handler,
                limiters=Limiters(settings))
