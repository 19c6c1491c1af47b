"""`kehila export journey --out FILE`: every garin's milestones (stage, owner, due, done,
note) and a progress sheet; `kehila journey check [FILE]`: validate a journey file."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from conversations.domain.journey_def import JourneyError, load_journey
from conversations.engine.commands import (
    EXPORT,
    Command,
    CommandContext,
    CommandError,
    CommandGroup,
)
from conversations.engine.tables import format_of, write_tables
from conversations.garin_journey.ops import journey_of, move_due
from storage import garin_journey as repo
from storage import garinim
from storage.garin_journey import progress_of
from storage.garin_journey_models import GarinMilestone

COLUMNS = ("garin", "stage", "milestone", "title", "owner", "due", "done", "note")
PROGRESS = ("garin", "percent", "done", "total", "next", "overdue")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="file to write")
    parser.add_argument("--format", choices=("csv", "xlsx"), default=None,
                        help="default: from the file's extension (csv: the milestones only)")


async def _export(ctx: CommandContext, args: argparse.Namespace) -> None:
    journey = journey_of(ctx.services)
    language = ctx.settings.default_language
    now = ctx.now()
    async with ctx.db.transaction() as db:
        names = {g.id: g.name for g in await garinim.all_garinim(db)}
        rows = await repo.all_rows(db)
    table: list[list[Any]] = []
    by_garin: dict[int, list[GarinMilestone]] = {}
    for m in rows:
        table.append([names.get(m.garin_id, ""), m.stage, m.milestone,
                      journey.milestone_title(m.milestone, language), m.owner,
                      m.due_at.date().isoformat(),
                      m.done_at.date().isoformat() if m.done_at else "", m.note or ""])
        by_garin.setdefault(m.garin_id, []).append(m)
    progress = []
    for garin_id, milestones in by_garin.items():
        p = progress_of(milestones)
        nxt = next((m.milestone for m in milestones if m.done_at is None), "")
        late = sum(1 for m in milestones if m.done_at is None and m.due_at <= now)
        progress.append([names.get(garin_id, ""), p.percent, p.done, p.total, nxt, late])
    write_tables(args.out, format_of(args.out, args.format),
                 {"milestones": (COLUMNS, table), "progress": (PROGRESS, progress)})
    ctx.print(f"{len(by_garin)} garinim, {len(table)} milestones written to {args.out}")


def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path, default=None,
                        help="a journey YAML file (default: GARIN_JOURNEY_FILE or the shipped)")


async def _check(ctx: CommandContext, args: argparse.Namespace) -> None:
    path = args.file or ctx.settings.garin_journey_file or None
    try:
        journey = load_journey(path) if path else journey_of(ctx.services)
    except JourneyError as error:
        raise CommandError(str(error)) from error
    ctx.print(f"{journey.path}: {len(journey.stages)} stages, "
              f"{len(journey.milestones)} milestones, fine")


def _configure_due(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--garin", required=True, type=int, help="the garin's number")
    parser.add_argument("--milestone", required=True, help="the milestone id (journey file)")
    parser.add_argument("--date", required=True, help="the new due date, YYYY-MM-DD")


async def _due(ctx: CommandContext, args: argparse.Namespace) -> None:
    """Move one garin's due date for a milestone (its check-in and notice follow)."""
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise CommandError(f"--date {args.date!r} is not a date like 2027-03-01") from None
    zone = ZoneInfo(ctx.settings.timezone)
    due_at = datetime.combine(day, time(12, 0), tzinfo=zone)
    async with ctx.db.transaction() as db:
        rows = await repo.milestones(db, args.garin)
        if not rows:
            raise CommandError(f"garin #{args.garin} has not started its journey")
        milestone = next((m for m in rows if m.milestone == args.milestone), None)
        if milestone is None:
            raise CommandError(f"garin #{args.garin} has no milestone {args.milestone!r} "
                               f"(it has: {', '.join(m.milestone for m in rows)})")
        await move_due(db, milestone, due_at, now=ctx.now(),
                       checkin_days=ctx.settings.garin_journey_checkin_days)
    ctx.print(f"garin #{args.garin}: {args.milestone} is now due on {day.isoformat()}")


COMMANDS = (
    EXPORT,
    Command("export journey", "every garin's journey: milestones and progress", _export,
            _configure),
    CommandGroup("journey", "the garin accompaniment journey"),
    Command("journey check", "validate a journey YAML file", _check, _configure_check,
            database=False),
    Command("journey due", "move one garin's due date for a milestone", _due, _configure_due),
)
