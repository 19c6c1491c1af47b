"""Core tables: people, their channel identities, conversation state, dedup, outbox, schedule.

Feature modules add their own tables in their own model modules (imported in
`storage/all_models.py` so Alembic sees them).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.clock import clock_now
from storage.types import JSONType, UTCDateTime


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSONType,
                           list[Any]: JSONType}


class Person(Base):
    """One human, whichever channels they use. Personal fields stay empty until consent."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(8), default="he")
    address_form: Mapped[str | None] = mapped_column(String(1))  # m / f / p
    display_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)  # E.164
    consented_at: Mapped[datetime | None]
    opted_out_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=clock_now)

    identities: Mapped[list[Identity]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True)


class Identity(Base):
    """A person's address on one channel (`telegram:123`, `whatsapp:+9725…`, `terminal:local`)."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("channel", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    last_inbound_at: Mapped[datetime | None]
    unreachable_at: Mapped[datetime | None]
    unreachable_reason: Mapped[str | None] = mapped_column(String(200))

    person: Mapped[Person] = relationship(back_populates="identities")

    @property
    def urn(self) -> str:
        return f"{self.channel}:{self.user_id}"


class ConversationState(Base):
    """Where a person is: flow, state, collected data, and the choices last offered."""

    __tablename__ = "conversation_states"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    flow: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str | None] = mapped_column(String(80))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    history: Mapped[list[Any]] = mapped_column(default=list)
    choices: Mapped[list[Any]] = mapped_column(default=list)
    step: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)


class PersonAttribute(Base):
    """A segment field of a person (`region_interest=negev`, `skill=rides`, `survey:…=…`).

    Features write what they learn here; broadcasts and the digest filter on it without
    knowing which feature produced it. A name may hold several values (one row each).
    """

    __tablename__ = "person_attributes"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)

    __table_args__ = (Index("ix_person_attributes_scope", "name", "value", "person_id"),)
    """(name, value) lookups (segments, coordinator scopes) read person_id from the index."""


class ProcessedUpdate(Base):
    """Platform ids already handled (Telegram update_id, Twilio MessageSid): each runs once."""

    __tablename__ = "processed_updates"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    at: Mapped[datetime] = mapped_column(default=clock_now, index=True)


class OutboxMessage(Base):
    """One business-initiated message to one person — or to one group chat (`chat`, e.g.
    `telegram:-1001234`, with no person) — unique on its idempotency key."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "state", "priority", "not_before"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                                  index=True)
    chat: Mapped[str | None] = mapped_column(String(80))
    """A group recipient (`channel:chat id`) instead of a person; then `person_id` is None."""
    payload: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(12), default="pending")
    priority: Mapped[int] = mapped_column(Integer, default=50)  # lower goes first
    urgent: Mapped[bool] = mapped_column(default=False)
    not_before: Mapped[datetime] = mapped_column(default=clock_now)
    expires_at: Mapped[datetime | None]
    channel: Mapped[str | None] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)
    platform_message_id: Mapped[str | None] = mapped_column(String(64), index=True)
    delivery_status: Mapped[str | None] = mapped_column(String(16))
    broadcast_id: Mapped[int | None] = mapped_column(index=True)
    quiet_planned: Mapped[bool] = mapped_column(default=False, server_default=false())
    """Looked at once ahead of time for quiet hours (a message may be moved earlier)."""
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now, onupdate=clock_now)
    sent_at: Mapped[datetime | None]


class ScheduledItem(Base):
    """A piece of timed work (a reminder, an offer's expiry, a nudge) due at a moment.

    The database, not APScheduler, is the source of truth: the scheduler only ticks and
    claims due rows, so restarts and several processes are safe.
    """

    __tablename__ = "scheduled"
    __table_args__ = (Index("ix_scheduled_due", "state", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    due_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    state: Mapped[str] = mapped_column(String(12), default="pending")
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None]
    urgent: Mapped[bool] = mapped_column(default=False, server_default=false())
    quiet_planned: Mapped[bool] = mapped_column(default=False, server_default=false())
    """Looked at once ahead of time for quiet hours (a reminder may run earlier)."""
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now, onupdate=clock_now)
