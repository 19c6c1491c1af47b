"""`kehila broadcast list` and `kehila broadcast report` print readable lines in the
organisation's time (settings.timezone), not Python dicts and UTC (issue 20)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.cli import build_parser
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.broadcasts import jobs as broadcast_jobs
from conversations.domain import dates
from conversations.engine.commands import CommandError
from standins.seeding import Seed, seed
from tests.support.settings import make_settings
from tests.support.telegram import running_bot

DANA, NOA = 7001, 30001


async def run(settings, *argv: str) -> None:  # type: ignore[no-untyped-def]
    args = build_parser().parse_args(list(argv))
    await args.func(args, settings)


async def test_list_and_report_read_as_lines_in_local_time(database_url, api, clock, capsys):
    async with running_bot(database_url, api, clock=clock) as bot:
        core = bot.core
        ids = await seed(core.db, [Seed("he", [("telegram", str(DANA))], form="f"),
                                   Seed("he", [("telegram", str(NOA))])], clock.now())
        async with core.db.transaction() as db:
            await broadcast_jobs.create(
                db, by=f"telegram:{DANA}", by_person_id=ids[0], audience={"all": []},
                segment_name=None, scope=None, topic="announcements", texts={"*": "שלום"},
                button=None, urgent=False, at=clock.now(), now=clock.now())
        await Scheduler(core.db, core.services, core.clock).tick()
        delivery = Delivery(core.db, core.clock, {"telegram": bot.channel})
        while await delivery.run_once():
            pass
        local = dates.short(clock.now(), "en", "Asia/Jerusalem")  # "24/11/2026, 12:00"
        assert clock.now().strftime("%H:%M") != local[-5:]  # UTC would read differently
        settings = make_settings(database_url)

        await run(settings, "broadcast", "list")
        [line] = capsys.readouterr().out.splitlines()
        assert line.startswith(f"#1 sending · {local} (Asia/Jerusalem) · 2 recipients · "
                               "topic announcements")
        assert "{" not in line and "+00:00" not in line

        clock.advance(timedelta(seconds=3))
        await Scheduler(core.db, core.services, core.clock).tick()  # the final report
        await run(settings, "broadcast", "report", "1")
        out = capsys.readouterr().out
        assert f"scheduled {local} · started {local}" in out
        assert "Broadcast #1 finished." in out and "Sent: 2 (not reported by Telegram)" in out
        assert "{" not in out and "'" not in out



async def test_empty_lists_and_impossible_controls_say_so_in_words(database_url, capsys):
    settings = make_settings(database_url)
    await run(settings, "segments", "list")
    assert capsys.readouterr().out.strip() == "no saved segments yet"
    await run(settings, "broadcast", "list")
    assert capsys.readouterr().out.strip() == "no broadcasts yet"
    with pytest.raises(CommandError, match=r"^broadcast #99 can't be cancelled now \(unknown\)$"):
        await run(settings, "broadcast", "cancel", "99")
