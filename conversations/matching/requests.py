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
from conversations.engine.flow import Flow, Move, Reply, finish, goto, retry
from conversations.engine.identity import link_phone, normalize_phone
from conversations.matching import offers
from conversations.matching import texts as help_texts
from conversations.matching.choosing import DONE, find_localities, picked_locality, toggle, toggles
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

    async def ask(self, ctx: Ctx, state: str) -> None:
        t = ctx.t
        if state == "mine":
            live = await self._live(ctx)
            lines = [t("vol-request-line", number=r.id, category=t(f"help-cat-{r.category}"),
                       place=help_texts.place(t, r), state=t(f"help-state-{r.state}"))
                     for r in live]
            choices = [("new", t("req-new"))]
            choices += [(f"cancel{r.id}", t("req-cancel-one", number=r.id)) for r in live[:3]]
            ctx.ask(t("req-mine-title") + "\n" + "\n".join(lines), choices)
        elif state == "who":
            ctx.ask(t("req-who-prompt"))
        elif state == "who_phone":
            ctx.ask(t("req-who-phone"), [("skip", t("req-who-phone-skip"))])
        elif state == "name":
            ctx.ask(t("ask-name"))
        elif state == "category":
            ctx.ask(t("req-category-prompt"),
                    [(c, t(f"help-cat-{c}")) for c in categories()])
        elif state == "description":
            ctx.ask(t("req-description-prompt", limit=MAX_DESCRIPTION),
                    [("skip", t("req-skip"))])
        elif state == "locality":
            ctx.ask(t("req-locality-prompt"))
        elif state == "locality_pick":
            found = [(f"pick{i}", loc.display(ctx.person.language))
                     for i, key in enumerate(ctx.data.get("found", []))
                     if (loc := default_places().get(key))]
            ctx.ask(t("locality-which"), [*found, ("again", t("locality-again"))])
        elif state == "urgency":
            ctx.ask(t("req-urgency-prompt"), [(u, t(f"help-urgency-{u}")) for u in URGENCIES])
        elif state == "times":
            options = [(str(i), t(f"help-part-{p}")) for i, p in enumerate(PARTS)]
            ctx.ask(t("req-times-prompt"), [("any", t("req-any-time")),
                                            *toggles(ctx, "times", options)])
        elif state == "language":
            order = [ctx.person.language, *(x for x in LANGUAGES if x != ctx.person.language)]
            ctx.ask(t("req-language-prompt"), [(x, t(f"lang-{x}")) for x in order])
        elif state == "phone":
            ctx.ask(t("req-phone-prompt"), [("skip", t("req-phone-skip"))],
                    request_contact=True)
        elif state == "confirm":
            preview = self._build(ctx)
            ctx.ask(t("req-confirm", summary=help_texts.summary(t, preview)),
                    [("send", t("req-send")), ("cancel", t("req-cancel"))])

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        t = ctx.t
        text = " ".join((reply.text or "").split())
        if state == "mine":
            return await self._mine(ctx, reply)
        if state in ("who", "name"):
            if not text or len(text) > MAX_NAME:
                ctx.say(t("ask-name-invalid", limit=MAX_NAME))
                return retry()
            if state == "who":
                ctx.data["contact_name"] = text
                return goto("who_phone")
            ctx.person.display_name = text
            return goto("category")
        if state == "who_phone":
            if reply.choice != "skip":
                phone = normalize_phone(text)
                if phone is None:
                    ctx.say(t("link-phone-invalid"))
                    return retry()
                ctx.data["contact_phone"] = phone
            return goto("category")
        if state == "category":
            if reply.choice not in categories():
                ctx.say(t("not-understood"))
                return retry()
            ctx.data["category"] = reply.choice
            return goto("description")
        if state == "description":
            if reply.choice == "skip":
                ctx.data["description"] = None
                return goto("locality")
            if not text or len(text) > MAX_DESCRIPTION:
                ctx.say(t("req-description-invalid", limit=MAX_DESCRIPTION))
                return retry()
            ctx.data["description"] = text
            return goto("locality")
        if state == "locality":
            if not text or not find_localities(ctx, text):
                ctx.say(t("locality-not-found"))
                return retry()
            return goto("locality_pick")
        if state == "locality_pick":
            key = picked_locality(ctx, reply.choice)
            if key is not None:
                ctx.data["locality"] = key
                return goto("urgency")
            if reply.choice != "again" and text and find_localities(ctx, text):
                return retry()
            return goto("locality")
        if state == "urgency":
            if reply.choice not in URGENCIES:
                ctx.say(t("not-understood"))
                return retry()
            ctx.data["urgency"] = reply.choice
            return goto("times")
        if state == "times":
            return self._times(ctx, reply)
        if state == "language":
            if reply.choice not in LANGUAGES:
                ctx.say(t("not-understood"))
                return retry()
            ctx.data["language"] = reply.choice
            needs_phone = not ctx.data["on_behalf"] and not ctx.person.phone
            return goto("phone" if needs_phone else "confirm")
        if state == "phone":
            return await self._phone(ctx, reply, text)
        return await self._confirm(ctx, reply)

    async def _mine(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if choice == "new":
            return goto("name" if not ctx.person.display_name else "category")
        number = choice.removeprefix("cancel")
        request = await ctx.db.get(HelpRequest, int(number)) if number.isdigit() else None
        if request is None or request.requester_id != ctx.person.id:
            ctx.say(ctx.t("not-understood"))
            return retry()
        if await offers.cancel(ctx, request, ctx.person.id):
            ctx.say(ctx.t("req-withdrawn", number=request.id))
        return finish()

    def _times(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "any":
            ctx.data["times"] = [str(i) for i in range(len(PARTS))]
            return goto("language")
        if reply.choice == DONE:
            if not ctx.data["times"]:
                ctx.say(ctx.t("choose-at-least-one"))
                return retry()
            return goto("language")
        if reply.choice is None:
            ctx.say(ctx.t("not-understood"))
            return retry()
        toggle(ctx, "times", reply.choice)
        return goto("times")

    async def _phone(self, ctx: Ctx, reply: Reply, text: str) -> Move:
        if reply.contact is not None and reply.contact.is_own:
            phone = normalize_phone(reply.contact.phone)
            if phone:
                await link_phone(ctx, phone)
                return goto("confirm")
        if reply.choice == "skip":
            return goto("confirm")
        phone = normalize_phone(text)
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

    async def _confirm(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            ctx.say(ctx.t("req-cancelled"))
            return finish()
        if reply.choice != "send":
            ctx.say(ctx.t("not-understood"))
            return retry()
        request = self._build(ctx)
        ctx.db.add(request)
        await ctx.db.flush()
        await repo.add_event(ctx.db, request.id, "opened", ctx.now, actor_id=ctx.person.id)
        ctx.say(ctx.t("req-sent", number=request.id))
        await offers.dispatch(ctx, request)
        return finish()
