"""Small helpers the matching flows share: toggle lists and picking a locality by name."""

from __future__ import annotations

from conversations.domain.places import default_places
from conversations.engine.context import Ctx

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
