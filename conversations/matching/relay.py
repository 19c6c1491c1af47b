"""'Write to them here': after a match, pass a message to the other side through the bot.

Used when someone left no phone number: neither side has to reveal a Telegram or WhatsApp
handle, and the conversation still works on either channel.
"""

from __future__ import annotations

from typing import Any

from conversations.domain.types import Choice, Outbound
from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, asks, finish, handles, retry
from conversations.matching.offers import requester_side, translator_for
from storage.matching_models import HelpRequest

MAX_TEXT = 1000


async def other_side(ctx: Ctx, request: HelpRequest | None) -> int | None:
    """The person on the other side of a matched request, or None if ctx's person isn't in it."""
    if request is None or request.state != "matched":
        return None
    side = requester_side(request)
    if ctx.person.id == request.volunteer_id:
        return side
    if ctx.person.id == side:
        return request.volunteer_id
    return None


class HelpRelayFlow(Flow):
    name = "help_relay"
    initial = "text"
    states = ("text",)

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["request_id"] = int(args.get("request_id", 0))
        return "text"

    @asks("text")
    async def ask_text(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("relay-prompt"), [("cancel", ctx.t("req-cancel"))])

    @handles("text")
    async def on_text(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        request = await ctx.db.get(HelpRequest, ctx.data["request_id"])
        to = await other_side(ctx, request)
        if to is None or request is None:
            ctx.say(ctx.t("relay-closed"))
            return finish()
        text = (reply.text or "").strip()
        if not text or len(text) > MAX_TEXT:
            ctx.say(ctx.t("relay-invalid", limit=MAX_TEXT))
            return retry()
        _, t = await translator_for(ctx, to)
        name = ctx.person.display_name or t("help-someone")
        message = Outbound(t("relay-message", name=name, number=request.id, text=text),
                           (Choice(t("relay-reply"), "match.write", str(request.id)),),
                           language=t.language)
        await ctx.notify(to, kind="help_relay",
                         key=f"relay:request:{request.id}:from:{ctx.person.id}:"
                             f"{ctx.session.step}:{ctx.now.timestamp():.0f}",
                         message=message)
        ctx.say(ctx.t("relay-sent"))
        return finish()
