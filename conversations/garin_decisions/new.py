"""Opening a decision in chat (the garin's lead or its coordinators): which garin, what kind,
the question, the options (or times), the deadline and an optional quorum, then a preview."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from conversations.domain import decisions as rules
from conversations.domain.when import parse_when
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
from conversations.garin_decisions import ops
from conversations.garin_decisions import text as dt
from storage import garin_roles, garinim
from storage.garin_decision_models import GarinDecision

QUESTION_LIMIT = 1000
LABEL_LIMIT = 60
DEADLINES = (("1d", 1), ("3d", 3), ("7d", 7))
"""Deadline buttons: days from now."""


def scope(ctx: Ctx) -> str | None:
    return ctx.settings.coordinator_regions.get(ctx.identity.urn)


async def managed(ctx: Ctx) -> list[Any]:
    return await garin_roles.managed(ctx.db, ctx.person.id, coordinator=ctx.is_coordinator,
                                     scope=scope(ctx))


def draft(ctx: Ctx) -> GarinDecision:
    """The decision as it will be stored, for the preview (not added to the session)."""
    data = ctx.data
    return GarinDecision(id=0, garin_id=data["garin"], kind=data["kind"],
                         question=data["question"], options=data.get("options", []),
                         deadline=datetime.fromisoformat(data["deadline"]),
                         quorum=data.get("quorum"))


class NewDecisionFlow(Flow):
    name = "garin_decision_new"
    initial = "garin"
    states = ("garin", "kind", "question", "options", "deadline", "quorum", "confirm")

    async def start(self, ctx: Ctx, **args: Any) -> str:
        mine = await managed(ctx)
        if len(mine) == 1:
            ctx.data["garin"] = mine[0].id
            return "kind"
        if args.get("garin") in {g.id for g in mine}:
            ctx.data["garin"] = args["garin"]
            return "kind"
        return "garin"

    @asks("garin")
    async def ask_garin(self, ctx: Ctx) -> None:
        mine = await managed(ctx)
        if not mine:
            ctx.ask(ctx.t("garin-decision-no-garin"), [("cancel", ctx.t("garin-cancel"))])
            return
        ctx.ask(ctx.t("garin-decision-pick-garin"),
                [*((str(g.id), g.name) for g in mine), ("cancel", ctx.t("garin-cancel"))])

    @handles("garin")
    async def on_garin(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        mine = {str(g.id): g for g in await managed(ctx)}
        if reply.choice not in mine:
            return not_understood(ctx)
        ctx.data["garin"] = mine[reply.choice].id
        return goto("kind")

    @asks("kind")
    async def ask_kind(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("garin-decision-pick-kind"),
                [*((kind, ctx.t(f"garin-decision-kind-{kind}")) for kind in rules.KINDS),
                 ("cancel", ctx.t("garin-cancel"))])

    @handles("kind")
    async def on_kind(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        if reply.choice not in rules.KINDS:
            return not_understood(ctx)
        ctx.data["kind"] = reply.choice
        return goto("question")

    @asks("question")
    async def ask_question(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t(f"garin-decision-ask-question-{ctx.data['kind']}"),
                [("cancel", ctx.t("garin-cancel"))])

    @handles("question")
    async def on_question(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        question = (reply.text or "").strip()
        if not question or len(question) > QUESTION_LIMIT:
            ctx.say(ctx.t("garin-decision-question-invalid", most=QUESTION_LIMIT))
            return retry()
        ctx.data["question"] = question
        if ctx.data["kind"] == rules.PROPOSAL:
            ctx.data["options"] = []
            return goto("deadline")
        return goto("options")

    @asks("options")
    async def ask_options(self, ctx: Ctx) -> None:
        key = "garin-decision-ask-times" if ctx.data["kind"] == rules.TIME \
            else "garin-decision-ask-options"
        ctx.ask(ctx.t(key, most=rules.MAX_OPTIONS), [("cancel", ctx.t("garin-cancel"))])

    @handles("options")
    async def on_options(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        lines = [line.strip(" -•\t") for line in (reply.text or "").splitlines()]
        lines = [line for line in lines if line]
        if not 2 <= len(lines) <= rules.MAX_OPTIONS or len(set(lines)) != len(lines):
            ctx.say(ctx.t("garin-decision-options-count", most=rules.MAX_OPTIONS))
            return retry()
        if ctx.data["kind"] == rules.TIME:
            return self._times(ctx, lines)
        if any(len(line) > LABEL_LIMIT for line in lines):
            ctx.say(ctx.t("garin-decision-option-too-long", most=LABEL_LIMIT))
            return retry()
        ctx.data["options"] = [{"id": f"o{i}", "label": line}
                               for i, line in enumerate(lines, 1)]
        return goto("deadline")

    def _times(self, ctx: Ctx, lines: list[str]) -> Move:
        words = ctx.services.localizer.words("words-tomorrow")
        moments = []
        for line in lines:
            at = parse_when(line, ctx.now, ctx.settings.timezone, words)
            if at is None or at <= ctx.now:
                ctx.say(ctx.t("garin-decision-time-invalid", line=line))
                return retry()
            moments.append(at)
        if len(set(moments)) != len(moments):
            ctx.say(ctx.t("garin-decision-options-count", most=rules.MAX_OPTIONS))
            return retry()
        ctx.data["options"] = [{"id": f"t{i}", "label": "",
                                "at": at.astimezone(UTC).isoformat()}
                               for i, at in enumerate(sorted(moments), 1)]
        return goto("deadline")

    @asks("deadline")
    async def ask_deadline(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("garin-decision-ask-deadline"),
                [*((target, ctx.t("garin-decision-in-days", days=days))
                   for target, days in DEADLINES), ("cancel", ctx.t("garin-cancel"))])

    @handles("deadline")
    async def on_deadline(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        days = dict(DEADLINES).get(reply.choice or "")
        if days is not None:
            at = ctx.now + timedelta(days=days)
        else:
            words = ctx.services.localizer.words("words-tomorrow")
            found = parse_when(reply.text or "", ctx.now, ctx.settings.timezone, words)
            if found is None or found <= ctx.now:
                ctx.say(ctx.t("garin-decision-deadline-invalid"))
                return retry()
            at = found
        first_time = min((datetime.fromisoformat(o["at"]) for o in ctx.data["options"]
                          if o.get("at")), default=None)
        if first_time is not None and at > first_time:
            ctx.say(ctx.t("garin-decision-deadline-after-times"))
            return retry()
        ctx.data["deadline"] = at.isoformat()
        return goto("quorum")

    @asks("quorum")
    async def ask_quorum(self, ctx: Ctx) -> None:
        members = await garinim.member_count(ctx.db, ctx.data["garin"])
        ctx.ask(ctx.t("garin-decision-ask-quorum", members=members),
                [("none", ctx.t("garin-decision-no-quorum")), ("cancel", ctx.t("garin-cancel"))])

    @handles("quorum")
    async def on_quorum(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        if reply.choice == "none":
            ctx.data["quorum"] = None
            return goto("confirm")
        members = await garinim.member_count(ctx.db, ctx.data["garin"])
        quorum = rules.quorum_from(reply.text or "", members)
        if quorum is None:
            ctx.say(ctx.t("garin-decision-quorum-invalid", members=members))
            return retry()
        ctx.data["quorum"] = quorum
        return goto("confirm")

    @asks("confirm")
    async def ask_confirm(self, ctx: Ctx) -> None:
        garin = await garinim.get(ctx.db, ctx.data["garin"])
        zone = ctx.settings.timezone
        decision = draft(ctx)
        options = ", ".join(dt.option_label(ctx.t, decision, o, zone)
                            for o in dt.option_ids(decision))
        preview = dt.question_text(ctx.t, decision, garin.name if garin else "", zone)
        ctx.ask("\n\n".join([ctx.t("garin-decision-preview"), preview,
                             ctx.t("garin-decision-preview-options", options=options)]),
                [("yes", ctx.t("garin-decision-send")), ("no", ctx.t("garin-cancel"))])

    @handles("confirm")
    async def on_confirm(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "no":
            ctx.say(ctx.t("garin-decision-dropped"))
            return finish()
        if reply.choice != "yes":
            return not_understood(ctx)
        garin = await garinim.get(ctx.db, ctx.data["garin"])
        if garin is None or garin.id not in {g.id for g in await managed(ctx)}:
            ctx.say(ctx.t("not-allowed"))
            return finish()
        deadline = datetime.fromisoformat(ctx.data["deadline"])
        if deadline <= ctx.now:
            ctx.say(ctx.t("garin-decision-deadline-invalid"))
            return goto("deadline")
        decision = await ops.open_decision(
            ctx, garin, kind=ctx.data["kind"], question=ctx.data["question"],
            options=ctx.data["options"], language=ctx.person.language, by=ctx.person.id,
            deadline=deadline, quorum=ctx.data.get("quorum"))
        ctx.say(ctx.t("garin-decision-opened", members=decision.eligible,
                      when=dt.deadline(ctx.t, decision, ctx.settings.timezone)))
        return finish()
