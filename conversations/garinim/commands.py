"""`kehila export leads` and `kehila garin list` for coordinators."""

from __future__ import annotations

import argparse
from pathlib import Path

from conversations.engine.commands import (
    EXPORT,
    Command,
    CommandContext,
    CommandGroup,
    output_file,
)
from conversations.garinim import export
from conversations.garinim.texts import active_survey
from locales import LANGUAGES
from storage import garin_leads
from storage import garinim as repo

GROUP = CommandGroup("garin", "settlement groups (garinim)")


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    parser.add_argument("--out", required=True, type=Path, help="file to write")
    parser.add_argument("--region", help="only leads interested in this region")
    parser.add_argument("--language", choices=LANGUAGES, default="he",
                        help="language of headers and values")


async def _export(ctx: CommandContext, args: argparse.Namespace) -> None:
    out = output_file(args.out)
    async with ctx.db.transaction() as db:
        leads = await garin_leads.leads(db)
    if args.region:
        leads = [lead for lead in leads if args.region in lead.regions]
    t = ctx.services.localizer.bind(args.language, None)
    table = export.rows(leads, t, active_survey(ctx.settings.survey_dir,
                                                ctx.settings.survey_active))
    out.write_bytes(export.to_bytes(table, args.format))
    ctx.print(f"{len(leads)} leads written to {args.out}")


async def _list(ctx: CommandContext, args: argparse.Namespace) -> None:
    async with ctx.db.transaction() as db:
        for garin in await repo.all_garinim(db):
            count = await repo.member_count(db, garin.id)
            ctx.print(f"#{garin.id} {garin.name} · {garin.target_region or '-'} "
                      f"{garin.target_locality} · {count} members")


COMMANDS = (EXPORT, Command("export leads", "leads for garinim as CSV or XLSX", _export,
                            _configure_export),
            GROUP, Command("garin list", "every garin with its member count", _list))
