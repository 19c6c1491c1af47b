"""A garin's decisions in chat: the open ones and the latest closed, each with its counts for
every member, the person's own ballot (with the buttons to change it while open) and, for
whoever manages the garin, who voted what and who has not answered yet."""

from __future__ import annotations

from typing import Any

from conversations.domain import decisions as rules
from conversations.domain.types import Choice
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
from conversations.garin_decisions import text as dt
from conversations.garin_decisions.new import scope
from storage import garin_decisions as repo
from storage import garin_roles, garinim
from storage.garin_decision_models import CLOSED, OPEN, GarinDecision
from storage.garin_models import Garin

RECENT = 5


async def visible(ctx: Ctx) -> list[Garin]:
    return await garin_roles.visible(ctx.db, ctx.person.id, coordinator=ctx.is_coordinator,
                                     scope=scope(ctx))


async def has_garin(ctx: Ctx) -> bool:
    """The menu item shows to members of a garin and to whoever manages one (`visible`
    non-empty, asked in one statement)."""
    return await garin_roles.sees_any(ctx.db, ctx.person.id, coordinator=ctx.is_coordinator,
                                      scope=scope(ctx))


class DecisionsFlow(Flow):
    name = "garin_decisions"
    initial = "list"
    states = ("list", "show")
    resting = frozenset({"list", "show"})

    async def start(self, ctx: Ctx, **args: Any) -> str:
        if isinstance(args.get("decision"), int):
            ctx.data["decision"] = args["decision"]
            return "show"
        return "list"

    @asks("list")
    async def ask_list(self, ctx: Ctx) -> None:
        garins = await visible(ctx)
        names = {g.id: g.name for g in garins}
        shown: list[GarinDecision] = []
        for garin in garins:
            shown += await repo.of_garin(ctx.db, garin.id, state=OPEN, limit=RECENT)
        for garin in garins:
            shown += await repo.of_garin(ctx.db, garin.id, state=CLOSED, limit=RECENT)
        pairs = []
        for decision in shown:
            mark = "🗳️" if decision.state == OPEN else "📌"
            label = decision.question.splitlines()[0][:40]
            if len(garins) > 1:
                label = f"{label} · {names.get(decision.garin_id, '')}"
            pairs.append((str(decision.id), f"{mark} {label}"))
        managed = await garin_roles.managed(ctx.db, ctx.person.id,
                                            coordinator=ctx.is_coordinator, scope=scope(ctx))
        if managed:
            pairs.append(("new", ctx.t("garin-decisions-new")))
        pairs.append(("menu", ctx.t("garin-decisions-to-menu")))
        title = ctx.t("garin-decisions-title" if shown else "garin-decisions-none")
        ctx.ask(title, pairs)

    @handles("list")
    async def on_list(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "menu":
            return finish()
        if reply.choice == "new":
            return switch("garin_decision_new")
        if reply.choice and reply.choice.isdigit():
            ctx.data["decision"] = int(reply.choice)
            return goto("show")
        return not_understood(ctx)

    @asks("show")
    async def ask_show(self, ctx: Ctx) -> None:
        decision = await repo.get(ctx.db, ctx.data.get("decision", 0))
        garin = await garinim.get(ctx.db, decision.garin_id) if decision else None
        if decision is None or garin is None or garin.id not in {g.id for g in
                                                                  await visible(ctx)}:
            ctx.ask(ctx.t("garin-decision-gone"), [("back", ctx.t("garin-decisions-back"))])
            return
        zone = ctx.settings.timezone
        t = ctx.t
        if decision.state == OPEN:
            ballots = [list(v.choices) for v in await repo.votes(ctx.db, decision.id)]
            counts = rules.tally(decision.kind, decision.option_ids(), ballots)
            lines = [dt.question_text(t, decision, garin.name, zone), "",
                     t("garin-decision-counts-so-far", voters=sum(1 for b in ballots if b))]
            lines += dt.counts_lines(t, decision, counts, zone)
        else:
            lines = [dt.outcome_text(t, decision, garin.name, zone)]
        mine = await repo.vote_of(ctx.db, decision.id, ctx.person.id)
        member = await garinim.is_member(ctx.db, garin.id, ctx.person.id)
        if member:
            lines += ["", t("garin-decision-your-ballot",
                            ballot=dt.ballot_text(t, decision, mine.choices, zone))
                      if mine and mine.choices else t("garin-decision-you-not-voted")]
        if await garin_roles.manages(ctx.db, garin, ctx.person.id,
                                     coordinator=ctx.is_coordinator, scope=scope(ctx)):
            lines += ["", *await self._who(ctx, decision, garin)]
        choices: list[Choice | tuple[str, str]] = []
        if decision.state == OPEN and member:
            choices += dt.ballot_choices(t, decision, zone, tuple(mine.choices) if mine else ())
        choices.append(("back", t("garin-decisions-back")))
        ctx.ask("\n".join(lines), choices)

    async def _who(self, ctx: Ctx, decision: GarinDecision, garin: Garin) -> list[str]:
        """Who voted what (former members and erased people show as such), who has not."""
        t, zone = ctx.t, ctx.settings.timezone
        roster = {m.person_id: m.first_name for m in await garinim.active_members(ctx.db,
                                                                                  garin.id)}
        lines = [t("garin-decision-who-title")]
        voted = set()
        for vote in await repo.votes(ctx.db, decision.id):
            if not vote.choices:
                continue
            voted.add(vote.person_id)
            if vote.person_id in roster:
                name = roster[vote.person_id] or t("garin-decision-unnamed-member")
            else:
                name = t("garin-decision-former-member")
            line = t("garin-decision-voter-line", name=name,
                     ballot=dt.ballot_text(t, decision, vote.choices, zone))
            if vote.comment:
                line += "\n" + t("garin-decision-voter-comment", comment=vote.comment)
            lines.append(line)
        if decision.state == OPEN:
            waiting = [name or t("garin-decision-unnamed-member")
                       for pid, name in roster.items() if pid not in voted]
            if waiting:
                lines.append(t("garin-decision-waiting", names=", ".join(waiting),
                               count=len(waiting)))
        return lines

    @handles("show")
    async def on_show(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "back":
            return goto("list")
        return not_understood(ctx)
