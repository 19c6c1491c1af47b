"""The `kehila` command: run, chat, db upgrade — and a place for more subcommands.

Feature commands live in their own modules listed in COMMAND_MODULES; each provides
`add_parser(subparsers)` and sets `func` (an async callable taking args and settings).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
from collections.abc import Sequence

from bot.settings import Settings
from conversations.engine.registry import RegistryError

COMMAND_MODULES: list[str] = [
    "bot.cli_commands.broadcast",
    "bot.cli_commands.meetings",
    "bot.cli_commands.outbox",
    "bot.cli_commands.survey",
    "bot.cli_commands.matching",
]
QUIET_LOGGERS = ("alembic", "httpx", "httpcore", "telegram", "apscheduler", "twilio.http_client",
                 "aiosqlite", "uvicorn.access")


def setup_logging(level: str) -> None:
    """INFO by default; libraries that would log tokens, phone numbers or bodies stay quiet."""
    logging.basicConfig(level=level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


async def _run(args: argparse.Namespace, settings: Settings) -> None:
    from bot.runtime import run

    await run(settings)


async def _chat(args: argparse.Namespace, settings: Settings) -> None:
    from bot.app import create_core
    from bot.channels.terminal import TerminalChannel

    core = await create_core(settings)
    try:
        await TerminalChannel(core).chat()
    finally:
        await core.close()


async def _db_upgrade(args: argparse.Namespace, settings: Settings) -> None:
    from bot.clock import Clock
    from storage import migrate
    from storage.db import Database

    db = Database(settings.database_url, now=Clock().now)
    try:
        await migrate.upgrade(db)
    finally:
        await db.dispose()
    print("database is up to date")


def command_group(subparsers: argparse._SubParsersAction, name: str,
                  help_text: str) -> argparse._SubParsersAction:
    """The sub-commands of `kehila <name>`, shared by every module that adds to it (several
    features add `kehila export <what>`)."""
    parser = subparsers.choices.get(name)
    if parser is None:
        parser = subparsers.add_parser(name, help=help_text)
        parser.set_defaults(_group=parser.add_subparsers(dest=f"{name}_command",
                                                         required=True))
    return parser.get_default("_group")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kehila", description="Kehila Bot")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run every configured channel, the scheduler and the HTTP "
                   "server (the terminal chat when no channel is configured)"
                   ).set_defaults(func=_run)
    sub.add_parser("chat", help="chat with the bot in this terminal").set_defaults(func=_chat)
    db = sub.add_parser("db", help="database commands")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(func=_db_upgrade)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings()
    setup_logging(settings.log_level)
    try:
        asyncio.run(args.func(args, settings))
    except KeyboardInterrupt:
        return 130
    except RegistryError as error:  # a programming mistake in a feature: say what, not where
        raise SystemExit(f"kehila: {error}") from error
    return 0
