"""Command-line commands that features contribute (`kehila export survey`, `kehila broadcast`…).

A feature registers `Command`s in its `register(registry)`; the bot's CLI turns them into
argparse sub-commands, opens the migrated database and runs them with a `CommandContext`.
A command never imports the bot: everything it may use arrives in the context.

Names are words separated by spaces: "outbox status" is `kehila outbox status`. A word that
is not itself a command is a group, whose help comes from `registry.add_command_group`.
A command may also have sub-commands ("broadcast" and "broadcast list").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from conversations.engine.settings import FeatureSettings
from storage.clock import TimeSource
from storage.db import Database

if TYPE_CHECKING:
    from conversations.engine.context import Services

CommandRun = Callable[["CommandContext", argparse.Namespace], Awaitable[None]]
Configure = Callable[[argparse.ArgumentParser], None]


class CommandError(Exception):
    """A problem the person running the command can fix: printed as one line, exit status 1."""


@dataclass(frozen=True)
class CommandGroup:
    """A word that only gathers commands (`kehila export …`)."""

    name: str
    help: str


EXPORT = CommandGroup("export", "export data for coordinators")
"""Shared by every feature with something to export."""


@dataclass(frozen=True)
class Command:
    name: str
    """The words after `kehila`, space separated: "export survey"."""
    help: str
    run: CommandRun
    configure: Configure | None = None
    """Adds the command's arguments to its argparse parser."""
    database: bool = True
    """False for commands that never touch the database (checking files): they run even
    when the database or the configured survey is broken."""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.name.split())


@dataclass
class CommandContext:
    """What a command is given: the migrated database, the services (settings through the
    FeatureSettings protocol, the localizer), the clock, who runs it and where to print."""

    services: Services
    clock: TimeSource
    operator: str
    """Who runs the command, as recorded in the database ("cli:<user name>")."""
    database: Database | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    @property
    def db(self) -> Database:
        if self.database is None:
            raise RuntimeError("this command was registered with database=False")
        return self.database

    @property
    def settings(self) -> FeatureSettings:
        return self.services.settings

    def now(self) -> datetime:
        return self.clock.now()

    def print(self, *values: object, error: bool = False) -> None:
        print(*values, file=self.err if error else self.out)


def output_file(path: Path) -> Path:
    """Where a command writes its file: its folder is made if need be; a path that is a
    folder, or a folder that cannot be made, is the operator's to fix (`CommandError`)."""
    if path.is_dir():
        raise CommandError(f"cannot write {path}: it is a folder; give a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error.strerror or error}") from error
    return path
