"""Adapters need only their port: a stand-in port drives the terminal channel, and the core's
port keeps and serves a published file as the neutral Document."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.app import Core
from bot.channels.terminal import TerminalChannel
from conversations.domain.types import Address, Document, Inbound, Outbound
from conversations.engine.handling import Handled
from tests.timeline import START


@dataclass
class StandInPort:
    settings: object = field(default_factory=lambda: type("S", (), {"terminal_user": "me"})())
    seen: list[Inbound] = field(default_factory=list)

    def now(self) -> datetime:
        return START

    async def handle(self, event: Inbound) -> Handled:
        self.seen.append(event)
        return Handled([Outbound(text=f"you said {event.text}")], "en")


async def test_the_terminal_runs_on_any_port():
    port = StandInPort()
    screen = io.StringIO()
    terminal = TerminalChannel(port, stdin=io.StringIO("hello\n"), stdout=screen)
    await terminal.chat(greet=False)
    assert [(e.address, e.text, e.at) for e in port.seen] == [
        (Address("terminal", "me"), "hello", START)]
    assert "you said hello" in screen.getvalue()


async def test_the_core_port_publishes_and_serves_files(core: Core):
    port = core.port()
    document = Document("report.csv", b"a,b\n", "text/csv")
    token = await port.publish_media(document, to=Address("whatsapp", "+972500000000"),
                                     person_id=None, ttl=timedelta(hours=1))
    assert await port.published_media(token) == document
    assert await port.published_media("no-such-token") is None
    assert await port.language_of(12345) == core.settings.default_language
