"""What a scheduled job sees: the due item, the database, the time, and a way to notify people.

Job handlers live with their feature (a meeting reminder in `conversations/meetings/jobs.py`)
and are registered by kind; `bot/delivery/scheduler.py` claims due items and runs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import Outbound
from conversations.engine.context import Services
from locales import Translator
from storage import outbox as outbox_repo
from storage.models import Person, ScheduledItem


@dataclass
class JobContext:
    db: AsyncSession
    now: datetime
    services: Services
    item: ScheduledItem
    skipped_reason: str | None = None
    notified: int = 0
    queued: list[dict[str, Any]] | None = None
    """Set by the scheduler for enqueue-only jobs: `notify` collects rows here, written
    together with one INSERT (notify then answers True)."""

    def t_for(self, person: Person) -> Translator:
        return self.services.localizer.bind(person.language, person.address_form)

    def skip(self, reason: str) -> None:
        """Mark the item pointless (e.g. the meeting already started); nothing is sent."""
        self.skipped_reason = reason

    async def notify(self, person_id: int, *, kind: str, key: str, message: Outbound,
                     **options: Any) -> bool:
        """Queue a message; it inherits the item's `expires_at` and `urgent` unless given."""
        if self.item.expires_at is not None:
            options.setdefault("expires_at", self.item.expires_at)
        if getattr(self.item, "urgent", False):
            options.setdefault("urgent", True)
        if self.queued is not None:
            self.queued.append(outbox_repo.outbox_row(person_id=person_id, kind=kind, key=key,
                                                      message=message, now=self.now,
                                                      **options))
            self.notified += 1
            return True
        added = await outbox_repo.enqueue(self.db, person_id=person_id, kind=kind, key=key,
                                          message=message, now=self.now, **options)
        self.notified += int(added)
        return added

    async def schedule(self, *, kind: str, key: str, due_at: datetime,
                       **options: Any) -> bool:
        return await outbox_repo.schedule(self.db, kind=kind, key=key, due_at=due_at,
                                          now=self.now, **options)


class Notifier(Protocol):
    """What a chat step (`Ctx`) and a scheduled job (`JobContext`) both offer, for work that
    runs in either: the database, the time, the services and the outbox."""

    db: AsyncSession
    now: datetime
    services: Services

    async def notify(self, person_id: int, *, kind: str, key: str, message: Outbound,
                     **options: Any) -> bool: ...


async def tell(env: Notifier, person_id: int, *, kind: str, key: str,
               text: Callable[[Translator], str],
               choices: Iterable[Any] | Callable[[Translator], Iterable[Any]] = (),
               **options: Any) -> bool:
    """Queue a message in the recipient's own language and form: `text(t)` (and `choices(t)`)
    build it with their translator. False when the person is gone."""
    person = await env.db.get(Person, person_id)
    if person is None:
        return False
    t = env.services.localizer.bind(person.language, person.address_form)
    built = tuple(choices(t)) if callable(choices) else tuple(choices)
    message = Outbound(text=text(t), choices=built, language=person.language)
    return await env.notify(person_id, kind=kind, key=key, message=message, **options)
