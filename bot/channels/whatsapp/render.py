"""Core messages → WhatsApp messages: native buttons and lists, or numbered text; template
values.

Inside the 24-hour window choices go out as WhatsApp's own interactive messages through
Twilio's Content API (`interactive`): quick-reply buttons for up to three short options, a
list picker for up to ten. Everything else — longer lists, longer titles, outside the window,
or when the Content API fails — is a numbered list the person answers by typing a number, the
option's text, or a near miss of it (the engine matches all three against the choices stored
for the person); those keep working under buttons too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from conversations.domain import buttons
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


QUICK_REPLY = "twilio/quick-reply"
LIST_PICKER = "twilio/list-picker"
MAX_BUTTONS = 3
BUTTON_TITLE_LIMIT = 20
MAX_ITEMS = 10
ITEM_TITLE_LIMIT = 24
BODY_LIMIT = 1024


@dataclass(frozen=True)
class Interactive:
    """A message as WhatsApp's native buttons or list: one Content resource per structure
    (`key`, `types`), the texts and button payloads as its ContentVariables."""

    kind: str
    key: str
    types: dict[str, Any]
    variables: dict[str, str]


def interactive(message: Outbound, list_button: str) -> Interactive | None:
    """Quick-reply buttons (up to 3 short titles) or a list picker (up to 10, titles of at
    most 24 characters); None when the choices do not fit either: then numbered text."""
    choices = message.choices
    text = message.text.strip()
    if not choices or not text or len(text) > BODY_LIMIT or message.document is not None:
        return None
    ids = [buttons.encode(c) for c in choices]
    variables = {"1": text}
    if len(choices) <= MAX_BUTTONS and all(len(c.label) <= BUTTON_TITLE_LIMIT
                                           for c in choices):
        actions = []
        for index, (choice, payload) in enumerate(zip(choices, ids, strict=True)):
            title, ident = str(2 + 2 * index), str(3 + 2 * index)
            variables[title], variables[ident] = choice.label, payload
            actions.append({"type": "QUICK_REPLY", "title": f"{{{{{title}}}}}",
                            "id": f"{{{{{ident}}}}}"})
        types: dict[str, Any] = {QUICK_REPLY: {"body": "{{1}}", "actions": actions}}
        kind = QUICK_REPLY
    elif len(choices) <= MAX_ITEMS and all(len(c.label) <= ITEM_TITLE_LIMIT for c in choices) \
            and 0 < len(list_button) <= BUTTON_TITLE_LIMIT:
        items = []
        for index, (choice, payload) in enumerate(zip(choices, ids, strict=True)):
            title, ident = str(2 + 2 * index), str(3 + 2 * index)
            variables[title], variables[ident] = choice.label, payload
            items.append({"item": f"{{{{{title}}}}}", "id": f"{{{{{ident}}}}}"})
        types = {LIST_PICKER: {"body": "{{1}}", "button": list_button, "items": items}}
        kind = LIST_PICKER
    else:
        return None
    structure = json.dumps(types, sort_keys=True, ensure_ascii=False)
    key = hashlib.sha256(structure.encode()).hexdigest()
    return Interactive(kind, key, types, variables)
