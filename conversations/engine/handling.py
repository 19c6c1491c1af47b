"""Handle one inbound event end to end: dedupe, load, run the engine, commit, return replies.

One person's events run one at a time and in order: an asyncio lock per identity inside the
process, and on PostgreSQL an advisory transaction lock on the identity taken before the state
is read, so several web processes behind a load balancer take turns too (storage/locks.py);
different people run in parallel. Every write an answer causes is committed before the
replies are returned, so a crash after this point can lose a reply but never an answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm.attributes import flag_modified

from conversations.domain.types import GroupEvent, Inbound, Outbound
from conversations.engine.context import Ctx, Services
from conversations.engine.groups import GroupContext, sender_of
from conversations.engine.runner import Engine
from locales import LANGUAGES
from storage import locks, people, survey_counts
from storage.clock import TimeSource
from storage.db import Database

log = logging.getLogger(__name__)

TOUCH_INBOUND_EVERY = timedelta(minutes=1)
"""How stale the identity's `last_inbound_at` may be: someone answering a survey writes every
few seconds, and writing the time on every message was one UPDATE of each answer's dozen
statements (issue 14). Its readers can take a minute: WhatsApp's 24-hour window closes at
most a minute early (a template instead of free text, never the other way), and which of a
person's channels was used last is only ever a question of hours."""


class KeyedLocks:
    """An asyncio.Lock per key, dropped once nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    def __len__(self) -> int:
        return len(self._locks)


@dataclass
class Handled:
    """The outcome: replies to send now, and the person's language for rendering buttons."""

    replies: list[Outbound]
    language: str
    duplicate: bool = False
    queued: int = 0
    refused: bool = False
    """The pressed button was refused (stale or no longer valid), not taken."""


class Handler:
    """The channel-agnostic entry point every adapter calls."""

    def __init__(self, db: Database, services: Services, clock: TimeSource,
                 on_queued: Callable[[], None] | None = None) -> None:
        self.db = db
        self.services = services
        self.clock = clock
        self.engine = Engine(services)
        self.locks = KeyedLocks()
        self.on_queued = on_queued

    async def handle(self, event: Inbound) -> Handled:
        async with self.locks.hold(event.address.urn):
            try:
                return await self._handle(event)
            except Exception:
                log.exception("failed to handle an event from %s", event.address.channel)
                return await self._apologise(event)

    async def _handle(self, event: Inbound) -> Handled:
        now = self.clock.now()
        settings = self.services.settings
        async with self.db.transaction() as db:
            # the person's lock before anything is read; with the dedupe, one round trip
            if event.message_id is None:
                await locks.hold_in_transaction(db, event.address.urn)
            elif not await people.mark_processed(db, event.address.channel, event.message_id,
                                                 now, holding=event.address.urn):
                return Handled([], settings.default_language, duplicate=True)
            identity, person, session = await people.load(
                db, event.address, language=self._language_hint(event), now=now)
            last = identity.last_inbound_at
            if last is None or now - last >= TOUCH_INBOUND_EVERY or now < last:
                identity.last_inbound_at = now
            identity.unreachable_at = None  # no UPDATE unless it was set: the ORM skips it
            identity.unreachable_reason = None
            ctx = Ctx(person=person, identity=identity, session=session, db=db, now=now,
                      services=self.services,
                      is_coordinator=event.address.urn in settings.coordinator_urns)
            async with survey_counts.batched(db):  # one counters' upsert per step
                await self.engine.process(ctx, event)
                if not ctx.deleted:  # before the batch's last flush: one UPDATE of the state
                    ctx.session.updated_at = now
                    for column in ("data", "history", "choices"):  # JSON edited in place
                        flag_modified(ctx.session, column)
            language = ctx.person.language if not ctx.deleted else person.language
        if ctx.notified and self.on_queued is not None:
            self.on_queued()
        return Handled(ctx.out, language, queued=ctx.notified, refused=ctx.refused)

    async def handle_group(self, event: GroupEvent) -> list[Outbound]:
        """A group chat's event, for the features' group handlers; returns the answers for
        the group (none: nobody's business). Never raises: a broken event is logged."""
        async with self.locks.hold(event.group.urn):
            try:
                async with self.db.transaction() as db:
                    sender = await sender_of(db, event)
                    ctx = GroupContext(db=db, now=self.clock.now(), services=self.services,
                                       event=event, sender=sender,
                                       sender_is_coordinator=event.sender is not None and (
                                           event.sender.urn
                                           in self.services.settings.coordinator_urns))
                    replies: list[Outbound] = []
                    for group_handler in self.services.registry.group_handlers:
                        answered = await group_handler(ctx)
                        if answered is not None:
                            replies = answered
                            break
            except Exception:
                log.exception("failed to handle a group event from %s", event.group.channel)
                return []
        if ctx.notified and self.on_queued is not None:
            self.on_queued()
        return replies

    def _language_hint(self, event: Inbound) -> str:
        hint = (event.language_hint or "").split("-")[0].lower()
        return hint if hint in LANGUAGES else self.services.settings.default_language

    async def _apologise(self, event: Inbound) -> Handled:
        language = self.services.settings.default_language
        try:
            async with self.db.transaction() as db:
                identity = await people.identity_for(db, event.address, language=language,
                                                     now=self.clock.now())
                person = await people.person(db, identity.person_id)
                if person is not None:
                    language = person.language
        except Exception:
            log.exception("could not look up the language for an apology")
        text = self.services.localizer.format(language, "error-internal")
        return Handled([Outbound(text=text, language=language)], language)
