"""`kehila demo` loads marked sample data through every feature's demo section, loading twice
adds nothing, and `kehila demo --clear` removes exactly that data: every row that was there
before (real people, their survey answers and reminders) is still there, unchanged."""

from __future__ import annotations

from io import StringIO
from typing import Any

from sqlalchemy import select, text

from bot.app import Core
from bot.cli import build_parser
from conversations.engine.commands import CommandContext
from storage.all_models import metadata
from storage.meetings_models import Meeting
from storage.models import Identity
from tests.support.person import Person


async def kehila(core: Core, *argv: str) -> str:
    """Run a `kehila` command in this process, on the test's core, as the CLI would."""
    registry = core.services.registry
    args = build_parser(registry).parse_args(list(argv))
    command = registry.commands[" ".join(argv[:1])]
    out = StringIO()
    context = CommandContext(services=core.services, clock=core.clock, operator="cli:test",
                             database=core.db, out=out)
    await command.run(context, args)
    return out.getvalue()


async def every_row(core: Core) -> dict[str, list[tuple[Any, ...]]]:
    rows = {}
    async with core.db.transaction() as db:
        for table in metadata.sorted_tables:
            result = await db.execute(text(f'SELECT * FROM "{table.name}"'))
            found = [tuple(row) for row in result]
            if table.name == "survey_counts":  # a counter at zero counts nobody: no row
                found = [row for row in found if row[-1] != 0]
            rows[table.name] = sorted(found, key=repr)
    return rows


async def test_demo_loads_once_and_clear_leaves_every_real_row(core: Core) -> None:
    noa = Person.on_core(core, "telegram:1001")
    await noa.onboard()
    await noa.tap_key("menu-survey-start")
    await noa.tap("22–25")  # a real answer, and a nudge scheduled for her
    dana = Person.on_core(core, "terminal:dana")
    await dana.onboard()
    before = await every_row(core)
    assert before["survey_answers"] and before["scheduled"] and len(before["people"]) == 2

    loaded = await kehila(core, "demo")
    assert "meetings: 3 house meetings" in loaded
    assert "matching: 3 volunteers, 1 open help request" in loaded
    assert "survey: 4 finished survey responses" in loaded
    demo = await every_row(core)
    assert await kehila(core, "demo") == \
        "demo data is already loaded (kehila demo --clear removes it)\n"
    assert await every_row(core) == demo  # nothing duplicated, nothing changed
    async with core.db.transaction() as db:
        meetings = list(await db.scalars(select(Meeting)))
        channels = set(await db.scalars(select(Identity.channel).where(
            Identity.user_id.not_in(["1001", "dana"]))))
    assert sorted(m.region for m in meetings) == ["galilee", "jerusalem", "negev"]
    assert all(m.title.endswith("(דמו)") and m.host_person_id for m in meetings)
    assert channels == {"demo"}  # demo people have no channel anything is sent on
    assert len(demo["volunteer_profiles"]) == 3 and len(demo["help_requests"]) == 1
    assert len(demo["survey_responses"]) == len(before["survey_responses"]) + 4
    assert not demo["outbox"]  # nothing was queued for anyone

    cleared = await kehila(core, "demo", "--clear")
    assert "meetings 3" in cleared and "people 12" in cleared
    assert await every_row(core) == before
    assert await kehila(core, "demo", "--clear") == "no demo data to remove\n"
