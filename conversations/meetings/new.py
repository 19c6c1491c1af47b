"""Coordinators publish a meeting in a short chat wizard: what, where, when, how many, host."""

from __future__ import annotations

from typing import Any

from conversations.domain.places import default_places
from conversations.engine.context import Ctx, labelled
from conversations.engine.flow import (
    Flow,
    Move,
    Reply,
    asks,
    finish,
    goto,
    handles,
    not_understood,
    retry,
    switch,
)
from conversations.meetings import ops
from conversations.meetings import text as mt
from conversations.meetings.input import find_person, parse_when, positive_int
from locales import LANGUAGES
from storage import garinim
from storage.meetings_models import Meeting

DURATIONS = ("90", "120", "180")


class NewMeetingFlow(Flow):
    name = "meeting_new"
    initial = "title"
    states = ("title", "site", "locality", "pick_locality", "starts_at", "duration",
              "capacity", "address", "host", "language", "notes", "confirm")
    coordinator_only = True

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["m"] = {}
        if args.get("garin_id"):  # a garin's own gathering: only its members may sign up
            ctx.data["garin_id"] = int(args["garin_id"])
        return "title"

    # --- prompts --------------------------------------------------------------------------

    @asks("title")
    async def ask_title(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-new-title"))

    @asks("site")
    async def ask_site(self, ctx: Ctx) -> None:
        self._ask_skippable(ctx, "meeting-new-site")

    @asks("locality")
    async def ask_locality(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-new-locality"))

    @asks("pick_locality")
    async def ask_pick_locality(self, ctx: Ctx) -> None:
        t = ctx.t
        found = [default_places().get(k) for k in ctx.data.get("candidates", [])]
        ctx.ask(t("meeting-new-pick-locality"),
                [(loc.key, loc.display(t.language)) for loc in found if loc]
                + [("again", t("meeting-new-type-again"))])

    @asks("starts_at")
    async def ask_starts_at(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-new-starts-at", example=mt.typing_example(ctx)))

    @asks("duration")
    async def ask_duration(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask(t("meeting-new-duration"),
                [(d, t("meeting-minutes", minutes=int(d))) for d in DURATIONS])

    @asks("capacity")
    async def ask_capacity(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-new-capacity"))

    @asks("address")
    async def ask_address(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-new-address"))

    @asks("host")
    async def ask_host(self, ctx: Ctx) -> None:
        self._ask_skippable(ctx, "meeting-new-host")

    @asks("language")
    async def ask_language(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask(t("meeting-new-language"),
                labelled(t, [(lang, f"lang-{lang}") for lang in LANGUAGES]))

    @asks("notes")
    async def ask_notes(self, ctx: Ctx) -> None:
        self._ask_skippable(ctx, "meeting-new-notes")

    @asks("confirm")
    async def ask_confirm(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask("\n\n".join([t("meeting-new-check"), self._preview(ctx)]),
                [("publish", t("meeting-new-publish")), ("cancel", t("meeting-new-drop"))])

    @staticmethod
    def _ask_skippable(ctx: Ctx, key: str) -> None:
        ctx.ask(ctx.t(key), [("skip", ctx.t("meeting-new-skip"))])

    def _preview(self, ctx: Ctx) -> str:
        draft = ctx.data["m"]
        meeting = Meeting(**{k: v for k, v in _stored(draft).items() if k != "host_person_id"},
                          seats_taken=0, status="open", revision=1)
        return mt.details(ctx.t, meeting, ctx.settings.timezone, ctx.now, show_address=True)

    # --- replies --------------------------------------------------------------------------

    @handles("title")
    async def on_title(self, ctx: Ctx, reply: Reply) -> Move:
        return self._required(ctx, reply, "title", "site", limit=200)

    @handles("site")
    async def on_site(self, ctx: Ctx, reply: Reply) -> Move:
        return self._optional(ctx, reply, "site", "locality")

    @handles("locality")
    async def on_locality(self, ctx: Ctx, reply: Reply) -> Move:
        text = _text(reply)
        if not text:
            return not_understood(ctx)
        found = default_places().search(text, limit=5)
        if len(found) == 1:
            return self._set_locality(ctx.data["m"], found[0].key)
        if found:
            ctx.data["candidates"] = [loc.key for loc in found]
            return goto("pick_locality")
        ctx.say(ctx.t("meeting-new-locality-unknown"))
        return retry()

    @handles("pick_locality")
    async def on_pick_locality(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "again":
            return goto("locality")
        if reply.choice is not None and reply.choice in ctx.data.get("candidates", []):
            return self._set_locality(ctx.data["m"], reply.choice)
        return not_understood(ctx)

    @handles("starts_at")
    async def on_starts_at(self, ctx: Ctx, reply: Reply) -> Move:
        starts = parse_when(_text(reply), ctx.now, ctx.settings.timezone)
        if starts is None or starts <= ctx.now:
            ctx.say(ctx.t("meeting-when-invalid", example=mt.typing_example(ctx)))
            return retry()
        ctx.data["m"]["starts_at"] = starts.isoformat()
        return goto("duration")

    @handles("duration")
    async def on_duration(self, ctx: Ctx, reply: Reply) -> Move:
        minutes = positive_int(reply.choice or _text(reply), 24 * 60)
        if minutes is None:
            return not_understood(ctx)
        ctx.data["m"]["duration_minutes"] = minutes
        return goto("capacity")

    @handles("capacity")
    async def on_capacity(self, ctx: Ctx, reply: Reply) -> Move:
        capacity = positive_int(_text(reply), 10_000)
        if capacity is None:
            ctx.say(ctx.t("meeting-number-invalid"))
            return retry()
        ctx.data["m"]["capacity"] = capacity
        return goto("address")

    @handles("address")
    async def on_address(self, ctx: Ctx, reply: Reply) -> Move:
        return self._required(ctx, reply, "address", "host")

    @handles("host")
    async def on_host(self, ctx: Ctx, reply: Reply) -> Move:
        text, skipped = _text(reply), reply.choice == "skip"
        if not (text or skipped):
            return not_understood(ctx)
        host = None if skipped else await find_person(ctx.db, text)
        if host is None and not skipped:
            ctx.say(ctx.t("meeting-host-unknown"))
            return retry()
        ctx.data["m"]["host_person_id"] = host
        return goto("language")

    @handles("language")
    async def on_language(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in LANGUAGES:
            return not_understood(ctx)
        ctx.data["m"]["language"] = reply.choice
        return goto("notes")

    @handles("notes")
    async def on_notes(self, ctx: Ctx, reply: Reply) -> Move:
        return self._optional(ctx, reply, "notes", "confirm")

    @handles("confirm")
    async def on_confirm(self, ctx: Ctx, reply: Reply) -> Move:
        t = ctx.t
        if reply.choice == "cancel":
            ctx.say(t("meeting-new-dropped"))
            return finish()
        if reply.choice != "publish":
            return not_understood(ctx)
        meeting = await ops.create(ctx, _stored(ctx.data["m"]), ctx.person.id)
        if ctx.data.get("garin_id"):
            await garinim.add_gathering(ctx.db, ctx.data["garin_id"], meeting.id)
        ctx.say(t("meeting-new-published", title=meeting.title))
        return switch("meeting_manage", meeting=meeting.id)

    @staticmethod
    def _required(ctx: Ctx, reply: Reply, field: str, then: str, *,
                  limit: int | None = None) -> Move:
        """A typed field that cannot be skipped."""
        text = _text(reply)
        if not text:
            return not_understood(ctx)
        ctx.data["m"][field] = text[:limit]
        return goto(then)

    @staticmethod
    def _optional(ctx: Ctx, reply: Reply, field: str, then: str) -> Move:
        """A typed field the "skip" button leaves empty."""
        text, skipped = _text(reply), reply.choice == "skip"
        if not (text or skipped):
            return not_understood(ctx)
        ctx.data["m"][field] = "" if skipped else text
        return goto(then)

    @staticmethod
    def _set_locality(draft: dict[str, Any], key: str) -> Move:
        locality = default_places().get(key)
        assert locality is not None
        draft["locality"], draft["region"] = locality.key, locality.region
        return goto("starts_at")


def _text(reply: Reply) -> str:
    return (reply.text or "").strip()


def _stored(draft: dict[str, Any]) -> dict[str, Any]:
    """The draft as Meeting fields (the start time is kept as ISO text in the session)."""
    from datetime import datetime

    values = {k: v for k, v in draft.items()}
    values["starts_at"] = datetime.fromisoformat(values["starts_at"])
    values.setdefault("site", "")
    values.setdefault("notes", "")
    values.setdefault("language", "he")
    return values
