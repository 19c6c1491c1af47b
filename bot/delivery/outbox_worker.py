"""The outbox worker: claim due messages, pick the person's channel, send, record the outcome.

The `sending` mark is committed before the request leaves, so after a crash a message is
either resent (it was never attempted) or reported `unknown` (it may have been sent). Neither
Telegram nor Twilio accepts an idempotency key for sends, so nothing better is possible.

A row goes to a person (their most recently active reachable identity) or, with `chat`
set and no person, to a group chat (a garin's linked Telegram group): the same states and
at-most-once sending; the group's own rate limit (Telegram: 20 a minute) paces it; a group
that refuses the bot for good (kicked, deleted) is reported through `on_chat_gone`.

States: pending → claimed → sending → sent | failed | held | unknown | skipped. A pending row
waits for `not_before` (its due time, a retry back-off, a 429's retry_after or the end of
quiet hours; `reason` says which).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm.attributes import flag_modified

from bot.clock import Clock
from bot.delivery.coalesce import Coalesced
from conversations.domain import quiet_hours
from conversations.domain.types import Outbound
from storage import broadcasts, claims, people
from storage import outbox as outbox_repo
from storage.db import Database
from storage.models import Identity, OutboxMessage, Person

if TYPE_CHECKING:
    from bot.delivery.ratelimit import Limiters
    from bot.settings import Settings

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
LEASE = timedelta(minutes=2)
PLAN_BATCH = 200
FINAL_STATES = ("sent", "failed", "held", "unknown", "skipped", "cancelled")


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
        """Send and return the platform's message id; raise SendError on failure.

        The outbox has already taken a rate-limit slot for this message: don't take another.
        """
        ...

    async def warm(self) -> None:
        """Open what the first send would (a pool, its imports) before any slot is taken:
        called for a claimed batch, so a paced group never waits behind it (Telegram's first
        send imported aiohttp for 0.4 s, and its group then reached the platform with the next
        ones: 429s). Cheap once open; a resting bot opens nothing."""
        ...


_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
"""The outbox table for the per-group marks and outcomes: Core statements, not the ORM's
bulk UPDATE machinery, which was most of a paced message's CPU (py-spy, bench/RESULTS.md)."""
_ROWS = _OUTBOX.c

HOST = socket.gethostname()
_NONCE = secrets.token_hex(3)


def worker_id() -> str:
    """`host:pid:nonce`: unique per process run, so a restarted bot can spot a dead one."""
    return f"{HOST}:{os.getpid()}:{_NONCE}"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry timeouts, network errors and 5xx."""

    max_attempts: int = MAX_ATTEMPTS
    base_seconds: float = 2.0
    max_seconds: float = 300.0

    def backoff(self, attempts: int, rng: Callable[[float, float], float]) -> float:
        """Exponential in the attempts so far, with ±50% jitter so retries don't bunch up."""
        return min(self.max_seconds, self.base_seconds * 2 ** max(attempts - 1, 0)) \
            * rng(0.5, 1.5)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(settings.outbox_max_attempts, settings.outbox_retry_base_seconds,
                   settings.outbox_retry_max_seconds)


@dataclass(frozen=True)
class Ready:
    """A claimed row that passed the pre-send checks, with what sending it needs."""

    row_id: int
    person_id: int | None
    identity: Identity
    payload: dict[str, Any]
    kind: str


class Delivery:
    """Sends due outbox rows. With `settings` and `quiet_hours=True` (the runtime) it also
    keeps quiet hours and uses the configured retry, lease and batch sizes."""

    def __init__(self, db: Database, clock: Clock, senders: dict[str, Sender], *,
                 batch: int | None = None, settings: Settings | None = None,
                 limiters: Limiters | None = None, quiet_hours: bool = False,
                 concurrency: int | None = None, worker: str | None = None,
                 rng: Callable[[float, float], float] = random.uniform,
                 on_chat_gone: Callable[[str, str], Awaitable[None]] | None = None) -> None:
        self.db = db
        self.on_chat_gone = on_chat_gone
        """Called with (chat, reason) when a group chat refuses the bot for good."""
        self.clock = clock
        self.senders = senders
        self.settings = settings
        self.limiters = limiters
        self.retry = RetryPolicy.from_settings(settings) if settings else RetryPolicy()
        self.lease = timedelta(seconds=settings.outbox_lease_seconds) if settings else LEASE
        self.batch = batch or (settings.outbox_batch if settings else 50)
        self.concurrency = concurrency or (settings.outbox_concurrency if settings else 8)
        if quiet_hours and settings is None:
            raise ValueError("quiet hours need the settings")
        self.quiet = quiet_hours_rules(settings) if quiet_hours and settings else None
        self.worker = worker or worker_id()
        self.rng = rng
        self._wake = asyncio.Event()
        self._recovered = False
        self._marks: Coalesced[Ready, bool] = Coalesced(self._mark_sending)
        self._sent: Coalesced[tuple[int, str | None], None] = Coalesced(self._record_sent)

    def wake(self) -> None:
        """Something was queued: look now instead of at the next poll."""
        self._wake.set()

    async def run_forever(self, poll_seconds: float = 1.0) -> None:
        while True:
            try:
                handled = await self.run_once()
            except Exception:
                log.exception("outbox pass failed")
                handled = 0
            if handled:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), poll_seconds)
            self._wake.clear()

    async def run_once(self) -> int:
        """Claim one batch and deliver it; return how many rows were handled."""
        now = self.clock.now()
        async with self.db.transaction() as db:
            if not self._recovered:
                released = await claims.release_dead_workers(
                    db, OutboxMessage, me=self.worker, host=HOST, now=now)
                if released:
                    log.warning("took back %d outbox rows of a stopped bot process", released)
                self._recovered = True
            await claims.release_expired_leases(db, OutboxMessage, now)
            if self.quiet is not None:
                await self._plan_ahead(db, now)
            ids = await claims.claim(db, OutboxMessage, worker=self.worker, now=now,
                                     limit=self.batch, lease=self.lease)
            ready, of_broadcasts = await self._check(db, ids, now) if ids else ([], [])
        for channel in {item.identity.channel for item in ready}:
            await self.senders[channel].warm()
        # One person's messages go in order; different people in parallel, within limits.
        queues: dict[str, list[Ready]] = {}
        for item in ready:
            queues.setdefault(item.identity.urn, []).append(item)
        gate = asyncio.Semaphore(self.concurrency)

        async def person_queue(items: list[Ready]) -> None:
            async with gate:
                for item in items:
                    try:
                        await self._deliver_ready(item)
                    except Exception:
                        log.exception("delivering outbox row %s failed", item.row_id)

        await asyncio.gather(*(person_queue(q) for q in queues.values()))
        if of_broadcasts:  # the last message of a broadcast is final: its report, now
            async with self.db.transaction() as db:
                await broadcasts.settle(db, of_broadcasts, self.clock.now())
        return len(ids)

    async def _check(self, db, ids: list[int], now: datetime  # type: ignore[no-untyped-def]
                     ) -> tuple[list[Ready], list[int]]:
        """The pre-send checks of a claimed batch, in the claim's transaction: a few queries
        for the whole batch, and one UPDATE per outcome for the rows that are not sent."""
        rows = (await db.execute(
            select(OutboxMessage.id, OutboxMessage.person_id, OutboxMessage.broadcast_id,
                   OutboxMessage.expires_at, OutboxMessage.urgent, OutboxMessage.payload,
                   OutboxMessage.kind, OutboxMessage.chat)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.state == "claimed",
                   OutboxMessage.claimed_by == self.worker))).all()
        by_id = {row.id: row for row in rows}
        person_ids = sorted({row.person_id for row in rows if row.person_id is not None})
        opted_out = dict((await db.execute(
            select(Person.id, Person.opted_out_at).where(Person.id.in_(person_ids)))).all())
        identities = await self._pick_identities(db, person_ids)
        policies: dict[int | None, quiet_hours.QuietPolicy] = {}
        if self.quiet is not None:
            policies.update((await self._policies(db, person_ids)).items())
            policies[None] = self.quiet.for_region(None)  # a group: the default region
        finished: dict[tuple[str, str | None], list[int]] = {}
        waiting: list[dict[str, object]] = []
        ready: list[Ready] = []
        for row_id in ids:  # the claim's order: priority, then due time
            row = by_id.get(row_id)
            if row is None:
                continue
            identity = (identities.get(row.person_id) if row.person_id is not None
                        else self._chat_identity(row.chat))
            if row.expires_at is not None and row.expires_at <= now:
                finished.setdefault(("skipped", "expired before it could be sent"),
                                    []).append(row_id)
                continue
            if identity is None or (row.person_id is not None
                                    and row.person_id not in opted_out):
                finished.setdefault(("held", "no reachable channel"), []).append(row_id)
                continue
            if row.person_id is not None and opted_out[row.person_id] is not None \
                    and not row.urgent:
                finished.setdefault(("held", "recipient opted out"), []).append(row_id)
                continue
            if self.quiet is not None and not row.urgent:
                decided = quiet_hours.plan(now, now=now, policy=policies[row.person_id],
                                           expires_at=row.expires_at)
                if decided.action == "wait":
                    assert decided.at is not None
                    waiting.append({"id": row_id, "state": "pending", "reason": decided.reason,
                                    "not_before": decided.at, "claimed_by": None,
                                    "claimed_until": None, "updated_at": now})
                    continue
                if decided.action == "skip":
                    finished.setdefault(("skipped", decided.reason), []).append(row_id)
                    continue
            ready.append(Ready(row_id, row.person_id, identity, row.payload, row.kind))
        for (state, reason), row_ids in finished.items():
            await db.execute(update(OutboxMessage).where(OutboxMessage.id.in_(row_ids))
                             .values(state=state, reason=reason, claimed_by=None,
                                     claimed_until=None, updated_at=now))
        if waiting:
            await db.execute(update(OutboxMessage), waiting)
        of_broadcasts = [row.id for row in rows if row.broadcast_id]
        return ready, of_broadcasts

    def _chat_identity(self, chat: str | None) -> Identity | None:
        """A group chat as the sender sees a recipient (not stored: groups are no people)."""
        channel, _, user_id = (chat or "").partition(":")
        if not user_id or channel not in self.senders:
            return None
        return Identity(channel=channel, user_id=user_id)

    async def _pick_identities(self, db, person_ids: list[int]  # type: ignore[no-untyped-def]
                               ) -> dict[int, Identity]:
        """Each person's most recently active identity on a channel we can send on."""
        rows = await db.scalars(select(Identity).where(Identity.person_id.in_(person_ids),
                                                       Identity.unreachable_at.is_(None)))
        epoch = datetime.min.replace(tzinfo=self.clock.now().tzinfo)
        best: dict[int, Identity] = {}
        for identity in rows:
            if identity.channel not in self.senders:
                continue
            held = best.get(identity.person_id)
            if held is None or ((identity.last_inbound_at or epoch, identity.id)
                                > (held.last_inbound_at or epoch, held.id)):
                best[identity.person_id] = identity
        return best

    async def _deliver_ready(self, item: Ready) -> None:
        """Send one checked row: a rate-limit slot, the `sending` mark (batched with the
        others ready at the same moment), the request, the outcome (batched too)."""
        identity = item.identity
        sender = self.senders[identity.channel]
        limiter = self.limiters.get(identity.channel) if self.limiters else None
        granted = 0.0
        if limiter is not None:  # a slot *before* the sending mark: a long wait there
            # must not look like a crash
            granted = await limiter.acquire(identity.user_id, bulk=True,
                                            group=item.person_id is None)
        if not await self._marks.submit(item):
            return  # no longer ours (a lease ran out meanwhile)
        if limiter is not None and limiter.overdue(granted):  # the commit took long
            await limiter.went_late(granted)
        message = Outbound.from_json(item.payload)
        try:
            platform_id = await sender.send(identity, message, kind=item.kind)
        except SendError as error:
            await self._record_failure(item.row_id, identity, error)
            return
        except Exception as error:  # a bug or a network fault after the request may have left
            log.exception("unexpected error sending outbox row %s", item.row_id)
            await self._record_failure(item.row_id, identity,
                                       SendError(type(error).__name__, maybe_sent=True))
            return
        await self._sent.submit((item.row_id, platform_id))

    async def _mark_sending(self, items: list[Ready]) -> list[bool]:
        """One transaction marks every row whose slot came at the same moment `sending`;
        it is committed before any of their requests leaves."""
        now = self.clock.now()
        marked: set[int] = set()
        async with self.db.transaction() as db:
            by_channel: dict[str, list[int]] = {}
            for item in items:
                by_channel.setdefault(item.identity.channel, []).append(item.row_id)
            for channel, row_ids in by_channel.items():
                result = await db.execute(
                    update(_OUTBOX)
                    .where(_ROWS.id.in_(row_ids), _ROWS.state == "claimed",
                           _ROWS.claimed_by == self.worker)
                    .values(state="sending", channel=channel, attempts=_ROWS.attempts + 1,
                            claimed_until=now + self.lease, updated_at=now)
                    .returning(_ROWS.id))
                marked.update(result.scalars())
            for item in items:
                if item.row_id in marked and item.person_id is not None \
                        and self.senders[item.identity.channel].numbered_choices \
                        and item.payload.get("choices"):
                    await _offer_numbers(db, item.person_id, Outbound.from_json(item.payload),
                                         now)
        return [item.row_id in marked for item in items]

    async def _record_sent(self, sent: list[tuple[int, str | None]]) -> list[None]:
        """The platform accepted these: one executemany UPDATE for all of them."""
        now = self.clock.now()
        async with self.db.transaction() as db:
            await db.execute(_RECORD_SENT, [
                {"row": row_id, "platform_id": platform_id, "now": now}
                for row_id, platform_id in sent])
        return [None] * len(sent)

    async def _plan_ahead(self, db, now: datetime) -> None:  # type: ignore[no-untyped-def]
        """Look once at future messages that expire: if quiet hours would make them wait
        past their expiry, move them to just before the quiet period (or skip them)."""
        rows = list(await db.scalars(
            select(OutboxMessage).where(
                OutboxMessage.state == "pending", OutboxMessage.quiet_planned.is_(False),
                OutboxMessage.urgent.is_(False), OutboxMessage.expires_at.is_not(None),
                OutboxMessage.not_before > now)
            .order_by(OutboxMessage.not_before).limit(PLAN_BATCH)))
        if not rows:
            return
        policies = await self._policies(db, [row.person_id for row in rows])
        for row in rows:
            row.quiet_planned = True
            decided = quiet_hours.plan(row.not_before, now=now, policy=policies[row.person_id],
                                       expires_at=row.expires_at)
            if decided.action == "early":
                assert decided.at is not None
                row.not_before = decided.at
                row.reason = decided.reason
            elif decided.action == "skip":
                _finish(row, "skipped", now, decided.reason)

    async def _policies(self, db, person_ids: list[int]  # type: ignore[no-untyped-def]
                        ) -> dict[int, quiet_hours.QuietPolicy]:
        assert self.quiet is not None and self.settings is not None
        regions = await outbox_repo.regions_of(db, sorted(set(person_ids)),
                                               self.settings.quiet_region_attributes)
        return {pid: self.quiet.for_region(regions.get(pid)) for pid in person_ids}

    async def deliver(self, row_id: int) -> None:
        now = self.clock.now()
        async with self.db.transaction() as db:
            row = await db.get(OutboxMessage, row_id)
            if row is None or row.state != "claimed" or row.claimed_by != self.worker:
                return
            if row.expires_at is not None and row.expires_at <= now:
                _finish(row, "skipped", now, "expired before it could be sent")
                return
            if row.person_id is None:  # a group chat: the batch path knows how
                _back_to_pending(row, now, now, None)
                return
            person = await db.get(Person, row.person_id)
            identity = await self._pick_identity(db, row.person_id)
            if person is None or identity is None:
                _finish(row, "held", now, "no reachable channel")
                return
            if person.opted_out_at is not None and not row.urgent:
                _finish(row, "held", now, "recipient opted out")
                return
            if self.quiet is not None and not row.urgent:
                policy = (await self._policies(db, [row.person_id]))[row.person_id]
                decided = quiet_hours.plan(now, now=now, policy=policy,
                                           expires_at=row.expires_at)
                if decided.action == "wait":
                    assert decided.at is not None
                    _back_to_pending(row, now, decided.at, decided.reason)
                    return
                if decided.action == "skip":
                    _finish(row, "skipped", now, decided.reason)
                    return
            sender = self.senders[identity.channel]
        await sender.warm()
        limiter = self.limiters.get(identity.channel) if self.limiters else None
        granted = 0.0
        if limiter is not None:  # a slot *before* the sending mark: a long wait there
            # must not look like a crash
            granted = await limiter.acquire(identity.user_id, bulk=True)
        now = self.clock.now()
        async with self.db.transaction() as db:
            row = await db.get(OutboxMessage, row_id)
            if row is None or row.state != "claimed" or row.claimed_by != self.worker:
                return
            row.state = "sending"
            row.channel = identity.channel
            row.attempts += 1
            row.claimed_until = now + self.lease
            row.updated_at = now
            message = Outbound.from_json(row.payload)
            kind = row.kind
            if message.choices and sender.numbered_choices and row.person_id is not None:
                await _offer_numbers(db, row.person_id, message, now)
        if limiter is not None and limiter.overdue(granted):  # the commit took long
            await limiter.went_late(granted)
        try:
            platform_id = await sender.send(identity, message, kind=kind)
        except SendError as error:
            await self._record_failure(row_id, identity, error)
            return
        except Exception as error:  # a bug or a network fault after the request may have left
            log.exception("unexpected error sending outbox row %s", row_id)
            await self._record_failure(row_id, identity,
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

    async def _record_failure(self, row_id: int, used: Identity, error: SendError) -> None:
        now = self.clock.now()
        if error.retry_after is not None and self.limiters is not None:
            # Telegram: one chat's 429 holds that chat; several at once, the channel.
            await self.limiters.get(used.channel).too_many(error.retry_after, used.user_id)
        if used.id is None and (error.unreachable or error.permanent):
            await self._chat_refused(row_id, used, error)  # a group chat, not a person
            return
        async with self.db.transaction() as db:
            row = await db.get(OutboxMessage, row_id)
            if row is None:
                return
            if error.unreachable and row.person_id is not None:
                identity = await db.get(Identity, used.id)
                if identity is not None:
                    identity.unreachable_at = now
                    identity.unreachable_reason = error.reason[:200]
                    await db.flush()
                if await self._pick_identity(db, row.person_id) is not None:
                    row.attempts -= 1  # not this message's fault: try the person's other channel
                    _back_to_pending(row, now, now, f"{error.reason}; trying another channel")
                    return
            if error.opted_out:
                person = await db.get(Person, row.person_id)
                if person is not None and person.opted_out_at is None:
                    person.opted_out_at = now
            if error.held:
                _finish(row, "held", now, error.reason)
            elif error.maybe_sent:
                _finish(row, "unknown", now, error.reason)
            elif error.permanent:
                _finish(row, "failed", now, error.reason)
            elif error.retry_after is not None:
                row.attempts -= 1  # the platform refused to look at it: not a failed attempt
                _back_to_pending(row, now, now + timedelta(seconds=error.retry_after),
                                 f"{error.reason}: rate limited, retry after "
                                 f"{error.retry_after:g} s")
            elif row.attempts >= self.retry.max_attempts:
                _finish(row, "failed", now, f"{error.reason} (gave up after {row.attempts} "
                        "attempts)")
            else:
                delay = self.retry.backoff(row.attempts, self.rng)
                _back_to_pending(row, now, now + timedelta(seconds=delay),
                                 f"{error.reason}: retry {row.attempts + 1} of "
                                 f"{self.retry.max_attempts} in {delay:.0f} s")


    async def _chat_refused(self, row_id: int, used: Identity, error: SendError) -> None:
        """A group chat refused the message for good: the row fails; when the bot may no
        longer post there (kicked, the group deleted) the chat's owner is told."""
        async with self.db.transaction() as db:
            row = await db.get(OutboxMessage, row_id)
            if row is not None:
                _finish(row, "failed", self.clock.now(), error.reason)
        if error.unreachable and self.on_chat_gone is not None:
            await self.on_chat_gone(used.urn, error.reason)


_RECORD_SENT = (update(_OUTBOX).where(_ROWS.id == bindparam("row"))
                .values(platform_message_id=bindparam("platform_id"), sent_at=bindparam("now"),
                        state="sent", reason=None, claimed_by=None, claimed_until=None,
                        updated_at=bindparam("now")))


def quiet_hours_rules(settings: Settings) -> quiet_hours.QuietRules:
    return quiet_hours.QuietRules.from_settings(settings)


async def _offer_numbers(db, person_id: int, message: Outbound, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """Where choices are typed as numbers, "1" now means this message's first option."""
    state = await people.state_for(db, person_id, now)
    state.choices = [choice.to_json() for choice in message.choices]
    flag_modified(state, "choices")


def _back_to_pending(row: OutboxMessage, now: datetime, not_before: datetime,
                     reason: str | None) -> None:
    row.state = "pending"
    row.reason = reason
    row.not_before = not_before
    row.claimed_by = None
    row.claimed_until = None
    row.updated_at = now


def _finish(row: OutboxMessage, state: str, now: datetime, reason: str | None) -> None:
    row.state = state
    row.reason = reason
    row.claimed_by = None
    row.claimed_until = None
    row.updated_at = now
