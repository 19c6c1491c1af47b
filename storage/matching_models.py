"""Volunteer matching tables: profiles, help requests, offers and the request lifecycle.

Availability is a 21-bit mask (7 days × morning / afternoon / evening) so "overlaps" is one
bitwise AND, in Python or in SQL. Skills, served regions and languages are also mirrored into
`person_attributes` for broadcasts and the digest.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base


class VolunteerProfile(Base):
    """What a volunteer offers: skills, where, when, in which languages, and how much."""

    __tablename__ = "volunteer_profiles"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    skills: Mapped[list[Any]] = mapped_column(default=list)
    regions: Mapped[list[Any]] = mapped_column(default=list)
    localities: Mapped[list[Any]] = mapped_column(default=list)
    remote: Mapped[bool] = mapped_column(default=False)
    availability: Mapped[int] = mapped_column(Integer, default=0)
    languages: Mapped[list[Any]] = mapped_column(default=list)
    max_open: Mapped[int] = mapped_column(Integer, default=2)
    paused: Mapped[bool] = mapped_column(default=False, index=True)
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    last_asked_at: Mapped[datetime | None]
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    declined: Mapped[int] = mapped_column(Integer, default=0)
    expired: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)


class HelpRequest(Base):
    """One request for help; contact fields are shown only once a volunteer accepts."""

    __tablename__ = "help_requests"
    __table_args__ = (Index("ix_help_requests_volunteer_state", "volunteer_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"))
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    locality: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str] = mapped_column(String(40))
    urgency: Mapped[str] = mapped_column(String(12))  # today / week / flexible
    slots: Mapped[int] = mapped_column(Integer)  # availability mask of acceptable times
    language: Mapped[str] = mapped_column(String(8))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(12), default="open", index=True)
    round: Mapped[int] = mapped_column(Integer, default=0)  # how many times it was matched
    offers_in_row: Mapped[int] = mapped_column(Integer, default=0)
    escalated_at: Mapped[datetime | None]
    matched_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)


class Offer(Base):
    """A request offered to one volunteer; at most one offer per volunteer per request."""

    __tablename__ = "help_offers"
    __table_args__ = (UniqueConstraint("request_id", "volunteer_id"),
                      Index("ix_help_offers_request_state", "request_id", "state"))

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("help_requests.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    score: Mapped[float] = mapped_column(default=0.0)
    parts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    expires_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=clock_now)


class RequestEvent(Base):
    """One state change of a request, with its time: the lifecycle that reports are made of."""

    __tablename__ = "help_request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("help_requests.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(20))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    detail: Mapped[str | None] = mapped_column(Text)
