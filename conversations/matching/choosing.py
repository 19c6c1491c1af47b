"""Small helpers the matching flows share: toggle lists and picking a locality by name."""

from __future__ import annotations

import re

from conversations.domain.places import default_places
from conversations.domain.types import ANSWER, Choice
from conversations.engine.context import Ctx
from locales import normalize

DONE = "done"


def toggles(ctx: Ctx, key: str, options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Choices for a multi-select stored as a list in `ctx.data[key]`, then "done"."""
    chosen = set(ctx.data.get(key, []))
    shown = [(value, ("✅ " if value in chosen else "▫️ ") + label) for value, label in options]
    return [*shown, (DONE, ctx.t("choose-done"))]


def toggle(ctx: Ctx, key: str, value: str) -> None:
    chosen = list(ctx.data.get(key, []))
    if value in chosen:
        chosen.remove(value)
    else:
        chosen.append(value)
    ctx.data[key] = chosen


DAY_LETTERS = "אבגדהוש"
"""Hebrew day letters, Sunday to Saturday (א׳ … ו׳, ש׳ for Shabbat): "א-ה" is Sunday–Thursday."""
WEEKDAYS = [str(d) for d in range(5)]


def several(ctx: Ctx, text: str | None, *, days: bool = False) -> list[str] | None:
    """Several options of the list just shown, typed in one message: "1,2,3", "1-5", "2 4";
    for a list of days also "א-ה" or the words for weekdays ("ימי חול", "weekdays"). The
    options' values in the order typed, or None if the text is not such a list."""
    raw = (text or "").strip().replace("׳", "").replace("'", "").replace("–", "-")
    if not raw:
        return None
    if days and normalize(raw) in ctx.services.localizer.words("words-weekdays"):
        return list(WEEKDAYS)
    shown = [c.target for c in map(Choice.from_json, ctx.session.choices) if c.action == ANSWER]
    picked: list[str] = []
    for token in re.split(r"[,\s]+", raw):
        if not token:
            continue
        ends = [part.strip() for part in token.split("-")]
        if len(ends) > 2:
            return None
        numbers = [_position(end, days) for end in ends]
        if any(n is None for n in numbers):
            return None
        first, last = numbers[0], numbers[-1]
        assert first is not None and last is not None
        for n in range(first, last + 1):
            value = str(n) if days and not ends[0].isdigit() else (
                shown[n - 1] if 0 < n <= len(shown) else None)
            if value is None:
                return None
            picked.append(value)
    return list(dict.fromkeys(picked)) or None


def _position(end: str, days: bool) -> int | None:
    """A typed list number (1-based), or for days a Hebrew day letter (its day index)."""
    if end.isdigit():
        return int(end)
    if days and len(end) == 1 and end in DAY_LETTERS:
        return DAY_LETTERS.index(end)
    return None


def choose_all(ctx: Ctx, key: str, values: list[str] | None) -> bool:
    """Add typed `values` to the multi-select `ctx.data[key]`; False unless every one is an
    option of the list (not "done" or "every day")."""
    toggled = {c.target for c in map(Choice.from_json, ctx.session.choices)
               if c.action == ANSWER and c.label.startswith(("✅ ", "▫️ "))}
    if not values or not set(values) <= toggled:
        return False
    ctx.data[key] = list(dict.fromkeys([*ctx.data.get(key, []), *values]))
    return True


def find_localities(ctx: Ctx, text: str) -> list[tuple[str, str]]:
    """Localities matching typed text as `pick<i>` choices; the keys wait in the session."""
    found = default_places().search(text, limit=5)
    ctx.data["found"] = [loc.key for loc in found]
    return [(f"pick{i}", loc.display(ctx.person.language)) for i, loc in enumerate(found)]


def picked_locality(ctx: Ctx, choice: str | None) -> str | None:
    found = ctx.data.get("found", [])
    if choice and choice.startswith("pick") and choice[4:].isdigit():
        index = int(choice[4:])
        if index < len(found):
            return found[index]
    return None


def ask_which_locality(ctx: Ctx) -> None:
    """Which of the localities `find_localities` found, or type the name again."""
    found = [(f"pick{i}", loc.display(ctx.person.language))
             for i, key in enumerate(ctx.data.get("found", []))
             if (loc := default_places().get(key))]
    ctx.ask(ctx.t("locality-which"), [*found, ("again", ctx.t("locality-again"))])
