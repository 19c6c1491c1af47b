"""The web dashboard's rows: one-time login links, browser sessions and the audit of views.

Tokens are stored only as SHA-256 hashes: a leaked database does not open a session.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base


class DashboardLogin(Base):
    """A link sent in the chat: works once, until `expires_at`."""

    __tablename__ = "dashboard_logins"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    urn: Mapped[str] = mapped_column(String(120))
    """The identity that asked for it: scopes (`COORDINATOR_SCOPES`) are given per identity."""
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class DashboardSession(Base):
    """A browser session opened by a login link; `ended_at` is set by logging out."""

    __tablename__ = "dashboard_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    urn: Mapped[str] = mapped_column(String(120))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class DashboardAudit(Base):
    """Who looked at or downloaded what, and when (personal data: coordinators' views)."""

    __tablename__ = "dashboard_audit"
    __table_args__ = (Index("ix_dashboard_audit_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    urn: Mapped[str] = mapped_column(String(120))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=clock_now)
    action: Mapped[str] = mapped_column(String(20))
    """`view`, `export`, `login`, `logout`, `refused`, `public_questions`, `public_broadcast`."""
    what: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class PublicQuestion(Base):
    """A survey question coordinators chose to show on the public results page."""

    __tablename__ = "dashboard_public_questions"

    survey_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    chosen_by: Mapped[str] = mapped_column(String(120))
    chosen_at: Mapped[datetime] = mapped_column(default=clock_now)
