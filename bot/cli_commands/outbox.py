"""`kehila outbox status`: the same delivery report coordinators see in the chat."""

from __future__ import annotations

import argparse
from datetime import timedelta

from bot.settings import Settings


def add_parser(subparsers) -> None:  # type: ignore[no-untyped-def]
    outbox = subparsers.add_parser("outbox", help="the durable outbox and schedule")
    sub = outbox.add_subparsers(dest="outbox_command", required=True)
    status = sub.add_parser("status", help="pending / sent / failed / held / unknown / "
                            "skipped per kind and channel, and why")
    status.add_argument("--days", type=int, default=7, help="look back this many days (7)")
    status.add_argument("--lang", default="en", help="language of the report (en)")
    status.set_defaults(func=_status)


async def _status(args: argparse.Namespace, settings: Settings) -> None:
    from bot.clock import Clock
    from conversations.outbox_report.report import render
    from locales import default_localizer
    from storage import outbox_status
    from storage.db import Database

    clock = Clock()
    db = Database(settings.database_url, now=clock.now)
    try:
        async with db.transaction() as session:
            status = await outbox_status.status(
                session, since=clock.now() - timedelta(days=args.days))
    finally:
        await db.dispose()
    print(render(status, default_localizer().bind(args.lang, None), days=args.days))
