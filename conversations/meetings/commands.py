"""`kehila meetings import FILE.csv` and `kehila export meetings --out FILE [--format csv|xlsx]`.

An import is one transaction: every row is checked, every problem is reported by row number,
and nothing is written unless all rows are good.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain import dates
from conversations.domain.types import Outbound
from conversations.engine import tables as spreadsheet
from conversations.engine.commands import EXPORT, Command, CommandContext, CommandGroup
from conversations.engine.context import Services
from conversations.meetings import ops
from conversations.meetings.input import COLUMNS, check_row
from storage import meetings as repo
from storage import outbox as outbox_repo
from storage.meetings_models import Meeting
from storage.models import Identity, Person

GROUP = CommandGroup("meetings", "house meetings")


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class _Notifier:
    """What `meetings_ops` needs outside a conversation (the CLI's own unit of work)."""

    db: AsyncSession
    now: datetime
    services: Services

    async def notify(self, person_id: int, *, kind: str, key: str, message: Outbound,
                     **options: Any) -> bool:
        return await outbox_repo.enqueue(self.db, person_id=person_id, kind=kind, key=key,
                                         message=message, now=self.now, **options)


def read_rows(text: str) -> tuple[list[dict[str, str]], list[str]]:
    """CSV text → rows; a header without the required columns is itself an error."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    reader.fieldnames = header
    missing = [c for c in ("title", "locality", "starts_at", "capacity", "address")
               if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    problems = []
    if missing:
        problems.append(f"header: missing column(s) {', '.join(missing)}")
    if unknown:
        problems.append(f"header: unknown column(s) {', '.join(unknown)}; "
                        f"expected {', '.join(COLUMNS)}")
    return list(reader), problems


async def import_meetings(db: AsyncSession, services: Services, text: str,
                          now: datetime) -> ImportReport:
    """Check every row; create all meetings only if none has an error (caller commits)."""
    report = ImportReport()
    rows, report.errors = read_rows(text)
    if report.errors:
        return report
    if not rows:
        report.errors.append("the file has no meeting rows")
        return report
    checked = []
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        check = await check_row(db, row, now, services.settings.timezone)
        report.errors += [f"row {number}: {error}" for error in check.errors]
        checked.append(check.values)
    if report.errors:
        return report
    notifier = _Notifier(db, now, services)
    for values in checked:
        meeting = await ops.create(notifier, values, None)
        report.created.append(meeting.id)
    return report


async def _who(db: AsyncSession, person_id: int | None) -> dict[str, str]:
    if person_id is None:
        return {"name": "", "identity": "", "phone": ""}
    person = await db.get(Person, person_id)
    identities = await db.scalars(select(Identity).where(Identity.person_id == person_id)
                                  .order_by(Identity.id))
    return {"name": (person.display_name or "") if person else "",
            "identity": " ".join(i.urn for i in identities),
            "phone": (person.phone or "") if person else ""}


async def export_tables(db: AsyncSession, timezone: str) -> dict[str, list[dict[str, Any]]]:
    """Meetings with fill, attendees, feedback and leads as plain rows."""
    meetings = {m.id: m for m in await db.scalars(select(Meeting).order_by(Meeting.starts_at))}

    def local(m: Meeting) -> str:
        return dates.for_export(m.starts_at, timezone)

    tables: dict[str, list[dict[str, Any]]] = {"meetings": [], "attendees": [],
                                                "feedback": [], "leads": []}
    for m in meetings.values():
        tables["meetings"].append({
            "meeting_id": m.id, "title": m.title, "site": m.site, "locality": m.locality,
            "region": m.region, "starts_at": local(m), "capacity": m.capacity,
            "seats_taken": m.seats_taken, "waitlist": await repo.waitlist_size(db, m.id),
            "fill_percent": round(100 * m.seats_taken / m.capacity) if m.capacity else 0,
            "status": m.status, "host": (await _who(db, m.host_person_id))["identity"]})
    for s in await repo.all_signups(db):
        m = meetings[s.meeting_id]
        tables["attendees"].append({
            "meeting_id": m.id, "title": m.title, "starts_at": local(m),
            **await _who(db, s.person_id), "seats": s.seats, "status": s.status,
            "confirmed_coming": bool(s.reconfirmed_at),
            "attended": "" if s.attended is None else ("yes" if s.attended else "no")})
    for f in await repo.feedback_rows(db):
        m = meetings[f.meeting_id]
        tables["feedback"].append({"meeting_id": m.id, "title": m.title,
                                   "starts_at": local(m), "score": f.score,
                                   "comment": f.comment or ""})
    for lead in await repo.leads(db):
        lead_meeting = meetings.get(lead.meeting_id or 0)
        tables["leads"].append({"meeting_id": lead.meeting_id or "",
                                "title": lead_meeting.title if lead_meeting else "",
                                **await _who(db, lead.person_id),
                                "region": lead.region, "site": lead.site,
                                "created_at": dates.for_export(lead.created_at, timezone)})
    return tables


def write_export(tables: dict[str, list[dict[str, Any]]], out: Path, fmt: str) -> None:
    """xlsx: one sheet per table. csv: one file, a `table` column telling rows apart."""
    if fmt == "xlsx":
        with spreadsheet.Workbook(out) as book:
            for name, rows in tables.items():
                book.sheet(name, list(rows[0]) if rows else None).extend(
                    list(row.values()) for row in rows)
        return
    columns: list[str] = ["table"]
    for rows in tables.values():
        for row in rows:
            columns += [c for c in row if c not in columns]
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\ufeff")  # a byte-order mark, so Excel reads the Hebrew as UTF-8
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        for name, rows in tables.items():
            for row in rows:
                writer.writerow({"table": name, **row})


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")


async def _import(ctx: CommandContext, args: argparse.Namespace) -> None:
    try:
        text = await asyncio.to_thread(Path(args.file).read_text, encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        ctx.print(f"Cannot read {args.file}: {error}")
        raise SystemExit(1) from error
    async with ctx.db.transaction() as db:
        report = await import_meetings(db, ctx.services, text, ctx.now())
    if report.errors:
        ctx.print(f"Nothing imported: {len(report.errors)} problem(s) in {args.file}")
        for problem in report.errors:
            ctx.print(f"  {problem}")
        raise SystemExit(1)
    ctx.print(f"Imported {len(report.created)} meeting(s); reminders are scheduled.")


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True)
    parser.add_argument("--format", choices=("csv", "xlsx"))


async def _export(ctx: CommandContext, args: argparse.Namespace) -> None:
    out = Path(args.out)
    fmt = args.format or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    async with ctx.db.transaction() as db:
        tables = await export_tables(db, ctx.settings.timezone)
    write_export(tables, out, fmt)
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in tables.items())
    ctx.print(f"Wrote {out} ({counts})")


COMMANDS = (
    GROUP,
    Command("meetings import", "publish meetings from a CSV file (columns: "
            + ", ".join(COLUMNS) + ")", run=_import, configure=_configure_import),
    EXPORT,
    Command("export meetings", "meetings, attendees, feedback and leads", run=_export,
            configure=_configure_export),
)
