"""Events from group chats the bot is in (a Telegram group linked to a garin).

A group is not a person's conversation: there is no flow, no session and no consent step.
A channel turns what happened there into a `GroupEvent`; the `Handler` gives it, in one
transaction, to the group handlers features registered (`registry.add_group_handler`)
until one answers. Answers go back into the group; anything for people goes through the
outbox (`notify`), like every business-initiated message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import GroupEvent, Outbound
from conversations.engine.context import Services
from locales import LANGUAGES, Translator
from storage import outbox as outbox_repo
from storage import people
from storage.models import Person


@dataclass
class GroupContext:
    """What a group handler sees: the event, who sent it (if anyone we know), the db."""

    db: AsyncSession
    now: datetime
    services: Services
    event: GroupEvent
    sender: Person | None = None
    sender_is_coordinator: bool = False
    notified: int = 0

    def t(self) -> Translator:
        """Texts for the group: the sender's language if known, else their app's, else the
        bot's default (a group has no language of its own)."""
        if self.sender is not None:
            return self.services.localizer.bind(self.sender.language, None)
        hint = (self.event.language_hint or "").split("-")[0].lower()
        language = hint if hint in LANGUAGES else self.services.settings.default_language
        return self.services.localizer.bind(language, None)

    async def notify(self, person_id: int, *, kind: str, key: str, message: Outbound,
                     **options: Any) -> bool:
        added = await outbox_repo.enqueue(self.db, person_id=person_id, kind=kind, key=key,
                                          message=message, now=self.now, **options)
        self.notified += int(added)
        return added


async def sender_of(db: AsyncSession, event: GroupEvent) -> Person | None:
    """The person behind the event's sender, if they ever wrote to the bot (no new record:
    a stranger in a group is nobody we keep)."""
    if event.sender is None:
        return None
    identity = await people.find_identity(db, event.sender)
    return await db.get(Person, identity.person_id) if identity is not None else None
