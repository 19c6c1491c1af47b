"""`kehila export survey`, `kehila survey summary` and `kehila survey check` for coordinators."""

from __future__ import annotations

import argparse
from pathlib import Path

from conversations.domain.survey_def import Survey, SurveyError, catalog, load_survey
from conversations.engine.commands import (
    EXPORT,
    Command,
    CommandContext,
    CommandError,
    CommandGroup,
    output_file,
)
from conversations.survey.export import export
from conversations.survey.summary import charts, summarise, summary_text
from locales import LANGUAGES

GROUP = CommandGroup("survey", "survey tools")


def _survey(ctx: CommandContext, args: argparse.Namespace) -> Survey:
    survey_id = args.survey or ctx.settings.survey_active
    survey = catalog(ctx.settings.survey_dir).get(survey_id)
    if survey is None:
        raise CommandError(f"no survey {survey_id!r}")
    return survey


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--survey", help="survey id (default: SURVEY_ACTIVE)")
    parser.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    parser.add_argument("--out", required=True, type=Path, help="file to write")
    parser.add_argument("--partial", action="store_true",
                        help="include people who have not finished")
    parser.add_argument("--language", choices=LANGUAGES, default="he",
                        help="language of headers and answers")


async def _export(ctx: CommandContext, args: argparse.Namespace) -> None:
    survey = _survey(ctx, args)
    out = output_file(args.out)
    count = await export(ctx.db, survey, ctx.services.localizer, out=out, fmt=args.format,
                         language=args.language, finished_only=not args.partial,
                         timezone=ctx.settings.timezone)
    ctx.print(f"{count} respondents written to {args.out}")


def _configure_summary(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--survey", help="survey id (default: SURVEY_ACTIVE)")
    parser.add_argument("--language", choices=LANGUAGES, default="he")
    parser.add_argument("--charts", type=Path, help="folder to write the PNG charts to")


async def _summary(ctx: CommandContext, args: argparse.Namespace) -> None:
    survey = _survey(ctx, args)
    async with ctx.db.transaction() as session:
        summary = await summarise(session, survey)
    localizer = ctx.services.localizer
    ctx.print(summary_text(summary, survey, localizer, args.language))
    if args.charts:
        args.charts.mkdir(parents=True, exist_ok=True)
        for document in charts(summary, survey, localizer, args.language):
            (args.charts / document.filename).write_bytes(document.content)
            ctx.print(f"chart: {args.charts / document.filename}")


def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path)


async def _check(ctx: CommandContext, args: argparse.Namespace) -> None:
    failed = False
    for path in args.files:
        try:
            survey = load_survey(path)
        except SurveyError as error:
            ctx.print(error, error=True)
            failed = True
        else:
            ctx.print(f"{path}: survey {survey.id!r} version {survey.version}, "
                      f"{len(survey.questions)} questions")
    if failed:
        raise SystemExit(1)


COMMANDS = (
    EXPORT,
    Command("export survey", "survey answers: one row per respondent", run=_export,
            configure=_configure_export),
    GROUP,
    Command("survey summary", "counts, completion funnel and charts", run=_summary,
            configure=_configure_summary),
    Command("survey check", "validate survey YAML files", run=_check,
            configure=_configure_check, database=False),
)
