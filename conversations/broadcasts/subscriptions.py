"""Topic subscriptions: a menu page to switch topics on and off, and the one-tap unsubscribe
button every broadcast carries (a global action, so it works from any old message)."""

from __future__ import annotations

from conversations.domain import topics
from conversations.domain.types import Choice, Outbound
from conversations.engine.context import Ctx
from conversations.engine.flow import (
    Flow,
    Move,
    Reply,
    asks,
    finish,
    handles,
    not_understood,
    retry,
)
from storage import subscriptions


class SubscriptionsFlow(Flow):
    """Show each topic with its state; tapping one toggles it."""

    name = "subscriptions"
    initial = "topics"
    states = ("topics",)

    @asks("topics")
    async def ask_topics(self, ctx: Ctx) -> None:
        chosen = await subscriptions.topics_of(ctx.db, ctx.person.id)
        choices = [(topic, ("✅ " if on else "⬜ ") + ctx.t(f"topic-{topic}"))
                   for topic, on in chosen.items()]
        choices.append(("done", ctx.t("subscriptions-done")))
        ctx.ask(ctx.t("subscriptions-prompt"), choices)

    @handles("topics")
    async def on_topics(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "done":
            return finish()
        if reply.choice is None or topics.get(reply.choice) is None:
            return not_understood(ctx)
        chosen = await subscriptions.topics_of(ctx.db, ctx.person.id)
        await subscriptions.set_subscribed(ctx.db, ctx.person.id, reply.choice,
                                           not chosen[reply.choice], ctx.now)
        return retry()


async def unsubscribe(ctx: Ctx, topic: str) -> Move | None:
    """The button under every broadcast: stop this topic, offer to undo."""
    if topics.get(topic) is None:
        ctx.refuse(ctx.t("stale-button"))
        return None
    await subscriptions.set_subscribed(ctx.db, ctx.person.id, topic, False, ctx.now)
    label = ctx.t(f"topic-{topic}")
    ctx.out.append(Outbound(text=ctx.t("unsubscribed", topic=label),
                            choices=(Choice(ctx.t("resubscribe"), "sub", topic),),
                            language=ctx.person.language))
    return None


async def subscribe(ctx: Ctx, topic: str) -> Move | None:
    if topics.get(topic) is None:
        ctx.refuse(ctx.t("stale-button"))
        return None
    await subscriptions.set_subscribed(ctx.db, ctx.person.id, topic, True, ctx.now)
    ctx.say(ctx.t("resubscribed", topic=ctx.t(f"topic-{topic}")))
    return None
