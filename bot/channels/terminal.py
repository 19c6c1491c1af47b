"""Chat with the bot in a terminal as a local user: the same flows, choices numbered."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from bot.channels.port import ChannelPort
from conversations.domain.types import Address, ChannelName, Inbound, Outbound
from storage.models import Identity

CHANNEL = ChannelName.TERMINAL.value
DOWNLOADS = Path("data/downloads")


class TerminalChannel:
    """Reads lines from stdin, prints replies; also the outbox's sender for the local user."""

    channel = CHANNEL
    numbered_choices = True

    def __init__(self, port: ChannelPort, *, stdin: TextIO = sys.stdin,
                 stdout: TextIO = sys.stdout) -> None:
        self.port = port
        self.stdin = stdin
        self.stdout = stdout
        self.address = Address(CHANNEL, port.settings.terminal_user)
        self._counter = 0

    async def chat(self, *, greet: bool = True) -> None:
        """Run until end of input (Ctrl-D) or the word "exit"."""
        self._print("Kehila Bot — terminal chat. Type a number or text; Ctrl-D to quit.\n")
        if greet:
            await self._turn("/start")
        while True:
            self.stdout.write("> ")
            self.stdout.flush()
            line = await asyncio.to_thread(self.stdin.readline)
            if not line or line.strip() in ("exit", "quit"):
                return
            await self._turn(line.rstrip("\n"))

    async def _turn(self, text: str) -> None:
        self._counter += 1
        event = Inbound(self.address, self.port.now(), text=text)
        handled = await self.port.handle(event)
        for reply in handled.replies:
            self.render(reply)

    def render(self, message: Outbound) -> None:
        lines = [message.text]
        for number, choice in enumerate(message.choices, start=1):
            lines.append(f"  {number}. {choice.label}")
        if message.document is not None:
            DOWNLOADS.mkdir(parents=True, exist_ok=True)
            path = DOWNLOADS / message.document.filename
            path.write_bytes(message.document.content)
            lines.append(f"  📎 {path}")
        self._print("\n".join(lines) + "\n")

    async def warm(self) -> None:
        """Nothing to open: the terminal is there."""

    async def send(self, identity: Identity, message: Outbound, *, kind: str) -> str | None:
        self._print("\n🔔 " + message.text + "\n")
        for number, choice in enumerate(message.choices, start=1):
            self._print(f"  {number}. {choice.label}\n")
        return None

    def _print(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()
