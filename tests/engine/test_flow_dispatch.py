"""The one dispatch idiom of hand-written flows: `@asks`/`@handles` methods per state, collected
per class, reused by inheritance or assignment, and a guard that calls `super()`."""

from __future__ import annotations

from typing import Any

import pytest

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


class FakeCtx:
    """Just what these flows touch: prompts, said texts, a translator."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.said: list[str] = []

    def ask(self, text: str, choices: Any = ()) -> None:
        self.asked.append(text)

    def say(self, text: str) -> None:
        self.said.append(text)

    def t(self, key: str, **_: Any) -> str:
        return f"<{key}>"


class Door(Flow):
    name = "door"
    initial = "knock"
    states = ("knock", "enter")

    @asks("knock")
    async def ask_knock(self, ctx: Any) -> None:
        ctx.ask("who is there?")

    @asks("enter")
    async def ask_enter(self, ctx: Any) -> None:
        ctx.ask("come in?")

    @handles("knock")
    async def on_knock(self, ctx: Any, reply: Reply) -> Move:
        return goto("enter") if reply.text else not_understood(ctx)

    @handles("enter")
    async def on_enter(self, ctx: Any, reply: Reply) -> Move:
        return finish()


class LockedDoor(Door):
    """Inherits every state; replaces one prompt and guards every reply."""

    name = "locked_door"

    @asks("enter")
    async def ask_locked(self, ctx: Any) -> None:
        ctx.ask("it is locked")

    async def handle(self, ctx: Any, state: str, reply: Reply) -> Move:
        if reply.choice == "kick":
            return retry()
        return await super().handle(ctx, state, reply)


class Borrowing(Flow):
    name = "borrowing"
    initial = "knock"
    states = ("knock",)
    ask_knock = Door.ask_knock
    on_knock = Door.on_knock


async def test_ask_and_handle_dispatch_to_the_marked_methods() -> None:
    ctx: Any = FakeCtx()
    door = Door()
    await door.ask(ctx, "knock")
    await door.ask(ctx, "enter")
    assert ctx.asked == ["who is there?", "come in?"]
    assert await door.handle(ctx, "knock", Reply(text="me")) == goto("enter")
    assert await door.handle(ctx, "enter", Reply()) == finish()
    assert door.check() == []


async def test_not_understood_says_so_and_asks_again() -> None:
    ctx: Any = FakeCtx()
    assert await Door().handle(ctx, "knock", Reply()) == retry()
    assert ctx.said == ["<not-understood>"]


async def test_subclasses_inherit_states_and_may_replace_one_or_guard_all() -> None:
    ctx: Any = FakeCtx()
    locked = LockedDoor()
    await locked.ask(ctx, "knock")
    await locked.ask(ctx, "enter")
    assert ctx.asked == ["who is there?", "it is locked"]
    assert await locked.handle(ctx, "enter", Reply(choice="kick")) == retry()
    assert await locked.handle(ctx, "enter", Reply()) == finish()
    assert Door.askers["enter"] == "ask_enter"  # the parent's table is untouched
    assert locked.check() == []


async def test_a_method_assigned_from_another_flow_keeps_its_state() -> None:
    ctx: Any = FakeCtx()
    await Borrowing().ask(ctx, "knock")
    assert ctx.asked == ["who is there?"]
    assert Borrowing().check() == []


async def test_a_state_without_a_method_fails_loudly() -> None:
    with pytest.raises(LookupError, match=r"flow 'door' has no @asks\('cellar'\)"):
        await Door().ask(FakeCtx(), "cellar")
