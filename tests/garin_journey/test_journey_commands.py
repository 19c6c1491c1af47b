"""The coordinators' commands: `kehila journey due` moves one garin's due date (its check-in
follows), `kehila export journey` and `kehila export decisions` write the spreadsheets, and
`kehila journey check` names the line of a mistake."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot.app import create_core
from bot.cli import main
from conversations.domain.types import Address
from conversations.engine.jobs import JobContext
from conversations.garin_journey import ops
from storage import garin_decisions, garin_journey, garinim, people
from storage.models import ScheduledItem
from tests import timeline
from tests.support.journeys import short_journey
from tests.support.settings import make_settings
from tests.timeline import START


@pytest.fixture
def shell(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    url = f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    monkeypatch.setenv("GARIN_JOURNEY_FILE", short_journey(tmp_path))
    return tmp_path, url


async def seed(url: str, journey_file: str) -> int:
    """A garin of one lead with its journey started at START and one closed decision."""
    core = await create_core(make_settings(url, garin_journey_file=journey_file))
    try:
        async with core.db.transaction() as db:
            lead = await people.identity_for(db, Address("telegram", "1"), language="he",
                                             now=START)
            garin = await garinim.create(db, name="גרעין ערד", now=START)
            await garinim.add_member(db, garin.id, lead.person_id, START)
            job = JobContext(db, START, core.services, ScheduledItem())
            assert await ops.start(job, garin, by=None)
            decision = await garin_decisions.create(
                db, garin_id=garin.id, kind="proposal", question="ערב פתוח?", options=[],
                language="he", by=None, deadline=START + timedelta(days=1), quorum=None,
                eligible=1, now=START)
            await garin_decisions.close(db, decision, result="passed", winners=[],
                                        counts={"agree": 1}, voters=1, eligible=1, now=START)
            return garin.id
    finally:
        await core.close()


async def scheduled(url: str) -> list[tuple[str, str]]:
    core = await create_core(make_settings(url))
    try:
        async with core.db.transaction() as db:
            rows = await db.scalars(select(ScheduledItem).where(
                ScheduledItem.key.contains("milestone")).order_by(ScheduledItem.id))
            return [(row.key, row.state) for row in rows]
    finally:
        await core.close()


def test_moving_a_due_date_and_the_exports(shell, capsys):
    folder, url = shell
    garin_id = asyncio.run(seed(url, str(folder / "journey.yaml")))
    # the CLI runs on the machine's clock: the new date lies ahead of it in every --clock mode
    new_day = timeline.TODAY + timedelta(days=25)

    assert main(["journey", "due", "--garin", str(garin_id), "--milestone", "support_circle",
                 "--date", new_day.isoformat()]) == 0
    assert f"support_circle is now due on {new_day.isoformat()}" in capsys.readouterr().out
    rows = asyncio.run(scheduled(url))
    moved = [(key.rsplit(":", 2)[-2:], state) for key, state in rows if ":milestone:2:" in key]
    assert moved == [(["r1", "checkin"], "cancelled"), (["r1", "overdue"], "cancelled"),
                     (["r2", "checkin"], "pending"), (["r2", "overdue"], "pending")]

    assert main(["journey", "due", "--garin", str(garin_id), "--milestone", "nope",
                 "--date", new_day.isoformat()]) == 1
    assert "has no milestone 'nope'" in capsys.readouterr().err

    out = folder / "journey.xlsx"
    assert main(["export", "journey", "--out", str(out)]) == 0
    book = load_workbook(out)
    milestones = list(book["milestones"].values)
    assert milestones[0] == ("garin", "stage", "milestone", "title", "owner", "due", "done",
                             "note")
    assert milestones[2][:6] == ("גרעין ערד", "support", "support_circle", "מעגל תמיכה",
                                 "coordinator", new_day.isoformat())
    assert list(book["progress"].values)[1][:4] == ("גרעין ערד", 0, 0, 3)

    csv_out = folder / "decisions.csv"
    assert main(["export", "decisions", "--out", str(csv_out)]) == 0
    text = csv_out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id,garin,kind,question")
    assert "גרעין ערד,proposal,ערב פתוח?" in text and ",passed," in text


def test_journey_check_names_the_line(shell, capsys):
    folder, _url = shell
    bad = folder / "bad.yaml"
    bad.write_text(Path(folder / "journey.yaml").read_text(encoding="utf-8")
                   .replace("owner: coordinator", "owner: everyone"), encoding="utf-8")
    assert main(["journey", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:16: owner must be one of lead, coordinator" in err
    assert main(["journey", "check"]) == 0
    assert "3 milestones, fine" in capsys.readouterr().out


def test_the_progress_query_the_home_uses(shell):
    folder, url = shell
    garin_id = asyncio.run(seed(url, str(folder / "journey.yaml")))

    async def progress() -> tuple[int, str | None]:
        core = await create_core(make_settings(url))
        try:
            async with core.db.transaction() as db:
                p = await garin_journey.progress(db, garin_id)
                nxt = await garin_journey.next_open(db, garin_id)
                return p.percent, nxt.milestone if nxt else None
        finally:
            await core.close()

    assert asyncio.run(progress()) == (0, "vision_evening")
