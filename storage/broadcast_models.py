"""Tables for broadcasts: saved audiences, topic subscriptions and the broadcasts themselves."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base


class Segment(Base):
    """An audience saved under a name: a small JSON tree of conditions (conversations/segments)."""

    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    definition: Mapped[dict[str, Any]]
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)


class Subscription(Base):
    """A person's explicit choice about one topic; without a row the topic's default holds."""

    __tablename__ = "subscriptions"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)
    subscribed: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)


class Broadcast(Base):
    """One broadcast or one week's digest: who sent it, to whom, what, and how it went."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="broadcast")  # broadcast / digest
    created_by: Mapped[str] = mapped_column(String(80))  # an identity urn, or cli:<user>
    created_by_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    segment_name: Mapped[str | None] = mapped_column(String(80))
    audience: Mapped[dict[str, Any]]
    scope: Mapped[str | None] = mapped_column(String(40))
    topic: Mapped[str] = mapped_column(String(40))
    texts: Mapped[dict[str, Any]]  # language → text; "*" for every language
    button: Mapped[dict[str, Any] | None]
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(12), default="scheduled")
    scheduled_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[dict[str, Any] | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)
