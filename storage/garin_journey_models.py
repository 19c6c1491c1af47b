"""A garin's walk through the accompaniment journey: when it started, and each milestone.

Milestones are copied from the journey file when a garin starts (`journey_id`, `version`), so
a coordinator editing the file later changes nothing for garinim already on their way.
`revision` grows when a milestone's due date moves, so check-ins scheduled for the old date
are recognised as stale.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base


class GarinJourney(Base):
    __tablename__ = "garin_journeys"

    garin_id: Mapped[int] = mapped_column(
        ForeignKey("garinim.id", ondelete="CASCADE"), primary_key=True)
    journey_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(default=clock_now)
    started_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"))


class GarinMilestone(Base):
    __tablename__ = "garin_milestones"
    __table_args__ = (UniqueConstraint("garin_id", "milestone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    garin_id: Mapped[int] = mapped_column(
        ForeignKey("garinim.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(40))
    milestone: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer)
    owner: Mapped[str] = mapped_column(String(12))
    """lead / coordinator: whose check-in it is."""
    due_at: Mapped[datetime]
    revision: Mapped[int] = mapped_column(Integer, default=1)
    done_at: Mapped[datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)
