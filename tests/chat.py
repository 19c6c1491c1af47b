"""Talk to the core directly, as any channel adapter would (no network): for flow tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.app import Core
from conversations.domain import buttons
from conversations.domain.types import Address, Inbound, Outbound, SharedContact


@dataclass
class Chatter:
    core: Core
    address: Address
    received: list[Outbound] = field(default_factory=list)

    async def _send(self, event: Inbound) -> list[Outbound]:
        handled = await self.core.handler.handle(event)
        self.received.extend(handled.replies)
        return handled.replies

    async def say(self, text: str) -> list[Outbound]:
        return await self._send(Inbound(self.address, self.core.clock.now(), text=text))

    async def press(self, message: Outbound, label: str) -> list[Outbound]:
        for choice in message.choices:
            if choice.label == label:
                pressed = buttons.decode(buttons.encode(choice))
                return await self._send(Inbound(self.address, self.core.clock.now(),
                                                pressed=pressed))
        raise AssertionError(f"no choice {label!r} in {[c.label for c in message.choices]}")

    async def share_contact(self, phone: str, is_own: bool = True) -> list[Outbound]:
        contact = SharedContact(phone, is_own=is_own)
        return await self._send(Inbound(self.address, self.core.clock.now(), contact=contact))

    @property
    def last(self) -> Outbound:
        return self.received[-1]

    async def onboard(self, language: str = "עברית", form: str = "בלשון נקבה",
                      consent: str | None = None) -> None:
        await self.say("/start")
        await self.press(self.last, language)
        await self.press(self.last, form)
        await self.press(self.last, consent or self.last.choices[0].label)


def chatter(core: Core, urn: str) -> Chatter:
    channel, _, user_id = urn.partition(":")
    return Chatter(core, Address(channel, user_id))
