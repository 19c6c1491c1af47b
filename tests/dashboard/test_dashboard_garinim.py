"""The garinim page: members, lead, journey stage and progress, overdue milestones and open
decisions per garin, equal on the page and in its download; a coordinator limited to a region
sees only the garinim headed there; the overview's funnel counts garin members."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.app import create_core
from conversations.domain.journey_def import configured_journey
from storage import garin_decisions, garin_journey
from tests.support.dashboard import dashboard_server, logged_in, person_for
from tests.support.garin_decisions import make_garin
from tests.support.journeys import short_journey
from tests.support.person import label
from tests.support.settings import make_settings

HIDDEN = "GALILEE-GARIN"


def table(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf_8_sig"))))


async def seed(core) -> dict[str, object]:  # type: ignore[no-untyped-def]
    now = core.clock.now()
    async with core.db.transaction() as db:
        people = [await person_for(db, f"telegram:{6000 + n}", now) for n in range(4)]
    negev = await make_garin(core, "גרעין הנגב", lead=people[0], members=people[1:3])
    await make_garin(core, HIDDEN, lead=people[3], members=[], region="galilee")
    journey = configured_journey(core.settings.garin_journey_file)
    plan = [garin_journey.PlannedMilestone(m.stage, m.id, m.owner, m.due_days)
            for m in journey.milestones]
    deadline = now + timedelta(days=2)
    async with core.db.transaction() as db:
        await garin_journey.start(db, garin_id=negev, journey_id=journey.id,
                                  version=journey.version, plan=plan,
                                  started_at=now - timedelta(days=11), by=None)
        circle = next(m for m in await garin_journey.milestones(db, negev)
                      if m.milestone == "support_circle")
        await garin_journey.mark_done(db, circle, by=None, note=None, now=now)
        for n, state in enumerate(("open", "closed")):
            decision = await garin_decisions.create(
                db, garin_id=negev, kind="proposal", question=f"שאלה {n}", options=[],
                language="he", by=people[0], deadline=deadline + timedelta(days=n),
                quorum=None, eligible=3, now=now)
            decision.state = state
    return {"deadline": deadline.astimezone(ZoneInfo("Asia/Jerusalem")).strftime("%Y-%m-%d"),
            "due": (now - timedelta(days=1)).astimezone(ZoneInfo("Asia/Jerusalem"))
            .strftime("%Y-%m-%d")}


async def test_the_garinim_page_counts_members_journey_and_decisions_within_scope(
        database_url, clock, tmp_path):
    settings = make_settings(database_url, coordinator_scopes="tg:7001=negev",
                             garin_journey_file=short_journey(tmp_path))
    core = await create_core(settings, clock=clock)
    try:
        expected = await seed(core)
        async with dashboard_server(core) as server, \
                logged_in(server, core) as scoped, \
                logged_in(server, core, "terminal:dana") as everyone:
            page = await scoped.get("/dashboard/garinim")
            assert page.status_code == 200
            assert HIDDEN not in page.text
            assert 'href="/dashboard/garinim"' in page.text  # in the navigation
            rows = table((await scoped.get("/dashboard/garinim/garinim.csv")).content)
            assert rows[0][0] == label("he", "dash-garin-col-name")
            assert rows[1:] == [["גרעין הנגב", label("he", "region-negev"), "3",
                                 label("he", "dash-garin-lead-yes"), "חזון משותף", "33", "1",
                                 "1", expected["deadline"]]]
            for cell in rows[1]:
                assert f"<td>{cell}</td>" in page.text  # the page shows the download's rows
            overdue = table((await scoped.get("/dashboard/garinim/overdue.csv")).content)
            assert overdue[1:] == [["גרעין הנגב", "ערב חזון ראשון", expected["due"]]]
            decisions = table((await scoped.get("/dashboard/garinim/decisions.csv")).content)
            assert decisions[1:] == [["גרעין הנגב", "שאלה 0", expected["deadline"]]]
            for key in ("garinim", "overdue", "decisions"):
                assert HIDDEN not in (await scoped.get(f"/dashboard/garinim/{key}.csv")).text

            every = table((await everyone.get("/dashboard/garinim/garinim.csv")).content)
            assert [r[0] for r in every[1:]] == ["גרעין הנגב", HIDDEN]
            assert every[2][2:6] == ["1", label("he", "dash-garin-lead-yes"),
                                     label("he", "dash-garin-stage-not-started"), "0"]
            funnel = dict(tuple(r) for r in
                          table((await everyone.get("/dashboard/overview/funnel.csv")).content))
            assert funnel[label("he", "dash-funnel-garin-member")] == "4"
    finally:
        await core.close()
