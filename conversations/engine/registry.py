"""Where features plug in: flows, global button actions, menu items, jobs and privacy hooks.

Each feature module exposes `register(registry)`; `conversations/features.py` composes them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.engine.commands import Command, CommandGroup
from conversations.engine.flow import Flow, Move

if TYPE_CHECKING:
    from conversations.domain.types import Outbound, SharedContact
    from conversations.engine.context import Ctx
    from conversations.engine.demo import DemoSection
    from conversations.engine.groups import GroupContext
    from conversations.engine.jobs import JobContext
    from storage.models import ScheduledItem

ONBOARDING, DELETE_ME, MY_DATA = "onboarding", "deleteme", "mydata"
"""Names the engine itself relies on: the first-contact flow, the "delete me" flow and the "my
data" action (its universal words start them); a feature must register them."""
OPEN_FLOW = "flow"
"""The action whose target names a flow to start (most menu items use it)."""

ActionHandler = Callable[["Ctx", str], Awaitable[Move | None]]
"""A global button's handler: `(ctx, target) -> Move | None`; None keeps the current flow."""

ContactHandler = Callable[["Ctx", "SharedContact"], Awaitable[Move]]
JobHandler = Callable[["JobContext", "ScheduledItem"], Awaitable[None]]
PersonHook = Callable[[AsyncSession, int, datetime], Awaitable[None]]
"""Before a person is erased: `(db, person_id, now)`."""
MergeHook = Callable[[AsyncSession, int, int, datetime], Awaitable[None]]
"""Two records of one person become one: `(db, from_id, to_id, now)`."""
ExportHook = Callable[[AsyncSession, int], Awaitable[dict[str, Any]]]
DigestSection = Callable[["DigestRequest"], Awaitable[list[Any]]]
"""A feature's part of the weekly digest for one person: lines of text (empty: nothing);
`Choice` items among them become buttons under the digest (e.g. a global action to sign up)."""
GroupHandler = Callable[["GroupContext"], Awaitable["list[Outbound] | None"]]
"""Something happened in a group chat: answers for the group, or None (not mine)."""
ScreenSection = Callable[["Ctx", dict[str, Any]], Awaitable[list[Any]]]
"""A part another feature adds to a screen one feature owns (e.g. "garin.home"):
`(ctx, args) -> lines` (str; `Choice` items become buttons); empty: nothing to add."""


@dataclass(frozen=True)
class DigestRequest:
    """What a digest section is given: the person, their translator, the time, the db."""

    db: AsyncSession
    person_id: int
    language: str
    translate: Callable[..., str]
    now: datetime
    zone: str
    """The configured time zone (`TIMEZONE`) in which to show times."""


@dataclass(frozen=True)
class Action:
    handler: ActionHandler
    coordinator_only: bool = False
    requires_consent: bool = True


@dataclass(frozen=True)
class MenuItem:
    """A main-menu entry: a label key and the global action it triggers."""

    label_key: str
    action: str
    target: str = ""
    order: int = 50
    coordinator_only: bool = False
    visible: Callable[[Ctx], Awaitable[bool]] | None = None
    # A broadcast may carry a button that opens this entry. False for entries that act on the
    # reader's own account (settings, deletion) or that only some readers can use (a garin's
    # screens, for its members): a button sent to a whole segment must work for everyone in it.
    in_broadcasts: bool = True


class RegistryError(ValueError):
    """The features registered things that do not fit together; the bot refuses to start."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("the registered features do not fit together:\n"
                         + "\n".join(f"  - {problem}" for problem in problems))


@dataclass
class Registry:
    flows: dict[str, Flow] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)
    menu: list[MenuItem] = field(default_factory=list)
    jobs: dict[str, JobHandler] = field(default_factory=dict)
    enqueue_only_jobs: set[str] = field(default_factory=set)
    """Job kinds whose handlers only read and queue messages (`add_job(enqueue_only=True)`):
    the scheduler runs a batch of them set-based (bot/delivery/scheduler.py)."""
    on_delete: list[PersonHook] = field(default_factory=list)
    on_merge: list[MergeHook] = field(default_factory=list)
    exporters: dict[str, ExportHook] = field(default_factory=dict)
    digest_sections: dict[str, DigestSection] = field(default_factory=dict)
    on_shared_contact: ContactHandler | None = None
    """What a contact shared outside any flow means (onboarding links the person's phone)."""
    checks: list[Callable[[Any], None]] = field(default_factory=list)
    """Run with the settings at start-up; raise to refuse to start (e.g. a bad survey file)."""
    commands: dict[str, Command] = field(default_factory=dict)
    """`kehila …` commands by name ("export survey"), in the order features added them."""
    command_groups: dict[str, CommandGroup] = field(default_factory=dict)
    demo_sections: dict[str, DemoSection] = field(default_factory=dict)
    """Each feature's part of `kehila demo` (conversations/engine/demo.py), in order."""
    group_handlers: list[GroupHandler] = field(default_factory=list)
    """What group-chat events mean (`conversations/engine/groups.py`), asked in order."""
    screen_sections: dict[str, dict[str, ScreenSection]] = field(default_factory=dict)
    """Screen name → {section name: section}, in the order added (see `add_screen_section`)."""

    def add_flow(self, flow: Flow) -> None:
        if flow.name in self.flows:
            raise ValueError(f"flow {flow.name!r} registered twice")
        self.flows[flow.name] = flow

    def add_action(self, name: str, handler: ActionHandler, *, coordinator_only: bool = False,
                   requires_consent: bool = True) -> None:
        if name in self.actions or "|" in name:
            raise ValueError(f"bad or duplicate action {name!r}")
        self.actions[name] = Action(handler, coordinator_only, requires_consent)

    def add_menu_item(self, item: MenuItem) -> None:
        self.menu.append(item)
        self.menu.sort(key=lambda i: i.order)

    def add_job(self, kind: str, handler: JobHandler, *, enqueue_only: bool = False) -> None:
        """`enqueue_only`: the handler writes nothing but `job.notify(...)` rows and does not
        use notify's answer (whether the key was new); such items run together, their
        messages written with one INSERT, with no savepoint each."""
        if kind in self.jobs:
            raise ValueError(f"job kind {kind!r} registered twice")
        self.jobs[kind] = handler
        if enqueue_only:
            self.enqueue_only_jobs.add(kind)

    def add_command(self, command: Command) -> None:
        """A `kehila` command; the words before its last one must be a group or a command."""
        if not command.words or command.name != " ".join(command.words):
            raise ValueError(f"bad command name {command.name!r}")
        if command.name in self.commands or command.name in self.command_groups:
            raise ValueError(f"command {command.name!r} registered twice")
        self.commands[command.name] = command

    def add_command_group(self, group: CommandGroup) -> None:
        """A word gathering commands; several features may add the same group (`EXPORT`)."""
        known = self.command_groups.get(group.name)
        if (known is not None and known != group) or group.name in self.commands:
            raise ValueError(f"command group {group.name!r} registered twice, differently")
        self.command_groups[group.name] = group

    def add_commands(self, *items: Command | CommandGroup) -> None:
        """Several commands and groups, in order (a feature's `commands.COMMANDS`)."""
        for item in items:
            if isinstance(item, CommandGroup):
                self.add_command_group(item)
            else:
                self.add_command(item)

    def add_group_handler(self, handler: GroupHandler) -> None:
        self.group_handlers.append(handler)

    def add_screen_section(self, screen: str, name: str, section: ScreenSection) -> None:
        """Contribute a part to a screen another feature shows (features never import each
        other: the owner composes whatever is registered under its screen's name)."""
        sections = self.screen_sections.setdefault(screen, {})
        if name in sections:
            raise ValueError(f"section {name!r} of screen {screen!r} registered twice")
        sections[name] = section

    def add_demo(self, section: DemoSection) -> None:
        """A feature's sample data for `kehila demo` (and how `--clear` removes it)."""
        if section.name in self.demo_sections:
            raise ValueError(f"demo section {section.name!r} registered twice")
        self.demo_sections[section.name] = section

    def problems(self) -> list[str]:
        """Every inconsistency that would otherwise surface only when someone reaches it."""
        found = []
        for name, flow in self.flows.items():
            if flow.name != name:
                found.append(f"flow {flow.name!r} is registered as {name!r}")
            found += [f"flow {name!r}: {problem}" for problem in flow.check()]
        for item in self.menu:
            where = f"menu item {item.label_key!r}"
            if item.action not in self.actions:
                found.append(f"{where}: unknown action {item.action!r}")
            elif item.action == OPEN_FLOW and item.target not in self.flows:
                found.append(f"{where}: unknown flow {item.target!r}")
        found += [f"the engine needs a flow {name!r}" for name in (ONBOARDING, DELETE_ME)
                  if name not in self.flows]
        if MY_DATA not in self.actions:
            found.append(f"the engine needs an action {MY_DATA!r}")
        return found

    def validate(self) -> None:
        """Raise `RegistryError` listing every problem, if there is any."""
        problems = self.problems()
        if problems:
            raise RegistryError(problems)
