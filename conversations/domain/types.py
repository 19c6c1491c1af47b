"""The neutral message types every channel translates to and from.

Flows only ever see `Inbound` and produce `Outbound`; no platform type crosses this line.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ChannelName(StrEnum):
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    TERMINAL = "terminal"


class Media(StrEnum):
    """Kinds of input the bot cannot read; each gets a localized explanation."""

    STICKER = "sticker"
    PHOTO = "photo"
    VOICE = "voice"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"
    OTHER = "other"


@dataclass(frozen=True)
class Address:
    """Who, on which channel: a URN-like identity such as `telegram:123`."""

    channel: str
    user_id: str

    @property
    def urn(self) -> str:
        return f"{self.channel}:{self.user_id}"


@dataclass(frozen=True)
class Pressed:
    """A button press: the stable action and target, and the prompt step it belonged to."""

    action: str
    target: str
    step: int | None = None


@dataclass(frozen=True)
class SharedContact:
    phone: str
    first_name: str | None = None
    is_own: bool = True


@dataclass(frozen=True)
class SharedLocation:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Inbound:
    """One thing a person did on a channel."""

    address: Address
    at: datetime
    message_id: str | None = None
    text: str | None = None
    pressed: Pressed | None = None
    contact: SharedContact | None = None
    location: SharedLocation | None = None
    media: Media | None = None
    profile_name: str | None = None
    language_hint: str | None = None
    pressed_on: str | None = None
    """The channel's id of the message whose button was pressed, when it has one: a prompt
    that only updates that message (a tick moved, another page) may replace it in place."""


class GroupChange(StrEnum):
    """What happened in a group chat the bot is in (Telegram groups linked to a garin)."""

    COMMAND = "command"
    """Someone typed a bot command there (`/link_garin 1234`)."""
    BOT_REMOVED = "bot_removed"
    """The bot was removed (kicked or left) or may no longer post there."""
    BOT_DEMOTED = "bot_demoted"
    """The bot is still there but no longer an admin."""
    MIGRATED = "migrated"
    """The group became a supergroup with a new chat id (`new_group`)."""


@dataclass(frozen=True)
class GroupEvent:
    """One thing in a group chat, as a channel reports it: not a person's conversation, so
    it goes to the registry's group handlers, never to a flow."""

    group: Address
    at: datetime
    change: GroupChange
    sender: Address | None = None
    command: str = ""
    argument: str = ""
    title: str = ""
    bot_is_admin: bool = False
    new_group: Address | None = None
    language_hint: str | None = None


INVITE_LINK = "invite_link"
"""`Outbound.extras[INVITE_LINK]`: `{"chat": id, "name": str, "hours": n}` — a channel that
can (Telegram) creates a one-person invite link to that group and adds it to the text."""


ANSWER = "answer"
"""The action of a choice that answers the current question of the current flow."""


@dataclass(frozen=True)
class Choice:
    """A button: a translated label and a stable (action, target); the label is never parsed."""

    label: str
    action: str = ANSWER
    target: str = ""
    step: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "action": self.action, "target": self.target,
                "step": self.step}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Choice:
        return cls(data["label"], data["action"], data["target"], data.get("step"))


@dataclass(frozen=True)
class Document:
    filename: str
    content: bytes
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Outbound:
    """A message to send: text, optional choices, an optional document or image."""

    text: str
    choices: tuple[Choice, ...] = ()
    document: Document | None = None
    request_contact: bool = False
    language: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    edits: str | None = None
    """The channel's id of an earlier message this one replaces (the same question with a
    tick moved, or another page of it). A channel that can edit shows it in place of that
    message; one that cannot sends it as a new message."""

    def to_json(self) -> dict[str, Any]:
        """Serialise for the durable outbox."""
        doc = None
        if self.document is not None:
            doc = {"filename": self.document.filename, "mime_type": self.document.mime_type,
                   "content": base64.b64encode(self.document.content).decode()}
        return {"text": self.text, "choices": [c.to_json() for c in self.choices],
                "document": doc, "request_contact": self.request_contact,
                "language": self.language, "extras": self.extras, "edits": self.edits}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outbound:
        doc = data.get("document")
        document = None
        if doc:
            document = Document(doc["filename"], base64.b64decode(doc["content"]),
                                doc.get("mime_type", "application/octet-stream"))
        return cls(text=data["text"],
                   choices=tuple(Choice.from_json(c) for c in data.get("choices", [])),
                   document=document, request_contact=data.get("request_contact", False),
                   language=data.get("language"), extras=data.get("extras") or {},
                   edits=data.get("edits"))
