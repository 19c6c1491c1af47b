"""Simulated people working through a scripted conversation against the stand-in Bot API.

A script is a list of steps: press the button with a label on the bot's last message, or type
text. How many responses the bot gives each step (new messages and edits of old ones — a
typical bot answers a tap in a multiple choice by editing the keyboard) is learned once by a
calibration walk (one person, waiting for the chat to go quiet), so the timed run waits for
exactly those and measures from the person's action to the bot's first response.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from standins.telegram_api import Sent, TelegramStandIn

QUIET = 1.2
"""Seconds without a response that end a calibration step: more than kehila's pacing of
messages to one chat (Telegram's 1/s after a burst of 3), so a paced message is not missed."""
RESPONSES = ("sendMessage", "sendDocument", "sendPhoto", "editMessageText",
             "editMessageReplyMarkup")


class BenchStandIn(TelegramStandIn):
    """The tests' stand-in, plus a per-chat record of every visible response, with waiters."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.responses: defaultdict[int, list[Sent]] = defaultdict(list)
        self.per_chat_sends: defaultdict[int, int] = defaultdict(int)
        self._response_waiters: defaultdict[int, list[tuple[int, asyncio.Future]]] = \
            defaultdict(list)

    async def _record(self, method: str, chat_id: int | None, params: dict[str, Any],
                      message_id: int | None = None, **extra: Any) -> None:
        await super()._record(method, chat_id, params, message_id, **extra)
        if chat_id is None or method not in RESPONSES:
            return
        if method == "sendMessage":
            self.per_chat_sends[chat_id] += 1
        got = self.responses[chat_id]
        got.append(Sent(method, chat_id, params, message_id))
        waiters = self._response_waiters.get(chat_id)
        for entry in list(waiters or ()):
            if len(got) >= entry[0]:
                waiters.remove(entry)
                if not entry[1].done():
                    entry[1].set_result(None)

    async def wait_responses(self, chat_id: int, count: int, timeout: float) -> list[Sent]:
        if len(self.responses[chat_id]) < count:
            future = asyncio.get_running_loop().create_future()
            self._response_waiters[chat_id].append((count, future))
            try:
                await asyncio.wait_for(future, timeout)
            except TimeoutError:
                got = [s.text[:50] for s in self.responses[chat_id]]
                raise AssertionError(f"{chat_id}: expected {count} responses, got {got}") \
                    from None
        return self.responses[chat_id]


@dataclass(frozen=True)
class Step:
    kind: str  # "press" or "text"
    value: str


def press(label: str) -> Step:
    return Step("press", label)


def text(value: str) -> Step:
    return Step("text", value)


@dataclass
class Timings:
    latencies: list[float] = field(default_factory=list)
    steps: int = 0
    finished_walks: int = 0


async def act(api: BenchStandIn, user: int, step: Step) -> None:
    if step.kind == "text":
        if step.value.startswith("/"):  # Telegram marks a command with an entity
            command = step.value.split()[0]
            entity = {"type": "bot_command", "offset": 0, "length": len(command)}
            await api.message(user, None, text=step.value, entities=[entity])
        else:
            await api.text(user, step.value, language=None)
        return
    for sent in reversed(api.responses[user]):  # an edited keyboard counts as the newest
        for button in sent.buttons:
            if button.get("text") == step.value and "callback_data" in button:
                await api.press_data(user, button["callback_data"], sent, language=None)
                return
    raise AssertionError(f"user {user}: no button {step.value!r} on recent messages")


async def calibrate(api: BenchStandIn, user: int, script: list[Step],
                    quiet: float = QUIET) -> list[int]:
    """Walk the script once and count the bot's responses per step."""
    counts = []
    for step in script:
        before = len(api.responses[user])
        await act(api, user, step)
        await api.wait_responses(user, before + 1, timeout=30)
        while True:
            seen = len(api.responses[user])
            await asyncio.sleep(quiet)
            if len(api.responses[user]) == seen:
                break
        counts.append(len(api.responses[user]) - before)
    return counts


Think = float | tuple[float, float]
"""Seconds a person waits before each step: fixed, or uniform between two bounds."""


async def walk(api: BenchStandIn, user: int, script: list[Step], counts: list[int],
               think: Think, timings: Timings, until: float = float("inf")) -> None:
    """One person's timed walk through the script; no new step starts after `until`."""
    for step, expected in zip(script, counts, strict=True):
        if time.monotonic() >= until:
            return
        pause = random.uniform(*think) if isinstance(think, tuple) else think
        if pause:
            await asyncio.sleep(pause)
            if time.monotonic() >= until:
                return
        before = len(api.responses[user])
        started = time.monotonic()
        await act(api, user, step)
        replies = await api.wait_responses(user, before + expected, timeout=300)
        timings.latencies.append(replies[before].at - started)
        timings.steps += 1
    timings.finished_walks += 1


async def crowd(api: BenchStandIn, users: list[int], script: list[Step], counts: list[int],
                think: Think, window: float = float("inf")) -> tuple[Timings, float]:
    """All users at once, starting no step after `window` seconds; returns the timings and
    the wall time (until the last step started in the window is answered)."""
    timings = Timings()
    started = time.monotonic()
    until = started + window
    await asyncio.gather(*(walk(api, u, script, counts, think, timings, until) for u in users))
    return timings, time.monotonic() - started
