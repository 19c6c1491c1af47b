"""`kehila export requests --out FILE [--format csv|xlsx]`: the help-request lifecycle.

One row per request with the time of each stage (opened, first offered, matched, resolved,
escalated) and counts; no descriptions, names or phones, so the file can be shared for
statistics. The xlsx file adds an `events` sheet with every state change.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from sqlalchemy import select

from conversations.engine import tables
from conversations.engine.commands import EXPORT, Command, CommandContext
from storage.db import Database
from storage.matching_models import HelpRequest, RequestEvent

COLUMNS = ("id", "category", "region", "locality", "urgency", "language", "state",
           "on_behalf", "offers", "declined", "expired", "escalations", "opened_at",
           "first_offered_at", "matched_at", "resolved_at", "last_escalated_at")
EVENT_COLUMNS = ("request_id", "at", "kind", "volunteer_id", "detail")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="file to write")
    parser.add_argument("--format", choices=("csv", "xlsx"), default=None,
                        help="default: from the file's extension")


async def _run(ctx: CommandContext, args: argparse.Namespace) -> None:
    fmt = args.format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "csv")
    count = await export_requests(ctx.db, args.out, fmt)
    ctx.print(f"{count} requests written to {args.out}")


async def export_requests(db: Database, out: Path, fmt: str) -> int:
    async with db.transaction() as session:
        requests = list(await session.scalars(select(HelpRequest).order_by(HelpRequest.id)))
        events = list(await session.scalars(
            select(RequestEvent).order_by(RequestEvent.request_id, RequestEvent.at,
                                          RequestEvent.id)))
    by_request: dict[int, list[RequestEvent]] = {}
    for event in events:
        by_request.setdefault(event.request_id, []).append(event)
    rows = [_row(r, by_request.get(r.id, [])) for r in requests]
    event_rows = [[e.request_id, e.at.isoformat(), e.kind, e.volunteer_id, e.detail or ""]
                  for e in events]
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        with tables.Workbook(out) as book:
            book.sheet("requests", COLUMNS).extend([row[c] for c in COLUMNS] for row in rows)
            book.sheet("events", EVENT_COLUMNS).extend(event_rows)
    else:
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    return len(rows)


def _row(r: HelpRequest, events: list[RequestEvent]) -> dict[str, Any]:
    def first(kind: str) -> str:
        return next((e.at.isoformat() for e in events if e.kind == kind), "")

    def last(kind: str) -> str:
        return next((e.at.isoformat() for e in reversed(events) if e.kind == kind), "")

    def count(kind: str) -> int:
        return sum(1 for e in events if e.kind == kind)

    return {"id": r.id, "category": r.category, "region": r.region,
            "locality": r.locality or "", "urgency": r.urgency, "language": r.language,
            "state": r.state, "on_behalf": r.requester_id is None and bool(r.contact_name),
            "offers": count("offered"), "declined": count("declined"),
            "expired": count("expired"), "escalations": count("escalated"),
            "opened_at": first("opened") or r.created_at.isoformat(),
            "first_offered_at": first("offered"),
            "matched_at": last("matched") or last("assigned"),
            "resolved_at": last("resolved"), "last_escalated_at": last("escalated")}


COMMANDS = (
    EXPORT,
    Command("export requests", "help requests and their lifecycle", run=_run,
            configure=_configure),
)
