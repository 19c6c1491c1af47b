"""The `kehila` command: run, chat and db upgrade here; every other command comes from a feature.

Features register `Command`s (conversations/engine/commands.py) in their `register()`; this
module turns them into argparse sub-commands and runs each one with a `CommandContext` on the
migrated database (`bot.app.open_core`), as `kehila run` would see it.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence

from bot.app import CoreError
from bot.settings import Settings, SettingsError, load_settings
from conversations.engine.commands import Command, CommandContext, CommandError
from conversations.engine.registry import Registry, RegistryError

QUIET_LOGGERS = ("alembic", "httpx", "httpcore", "telegram", "apscheduler", "twilio.http_client",
                 "aiosqlite", "uvicorn.access")

log = logging.getLogger(__name__)

Func = Callable[[argparse.Namespace, Settings], Awaitable[None]]
"""What `args.func` is: `await args.func(args, settings)` runs the chosen command."""


def setup_logging(level: str) -> None:
    """INFO by default; libraries that would log tokens, phone numbers or bodies stay quiet."""
    logging.basicConfig(level=level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


async def _run(args: argparse.Namespace, settings: Settings) -> None:
    from bot.runtime import run

    await run(settings, args.role)


async def _chat(args: argparse.Namespace, settings: Settings) -> None:
    from bot.app import open_core
    from bot.channels.terminal import TerminalChannel

    async with open_core(settings) as core:
        await TerminalChannel(core.port()).chat()


async def _db_upgrade(args: argparse.Namespace, settings: Settings) -> None:
    from bot.app import open_database
    from bot.clock import Clock

    db = await open_database(settings, Clock())
    await db.dispose()
    print("database is up to date")


def _operator() -> str:
    """Who runs the command, recorded with what it creates."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in this environment (a bare container)
        return "cli"


def command_func(command: Command) -> Func:
    """Run a feature's command on the migrated core, or without a database if it needs none."""

    async def func(args: argparse.Namespace, settings: Settings) -> None:
        from bot.app import build_services, open_core
        from bot.clock import Clock

        if not command.database:
            context = CommandContext(services=build_services(settings, checks=False),
                                     clock=Clock(),
                                     operator=_operator())
            await command.run(context, args)
            return
        async with open_core(settings) as core:
            context = CommandContext(services=core.services, clock=core.clock,
                                     operator=_operator(), database=core.db)
            await command.run(context, args)

    return func


def add_feature_commands(sub: argparse._SubParsersAction, registry: Registry) -> None:
    """Every registered command under `kehila`, with the groups their names imply."""
    parsers: dict[str, argparse.ArgumentParser] = {}
    children: dict[str, argparse._SubParsersAction] = {"": sub}

    def subparsers_of(words: tuple[str, ...]) -> argparse._SubParsersAction:
        name = " ".join(words)
        if name not in children:
            # A group needs one of its commands; a command may also run on its own.
            children[name] = parser_of(words).add_subparsers(
                dest=f"{'_'.join(words)}_command", required=name not in registry.commands)
        return children[name]

    def parser_of(words: tuple[str, ...]) -> argparse.ArgumentParser:
        name = " ".join(words)
        if name in parsers:
            return parsers[name]
        siblings = subparsers_of(words[:-1])
        command = registry.commands.get(name)
        if command is not None:
            parser = siblings.add_parser(words[-1], help=command.help)
            if command.configure is not None:
                command.configure(parser)
            parser.set_defaults(func=command_func(command))
        elif name in registry.command_groups:
            parser = siblings.add_parser(words[-1], help=registry.command_groups[name].help)
        else:
            raise ValueError(f"no command group {name!r} (registry.add_command_group)")
        parsers[name] = parser
        return parser

    for command in registry.commands.values():
        parser_of(command.words)


def build_parser(registry: Registry | None = None) -> argparse.ArgumentParser:
    if registry is None:
        from conversations.features import build_registry

        registry = build_registry()
    parser = argparse.ArgumentParser(prog="kehila", description="Kehila Bot")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run every configured channel, the scheduler and the "
                         "HTTP server (the terminal chat when no channel is configured)")
    run.add_argument("--role", choices=("all", "web", "worker"), default="all",
                     help="web: webhooks, HTTP and replies; worker: the outbox, the scheduler "
                     "and recurring work; all: both (default). Several processes: README, "
                     "Running several processes")
    run.set_defaults(func=_run)
    sub.add_parser("chat", help="chat with the bot in this terminal").set_defaults(func=_chat)
    db = sub.add_parser("db", help="database commands")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(func=_db_upgrade)
    add_feature_commands(sub, registry)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"kehila: the settings (environment or .env) are invalid:\n{error}",
              file=sys.stderr)
        return 2
    setup_logging(settings.log_level)
    try:
        asyncio.run(args.func(args, settings))
    except KeyboardInterrupt:
        return 130
    except RegistryError as error:  # a programming mistake in a feature: say what, not where
        raise SystemExit(f"kehila: {error}") from error
    except CommandError as error:
        print(error, file=sys.stderr)
        return 1
    except (CoreError, OSError) as error:
        log.debug("command failed", exc_info=True)
        print(f"kehila: {error}", file=sys.stderr)
        return 1
    return 0
