"""`kehila outbox status`: the same delivery report coordinators see in the chat."""

from __future__ import annotations

import argparse
from datetime import timedelta

from conversations.engine.commands import Command, CommandContext, CommandGroup
from conversations.outbox_report.report import render
from storage import outbox_status

GROUP = CommandGroup("outbox", "the durable outbox and schedule")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--days", type=int, default=7, help="look back this many days (7)")
    parser.add_argument("--lang", default="en", help="language of the report (en)")


async def _status(ctx: CommandContext, args: argparse.Namespace) -> None:
    async with ctx.db.transaction() as session:
        status = await outbox_status.status(session,
                                            since=ctx.now() - timedelta(days=args.days))
    ctx.print(render(status, ctx.services.localizer.bind(args.lang, None), days=args.days))


COMMANDS = (
    GROUP,
    Command("outbox status", "pending / sent / failed / held / unknown / skipped per kind and "
            "channel, and why", run=_status, configure=_configure),
)
