"""A person chatting with the bot through the Twilio stand-in, for WhatsApp walk tests."""

from __future__ import annotations

from dataclasses import dataclass

from standins.twilio_api import SentMessage, WhatsAppUser
from tests.support.whatsapp import RunningWhatsApp


@dataclass
class WhatsAppChat:
    """Type a message and read exactly what the bot answered to it (all of it, nothing more)."""

    bot: RunningWhatsApp
    user: WhatsAppUser

    @property
    def phone(self) -> str:
        return self.user.phone

    @property
    def received(self) -> list[SentMessage]:
        return self.bot.api.to(self.phone)

    @property
    def last(self) -> SentMessage:
        return self.received[-1]

    async def say(self, text: str, expect: int = 1) -> list[SentMessage]:
        """Send `text`; the bot must answer with exactly `expect` messages."""
        before = len(self.received)
        await self.user.says(text)
        await self.bot.settle()
        answered = self.received[before:]
        assert len(answered) == expect, [m.text[:80] for m in answered]
        return answered

    def number_of(self, label: str, message: SentMessage | None = None) -> str:
        """What to type to pick `label` from a numbered list."""
        return str((message or self.last).options.index(label) + 1)

    async def onboard(self, form: str = "2", consent: str = "1") -> SentMessage:
        """Hello → Hebrew → form → consent by numbers; returns the menu."""
        await self.say("שלום")
        await self.say("1")
        await self.say(form)
        _welcome, menu = await self.say(consent, expect=2)
        return menu
