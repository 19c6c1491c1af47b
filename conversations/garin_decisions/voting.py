"""Casting a vote: the ballot buttons under a decision (a global action, valid from any flow
until the deadline) and, on a proposal, an optional comment for the lead to read."""

from __future__ import annotations

from typing import Any

from conversations.domain import decisions as rules
from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, asks, finish, handles, retry, switch
from conversations.garin_decisions import text as dt
from storage import garin_decisions as repo
from storage import garinim
from storage.garin_decision_models import OPEN, GarinDecision

COMMENT_LIMIT = 500


def _keep_flow(ctx: Ctx) -> Move | None:
    """Back to whatever the person was doing, or to the menu if nothing."""
    return None if ctx.session.flow else finish()


async def open_for(ctx: Ctx, decision_id: int, *, lock: bool = False
                   ) -> GarinDecision | None:
    """The decision if this person may still vote on it; otherwise say why (refused)."""
    decision = await (repo.lock if lock else repo.get)(ctx.db, decision_id)
    if decision is None:
        ctx.refuse(ctx.t("garin-decision-gone"))
        return None
    if decision.state != OPEN or decision.deadline <= ctx.now:
        ctx.refuse(ctx.t("garin-decision-already-closed"))
        return None
    if not await garinim.is_member(ctx.db, decision.garin_id, ctx.person.id):
        ctx.refuse(ctx.t("garin-decision-not-member"))
        return None
    return decision


async def vote(ctx: Ctx, target: str) -> Move | None:
    """`<decision>.<option>`: replace (or, on a multiple kind, toggle) the person's ballot."""
    decision_id, _, option = target.partition(".")
    if not decision_id.isdigit():
        return _keep_flow(ctx)
    decision = await open_for(ctx, int(decision_id), lock=True)
    if decision is None:
        return _keep_flow(ctx)
    if option not in dt.option_ids(decision):
        ctx.refuse(ctx.t("garin-decision-gone"))
        return _keep_flow(ctx)
    current = await repo.vote_of(ctx.db, decision.id, ctx.person.id)
    ballot = rules.toggle(decision.kind, tuple(current.choices) if current else (), option)
    await repo.cast(ctx.db, decision.id, ctx.person.id, ballot, ctx.now)
    zone = ctx.settings.timezone
    if decision.kind == rules.PROPOSAL:
        return switch("garin_vote_comment", decision=decision.id)
    saved = ctx.t("garin-vote-saved", ballot=dt.ballot_text(ctx.t, decision, ballot, zone),
                  when=dt.deadline(ctx.t, decision, zone))
    if decision.kind in rules.MULTIPLE:
        ctx.ask("\n".join([saved, ctx.t("garin-vote-toggle-more")]),
                dt.ballot_choices(ctx.t, decision, zone, ballot))
        return None
    ctx.say(saved)
    return _keep_flow(ctx)


class VoteCommentFlow(Flow):
    """After a vote on a proposal: the vote confirmed, and an optional comment (or skip)."""

    name = "garin_vote_comment"
    initial = "comment"
    states = ("comment",)

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["decision"] = int(args.get("decision", 0))
        return "comment"

    @asks("comment")
    async def ask_comment(self, ctx: Ctx) -> None:
        decision = await repo.get(ctx.db, ctx.data.get("decision", 0))
        vote = await repo.vote_of(ctx.db, decision.id, ctx.person.id) if decision else None
        if decision is None or vote is None:
            ctx.ask(ctx.t("garin-decision-gone"), [("skip", ctx.t("garin-vote-skip"))])
            return
        zone = ctx.settings.timezone
        saved = ctx.t("garin-vote-saved", ballot=dt.ballot_text(ctx.t, decision, vote.choices,
                                                                zone),
                      when=dt.deadline(ctx.t, decision, zone))
        ctx.ask("\n".join([saved, ctx.t("garin-vote-comment-ask")]),
                [("skip", ctx.t("garin-vote-skip"))])

    @handles("comment")
    async def on_comment(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "skip":
            return finish()
        comment = (reply.text or "").strip()
        if not comment or len(comment) > COMMENT_LIMIT:
            ctx.say(ctx.t("garin-vote-comment-invalid", most=COMMENT_LIMIT))
            return retry()
        decision = await open_for(ctx, ctx.data.get("decision", 0))
        if decision is None:
            return finish()
        vote = await repo.vote_of(ctx.db, decision.id, ctx.person.id)
        if vote is not None:
            vote.comment = comment
        ctx.say(ctx.t("garin-vote-comment-saved"))
        return finish()
