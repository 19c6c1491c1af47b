"""Encode a choice as compact button data and back (Telegram allows 64 bytes).

`a|<action>|<target>` is a global action, valid whatever flow the person is in now;
`s|<step>|<target>` answers the flow prompt numbered `step`, and is stale once the flow moved on.
"""

from __future__ import annotations

from conversations.domain.types import ANSWER, Choice, Pressed

MAX_BYTES = 64


def encode(choice: Choice) -> str:
    if choice.action == ANSWER:
        data = f"s|{choice.step or 0}|{choice.target}"
    else:
        data = f"a|{choice.action}|{choice.target}"
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"button data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str) -> Pressed | None:
    """Parse button data; None for anything malformed (forged or from an old bot version)."""
    kind, sep, rest = (data or "").partition("|")
    first, sep2, target = rest.partition("|")
    if not sep or not sep2:
        return None
    if kind == "a" and first:
        return Pressed(first, target)
    if kind == "s" and first.isdigit():
        return Pressed(ANSWER, target, int(first))
    return None
