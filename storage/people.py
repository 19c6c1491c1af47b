"""Queries about people and their identities, kept out of the flows."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import BigInteger, Table, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import Address, ChannelName
from storage import locks
from storage.db import affected, is_postgresql
from storage.models import ConversationState, Identity, Person, ProcessedUpdate


async def mark_processed(db: AsyncSession, channel: str, key: str, now: datetime, *,
                         holding: str | None = None) -> bool:
    """Remember a platform update id; False if it was handled before (a retry or replay).

    `holding`: first wait for the person's lock on this name (`locks.hold_in_transaction`),
    in the same round trip on PostgreSQL (issue 14): the INSERT's row comes out of a
    subquery that takes the lock, so nothing is inserted before the lock is held. That is
    safe for this statement only because ON CONFLICT looks at the rows committed when it
    inserts, not at the statement's snapshot (taken before the wait); every later statement
    of the transaction reads a snapshot taken after it."""
    values = {"channel": channel, "key": key, "at": now}
    if holding is not None and is_postgresql(db):
        result = await db.execute(_mark_processed_holding(),
                                  {**values, "lock": locks.lock_key(holding)})
        return bool(affected(result))
    if holding is not None:
        await locks.hold_in_transaction(db, holding)  # SQLite: none to take
    result = await db.execute(_mark_processed(is_postgresql(db)), values)
    return bool(affected(result))


@cache
def _mark_processed(postgres: bool) -> Any:
    """`insert_ignore`'s statement for every update, built once per backend (Core, no ORM)."""
    dialect = postgresql if postgres else sqlite
    return dialect.insert(ProcessedUpdate.__table__).on_conflict_do_nothing(
        index_elements=["channel", "key"])


@cache
def _mark_processed_holding() -> Any:
    """`INSERT … SELECT :channel, :key, :at FROM (SELECT pg_advisory_xact_lock(:lock))
    ON CONFLICT DO NOTHING` (PostgreSQL)."""
    table: Table = ProcessedUpdate.__table__  # type: ignore[assignment]  # Core, not the ORM
    taken = select(func.pg_advisory_xact_lock(bindparam("lock", type_=BigInteger))).subquery()
    row = select(*(bindparam(name, type_=table.c[name].type) for name in ("channel", "key", "at"))
                 ).select_from(taken)
    return postgresql.insert(table).from_select(["channel", "key", "at"], row) \
        .on_conflict_do_nothing(index_elements=["channel", "key"])


async def identity_for(db: AsyncSession, address: Address, *, language: str,
                       now: datetime) -> Identity:
    """The identity for an address, creating a bare person (language only) on first contact.

    A WhatsApp address is a phone number: if someone already linked that number (from
    Telegram), the new identity joins that person instead of starting a stranger.
    """
    identity = await db.scalar(
        select(Identity).where(Identity.channel == address.channel,
                               Identity.user_id == address.user_id))
    if identity is None:
        identity, _ = await _first_contact(db, address, language=language, now=now)
    return identity


async def _first_contact(db: AsyncSession, address: Address, *, language: str,
                         now: datetime) -> tuple[Identity, Person | None]:
    """A new identity at an address known to have none; with the person if it was created
    just now (then it has no stored state yet), None if it joined someone by phone."""
    person = None
    if address.channel == ChannelName.WHATSAPP:
        person = await person_by_phone(db, address.user_id)
    created = person is None
    if person is None:
        person = Person(language=language, created_at=now)
        db.add(person)
        await db.flush()
    identity = Identity(person_id=person.id, channel=address.channel,
                        user_id=address.user_id, created_at=now)
    db.add(identity)
    await db.flush()
    return identity, person if created else None


_AT_ADDRESS = (
    select(Identity, Person, ConversationState)
    .join(Person, Person.id == Identity.person_id)
    .outerjoin(ConversationState, ConversationState.person_id == Identity.person_id)
    .where(Identity.channel == bindparam("channel"), Identity.user_id == bindparam("user_id")))
"""An identity with its person and stored state, in one statement built once (module level:
no new `select()` per update)."""


async def load(db: AsyncSession, address: Address, *, language: str,
               now: datetime) -> tuple[Identity, Person, ConversationState]:
    """What an inbound step needs, in one round trip for someone known (three before: the
    identity, then the person, then the state); first contact creates them as
    `identity_for` and `state_for` do, without looking the address up a second time."""
    row = (await db.execute(_AT_ADDRESS, {"channel": address.channel,
                                          "user_id": address.user_id})).first()
    if row is not None:
        identity, found, state = row
        if state is None:
            state = await state_for(db, found.id, now)
        return identity, found, state
    identity, created = await _first_contact(db, address, language=language, now=now)
    if created is not None:  # a new person: no state to look up (the lookup ran once here)
        return identity, created, _new_state(created.id, db, now)
    joined = await person(db, identity.person_id)
    assert joined is not None
    return identity, joined, await state_for(db, joined.id, now)


async def find_identity(db: AsyncSession, address: Address) -> Identity | None:
    """The identity at `address` if the bot knows it (never creates one)."""
    return cast(Identity | None, await db.scalar(select(Identity).where(
        Identity.channel == address.channel, Identity.user_id == address.user_id)))


async def mark_unreachable(db: AsyncSession, address: Address, reason: str,
                           now: datetime) -> None:
    """The platform told us this address cannot be reached (e.g. the bot was blocked)."""
    await db.execute(update(Identity).where(Identity.channel == address.channel,
                                            Identity.user_id == address.user_id)
                     .values(unreachable_at=now, unreachable_reason=reason))


async def person(db: AsyncSession, person_id: int) -> Person | None:
    return await db.get(Person, person_id)


async def state_for(db: AsyncSession, person_id: int, now: datetime) -> ConversationState:
    state = await db.get(ConversationState, person_id)
    return state if state is not None else _new_state(person_id, db, now)


def _new_state(person_id: int, db: AsyncSession, now: datetime) -> ConversationState:
    state = ConversationState(person_id=person_id, data={}, history=[], choices=[], step=0,
                              version=0, updated_at=now)
    db.add(state)
    return state


async def identities_of(db: AsyncSession, person_id: int) -> list[Identity]:
    rows = await db.scalars(select(Identity).where(Identity.person_id == person_id)
                            .order_by(Identity.id))
    return list(rows)


async def person_by_phone(db: AsyncSession, phone: str) -> Person | None:
    return await db.scalar(select(Person).where(Person.phone == phone))


async def move_identities(db: AsyncSession, from_id: int, to_id: int) -> None:
    """Re-home every identity of one person onto another (used when linking by phone)."""
    await db.flush()
    await db.execute(update(Identity).where(Identity.person_id == from_id)
                     .values(person_id=to_id))
    await db.execute(delete(ConversationState).where(ConversationState.person_id == from_id))


async def delete_person(db: AsyncSession, person_id: int) -> None:
    """Erase a person; identities, state, outbox and schedule rows go by cascade.

    Pending changes are flushed first, and the deleted rows' objects leave the session so a
    later flush does not try to update what the database no longer has.
    """
    await db.flush()
    await db.execute(delete(Person).where(Person.id == person_id))
    for obj in list(db.identity_map.values()):
        owner = obj.id if isinstance(obj, Person) else getattr(obj, "person_id", None)
        if isinstance(obj, Person | Identity | ConversationState) and owner == person_id:
            db.expunge(obj)


def core_export(person: Person, identities: list[Identity]) -> dict[str, Any]:
    """What the core keeps about a person, for "my data"."""
    return {
        "person": {
            "id": person.id, "language": person.language, "address_form": person.address_form,
            "display_name": person.display_name, "phone": person.phone,
            "consented_at": _iso(person.consented_at), "opted_out_at": _iso(person.opted_out_at),
            "created_at": _iso(person.created_at),
        },
        "identities": [
            {"channel": i.channel, "user_id": i.user_id, "created_at": _iso(i.created_at),
             "last_inbound_at": _iso(i.last_inbound_at)} for i in identities
        ],
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
