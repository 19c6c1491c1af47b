"""Calls a stand-in keeps in flight on a test's request, to make something happen while the
bot waits for that answer (shared by the Telegram and Twilio stand-ins)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field


@dataclass
class Held:
    """A call kept in flight until `release()`: `reached` is set when it came."""

    method: str
    target: str | None
    """The chat or phone it must be for; None: any."""
    reached: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def release(self) -> None:
        self.released.set()


class Holds:
    def __init__(self) -> None:
        self._waiting: list[Held] = []

    def next(self, method: str, target: object | None = None) -> Held:
        """Hold the next call of `method` (for `target`, or for any)."""
        held = Held(method, None if target is None else str(target))
        self._waiting.append(held)
        return held

    async def pass_through(self, method: str, target: object) -> None:
        """Where a call comes in: wait here if a test asked to hold it."""
        for held in self._waiting:
            if held.method == method and held.target in (None, str(target)):
                self._waiting.remove(held)
                held.reached.set()
                await held.released.wait()
                return
