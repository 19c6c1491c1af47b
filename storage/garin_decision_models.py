"""A garin's decisions (proposals, polls, time polls) and the votes cast on them.

A vote's `person_id` is emptied when its voter is erased ("delete me"): the ballot stays, so a
closed decision's counts never change, but nobody can tell whose it was. The outcome is
written on the decision when it closes, so what was announced is what is recorded.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base

OPEN, CLOSED, CANCELLED = "open", "closed", "cancelled"


class GarinDecision(Base):
    """One question put to a garin's members, open until its deadline."""

    __tablename__ = "garin_decisions"
    __table_args__ = (Index("ix_garin_decisions_open", "garin_id", "state", "deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    garin_id: Mapped[int] = mapped_column(ForeignKey("garinim.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))
    """proposal / single / multi / time (conversations/domain/decisions.py)."""
    question: Mapped[str] = mapped_column(Text)
    options: Mapped[list[Any]] = mapped_column(default=list)
    """A poll's options in order, `[{"id": "o1", "label": "…"}]`; a time poll's also carry
    `"at"` (ISO, UTC) and are in time order. Empty for a proposal (its four are fixed)."""
    language: Mapped[str] = mapped_column(String(8), default="he")
    """The language the question and labels were typed in."""
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"))
    opened_at: Mapped[datetime] = mapped_column(default=clock_now)
    deadline: Mapped[datetime]
    quorum: Mapped[int | None] = mapped_column(Integer)
    eligible: Mapped[int] = mapped_column(Integer, default=0)
    """Active members when it opened (and, once closed, when it closed)."""
    state: Mapped[str] = mapped_column(String(12), default=OPEN)
    result: Mapped[str | None] = mapped_column(String(16))
    winners: Mapped[list[Any]] = mapped_column(default=list)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    voters: Mapped[int] = mapped_column(Integer, default=0)
    closed_at: Mapped[datetime | None]

    def option_ids(self) -> tuple[str, ...]:
        return tuple(str(o["id"]) for o in self.options)

    def label_of(self, option: str) -> str | None:
        return next((str(o["label"]) for o in self.options if o["id"] == option), None)


class GarinVote(Base):
    """One member's current ballot on a decision (changed freely until the deadline)."""

    __tablename__ = "garin_votes"
    __table_args__ = (UniqueConstraint("decision_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("garin_decisions.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    choices: Mapped[list[Any]] = mapped_column(default=list)
    comment: Mapped[str | None] = mapped_column(Text)
    voted_at: Mapped[datetime] = mapped_column(default=clock_now)
