"""`kehila segments save`, `kehila broadcast --segment … --text-file …` and the report export."""

from __future__ import annotations

import csv
import json

from bot.app import create_core
from bot.cli import build_parser
from bot.clock import Clock
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.domain.types import Outbound
from standins.seeding import Seed, seed
from storage.models import Identity
from tests.support.settings import make_settings


class Recorder:
    """A channel that keeps what it was asked to send (the terminal's place in a test)."""

    channel = "telegram"
    numbered_choices = False

    def __init__(self) -> None:
        self.sent: list[tuple[str, Outbound]] = []

    async def warm(self) -> None:
        """Nothing to open."""

    async def send(self, identity: Identity, message: Outbound, *, kind: str) -> str | None:
        self.sent.append((identity.user_id, message))
        return str(len(self.sent))


async def run(settings, *argv: str) -> None:  # type: ignore[no-untyped-def]
    args = build_parser().parse_args(list(argv))
    await args.func(args, settings)


async def test_cli_broadcast_to_a_saved_segment_and_its_report(database_url, tmp_path, capsys):
    settings = make_settings(database_url)
    core = await create_core(settings, clock=Clock())
    await seed(core.db, [Seed("he", [("telegram", "1")], {"academy": ["eli"]}),
                         Seed("en", [("telegram", "2")], {"academy": ["eli"]}),
                         Seed("he", [("telegram", "3")], {"academy": ["other"]})],
               core.clock.now())
    await run(settings, "segments", "save", "eli", "--json",
              '{"attr": "academy", "in": ["eli"]}')
    assert "saved 'eli': 2 recipients" in capsys.readouterr().out
    (tmp_path / "he.txt").write_text("שלום לבוגרי עלי", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Hello Eli graduates", encoding="utf-8")
    await run(settings, "broadcast", "--segment", "eli", "--text-file",
              f"he={tmp_path / 'he.txt'}", "--text-file", f"en={tmp_path / 'en.txt'}")
    assert capsys.readouterr().out.startswith("broadcast #1: 2 recipients")

    await Scheduler(core.db, core.services, core.clock).tick()
    recorder = Recorder()
    while await Delivery(core.db, core.clock, {"telegram": recorder}).run_once():
        pass
    assert sorted((user, m.text) for user, m in recorder.sent) == [
        ("1", "שלום לבוגרי עלי"), ("2", "Hello Eli graduates")]

    await run(settings, "broadcast", "report", "1", "--out", str(tmp_path / "r.json"))
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["created_by"].startswith("cli:") and report["segment"] == "eli"
    assert report["report"]["sent"] == len(recorder.sent) == 2
    await run(settings, "broadcast", "report", "1", "--out", str(tmp_path / "r.csv"))
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as handle:
        rows = {(r["metric"], r["detail"]): r["count"] for r in csv.DictReader(handle)}
    assert rows[("sent", "")] == "2" and rows[("by_channel", "telegram")] == "2"
    await core.close()
