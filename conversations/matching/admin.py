"""Coordinators: live requests, each one's lifecycle, "why this volunteer?", manual assignment.

Contact details appear here only for matched requests, like everywhere else.
"""

from __future__ import annotations

from typing import Any

from conversations.domain import dates
from conversations.domain.matcher import misses, score_parts, total
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
    switch,
)
from conversations.matching import offers
from conversations.matching import texts as help_texts
from storage import matching as repo
from storage.matching_models import HelpRequest
from storage.models import Person

SHOWN = 6


async def ranked_for_coordinator(ctx: Ctx, request: HelpRequest) -> list[dict[str, Any]]:
    """Every active volunteer, skill or not, for a coordinator to pick by hand: those who
    fit first, then those who miss fewest filters; each with score parts and what they miss."""
    view = repo.view_of_request(request)
    rows: list[dict[str, Any]] = []
    for v in await repo.volunteer_views(ctx.db, request, prefilter=False):
        if v.paused or v.person_id in (request.volunteer_id, request.requester_id):
            continue
        parts = score_parts(view, v, ctx.now)
        rows.append({"id": v.person_id, "score": total(parts), "parts": parts,
                     "misses": misses(view, v)})
    rows.sort(key=lambda r: (len(r["misses"]), -r["score"], r["id"]))
    return rows[:SHOWN]


class HelpAdminFlow(Flow):
    name = "help_admin"
    initial = "list"
    states = ("list", "detail", "pick")
    coordinator_only = True

    async def start(self, ctx: Ctx, **args: Any) -> str:
        if args.get("request_id"):
            ctx.data["request_id"] = int(args["request_id"])
            return "pick" if args.get("pick") else "detail"
        return "list"

    async def _request(self, ctx: Ctx) -> HelpRequest | None:
        return await ctx.db.get(HelpRequest, ctx.data.get("request_id", 0))

    async def _held(self, ctx: Ctx) -> HelpRequest:
        """The request in hand; `ask` and `handle` checked it exists before any state saw it."""
        request = await self._request(ctx)
        assert request is not None
        return request

    # --- prompts --------------------------------------------------------------------------

    async def ask(self, ctx: Ctx, state: str) -> None:
        """Every state but "list" is about one request, which may be gone by now."""
        if state != "list" and await ctx.db.get(HelpRequest, ctx.data["request_id"]) is None:
            ctx.ask(ctx.t("admin-request-gone"), [("back", ctx.t("admin-back"))])
            return
        await super().ask(ctx, state)

    @asks("list")
    async def ask_list(self, ctx: Ctx) -> None:
        t = ctx.t
        rows = await repo.live_requests(ctx.db)
        choices = [(str(r.id), t("admin-request-line", number=r.id,
                                 category=t(f"help-cat-{r.category}"),
                                 state=t(f"help-state-{r.state}"))) for r in rows]
        choices.append(("new", t("admin-new-request")))
        text = t("admin-list-title") if rows else t("admin-list-empty")
        ctx.ask(text, choices)

    @asks("detail")
    async def ask_detail(self, ctx: Ctx) -> None:
        request, _, why = await self._candidates(ctx)
        await self._detail(ctx, request, why)

    @asks("pick")
    async def ask_pick(self, ctx: Ctx) -> None:
        _, candidates, why = await self._candidates(ctx)
        choices = [(str(c["id"]), await _name(ctx, c["id"])) for c in candidates]
        ctx.ask(ctx.t("admin-pick-prompt", why=why or "—"),
                [*choices, ("back", ctx.t("admin-back"))])

    async def _candidates(self, ctx: Ctx) -> tuple[HelpRequest, list[dict[str, Any]], str]:
        """The request in hand, its ranked volunteers and why each one."""
        request = await self._held(ctx)
        candidates = await ranked_for_coordinator(ctx, request)
        return request, candidates, await self._why_lines(ctx, candidates)

    async def _why_lines(self, ctx: Ctx, candidates: list[dict[str, Any]]) -> str:
        t = ctx.t
        lines = []
        for c in candidates:
            name = await _name(ctx, c["id"])
            line = f"• {name}: {help_texts.why(t, c['parts'], c['score'])}"
            if c["misses"]:
                missing = ", ".join(t(f"help-filter-{name}") for name in c["misses"])
                line += f" ⚠️ {missing}"
            lines.append(line)
        return "\n".join(lines)

    async def _detail(self, ctx: Ctx, request: HelpRequest, why: str) -> None:
        t = ctx.t
        events = await repo.events_of(ctx.db, request.id)
        lines = []
        for event in events[-10:]:  # names are looked up one by one: no await in a generator
            who = f" ({await _name(ctx, event.volunteer_id)})" if event.volunteer_id else ""
            lines.append(f"{dates.short_day(event.at, t.language, ctx.settings.timezone)} "
                         f"{t(f'help-event-{event.kind}')}{who}")
        history = "\n".join(lines)
        text = t("admin-detail", summary=help_texts.summary(t, request),
                 state=t(f"help-state-{request.state}"), history=history, why=why or "—")
        if request.state == "matched":
            contact = await offers.contact_line(ctx, t, request.requester_id,
                                                request.contact_name, request.contact_phone)
            text += "\n" + contact
        choices = []
        if request.state in repo.OPEN_STATES:
            choices += [("assign", t("escalation-assign")), ("search", t("escalation-search"))]
        choices.append(("back", t("admin-back")))
        ctx.ask(text, choices)

    # --- replies --------------------------------------------------------------------------

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        """Outside "list": "back", or a request gone meanwhile, returns to the list."""
        if state != "list" and (reply.choice == "back" or await self._request(ctx) is None):
            return goto("list")
        return await super().handle(ctx, state, reply)

    @handles("list")
    async def on_list(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "new":
            return switch("help_request", on_behalf=True)
        if reply.choice and reply.choice.isdigit():
            ctx.data["request_id"] = int(reply.choice)
            return goto("detail")
        return not_understood(ctx)

    @handles("detail")
    async def on_detail(self, ctx: Ctx, reply: Reply) -> Move:
        t, request = ctx.t, await self._held(ctx)
        if reply.choice == "assign":
            return goto("pick")
        if reply.choice == "search":
            relaxed = await offers.search_again(ctx, request, ctx.person.id)
            ctx.say(help_texts.searched(t, relaxed, request.state))
            return goto("detail")
        return not_understood(ctx)

    @handles("pick")
    async def on_pick(self, ctx: Ctx, reply: Reply) -> Move:
        t, request = ctx.t, await self._held(ctx)
        if not (reply.choice and reply.choice.isdigit()):
            return not_understood(ctx)
        volunteer_id = int(reply.choice)
        if await offers.assign(ctx, request, volunteer_id, ctx.person.id):
            ctx.say(t("admin-assigned", name=await _name(ctx, volunteer_id), number=request.id))
            return finish()
        ctx.say(t("admin-assign-failed"))
        return goto("detail")


async def _name(ctx: Ctx, person_id: int | None) -> str:
    person = await ctx.db.get(Person, person_id) if person_id else None
    return (person.display_name if person else None) or f"#{person_id}"
