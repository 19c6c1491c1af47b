"""The registry refuses what would otherwise fail only when someone reaches it: a state without
a prompt or handler, a menu item naming an unknown action or flow, a missing engine flow."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.app
from bot.app import create_core
from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, asks, finish, handles
from conversations.engine.registry import MenuItem, Registry, RegistryError
from conversations.features import build_registry
from tests.support.settings import make_settings


class TwoStepFlow(Flow):
    name = "two_step"
    initial = "first"
    states = ("first", "second")

    @asks("first")
    async def ask_first(self, ctx: Ctx) -> None:
        ctx.ask("first?")

    @asks("second")
    async def ask_second(self, ctx: Ctx) -> None:
        ctx.ask("second?")

    @handles("first")
    async def on_first(self, ctx: Ctx, reply: Reply) -> Move:
        return finish()
    # "second" has no handler


async def _noop(ctx: Ctx, target: str) -> Move | None:
    return None


def test_the_real_registry_is_valid() -> None:
    registry = build_registry()
    assert registry.problems() == []
    registry.validate()


def test_a_state_without_a_handler_is_reported() -> None:
    registry = build_registry()
    registry.add_flow(TwoStepFlow())
    assert registry.problems() == ["flow 'two_step': state 'second' has no @handles method"]


def test_a_menu_item_naming_an_unknown_flow_is_reported() -> None:
    registry = build_registry()
    registry.add_menu_item(MenuItem("menu-settings", "flow", "setings"))
    assert registry.problems() == ["menu item 'menu-settings': unknown flow 'setings'"]


def test_a_menu_item_naming_an_unknown_action_is_reported() -> None:
    registry = build_registry()
    registry.add_menu_item(MenuItem("menu-mydata", "my_data"))
    assert registry.problems() == ["menu item 'menu-mydata': unknown action 'my_data'"]


def test_the_flows_and_action_the_engine_relies_on_must_be_registered() -> None:
    registry = Registry()
    registry.add_action("flow", _noop)
    assert registry.problems() == ["the engine needs a flow 'onboarding'",
                                   "the engine needs a flow 'deleteme'",
                                   "the engine needs an action 'mydata'"]


def test_declaration_mistakes_of_a_flow_are_reported() -> None:
    class Sloppy(Flow):
        name = "sloppy"
        initial = "start"
        states = ("one",)

        @asks("one")
        async def ask_one(self, ctx: Ctx) -> None: ...

        @asks("one")
        async def ask_one_again(self, ctx: Ctx) -> None: ...

        @handles("one")
        async def on_one(self, ctx: Ctx, reply: Reply) -> Move:
            return finish()

        @handles("two")
        async def on_two(self, ctx: Ctx, reply: Reply) -> Move:
            return finish()

    assert Sloppy().check() == [
        "state 'one' has two @asks methods: ask_one and ask_one_again",
        "@handles('two') names no declared state",
        "initial state 'start' is not one of its states",
    ]


def test_a_dynamic_flow_must_parse_its_own_states() -> None:
    class Halfway(Flow):
        name = "halfway"
        initial = "x"
        dynamic_states = True

        async def ask(self, ctx: Ctx, state: str) -> None: ...

    assert Halfway().check() == ["dynamic states but no own knows()",
                                 "dynamic states but no own handle()"]


def test_every_problem_is_listed_in_the_error() -> None:
    registry = build_registry()
    registry.add_flow(TwoStepFlow())
    registry.add_menu_item(MenuItem("menu-settings", "flow", "nowhere"))
    with pytest.raises(RegistryError) as raised:
        registry.validate()
    assert raised.value.problems == ["flow 'two_step': state 'second' has no @handles method",
                                     "menu item 'menu-settings': unknown flow 'nowhere'"]
    assert str(raised.value) == (
        "the registered features do not fit together:\n"
        "  - flow 'two_step': state 'second' has no @handles method\n"
        "  - menu item 'menu-settings': unknown flow 'nowhere'")


async def test_the_core_refuses_to_start_with_a_broken_registry(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken() -> Registry:
        registry = build_registry()
        registry.add_menu_item(MenuItem("menu-settings", "flow", "nowhere"))
        return registry

    monkeypatch.setattr(bot.app, "build_registry", broken)
    with pytest.raises(RegistryError, match="unknown flow 'nowhere'"):
        await create_core(make_settings(f"sqlite+aiosqlite:///{tmp_path}/never.db"))
    assert not (tmp_path / "never.db").exists()  # refused before touching the database
