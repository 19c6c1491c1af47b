"""Core messages → WhatsApp message bodies: numbered choices, sensible splits, template values.

WhatsApp through Twilio has no inline buttons for free-form messages, so choices become a
numbered list the person answers by typing a number, the option's text, or a near miss of it
(the engine matches all three against the choices stored for the person).
"""

from __future__ import annotations

from typing import Any

from conversations.domain.text import split_text
from conversations.domain.types import Outbound

MESSAGE_LIMIT = 1600
TEMPLATE_VALUE_LIMIT = 1000


def with_choices(message: Outbound) -> str:
    """The text with its choices appended as `1. label` lines."""
    if not message.choices:
        return message.text
    lines = "\n".join(f"{number}. {choice.label}"
                      for number, choice in enumerate(message.choices, start=1))
    return f"{message.text}\n\n{lines}" if message.text else lines


def bodies(message: Outbound, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The message as one or more bodies of at most `limit` characters (choices stay last)."""
    return split_text(with_choices(message), limit)


def template_variables(message: Outbound) -> dict[str, str]:
    """ContentVariables for an approved template.

    Convention: a feature may pass `extras["template_vars"]` (`{"1": name, "2": date}`) for
    a template with several placeholders; otherwise the whole message (with its numbered
    choices) fills placeholder {{1}}. WhatsApp refuses newlines and long runs of spaces in
    template values, so lines are joined with " · ".
    """
    given: Any = message.extras.get("template_vars")
    if isinstance(given, dict) and given:
        return {str(key): one_line(str(value)) for key, value in given.items()}
    return {"1": one_line(with_choices(message))}


def one_line(text: str) -> str:
    parts = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    flat = " · ".join(parts)  # no newlines, tabs or runs of spaces: WhatsApp refuses them
    if len(flat) > TEMPLATE_VALUE_LIMIT:
        flat = flat[:TEMPLATE_VALUE_LIMIT - 1].rstrip() + "…"
    return flat
