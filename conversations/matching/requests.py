"""Asking for help in chat, for oneself or (a coordinator) on someone's behalf.

Category → short description → locality → urgency → times → language → a way to be
reached → confirm. The request is then offered to volunteers (`conversations.offers`); the
name and phone collected here reach a volunteer only once one accepts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from conversations.domain.matcher import DAYS, PARTS, categories, slot_mask
from conversations.domain.places import default_places
from conversations.engine.context import Ctx
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
)
from conversations.engine.identity import link_phone, normalize_phone
from conversations.matching import offers
from conversations.matching import texts as help_texts
from conversations.matching.choosing import (
    DONE,
    ask_which_locality,
    choose_all,
    find_localities,
    picked_locality,
    several,
    toggle,
    toggles,
)
from locales import LANGUAGES
from storage import matching as repo
from storage.matching_models import HelpRequest

MAX_DESCRIPTION = 500
MAX_NAME = 60
URGENCIES = ("today", "week", "flexible")


def weekday(now: datetime, timezone: str) -> int:
    """Day index with Sunday = 0, in the organisation's time zone."""
    return (now.astimezone(ZoneInfo(timezone)).weekday() + 1) % 7


class HelpRequestFlow(Flow):
    name = "help_request"
    initial = "category"
    states = ("mine", "who", "who_phone", "name", "category", "description", "locality",
              "locality_pick", "urgency", "times", "language", "phone", "confirm")

    async def start(self, ctx: Ctx, **args: Any) -> str:
        on_behalf = bool(args.get("on_behalf")) and ctx.is_coordinator
        ctx.data.update(on_behalf=on_behalf, times=[])
        if on_behalf:
            return "who"
        if not args.get("new") and await self._live(ctx):
            return "mine"
        return "name" if not ctx.person.display_name else "category"

    async def _live(self, ctx: Ctx) -> list[HelpRequest]:
        rows = await repo.requests_of_requester(ctx.db, ctx.person.id)
        return [r for r in rows if r.state in repo.LIVE_STATES]

    # --- prompts --------------------------------------------------------------------------

    @asks("mine")
    async def ask_mine(self, ctx: Ctx) -> None:
        t = ctx.t
        live = await self._live(ctx)
        lines = [t("vol-request-line", number=r.id, category=t(f"help-cat-{r.category}"),
                   place=help_texts.place(t, r), state=t(f"help-state-{r.state}"))
                 for r in live]
        choices = [("new", t("req-new"))]
        choices += [(f"cancel{r.id}", t("req-cancel-one", number=r.id)) for r in live[:3]]
        ctx.ask(t("req-mine-title") + "\n" + "\n".join(lines), choices)

    @asks("who")
    async def ask_who(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("req-who-prompt"))

    @asks("who_phone")
    async def ask_who_phone(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("req-who-phone"), [("skip", ctx.t("req-who-phone-skip"))])

    @asks("name")
    async def ask_name(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("ask-name"))

    @asks("category")
    async def ask_category(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("req-category-prompt"),
                [(c, ctx.t(f"help-cat-{c}")) for c in categories()])

    @asks("description")
    async def ask_description(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("req-description-prompt", limit=MAX_DESCRIPTION),
                [("skip", ctx.t("req-skip"))])

    @asks("locality")
    async def ask_locality(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("req-locality-prompt"))

    @asks("locality_pick")
    async def ask_locality_pick(self, ctx: Ctx) -> None:
        ask_which_locality(ctx)

    @asks("urgency")
    async def ask_urgency(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("req-urgency-prompt"),
                [(u, ctx.t(f"help-urgency-{u}")) for u in URGENCIES])

    @asks("times")
    async def ask_times(self, ctx: Ctx) -> None:
        t = ctx.t
        options = [(str(i), t(f"help-part-{p}")) for i, p in enumerate(PARTS)]
        ctx.ask(t("req-times-prompt"), [("any", t("req-any-time")),
                                        *toggles(ctx, "times", options)])

    @asks("language")
    async def ask_language(self, ctx: Ctx) -> None:
        order = [ctx.person.language, *(x for x in LANGUAGES if x != ctx.person.language)]
        ctx.ask(ctx.t("req-language-prompt"), [(x, ctx.t(f"lang-{x}")) for x in order])

    @asks("phone")
    async def ask_phone(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("req-phone-prompt"), [("skip", ctx.t("req-phone-skip"))],
                request_contact=True)

    @asks("confirm")
    async def ask_confirm(self, ctx: Ctx) -> None:
        t = ctx.t
        preview = self._build(ctx)
        ctx.ask(t("req-confirm", summary=help_texts.summary(t, preview)),
                [("send", t("req-send")), ("cancel", t("req-cancel"))])

    # --- replies --------------------------------------------------------------------------

    @handles("mine")
    async def on_mine(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice == "new":
            return goto("name" if not ctx.person.display_name else "category")
        number = choice.removeprefix("cancel")
        request = await ctx.db.get(HelpRequest, int(number)) if number.isdigit() else None
        if request is None or request.requester_id != ctx.person.id:
            return not_understood(ctx)
        if await offers.cancel(ctx, request, ctx.person.id):
            ctx.say(ctx.t("req-withdrawn", number=request.id))
        return finish()

    @handles("who")
    async def on_who(self, ctx: Ctx, reply: Reply) -> Move:
        name = _name(ctx, reply)
        if name is None:
            return retry()
        ctx.data["contact_name"] = name
        return goto("who_phone")

    @handles("name")
    async def on_name(self, ctx: Ctx, reply: Reply) -> Move:
        name = _name(ctx, reply)
        if name is None:
            return retry()
        ctx.person.display_name = name
        return goto("category")

    @handles("who_phone")
    async def on_who_phone(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice != "skip":
            phone = normalize_phone(_text(reply))
            if phone is None:
                ctx.say(ctx.t("link-phone-invalid"))
                return retry()
            ctx.data["contact_phone"] = phone
        return goto("category")

    @handles("category")
    async def on_category(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in categories():
            return not_understood(ctx)
        ctx.data["category"] = reply.choice
        return goto("description")

    @handles("description")
    async def on_description(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "skip":
            ctx.data["description"] = None
            return goto("locality")
        text = _text(reply)
        if not text or len(text) > MAX_DESCRIPTION:
            ctx.say(ctx.t("req-description-invalid", limit=MAX_DESCRIPTION))
            return retry()
        ctx.data["description"] = text
        return goto("locality")

    @handles("locality")
    async def on_locality(self, ctx: Ctx, reply: Reply) -> Move:
        text = _text(reply)
        if not text or not find_localities(ctx, text):
            ctx.say(ctx.t("locality-not-found"))
            return retry()
        return goto("locality_pick")

    @handles("locality_pick")
    async def on_locality_pick(self, ctx: Ctx, reply: Reply) -> Move:
        key = picked_locality(ctx, reply.choice)
        if key is not None:
            ctx.data["locality"] = key
            return goto("urgency")
        text = _text(reply)
        if reply.choice != "again" and text and find_localities(ctx, text):
            return retry()
        return goto("locality")

    @handles("urgency")
    async def on_urgency(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in URGENCIES:
            return not_understood(ctx)
        ctx.data["urgency"] = reply.choice
        return goto("times")

    @handles("language")
    async def on_language(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in LANGUAGES:
            return not_understood(ctx)
        ctx.data["language"] = reply.choice
        needs_phone = not ctx.data["on_behalf"] and not ctx.person.phone
        return goto("phone" if needs_phone else "confirm")

    @handles("times")
    async def on_times(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "any":
            ctx.data["times"] = [str(i) for i in range(len(PARTS))]
            return goto("language")
        if reply.choice == DONE:
            if not ctx.data["times"]:
                ctx.say(ctx.t("choose-at-least-one"))
                return retry()
            return goto("language")
        if reply.choice is None:  # several at once: "1,2" or "2-3"
            if choose_all(ctx, "times", several(ctx, reply.text)):
                return goto("times")
            return not_understood(ctx)
        toggle(ctx, "times", reply.choice)
        return goto("times")

    @handles("phone")
    async def on_phone(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.contact is not None and reply.contact.is_own:
            phone = normalize_phone(reply.contact.phone)
            if phone:
                await link_phone(ctx, phone)
                return goto("confirm")
        if reply.choice == "skip":
            return goto("confirm")
        phone = normalize_phone(_text(reply))
        if phone is None:
            ctx.say(ctx.t("link-phone-invalid"))
            return retry()
        ctx.data["contact_phone"] = phone
        return goto("confirm")

    def _build(self, ctx: Ctx) -> HelpRequest:
        data = ctx.data
        loc = default_places().get(data["locality"])
        days = ([weekday(ctx.now, ctx.settings.timezone)] if data["urgency"] == "today"
                else list(range(len(DAYS))))
        on_behalf = data["on_behalf"]
        return HelpRequest(
            requester_id=None if on_behalf else ctx.person.id, created_by_id=ctx.person.id,
            category=data["category"], description=data.get("description"),
            locality=data["locality"], region=loc.region if loc else "other",
            urgency=data["urgency"], slots=slot_mask(days, [int(p) for p in data["times"]]),
            language=data["language"], contact_name=data.get("contact_name"),
            contact_phone=data.get("contact_phone"), state="open", round=0, offers_in_row=0,
            created_at=ctx.now, updated_at=ctx.now)

    @handles("confirm")
    async def on_confirm(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            ctx.say(ctx.t("req-cancelled"))
            return finish()
        if reply.choice != "send":
            return not_understood(ctx)
        request = self._build(ctx)
        ctx.db.add(request)
        await ctx.db.flush()
        await repo.add_event(ctx.db, request.id, "opened", ctx.now, actor_id=ctx.person.id)
        ctx.say(ctx.t("req-sent", number=request.id))
        await offers.dispatch(ctx, request)
        return finish()


def _text(reply: Reply) -> str:
    """What was typed, with runs of spaces and line breaks folded."""
    return " ".join((reply.text or "").split())


def _name(ctx: Ctx, reply: Reply) -> str | None:
    """A typed name, or None after saying what a name must be."""
    name = _text(reply)
    if not name or len(name) > MAX_NAME:
        ctx.say(ctx.t("ask-name-invalid", limit=MAX_NAME))
        return None
    return name
