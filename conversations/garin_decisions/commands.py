"""`kehila export decisions --out FILE [--format csv|xlsx]`: every garin's decisions and their
recorded outcomes. Counts only, never who voted what, so the file can be shared."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sqlalchemy import select

from conversations.engine.commands import EXPORT, Command, CommandContext
from conversations.engine.tables import format_of, write_tables
from storage.garin_decision_models import GarinDecision
from storage.garin_models import Garin

COLUMNS = ("id", "garin", "kind", "question", "opened_at", "deadline", "quorum", "state",
           "result", "winners", "voters", "members", "counts")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="file to write")
    parser.add_argument("--format", choices=("csv", "xlsx"), default=None,
                        help="default: from the file's extension")


async def _run(ctx: CommandContext, args: argparse.Namespace) -> None:
    async with ctx.db.transaction() as db:
        rows = (await db.execute(select(GarinDecision, Garin.name)
                                 .join(Garin, Garin.id == GarinDecision.garin_id)
                                 .order_by(GarinDecision.id))).all()
    table = [[d.id, name, d.kind, d.question, d.opened_at.isoformat(), d.deadline.isoformat(),
              d.quorum, d.state, d.result or "", " ".join(d.winners), d.voters, d.eligible,
              json.dumps(d.counts, ensure_ascii=False)] for d, name in rows]
    write_tables(args.out, format_of(args.out, args.format), {"decisions": (COLUMNS, table)})
    ctx.print(f"{len(table)} decisions written to {args.out}")


COMMANDS = (EXPORT, Command("export decisions", "every garin's decisions and outcomes (counts)",
                            _run, _configure))
