"""What a flow is: named states, a prompt on entering each, and a handler that returns a move.

A flow never sends anything itself and never imports a channel: it reads the person's reply
and writes prompts into the context, and the engine persists state before anything leaves.

A hand-written flow declares its `states` and gives each one a prompt and a reply handler:

    class DeleteMeFlow(Flow):
        name, initial, states = "deleteme", "confirm", ("confirm",)

        @asks("confirm")
        async def ask_confirm(self, ctx: Ctx) -> None:
            ctx.ask(ctx.t("deleteme-confirm"), [("yes", ...), ("no", ...)])

        @handles("confirm")
        async def on_confirm(self, ctx: Ctx, reply: Reply) -> Move:
            if reply.choice == "no":
                return finish()
            ...
            return not_understood(ctx)

`Flow.ask` and `Flow.handle` dispatch to those methods. States that share a guard (e.g. "the
meeting must still be yours") override `ask`/`handle`, check, and then call `super()`.
A flow whose states are data rather than code (the survey, one state per question of a YAML
file) sets `dynamic_states = True` and overrides `knows`, `ask` and `handle` itself: the one
deliberate exception. `check()` reports a flow that breaks these rules; the registry runs it
for every flow at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from conversations.domain.types import SharedContact, SharedLocation

if TYPE_CHECKING:
    from conversations.engine.context import Ctx


@dataclass(frozen=True)
class Reply:
    """The person's answer to the current prompt, already matched against its choices."""

    text: str | None = None
    choice: str | None = None
    contact: SharedContact | None = None
    location: SharedLocation | None = None


MoveKind = Literal["goto", "retry", "stay", "finish", "switch"]


@dataclass(frozen=True)
class Move:
    """Where to go after a reply."""

    kind: MoveKind
    state: str | None = None
    flow: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    show_menu: bool = True


def goto(state: str) -> Move:
    """Enter `state` and ask its prompt."""
    return Move("goto", state=state)


def retry() -> Move:
    """Ask the current prompt again (after the flow explained what was wrong)."""
    return Move("retry")


def stay() -> Move:
    """Stay in the current state without asking again."""
    return Move("stay")


def finish(*, show_menu: bool = True) -> Move:
    """Leave the flow; by default show the main menu."""
    return Move("finish", show_menu=show_menu)


def not_understood(ctx: Ctx) -> Move:
    """The reply fits nothing the prompt offered: say so and ask the same prompt again."""
    ctx.say(ctx.t("not-understood"))
    return retry()


def switch(flow: str, state: str | None = None, **args: Any) -> Move:
    """Start another flow (optionally at a state, with arguments for its `start`)."""
    return Move("switch", flow=flow, state=state, args=args)


Method = TypeVar("Method", bound=Callable[..., Any])
_ASKS = "_flow_asks"
_HANDLES = "_flow_handles"


def asks(state: str) -> Callable[[Method], Method]:
    """Mark `async def ...(self, ctx) -> None` as what entering `state` asks."""
    return _mark(_ASKS, state)


def handles(state: str) -> Callable[[Method], Method]:
    """Mark `async def ...(self, ctx, reply) -> Move` as the handler of a reply in `state`."""
    return _mark(_HANDLES, state)


def _mark(kind: str, state: str) -> Callable[[Method], Method]:
    def mark(method: Method) -> Method:
        setattr(method, kind, (*getattr(method, kind, ()), state))
        return method
    return mark


class Flow:
    """Base class of every conversation flow: an explicit state machine.

    Subclasses name their states, set `initial`, and mark one `@asks(state)` method (what is
    asked on entering the state) and one `@handles(state)` method (a reply in the state → a
    `Move`) per state. State names are stable strings stored in the database, so renaming one
    needs a migration of stored sessions.
    """

    name: ClassVar[str]
    initial: ClassVar[str]
    states: ClassVar[tuple[str, ...]] = ()
    requires_consent: ClassVar[bool] = True
    coordinator_only: ClassVar[bool] = False
    dynamic_states: ClassVar[bool] = False
    """True when the states come from data: the flow overrides `knows`, `ask` and `handle`."""
    resting: ClassVar[frozenset[str]] = frozenset()
    """States that are somewhere to look around (a summary with edit buttons), not a question
    awaiting an answer. After a one-off action (an offer's button, a follow-up's answer) a
    person resting in one is not brought back to it: the flow is left quietly."""

    askers: ClassVar[dict[str, str]] = {}
    """State → name of its `@asks` method (collected per class, inherited)."""
    handlers: ClassVar[dict[str, str]] = {}
    """State → name of its `@handles` method (collected per class, inherited)."""
    _marking_problems: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        askers, handlers = dict(cls.askers), dict(cls.handlers)
        problems = []
        for kind, table in ((_ASKS, askers), (_HANDLES, handlers)):
            mine: dict[str, str] = {}
            for attr, value in vars(cls).items():
                for state in getattr(value, kind, ()):
                    if state in mine:
                        problems.append(f"state {state!r} has two @{kind.removeprefix('_flow_')}"
                                        f" methods: {mine[state]} and {attr}")
                    mine[state] = attr
            table.update(mine)
        cls.askers, cls.handlers = askers, handlers
        cls._marking_problems = tuple(problems)

    async def start(self, ctx: Ctx, **args: Any) -> str:
        """Prepare the flow's data; return the first state (default: `initial`)."""
        return self.initial

    async def ask(self, ctx: Ctx, state: str) -> None:
        """Ask what `state` asks: its `@asks` method."""
        await getattr(self, self._method(self.askers, "asks", state))(ctx)

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        """A reply in `state`: its `@handles` method."""
        move: Move = await getattr(self, self._method(self.handlers, "handles", state))(
            ctx, reply)
        return move

    def _method(self, table: dict[str, str], kind: str, state: str) -> str:
        try:
            return table[state]
        except KeyError:
            raise LookupError(f"flow {self.name!r} has no @{kind}({state!r})") from None

    def knows(self, state: str | None) -> bool:
        return state in self.states if self.states else state is not None

    def check(self) -> list[str]:
        """What is wrong with this flow's declaration (empty when nothing is)."""
        problems = list(self._marking_problems)
        if self.dynamic_states:
            for method in ("knows", "ask", "handle"):
                if getattr(type(self), method) is getattr(Flow, method):
                    problems.append(f"dynamic states but no own {method}()")
            if self.askers or self.handlers:
                problems.append("dynamic states but @asks/@handles methods")
        else:
            if not self.states:
                problems.append("no states declared")
            if len(set(self.states)) != len(self.states):
                problems.append("a state is declared twice")
            problems += [f"resting state {state!r} is not declared"
                         for state in sorted(self.resting - set(self.states))]
            for state in self.states:
                if state not in self.askers:
                    problems.append(f"state {state!r} has no @asks method")
                if state not in self.handlers:
                    problems.append(f"state {state!r} has no @handles method")
            for kind, table in (("asks", self.askers), ("handles", self.handlers)):
                problems += [f"@{kind}({state!r}) names no declared state"
                             for state in table if state not in self.states]
        if not self.knows(self.initial):
            problems.append(f"initial state {self.initial!r} is not one of its states")
        return problems
