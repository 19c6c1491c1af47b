"""`kehila broadcast` and `kehila segments`: reach a saved audience and read reports from a shell.

    kehila segments list
    kehila segments save NAME --json '{"attr": "region_interest", "in": ["negev"]}'
    kehila broadcast --segment NAME --text-file FILE [--text-file en=FILE_EN] [--at TIME]
    kehila broadcast list
    kehila broadcast report ID [--out FILE.csv|FILE.json]
    kehila broadcast pause|resume|cancel ID
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path

from conversations.broadcasts import jobs as broadcast_jobs
from conversations.broadcasts import render as rendering
from conversations.broadcasts.control import report_csv
from conversations.domain import topics
from conversations.domain.segments import InvalidSegment
from conversations.domain.when import parse_when
from conversations.engine.commands import Command, CommandContext, CommandError, CommandGroup
from storage import broadcasts, segments

DEFAULT_TOPIC = "announcements"
SEGMENTS = CommandGroup("segments", "list, count or save audiences")
DONE = {"pause": "paused", "resume": "resumed", "cancel": "cancelled"}
ALLOWED = {"pause": ("sending",), "resume": ("paused",),
           "cancel": ("scheduled", "sending", "paused")}
"""The states a broadcast can be paused, resumed or cancelled in."""


def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def _write(path: str, text: str) -> None:
    Path(path).write_text(text, encoding="utf-8")


def _texts(specs: list[str]) -> dict[str, str]:
    texts = {}
    for spec in specs:
        language, sep, path = spec.partition("=")
        if not sep:
            language, path = "*", spec
        text = _read(path).strip()
        if not text:
            raise CommandError(f"{path} is empty")
        texts[language.strip()] = text
    return texts


def _configure_send(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--segment", help="the saved segment's name (kehila segments list)")
    parser.add_argument("--text-file", action="append", default=[], metavar="[LANG=]FILE",
                        help="the message; repeat as he=FILE, en=FILE… for one text per "
                        "language")
    parser.add_argument("--topic", default=DEFAULT_TOPIC,
                        help="subscription topic (recipients can unsubscribe from it)")
    parser.add_argument("--at", help='when, in Israel time: "18:30", "tomorrow 09:00", '
                        '"25.11 18:30"; default now')
    parser.add_argument("--lang", default="en", help="language of what is printed (en)")
    parser.add_argument("--urgent", action="store_true",
                        help="ignore quiet hours (emergencies only; recorded with your user "
                        "name)")


async def _send(ctx: CommandContext, args: argparse.Namespace) -> None:
    if not args.segment or not args.text_file:
        raise CommandError("kehila broadcast needs --segment NAME and --text-file FILE")
    if topics.get(args.topic) is None or args.topic == topics.DIGEST:
        names = ", ".join(t.id for t in topics.broadcast_topics())
        raise CommandError(f"unknown topic {args.topic!r}; one of: {names}")
    texts = _texts(args.text_file)
    now = ctx.now()
    at = now
    if args.at:
        parsed = parse_when(args.at, now, ctx.settings.timezone,
                            ctx.services.localizer.words("words-tomorrow"))
        if parsed is None or parsed <= now:
            raise CommandError(f"can't use the time {args.at!r} (it must be in the future)")
        at = parsed
    async with ctx.db.transaction() as db:
        segment = await segments.get(db, args.segment)
        if segment is None:
            raise CommandError(f"no segment named {args.segment!r} (kehila segments list)")
        split = await segments.split(db, segment.definition, args.topic)
        broadcast = await broadcast_jobs.create(
            db, by=ctx.operator, by_person_id=None, audience=segment.definition,
            segment_name=segment.name, scope=None, topic=args.topic, texts=texts, button=None,
            urgent=args.urgent, at=at, now=now)
    t = ctx.services.localizer.bind(args.lang, None)
    when = rendering.local_time(at, ctx.settings.timezone)
    ctx.print(f"broadcast #{broadcast.id}: {split.total} recipients, sending at {when} "
              f"({ctx.settings.timezone})\n{rendering.split_lines(t, split)}")


async def _list(ctx: CommandContext, args: argparse.Namespace) -> None:
    async with ctx.db.transaction() as db:
        recent = await broadcasts.recent(db)
    if not recent:
        ctx.print("no broadcasts yet")
    zone = ctx.settings.timezone
    for b in recent:
        audience = f"segment {b.segment_name!r}" if b.segment_name else "built in the chat"
        ctx.print(f"#{b.id} {b.state}{' URGENT' if b.urgent else ''} · "
                  f"{rendering.local_time(b.scheduled_at, zone)} ({zone}) · "
                  f"{b.recipients or 0} recipients · topic {b.topic} · {audience} · "
                  f"by {b.created_by}")


def _configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int)
    parser.add_argument("--out", help="write the report to FILE (.csv or .json)")
    parser.add_argument("--lang", default="en", help="language of the printed report (en)")


async def _report(ctx: CommandContext, args: argparse.Namespace) -> None:
    async with ctx.db.transaction() as db:
        broadcast = await broadcasts.get(db, args.id)
        if broadcast is None:
            raise CommandError(f"no broadcast #{args.id}")
        report = await broadcasts.counts(db, broadcast.id)
        unknown = await broadcasts.unknown_recipients(db, broadcast.id)
    if args.out and args.out.endswith(".json"):
        document = {"id": broadcast.id, "kind": broadcast.kind, "state": broadcast.state,
                    "created_by": broadcast.created_by, "audience": broadcast.audience,
                    "segment": broadcast.segment_name, "topic": broadcast.topic,
                    "texts": broadcast.texts, "urgent": broadcast.urgent,
                    "scheduled_at": broadcast.scheduled_at.isoformat(), "report": report}
        _write(args.out, json.dumps(document, ensure_ascii=False, indent=2))
    elif args.out:
        _write(args.out, "\ufeff" + report_csv(broadcast, report, unknown))  # BOM for Excel
    else:
        t = ctx.services.localizer.bind(args.lang, None)
        zone = ctx.settings.timezone
        ctx.print(f"#{broadcast.id} {broadcast.state} · topic {broadcast.topic} · by "
                  f"{broadcast.created_by}\n"
                  f"scheduled {rendering.local_time(broadcast.scheduled_at, zone)} · started "
                  f"{rendering.local_time(broadcast.started_at, zone)} · finished "
                  f"{rendering.local_time(broadcast.finished_at, zone)} ({zone})")
        ctx.print(rendering.report_text(t, broadcast.id, report,
                                        rendering.unknown_people(t, unknown)))


def _configure_control(parser: argparse.ArgumentParser, action: str) -> None:
    parser.add_argument("id", type=int)
    parser.set_defaults(control=action)


async def _control(ctx: CommandContext, args: argparse.Namespace) -> None:
    action = args.control  # pause, resume or cancel
    async with ctx.db.transaction() as db:
        broadcast = await broadcasts.get(db, args.id)
        if broadcast is None or broadcast.state not in ALLOWED[action]:
            state = broadcast.state if broadcast else "unknown"
            raise CommandError(f"broadcast #{args.id} can't be {DONE[action]} now ({state})")
        count = await getattr(broadcasts, action)(db, broadcast, ctx.now())
    ctx.print(f"broadcast #{args.id}: {action} ({count} messages)")


async def _segments_list(ctx: CommandContext, args: argparse.Namespace) -> None:
    async with ctx.db.transaction() as db:
        saved = await segments.all_saved(db)
        if not saved:
            ctx.print("no saved segments yet")
        for segment in saved:
            split = await segments.split(db, segment.definition)
            ctx.print(f"{segment.name}\t{split.total}\t"
                      f"{json.dumps(segment.definition, ensure_ascii=False)}")


def _configure_save(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name")
    parser.add_argument("--json", required=True, help="the definition (JSON text or @FILE)")


async def _segments_save(ctx: CommandContext, args: argparse.Namespace) -> None:
    raw = args.json
    if raw.startswith("@"):
        raw = _read(raw[1:])
    try:
        definition = json.loads(raw)
    except ValueError as error:
        raise CommandError(f"not JSON: {error}") from error
    async with ctx.db.transaction() as db:
        try:
            await segments.save(db, args.name, definition, by=ctx.operator, now=ctx.now())
        except InvalidSegment as error:
            raise CommandError(f"invalid segment: {error}") from error
        split = await segments.split(db, definition)
    ctx.print(f"saved {args.name!r}: {split.total} recipients")


COMMANDS: tuple[Command | CommandGroup, ...] = (
    Command("broadcast", "send a broadcast to a saved segment, or list, report, pause, resume "
            "or cancel one", run=_send, configure=_configure_send),
    Command("broadcast list", "recent broadcasts", run=_list),
    Command("broadcast report", "a broadcast's delivery report", run=_report,
            configure=_configure_report),
    *(Command(f"broadcast {name}", f"{name} a broadcast", run=_control,
              configure=partial(_configure_control, action=name)) for name in ALLOWED),
    SEGMENTS,
    Command("segments list", "saved segments with their size", run=_segments_list),
    Command("segments save", "save an audience definition under a name", run=_segments_save,
            configure=_configure_save),
)
