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
import getpass
import json
from pathlib import Path

from bot.settings import Settings

DEFAULT_TOPIC = "announcements"


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bc = subparsers.add_parser("broadcast", help="send a broadcast to a saved segment, or "
                               "list, report, pause, resume or cancel one")
    bc.add_argument("--segment", help="the saved segment's name (kehila segments list)")
    bc.add_argument("--text-file", action="append", default=[], metavar="[LANG=]FILE",
                    help="the message; repeat as he=FILE, en=FILE… for one text per language")
    bc.add_argument("--topic", default=DEFAULT_TOPIC,
                    help="subscription topic (recipients can unsubscribe from it)")
    bc.add_argument("--at", help='when, in Israel time: "18:30", "tomorrow 09:00", '
                    '"25.11 18:30"; default now')
    bc.add_argument("--urgent", action="store_true",
                    help="ignore quiet hours (emergencies only; recorded with your user name)")
    bc.set_defaults(func=_send)
    actions = bc.add_subparsers(dest="broadcast_command")
    actions.add_parser("list", help="recent broadcasts").set_defaults(func=_list)
    report = actions.add_parser("report", help="a broadcast's delivery report")
    report.add_argument("id", type=int)
    report.add_argument("--out", help="write the report to FILE (.csv or .json)")
    report.set_defaults(func=_report)
    for name in ("pause", "resume", "cancel"):
        action = actions.add_parser(name, help=f"{name} a broadcast")
        action.add_argument("id", type=int)
        action.set_defaults(func=_control, control=name)

    seg = subparsers.add_parser("segments", help="list, count or save audiences")
    seg_sub = seg.add_subparsers(dest="segments_command", required=True)
    seg_sub.add_parser("list", help="saved segments with their size").set_defaults(
        func=_segments_list)
    save = seg_sub.add_parser("save", help="save an audience definition under a name")
    save.add_argument("name")
    save.add_argument("--json", required=True, help="the definition (JSON text or @FILE)")
    save.set_defaults(func=_segments_save)


def open_core(settings: Settings):  # type: ignore[no-untyped-def]
    """The app's core for one command (imported late: `kehila --help` stays quick)."""
    from bot.app import open_core as open_app_core

    return open_app_core(settings)


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
            raise SystemExit(f"{path} is empty")
        texts[language.strip()] = text
    return texts


async def _send(args: argparse.Namespace, settings: Settings) -> None:
    from conversations.broadcasts import jobs as broadcast_jobs
    from conversations.domain import topics
    from conversations.domain.when import parse_when
    from storage import segments

    if not args.segment or not args.text_file:
        raise SystemExit("kehila broadcast needs --segment NAME and --text-file FILE")
    if topics.get(args.topic) is None or args.topic == topics.DIGEST:
        names = ", ".join(t.id for t in topics.broadcast_topics())
        raise SystemExit(f"unknown topic {args.topic!r}; one of: {names}")
    texts = _texts(args.text_file)
    async with open_core(settings) as core:
        now = core.clock.now()
        at = now
        if args.at:
            parsed = parse_when(args.at, now, settings.timezone, ("tomorrow", "מחר"))
            if parsed is None or parsed <= now:
                raise SystemExit(f"can't use the time {args.at!r} (it must be in the future)")
            at = parsed
        async with core.db.transaction() as db:
            segment = await segments.get(db, args.segment)
            if segment is None:
                raise SystemExit(f"no segment named {args.segment!r} (kehila segments list)")
            split = await segments.split(db, segment.definition, args.topic)
            broadcast = await broadcast_jobs.create(
                db, by=f"cli:{getpass.getuser()}", by_person_id=None,
                audience=segment.definition, segment_name=segment.name, scope=None,
                topic=args.topic, texts=texts, button=None, urgent=args.urgent, at=at, now=now)
        print(f"broadcast #{broadcast.id}: {split.total} recipients "
              f"{split.by_channel} {split.by_language}, sending at {at.isoformat()}")


async def _list(args: argparse.Namespace, settings: Settings) -> None:
    from storage import broadcasts

    async with open_core(settings) as core:
        async with core.db.transaction() as db:
            for b in await broadcasts.recent(db):
                print(f"#{b.id}\t{b.kind}\t{b.state}\t{b.recipients}\t{b.topic}\t"
                      f"{b.scheduled_at.isoformat()}\t{b.created_by}\t{b.segment_name or ''}")


async def _report(args: argparse.Namespace, settings: Settings) -> None:
    from conversations.broadcasts.control import report_csv
    from storage import broadcasts

    async with open_core(settings) as core:
        async with core.db.transaction() as db:
            broadcast = await broadcasts.get(db, args.id)
            if broadcast is None:
                raise SystemExit(f"no broadcast #{args.id}")
            report = await broadcasts.counts(db, broadcast.id)
        if args.out and args.out.endswith(".json"):
            document = {"id": broadcast.id, "kind": broadcast.kind, "state": broadcast.state,
                        "created_by": broadcast.created_by, "audience": broadcast.audience,
                        "segment": broadcast.segment_name, "topic": broadcast.topic,
                        "texts": broadcast.texts, "urgent": broadcast.urgent,
                        "scheduled_at": broadcast.scheduled_at.isoformat(), "report": report}
            _write(args.out, json.dumps(document, ensure_ascii=False, indent=2))
        elif args.out:
            _write(args.out, "\ufeff" + report_csv(broadcast, report))  # BOM for Excel
        else:
            print(json.dumps(report, ensure_ascii=False, indent=2))


async def _control(args: argparse.Namespace, settings: Settings) -> None:
    from storage import broadcasts

    async with open_core(settings) as core:
        async with core.db.transaction() as db:
            broadcast = await broadcasts.get(db, args.id)
            allowed = {"pause": ("sending",), "resume": ("paused",),
                       "cancel": ("scheduled", "sending", "paused")}[args.control]
            if broadcast is None or broadcast.state not in allowed:
                raise SystemExit(f"broadcast #{args.id} can't be {args.control}d now")
            count = await getattr(broadcasts, args.control)(db, broadcast, core.clock.now())
        print(f"broadcast #{args.id}: {args.control} ({count} messages)")


async def _segments_list(args: argparse.Namespace, settings: Settings) -> None:
    from storage import segments

    async with open_core(settings) as core:
        async with core.db.transaction() as db:
            for segment in await segments.all_saved(db):
                split = await segments.split(db, segment.definition)
                print(f"{segment.name}\t{split.total}\t"
                      f"{json.dumps(segment.definition, ensure_ascii=False)}")


async def _segments_save(args: argparse.Namespace, settings: Settings) -> None:
    from conversations.domain.segments import InvalidSegment
    from storage import segments

    raw = args.json
    if raw.startswith("@"):
        raw = _read(raw[1:])
    try:
        definition = json.loads(raw)
    except ValueError as error:
        raise SystemExit(f"not JSON: {error}") from error
    async with open_core(settings) as core:
        async with core.db.transaction() as db:
            try:
                await segments.save(db, args.name, definition, by=f"cli:{getpass.getuser()}",
                                    now=core.clock.now())
            except InvalidSegment as error:
                raise SystemExit(f"invalid segment: {error}") from error
            split = await segments.split(db, definition)
        print(f"saved {args.name!r}: {split.total} recipients")
