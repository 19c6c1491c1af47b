"""Simulated people working through a scripted conversation against the stand-in Bot API.

A script is a list of steps: press the button with a label on the bot's last message, or type
text. How many messages the bot answers each step with is learned once by a calibration walk
(one person, waiting for the chat to go quiet), so the timed run waits for exactly those and
measures from the person's action to the bot's first reply.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from tests.standins.telegram_api import TelegramStandIn

QUIET = 0.4


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


async def act(api: TelegramStandIn, user: int, step: Step) -> None:
    if step.kind == "text":
        await api.text(user, step.value, language=None)
        return
    for sent in reversed(api.messages_to(user)):
        if any(b.get("text") == step.value for b in sent.buttons):
            await api.press(user, sent, step.value, language=None)
            return
    raise AssertionError(f"user {user}: no button {step.value!r} on recent messages")


async def calibrate(api: TelegramStandIn, user: int, script: list[Step]) -> list[int]:
    """Walk the script once and count the bot's messages per step."""
    counts = []
    for step in script:
        before = len(api.messages_to(user))
        await act(api, user, step)
        await api.wait_for(user, before + 1, timeout=30)
        while True:
            seen = len(api.messages_to(user))
            await asyncio.sleep(QUIET)
            if len(api.messages_to(user)) == seen:
                break
        counts.append(len(api.messages_to(user)) - before)
    return counts


async def walk(api: TelegramStandIn, user: int, script: list[Step], counts: list[int],
               think: float, timings: Timings) -> None:
    """One person's timed walk through the script."""
    for step, expected in zip(script, counts, strict=True):
        if think:
            await asyncio.sleep(think)
        before = len(api.messages_to(user))
        started = time.monotonic()
        await act(api, user, step)
        replies = await api.wait_for(user, before + expected, timeout=120)
        timings.latencies.append(replies[before].at - started)
        timings.steps += 1


async def crowd(api: TelegramStandIn, users: list[int], script: list[Step], counts: list[int],
                think: float) -> tuple[Timings, float]:
    """All users at once; returns the timings and the wall time."""
    timings = Timings()
    started = time.monotonic()
    await asyncio.gather(*(walk(api, u, script, counts, think, timings) for u in users))
    return timings, time.monotonic() - started
