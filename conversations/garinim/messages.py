"""Group messages: the lead or a coordinator writes once and every member gets it (with
"urgent" for coordinators allowed to send urgent broadcasts); a member "writes to the group"
and the note is relayed to the others with their first name."""

from __future__ import annotations

from typing import Any

from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, asks, finish, goto, handles, retry, switch
from conversations.garinim.fanout import ANNOUNCE, RELAY, to_members
from conversations.garinim.scopes import visible_garin
from storage import garinim as repo
from storage.garin_models import Garin

MAX_TEXT = 1000


async def may_announce(ctx: Ctx, garin: Garin) -> bool:
    """The garin's lead, or a coordinator whose scope covers it."""
    if garin.lead_person_id == ctx.person.id and await repo.is_member(ctx.db, garin.id,
                                                                      ctx.person.id):
        return True
    return await visible_garin(ctx, garin.id) is not None


def may_send_urgent(ctx: Ctx) -> bool:
    return ctx.is_coordinator and ctx.identity.urn in ctx.settings.urgent_sender_urns


def _text(ctx: Ctx, reply: Reply) -> str | None:
    text = (reply.text or "").strip()
    if not text or len(text) > MAX_TEXT:
        ctx.say(ctx.t("garin-text-invalid", limit=MAX_TEXT))
        return None
    return text


class GarinMessageFlow(Flow):
    name = "garin_message"
    initial = "text"
    states = ("text", "confirm")

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["garin_id"] = int(args.get("garin_id", 0))
        return "text"

    async def _garin(self, ctx: Ctx) -> Garin | None:
        garin = await repo.get(ctx.db, ctx.data.get("garin_id", 0))
        return garin if garin is not None and await may_announce(ctx, garin) else None

    @asks("text")
    async def ask_text(self, ctx: Ctx) -> None:
        garin = await self._garin(ctx)
        ctx.ask(ctx.t("garin-announce-prompt", garin=garin.name if garin else "",
                      count=await repo.member_count(ctx.db, garin.id) if garin else 0),
                [("cancel", ctx.t("garin-cancel"))])

    @handles("text")
    async def on_text(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel" or await self._garin(ctx) is None:
            return finish()
        text = _text(ctx, reply)
        if text is None:
            return retry()
        ctx.data["text"] = text
        return goto("confirm")

    @asks("confirm")
    async def ask_confirm(self, ctx: Ctx) -> None:
        choices = [("send", ctx.t("garin-send"))]
        if may_send_urgent(ctx):
            choices.append(("urgent", ctx.t("garin-send-urgent")))
        choices.append(("cancel", ctx.t("garin-cancel")))
        ctx.ask(ctx.t("garin-announce-preview", text=ctx.data["text"]), choices)

    @handles("confirm")
    async def on_confirm(self, ctx: Ctx, reply: Reply) -> Move:
        garin = await self._garin(ctx)
        if garin is None or reply.choice not in ("send", "urgent"):
            ctx.say(ctx.t("garin-not-sent"))
            return finish()
        urgent = reply.choice == "urgent" and may_send_urgent(ctx)
        count = await to_members(ctx, garin, ANNOUNCE, ctx.data["text"], urgent=urgent)
        ctx.say(ctx.t("garin-announce-sent", count=count))
        return finish()


class GarinWriteFlow(Flow):
    """A member's note to the rest of the group, relayed with their first name."""

    name = "garin_write"
    initial = "text"
    states = ("text",)

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["garin_id"] = int(args.get("garin_id", 0))
        return "text"

    @asks("text")
    async def ask_text(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("garin-write-prompt"), [("cancel", ctx.t("garin-cancel"))])

    @handles("text")
    async def on_text(self, ctx: Ctx, reply: Reply) -> Move:
        garin = await repo.get(ctx.db, ctx.data["garin_id"])
        if reply.choice == "cancel":
            return finish()
        if garin is None or not await repo.is_member(ctx.db, garin.id, ctx.person.id):
            ctx.say(ctx.t("garin-not-member"))
            return finish()
        text = _text(ctx, reply)
        if text is None:
            return retry()
        count = await to_members(ctx, garin, RELAY, text)
        ctx.say(ctx.t("garin-write-sent", count=count))
        return finish()


async def write(ctx: Ctx, target: str) -> Move | None:
    """The "write to the group" button under a group message."""
    if target.isdigit() and await repo.is_member(ctx.db, int(target), ctx.person.id):
        return switch("garin_write", garin_id=int(target))
    ctx.refuse(ctx.t("garin-not-member"))
    return None
