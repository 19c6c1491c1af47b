"""The context a flow step runs in: the person, their stored state, the database and outputs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import ANSWER, Choice, Document, Outbound
from conversations.engine.settings import FeatureSettings
from locales import Localizer, Translator
from storage import outbox as outbox_repo
from storage.models import ConversationState, Identity, Person

if TYPE_CHECKING:
    from conversations.engine.registry import Registry


@dataclass
class Services:
    """Long-lived collaborators shared by every step (no per-request state)."""

    settings: FeatureSettings
    localizer: Localizer
    registry: Registry


@dataclass
class Ctx:
    """One step's world. Flows write prompts into `out`; the engine commits, then sends."""

    person: Person
    identity: Identity
    session: ConversationState
    db: AsyncSession
    now: datetime
    services: Services
    is_coordinator: bool = False
    out: list[Outbound] = field(default_factory=list)
    deleted: bool = False
    notified: int = 0
    refused: bool = False
    """A pressed button was not taken (stale, or its offer already ended): channels must not
    mark it as chosen."""
    memo: dict[str, Any] = field(default_factory=dict)
    """What a step already read, for its later parts (a flow's handle and then its ask, the
    menu's visibility checks): never persisted, gone with the step. Whoever writes what a
    memo holds keeps it current."""

    @property
    def t(self) -> Translator:
        form = self.person.address_form or self.session.data.get("_form")
        return self.services.localizer.bind(self.person.language, form)

    @property
    def data(self) -> dict[str, Any]:
        """The current flow's collected data (persisted with the session after every step)."""
        return self.session.data

    @property
    def settings(self) -> FeatureSettings:
        return self.services.settings

    def say(self, text: str, *, document: Document | None = None) -> None:
        self.out.append(Outbound(text=text, document=document, language=self.person.language))

    def refuse(self, text: str) -> None:
        """Say why a pressed button does nothing now, and mark the press as not taken."""
        self.refused = True
        self.say(text)

    def ask(self, text: str, choices: Iterable[Choice | tuple[str, str]] = (), *,
            request_contact: bool = False) -> None:
        """Send a prompt; `(target, label)` pairs answer the current state of the flow."""
        stamped = tuple(self._stamp(c) for c in choices)
        self.session.choices = [c.to_json() for c in stamped]
        self.out.append(Outbound(text=text, choices=stamped, request_contact=request_contact,
                                 language=self.person.language))

    def _stamp(self, choice: Choice | tuple[str, str]) -> Choice:
        if isinstance(choice, tuple):
            target, label = choice
            return Choice(label=label, action=ANSWER, target=target, step=self.session.step)
        if choice.action == ANSWER:
            return Choice(choice.label, ANSWER, choice.target, self.session.step)
        return choice

    async def notify(self, person_id: int, *, kind: str, key: str,
                     message: Outbound, **options: Any) -> bool:
        """Queue a message to someone else through the durable outbox (sent after commit)."""
        added = await outbox_repo.enqueue(self.db, person_id=person_id, kind=kind, key=key,
                                          message=message, now=self.now, **options)
        self.notified += int(added)
        return added


def labelled(t: Translator, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`[(target, locale_key)]` → `[(target, translated label)]`."""
    return [(target, t(key)) for target, key in pairs]
