"""What a flow is: named states, a prompt on entering each, and a handler that returns a move.

A flow never sends anything itself and never imports a channel: it reads the person's reply
and writes prompts into the context, and the engine persists state before anything leaves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

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


def switch(flow: str, state: str | None = None, **args: Any) -> Move:
    """Start another flow (optionally at a state, with arguments for its `start`)."""
    return Move("switch", flow=flow, state=state, args=args)


class Flow:
    """Base class of every conversation flow: an explicit state machine.

    Subclasses name their states, set `initial`, and implement `ask` (what is asked on entering
    a state) and `handle` (a reply in a state → a `Move`). State names are stable strings stored
    in the database, so renaming one needs a migration of stored sessions.
    """

    name: ClassVar[str]
    initial: ClassVar[str]
    states: ClassVar[tuple[str, ...]] = ()
    requires_consent: ClassVar[bool] = True
    coordinator_only: ClassVar[bool] = False

    async def start(self, ctx: Ctx, **args: Any) -> str:
        """Prepare the flow's data; return the first state (default: `initial`)."""
        return self.initial

    async def ask(self, ctx: Ctx, state: str) -> None:
        raise NotImplementedError

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        raise NotImplementedError

    def knows(self, state: str | None) -> bool:
        return state in self.states if self.states else state is not None
