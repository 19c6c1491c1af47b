"""WhatsApp tables: Twilio delivery statuses per message, and files served to Twilio by URL."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base


class WhatsAppStatus(Base):
    """One status Twilio reported for one message (queued → sent → delivered → read, or failed).

    Keyed on (MessageSid, status), so Twilio's retried callbacks are recorded once.
    """

    __tablename__ = "whatsapp_statuses"

    message_sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    error_code: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=clock_now, index=True)


class WhatsAppMedia(Base):
    """A document waiting for Twilio to fetch it: WhatsApp media must be at a public URL.

    The token is unguessable and the row expires; it belongs to the recipient, so erasing
    the person erases the file.
    """

    __tablename__ = "whatsapp_media"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class WhatsAppContent(Base):
    """A Twilio Content resource (quick-reply buttons, a list picker) the bot created once.

    Keyed on a hash of its structure (the type, how many options, the list button's label);
    the texts travel as ContentVariables, so one resource serves every message of that shape.
    """

    __tablename__ = "whatsapp_contents"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_sid: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=clock_now)
