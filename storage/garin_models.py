"""Settlement groups (גרעינים): a garin, its members, invitations, gatherings, group messages.

A person is a member only after accepting an invitation (`garin_invitations`), so nobody is
added without consent. Leaving keeps the membership row with `left_at` set (the garin's
history); "delete me" removes the rows (cascade). Other garin features (decisions, the
accompaniment journey) add their own tables keyed on `garinim.id`; these names stay stable.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base

MEMBER = "member"
LEAD = "lead"
ROLES = (MEMBER, LEAD)

PENDING = "pending"
ACCEPTED = "accepted"
DECLINED = "declined"
EXPIRED = "expired"
INVITATION_STATES = (PENDING, ACCEPTED, DECLINED, EXPIRED)


class Garin(Base):
    """One settlement group, headed for a region/locality, accompanied by a coordinator."""

    __tablename__ = "garinim"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    target_region: Mapped[str] = mapped_column(String(40), default="", index=True)
    target_locality: Mapped[str] = mapped_column(String(120), default="")
    coordinator_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    lead_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    telegram_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    """A linked Telegram group (the bot is admin there); group messages are posted there too."""
    created_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)


class GarinMember(Base):
    """A person in a garin; `left_at` set when they leave, `muted` for group messages."""

    __tablename__ = "garin_members"
    __table_args__ = (UniqueConstraint("garin_id", "person_id"),
                      Index("ix_garin_members_active", "garin_id", "left_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    garin_id: Mapped[int] = mapped_column(ForeignKey("garinim.id", ondelete="CASCADE"),
                                          index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    role: Mapped[str] = mapped_column(String(12), default=MEMBER)
    joined_at: Mapped[datetime] = mapped_column(default=clock_now)
    muted: Mapped[bool] = mapped_column(default=False, server_default=false())
    left_at: Mapped[datetime | None]


class GarinInvitation(Base):
    """A personal invitation to join a garin, answered by the invitee only."""

    __tablename__ = "garin_invitations"
    __table_args__ = (UniqueConstraint("garin_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    garin_id: Mapped[int] = mapped_column(ForeignKey("garinim.id", ondelete="CASCADE"),
                                          index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    state: Mapped[str] = mapped_column(String(12), default=PENDING)
    invited_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    answered_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]


class GarinGathering(Base):
    """A house meeting that belongs to a garin: only its active members may sign up."""

    __tablename__ = "garin_gatherings"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"),
                                            primary_key=True)
    garin_id: Mapped[int] = mapped_column(ForeignKey("garinim.id", ondelete="CASCADE"),
                                          index=True)


class GarinMessage(Base):
    """A group message (from the lead/coordinator) or a member's note relayed to the group."""

    __tablename__ = "garin_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    garin_id: Mapped[int] = mapped_column(ForeignKey("garinim.id", ondelete="CASCADE"),
                                          index=True)
    author_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # announce / relay
    body: Mapped[str] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=clock_now)


class GarinTelegramGroup(Base):
    """A Telegram group linked to a garin (the bot is admin there): group messages are
    posted there too, and members on Telegram get one-person invite links to it.

    One row per link; `unlinked_at` is set when it ends (unlinked by hand, the bot removed,
    or the group migrated to a supergroup, which gets a row of its own). At most one live
    link per garin and per chat is enforced by the repository, not by a partial index, so
    the same schema works on SQLite and PostgreSQL.
    """

    __tablename__ = "garin_telegram_groups"
    __table_args__ = (Index("ix_garin_telegram_groups_chat", "chat_id", "unlinked_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    garin_id: Mapped[int] = mapped_column(ForeignKey("garinim.id", ondelete="CASCADE"),
                                          index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    title: Mapped[str] = mapped_column(String(200), default="")
    linked_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    linked_at: Mapped[datetime] = mapped_column(default=clock_now)
    unlinked_at: Mapped[datetime | None]
    unlinked_reason: Mapped[str | None] = mapped_column(String(40))


class GarinLinkCode(Base):
    """A one-time code that links a Telegram group to a garin: made on the garin's screen in
    private chat, typed in the group as `/link_garin <code>` by the same person."""

    __tablename__ = "garin_link_codes"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    garin_id: Mapped[int] = mapped_column(ForeignKey("garinim.id", ondelete="CASCADE"),
                                          index=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
