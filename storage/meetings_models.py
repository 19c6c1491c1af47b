"""House meetings (חוגי בית): meetings, sign-ups (seats, waitlist, attendance), feedback, leads.

`meetings.seats_taken` counts confirmed seats; it only changes through the guarded updates in
`storage/meetings.py`, so capacity holds even when two people take the last seat at once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base

OPEN = "open"
CANCELLED = "cancelled"

CONFIRMED = "confirmed"
WAITLISTED = "waitlisted"
WITHDRAWN = "cancelled"


class Meeting(Base):
    """One house meeting; `revision` grows with every change of time or place."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("seats_taken >= 0 AND seats_taken <= capacity", name="seats_in_range"),
        Index("ix_meetings_upcoming", "status", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    site: Mapped[str] = mapped_column(String(200), default="")
    host_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    locality: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(40), index=True)
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    address: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int] = mapped_column(Integer)
    seats_taken: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(8), default="he")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default=OPEN)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)

    @property
    def seats_left(self) -> int:
        return max(0, self.capacity - self.seats_taken)

    def display_status(self, now: datetime) -> str:
        """open / full / cancelled / past, as people see it."""
        if self.status == CANCELLED:
            return CANCELLED
        if self.starts_at <= now:
            return "past"
        return "full" if self.seats_left == 0 else OPEN


class Signup(Base):
    """A person's place at a meeting: confirmed seats, a waitlist entry, or a withdrawn one."""

    __tablename__ = "meeting_signups"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),
                      CheckConstraint("seats >= 1", name="at_least_one_seat"))

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"),
                                            index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    seats: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12))
    waitlisted_at: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    reconfirmed_at: Mapped[datetime | None]  # "still coming" answered yes
    attended: Mapped[bool | None]
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)


class Feedback(Base):
    """A rating after a meeting; kept without the person when they ask to be deleted."""

    __tablename__ = "meeting_feedback"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),
                      CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"))

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"),
                                            index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"),
                                                  index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=clock_now)


class Lead(Base):
    """Someone who wants to hear when a group forms: the coordinators' follow-up list."""

    __tablename__ = "meeting_leads"
    __table_args__ = (UniqueConstraint("person_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id",
                                                              ondelete="SET NULL"))
    region: Mapped[str] = mapped_column(String(40), default="")
    site: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
