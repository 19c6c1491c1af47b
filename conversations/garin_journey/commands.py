"""`kehila export journey --out FILE`: every garin's milestones (stage, owner, due, done,
note) and a progress sheet; `kehila journey check [FILE]`: validate a journey file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from conversations.domain.journey_def import JourneyError, load_journey
from conversations.engine.commands import (
    EXPORT,
    Command,
    CommandContext,
    CommandError,
    CommandGroup,
)
from conversations.engine.tables import format_of, write_tables
from conversations.garin_journey.ops import journey_of
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


COMMANDS = (
    EXPORT,
    Command("export journey", "every garin's journey: milestones and progress", _export,
            _configure),
    CommandGroup("journey", "the garin accompaniment journey"),
    Command("journey check", "validate a journey YAML file", _check, _configure_check,
            database=False),
)
