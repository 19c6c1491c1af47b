"""`kehila export survey`, `kehila survey summary` and `kehila survey check` for coordinators."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.settings import Settings
from locales import LANGUAGES, default_localizer


def _subcommands(sub: argparse._SubParsersAction, name: str, help_text: str,
                 dest: str) -> argparse._SubParsersAction:
    """The subcommands of `name`, shared with other features that add to it (`export`)."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text)
        return parser.add_subparsers(dest=dest, required=True)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=dest, required=True)


def add_parser(sub: argparse._SubParsersAction) -> None:
    export = _subcommands(sub, "export", "export data for coordinators", "export_command")
    survey = export.add_parser("survey", help="survey answers: one row per respondent")
    survey.add_argument("--survey", help="survey id (default: SURVEY_ACTIVE)")
    survey.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    survey.add_argument("--out", required=True, type=Path, help="file to write")
    survey.add_argument("--partial", action="store_true",
                        help="include people who have not finished")
    survey.add_argument("--language", choices=LANGUAGES, default="he",
                        help="language of headers and answers")
    survey.set_defaults(func=_export)

    commands = _subcommands(sub, "survey", "survey tools", "survey_command")
    summary = commands.add_parser("summary", help="counts, completion funnel and charts")
    summary.add_argument("--survey", help="survey id (default: SURVEY_ACTIVE)")
    summary.add_argument("--language", choices=LANGUAGES, default="he")
    summary.add_argument("--charts", type=Path, help="folder to write the PNG charts to")
    summary.set_defaults(func=_summary)
    check = commands.add_parser("check", help="validate survey YAML files")
    check.add_argument("files", nargs="+", type=Path)
    check.set_defaults(func=_check)


def _survey(args: argparse.Namespace, settings: Settings):  # type: ignore[no-untyped-def]
    from conversations.domain.survey_def import catalog

    survey_id = args.survey or settings.survey_active
    survey = catalog(settings.survey_dir).get(survey_id)
    if survey is None:
        raise SystemExit(f"no survey {survey_id!r}")
    return survey


async def _export(args: argparse.Namespace, settings: Settings) -> None:
    from bot.clock import Clock
    from conversations.survey.export import export
    from storage.db import Database

    survey = _survey(args, settings)
    db = Database(settings.database_url, now=Clock().now)
    try:
        count = await export(db, survey, default_localizer(), out=args.out, fmt=args.format,
                             language=args.language, finished_only=not args.partial,
                             timezone=settings.timezone)
    finally:
        await db.dispose()
    print(f"{count} respondents written to {args.out}")


async def _summary(args: argparse.Namespace, settings: Settings) -> None:
    from bot.clock import Clock
    from conversations.survey.summary import charts, summarise, summary_text
    from storage.db import Database

    survey = _survey(args, settings)
    db = Database(settings.database_url, now=Clock().now)
    try:
        async with db.transaction() as session:
            summary = await summarise(session, survey)
    finally:
        await db.dispose()
    localizer = default_localizer()
    print(summary_text(summary, survey, localizer, args.language))
    if args.charts:
        args.charts.mkdir(parents=True, exist_ok=True)
        for document in charts(summary, survey, localizer, args.language):
            (args.charts / document.filename).write_bytes(document.content)
            print(f"chart: {args.charts / document.filename}")


async def _check(args: argparse.Namespace, settings: Settings) -> None:
    from conversations.domain.survey_def import SurveyError, load_survey

    failed = False
    for path in args.files:
        try:
            survey = load_survey(path)
        except SurveyError as error:
            print(error, file=sys.stderr)
            failed = True
        else:
            print(f"{path}: survey {survey.id!r} version {survey.version}, "
                  f"{len(survey.questions)} questions")
    if failed:
        raise SystemExit(1)
