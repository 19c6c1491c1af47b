"""Answering a garin invitation: the invitee's accept / decline buttons (global actions, so
they work from any flow), and a short flow asking the first name members will see."""

from __future__ import annotations

from typing import Any

from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, asks, finish, handles, retry, switch
from conversations.garinim.group_link import on_joined
from storage import garinim as repo
from storage.garin_models import ACCEPTED, DECLINED, EXPIRED, PENDING

NAME_LIMIT = 60


async def _answer(ctx: Ctx, target: str, state: str) -> Move | None:
    invitation = await repo.invitation(ctx.db, int(target)) if target.isdigit() else None
    if invitation is None or invitation.person_id != ctx.person.id:
        ctx.refuse(ctx.t("garin-invitation-gone"))
        return None
    garin = await repo.get(ctx.db, invitation.garin_id)
    if garin is not None and (invitation.state == EXPIRED or (
            invitation.state == PENDING and invitation.expires_at is not None
            and invitation.expires_at <= ctx.now)):
        ctx.refuse(ctx.t("garin-invitation-expired", garin=garin.name))
        return None
    if garin is None or invitation.state != PENDING:
        ctx.refuse(ctx.t("garin-invitation-answered"))
        return None
    await repo.answer_invitation(ctx.db, invitation.id, ctx.person.id, state, ctx.now)
    if state == DECLINED:
        ctx.say(ctx.t("garin-declined", garin=garin.name))
        return None
    ctx.say(ctx.t("garin-joined", garin=garin.name))
    await on_joined(ctx, garin)
    if not ctx.person.display_name:
        return switch("garin_join", garin_id=garin.id)
    return switch("garin_home", garin_id=garin.id)


async def accept(ctx: Ctx, target: str) -> Move | None:
    return await _answer(ctx, target, ACCEPTED)


async def decline(ctx: Ctx, target: str) -> Move | None:
    return await _answer(ctx, target, DECLINED)


class GarinJoinFlow(Flow):
    """After joining without a known name: the first name the other members will see."""

    name = "garin_join"
    initial = "name"
    states = ("name",)

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["garin_id"] = int(args.get("garin_id", 0))
        return "name"

    @asks("name")
    async def ask_name(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("garin-ask-name"), [("skip", ctx.t("garin-skip"))])

    @handles("name")
    async def on_name(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice != "skip":
            name = (reply.text or "").strip()
            if not name or len(name) > NAME_LIMIT:
                ctx.say(ctx.t("garin-name-invalid", limit=NAME_LIMIT))
                return retry()
            ctx.person.display_name = name
        if await repo.is_member(ctx.db, ctx.data["garin_id"], ctx.person.id):
            return switch("garin_home", garin_id=ctx.data["garin_id"])
        return finish()
