"""Coordinators publish a meeting in a short chat wizard: what, where, when, how many, host."""

from __future__ import annotations

from typing import Any

from conversations.domain.places import default_places
from conversations.engine.context import Ctx, labelled
from conversations.engine.flow import Flow, Move, Reply, finish, goto, retry, switch
from conversations.meetings import ops
from conversations.meetings import text as mt
from conversations.meetings.input import find_person, parse_when, positive_int
from locales import LANGUAGES
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
        return "title"

    async def ask(self, ctx: Ctx, state: str) -> None:
        t = ctx.t
        skip = [("skip", t("meeting-new-skip"))]
        if state == "pick_locality":
            found = [default_places().get(k) for k in ctx.data.get("candidates", [])]
            ctx.ask(t("meeting-new-pick-locality"),
                    [(loc.key, loc.display(t.language)) for loc in found if loc]
                    + [("again", t("meeting-new-type-again"))])
        elif state == "duration":
            ctx.ask(t("meeting-new-duration"),
                    [(d, t("meeting-minutes", minutes=int(d))) for d in DURATIONS])
        elif state == "language":
            ctx.ask(t("meeting-new-language"),
                    labelled(t, [(lang, f"lang-{lang}") for lang in LANGUAGES]))
        elif state == "confirm":
            ctx.ask("\n\n".join([t("meeting-new-check"), self._preview(ctx)]),
                    [("publish", t("meeting-new-publish")), ("cancel", t("meeting-new-drop"))])
        elif state in ("site", "host", "notes"):
            ctx.ask(t(f"meeting-new-{state}"), skip)
        else:
            ctx.ask(t(f"meeting-new-{state.replace('_', '-')}"))

    def _preview(self, ctx: Ctx) -> str:
        draft = ctx.data["m"]
        meeting = Meeting(**{k: v for k, v in _stored(draft).items() if k != "host_person_id"},
                          seats_taken=0, status="open", revision=1)
        return mt.details(ctx.t, meeting, ctx.settings.timezone, ctx.now, show_address=True)

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        t = ctx.t
        draft = ctx.data["m"]
        text = (reply.text or "").strip()
        skipped = reply.choice == "skip"
        nxt = dict(zip(self.states, self.states[1:], strict=False))
        if state in ("title", "address") and text:
            draft[state] = text[:200] if state == "title" else text
            return goto(nxt[state])
        if state in ("site", "notes") and (text or skipped):
            draft[state] = "" if skipped else text
            return goto(nxt[state])
        if state == "locality" and text:
            found = default_places().search(text, limit=5)
            if len(found) == 1:
                return self._set_locality(draft, found[0].key)
            if found:
                ctx.data["candidates"] = [loc.key for loc in found]
                return goto("pick_locality")
            ctx.say(t("meeting-new-locality-unknown"))
            return retry()
        if state == "pick_locality":
            if reply.choice == "again":
                return goto("locality")
            if reply.choice in ctx.data.get("candidates", []):
                return self._set_locality(draft, reply.choice)
        if state == "starts_at":
            starts = parse_when(text, ctx.now, ctx.settings.timezone)
            if starts is None or starts <= ctx.now:
                ctx.say(t("meeting-when-invalid"))
                return retry()
            draft["starts_at"] = starts.isoformat()
            return goto("duration")
        if state == "duration":
            minutes = positive_int(reply.choice or text, 24 * 60)
            if minutes is not None:
                draft["duration_minutes"] = minutes
                return goto("capacity")
        if state == "capacity":
            capacity = positive_int(text, 10_000)
            if capacity is not None:
                draft["capacity"] = capacity
                return goto("address")
            ctx.say(t("meeting-number-invalid"))
            return retry()
        if state == "host" and (text or skipped):
            host = None if skipped else await find_person(ctx.db, text)
            if host is None and not skipped:
                ctx.say(t("meeting-host-unknown"))
                return retry()
            draft["host_person_id"] = host
            return goto("language")
        if state == "language" and reply.choice in LANGUAGES:
            draft["language"] = reply.choice
            return goto("notes")
        if state == "confirm" and reply.choice in ("publish", "cancel"):
            if reply.choice == "cancel":
                ctx.say(t("meeting-new-dropped"))
                return finish()
            meeting = await ops.create(ctx, _stored(draft), ctx.person.id)
            ctx.say(t("meeting-new-published", title=meeting.title))
            return switch("meeting_manage", meeting=meeting.id)
        ctx.say(t("not-understood"))
        return retry()

    @staticmethod
    def _set_locality(draft: dict[str, Any], key: str) -> Move:
        locality = default_places().get(key)
        assert locality is not None
        draft["locality"], draft["region"] = locality.key, locality.region
        return goto("starts_at")


def _stored(draft: dict[str, Any]) -> dict[str, Any]:
    """The draft as Meeting fields (the start time is kept as ISO text in the session)."""
    from datetime import datetime

    values = {k: v for k, v in draft.items()}
    values["starts_at"] = datetime.fromisoformat(values["starts_at"])
    values.setdefault("site", "")
    values.setdefault("notes", "")
    values.setdefault("language", "he")
    return values
