"""A person chatting with the bot through the Telegram stand-in, for the survey tests."""

from __future__ import annotations

from dataclasses import dataclass

from standins.telegram_api import Sent, TelegramStandIn


@dataclass
class Chat:
    """Send, tap, and read what came back; `expect` is how many messages the bot answers."""

    api: TelegramStandIn
    user: int

    @property
    def last(self) -> Sent:
        return self.api.messages_to(self.user)[-1]

    def count(self) -> int:
        return len(self.api.messages_to(self.user))

    async def say(self, text: str, expect: int = 1) -> list[Sent]:
        before = self.count()
        await self.api.text(self.user, text)
        return (await self.api.wait_for(self.user, before + expect))[before:]

    async def tap(self, label: str, expect: int = 1, on: Sent | None = None) -> list[Sent]:
        before = self.count()
        await self.api.press(self.user, on or self.last, label)
        return (await self.api.wait_for(self.user, before + expect))[before:]
