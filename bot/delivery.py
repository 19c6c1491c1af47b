"""The outbox worker: claim due messages, pick the person's channel, send, record the outcome.

The `sending` mark is committed before the request leaves, so after a crash a message is
either resent (it was never attempted) or reported `unknown` (it may have been sent). Neither
Telegram nor Twilio accepts an idempotency key for sends, so nothing better is possible.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from bot.clock import Clock
from conversations.types import Outbound
from storage import claims, people
from storage.db import Database
from storage.models import Identity, OutboxMessage, Person

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
LEASE = timedelta(minutes=2)


class SendError(Exception):
    """A failed send, classified so the worker knows whether to retry or give up."""

    def __init__(self, reason: str, *, permanent: bool = False, unreachable: bool = False,
                 retry_after: float | None = None, maybe_sent: bool = False,
                 held: bool = False, opted_out: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.unreachable = unreachable
        self.retry_after = retry_after
        self.maybe_sent = maybe_sent
        self.held = held
        self.opted_out = opted_out


class Sender(Protocol):
    """A channel's outbound side, as the outbox sees it."""

    channel: str
    numbered_choices: bool
    """True where choices are typed as numbers (WhatsApp, terminal), not pressed."""

    async def send(self, identity: Identity, message: Outbound, *, kind: str) -> str | None:
        """Send and return the platform's message id; raise SendError on failure."""
        ...


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Delivery:
    def __init__(self, db: Database, clock: Clock, senders: dict[str, Sender], *,
                 batch: int = 50) -> None:
        self.db = db
        self.clock = clock
        self.senders = senders
        self.batch = batch
        self.worker = worker_id()
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Something was queued: look now instead of at the next poll."""
        self._wake.set()

    async def run_forever(self, poll_seconds: float = 1.0) -> None:
        while True:
            try:
                sent = await self.run_once()
            except Exception:
                log.exception("outbox pass failed")
                sent = 0
            if sent:
                continue
            try:
                await asyncio.wait_for(self._wake.wait(), poll_seconds)
            except TimeoutError:
                pass
            self._wake.clear()

    async def run_once(self) -> int:
        """Claim one batch and deliver it; return how many rows were handled."""
        now = self.clock.now()
        async with self.db.transaction() as db:
            await claims.release_expired_leases(db, OutboxMessage, now)
            ids = await claims.claim(db, OutboxMessage, worker=self.worker, now=now,
                                     limit=self.batch, lease=LEASE)
        for row_id in ids:
            await self.deliver(row_id)
        return len(ids)

    async def deliver(self, row_id: int) -> None:
        now = self.clock.now()
        async with self.db.transaction() as db:
            row = await db.get(OutboxMessage, row_id)
            if row is None or row.state != "claimed" or row.claimed_by != self.worker:
                return
            if row.expires_at is not None and row.expires_at <= now:
                _finish(row, "skipped", now, "expired before it could be sent")
                return
            person = await db.get(Person, row.person_id)
            identity = await self._pick_identity(db, row.person_id)
            if person is None or identity is None:
                _finish(row, "held", now, "no reachable channel")
                return
            if person.opted_out_at is not None and not row.urgent:
                _finish(row, "held", now, "recipient opted out")
                return
            row.state = "sending"
            row.channel = identity.channel
            row.attempts += 1
            row.claimed_until = now + LEASE
            row.updated_at = now
            message = Outbound.from_json(row.payload)
            kind = row.kind
            sender = self.senders[identity.channel]
            if message.choices and sender.numbered_choices:
                await _offer_numbers(db, row.person_id, message, now)
        try:
            platform_id = await sender.send(identity, message, kind=kind)
        except SendError as error:
            await self._record_failure(row_id, identity.id, error)
            return
        except Exception as error:  # a bug or a network fault after the request may have left
            log.exception("unexpected error sending outbox row %s", row_id)
            await self._record_failure(row_id, identity.id,
                                       SendError(type(error).__name__, maybe_sent=True))
            return
        async with self.db.transaction() as db:
            row = await db.get(OutboxMessage, row_id)
            if row is not None:
                row.platform_message_id = platform_id
                row.sent_at = self.clock.now()
                _finish(row, "sent", row.sent_at, None)

    async def _pick_identity(self, db, person_id: int) -> Identity | None:  # type: ignore[no-untyped-def]
        """The person's most recently active identity on a channel we can send on."""
        rows = await db.scalars(select(Identity).where(Identity.person_id == person_id,
                                                       Identity.unreachable_at.is_(None)))
        usable = [i for i in rows if i.channel in self.senders]
        epoch = datetime.min.replace(tzinfo=self.clock.now().tzinfo)
        usable.sort(key=lambda i: (i.last_inbound_at or epoch, i.id), reverse=True)
        return usable[0] if usable else None

    async def _record_failure(self, row_id: int, identity_id: int, error: SendError) -> None:
        now = self.clock.now()
        async with self.db.transaction() as db:
            row = await db.get(OutboxMessage, row_id)
            if row is None:
                return
            if error.unreachable:
                identity = await db.get(Identity, identity_id)
                if identity is not None:
                    identity.unreachable_at = now
                    identity.unreachable_reason = error.reason
            if error.opted_out:
                person = await db.get(Person, row.person_id)
                if person is not None and person.opted_out_at is None:
                    person.opted_out_at = now
            if error.held:
                _finish(row, "held", now, error.reason)
            elif error.maybe_sent:
                _finish(row, "unknown", now, error.reason)
            elif error.permanent or row.attempts >= MAX_ATTEMPTS:
                _finish(row, "failed", now, error.reason)
            else:
                backoff = min(300.0, 2.0 ** row.attempts) * random.uniform(0.5, 1.5)
                delay = error.retry_after or backoff
                row.state = "pending"
                row.reason = error.reason
                row.not_before = now + timedelta(seconds=delay)
                row.claimed_by = None
                row.claimed_until = None
                row.updated_at = now


async def _offer_numbers(db, person_id: int, message: Outbound, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """Where choices are typed as numbers, "1" now means this message's first option."""
    state = await people.state_for(db, person_id, now)
    state.choices = [choice.to_json() for choice in message.choices]
    flag_modified(state, "choices")


def _finish(row: OutboxMessage, state: str, now: datetime, reason: str | None) -> None:
    row.state = state
    row.reason = reason
    row.claimed_by = None
    row.claimed_until = None
    row.updated_at = now
