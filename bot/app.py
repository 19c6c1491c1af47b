"""The app factory: settings → database → registry → handler. Channels attach to this core."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import ArgumentError

from bot.clock import Clock
from bot.delivery.ratelimit import ChannelLimiter, Limiters
from bot.settings import Settings
from conversations.domain.types import (
    Address,
    Document,
    GroupChange,
    GroupEvent,
    Inbound,
    Outbound,
)
from conversations.engine.context import Services
from conversations.engine.handling import Handled, Handler
from conversations.features import build_registry
from locales import Localizer, default_localizer
from storage import migrate, people
from storage import whatsapp as whatsapp_store
from storage.db import Database
from storage.models import Identity, Person

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
        await self.limiters.close()
        await self.db.dispose()

    async def group_gone(self, chat: str, reason: str) -> None:
        """The outbox found the bot can no longer post in a group chat (kicked, deleted):
        the same as the platform telling us so (`GroupChange.BOT_REMOVED`)."""
        channel, _, chat_id = chat.partition(":")
        log.info("group chat on %s refused the bot: %s", channel, reason)
        await self.handler.handle_group(GroupEvent(Address(channel, chat_id), self.clock.now(),
                                                   GroupChange.BOT_REMOVED))

    def port(self) -> CorePort:
        """What channel adapters are given instead of the whole core."""
        return CorePort(self)


@dataclass(frozen=True)
class CorePort:
    """`bot.channels.port.ChannelPort` on a running core: the storage calls adapters need."""

    core: Core

    @property
    def settings(self) -> Settings:
        return self.core.settings

    def now(self) -> datetime:
        return self.core.clock.now()

    async def handle(self, event: Inbound) -> Handled:
        return await self.core.handler.handle(event)

    async def handle_group(self, event: GroupEvent) -> list[Outbound]:
        return await self.core.handler.handle_group(event)

    def limiter(self, channel: str) -> ChannelLimiter:
        return self.core.limiters.get(channel)

    def text(self, language: str, key: str) -> str:
        return self.core.services.localizer.format(language, key)

    async def mark_unreachable(self, address: Address, reason: str) -> None:
        # In turn with the person's messages (the handler's lock per identity), so a message
        # sent after blocking and unblocking the bot is seen after the block, not before it.
        async with self.core.handler.locks.hold(address.urn), \
                self.core.db.transaction() as db:
            await people.mark_unreachable(db, address, reason, self.now())

    async def record_delivery_status(self, *, message_sid: str, status: str,
                                     error_code: int | None) -> None:
        async with self.core.db.transaction() as db:
            await whatsapp_store.record_status(db, message_sid=message_sid, status=status,
                                               error_code=error_code, now=self.now())

    async def publish_media(self, document: Document, *, to: Address, person_id: int | None,
                            ttl: timedelta) -> str:
        async with self.core.db.transaction() as db:
            if person_id is None:
                person_id = await db.scalar(select(Identity.person_id).where(
                    Identity.channel == to.channel, Identity.user_id == to.user_id))
            return await whatsapp_store.publish_media(db, document, person_id=person_id,
                                                      now=self.now(), ttl=ttl)

    async def published_media(self, token: str) -> Document | None:
        async with self.core.db.transaction() as db:
            media = await whatsapp_store.published_media(db, token, self.now())
            if media is None:
                return None
            return Document(media.filename, media.content, media.mime_type)

    async def content_sid(self, key: str) -> str | None:
        async with self.core.db.transaction() as db:
            return await whatsapp_store.content_sid(db, key)

    async def remember_content(self, key: str, sid: str, kind: str) -> None:
        async with self.core.db.transaction() as db:
            await whatsapp_store.remember_content(db, key, sid, kind, self.now())

    async def language_of(self, person_id: int) -> str:
        async with self.core.db.transaction() as db:
            person = await db.get(Person, person_id)
        return person.language if person is not None else self.core.settings.default_language


class CoreError(Exception):
    """The core cannot start for a reason the operator can fix: the database cannot be opened
    or migrated, or a start-up check refused the configuration (a broken survey file)."""


@asynccontextmanager
async def open_core(settings: Settings, **options: Any) -> AsyncIterator[Core]:
    """A core for one CLI command: migrated, and closed when the command ends."""
    core = await create_core(settings, **options)
    try:
        yield core
    finally:
        await core.close()


def _problem(error: Exception) -> str:
    """An error as one line: the driver's own message rather than SQLAlchemy's wrapping."""
    cause = getattr(error, "orig", None) or error
    lines = str(cause).strip().splitlines() or [""]
    return f"{type(cause).__name__}: {lines[0]}"


async def open_database(settings: Settings, clock: Clock, *, upgrade: bool = True) -> Database:
    """The configured database with pending migrations applied; CoreError (one line for the
    operator) if the URL is unusable, the server unreachable or a migration fails."""
    try:
        db = Database(settings.database_url, now=clock.now)
    except (ArgumentError, ValueError, OSError) as error:
        raise CoreError(f"cannot use DATABASE_URL ({_problem(error)})") from error
    if not upgrade:
        return db
    try:
        await migrate.upgrade(db)
    except Exception as error:
        await db.dispose()
        log.debug("migrating the database failed", exc_info=True)
        raise CoreError(f"cannot open or migrate the database ({_problem(error)})") from error
    return db


def build_services(settings: Settings, localizer: Localizer | None = None, *,
                   checks: bool = True) -> Services:
    """The features and texts, without a database; runs the registry's start-up checks
    (CoreError if one refuses the configuration) unless `checks` is False."""
    registry = build_registry()
    registry.validate()  # a flow, menu item or action that does not fit: refuse to start
    services = Services(settings=settings, localizer=localizer or default_localizer(),
                        registry=registry)
    for check in services.registry.checks if checks else ():
        try:
            check(settings)
        except ValueError as error:  # SurveyError and other configuration mistakes
            raise CoreError(str(error)) from error
    return services


async def create_core(settings: Settings, *, clock: Clock | None = None,
                      localizer: Localizer | None = None, upgrade: bool = True) -> Core:
    clock = clock or Clock()
    services = build_services(settings, localizer)
    db = await open_database(settings, clock, upgrade=upgrade)
    handler = Handler(db, services, clock)
    return Core(settings=settings, db=db, services=services, clock=clock, handler=handler,
                limiters=make_limiters(settings))


def make_limiters(settings: Settings) -> Limiters:
    """Shared through Redis when REDIS_URL is set (several sending processes), else this
    process's own."""
    if settings.redis_url:
        from bot.delivery.shared_limits import RedisLimiters

        return RedisLimiters(settings)
    return Limiters(settings)
