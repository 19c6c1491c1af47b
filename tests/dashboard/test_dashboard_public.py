"""The public results page: off by default, only the questions coordinators chose, no count
under k, and a broadcast that sends a region's respondents the link to their region's page."""

from __future__ import annotations

import html

from sqlalchemy import select

from bot.app import create_core
from bot.delivery.scheduler import Scheduler
from bot.web.public import suppress
from storage.broadcast_models import Broadcast
from storage.dashboard_models import DashboardAudit, PublicQuestion
from storage.models import OutboxMessage
from tests.support.dashboard import (
    active_survey,
    csrf_in,
    dashboard_server,
    logged_in,
    place,
    respondent,
)
from tests.support.person import label
from tests.support.settings import make_settings

AGES = ["22_25"] * 4 + ["18_21"] * 2 + ["26_30"]  # k = 3: only 22–25 may show as a number


async def seed(core) -> None:  # type: ignore[no-untyped-def]
    survey = active_survey(core)
    for number, age in enumerate(AGES):
        region = "negev" if number < 5 else "galilee"
        await respondent(core.db, survey, {"age_group": age, "locality": place(region),
                                           "openness": "maybe"},
                         now=core.clock.now(), user=str(4000 + number))


def test_small_counts_are_suppressed_and_a_lone_one_takes_the_next_with_it():
    assert suppress([40, 12, 3, 0], k=10) == [40, None, None, 0]
    assert suppress([40, 12, 3, 5], k=10) == [40, 12, None, None]
    assert suppress([40, 12, 30], k=10) == [40, 12, 30]


async def test_the_public_page_is_off_by_default(core):
    async with dashboard_server(core) as server, logged_in(server, core) as browser:
        assert (await browser.get("/results")).status_code == 404


async def test_the_public_page_shows_chosen_questions_without_small_counts(database_url,
                                                                          clock):
    settings = make_settings(database_url, public_results=True, public_min_count=3)
    core = await create_core(settings, clock=clock)
    try:
        await seed(core)
        survey = active_survey(core)
        async with dashboard_server(core) as server, logged_in(server, core) as coordinator:
            page = (await coordinator.get("/dashboard/survey")).text
            assert (await coordinator.post("/dashboard/public", data={"q": "age_group"})
                    ).status_code == 403, "no CSRF token: nothing chosen"
            async with core.db.transaction() as db:
                assert list(await db.scalars(select(PublicQuestion))) == []
            chosen = await coordinator.post("/dashboard/public", data={
                "q": ["age_group", "comments"], "csrf": csrf_in(page)})
            assert chosen.status_code == 303

            public = html.unescape((await coordinator.get("/results")).text)
            fewer = label("he", "dash-public-fewer", k=3)
            assert survey.title(survey.question("age_group"), "he") in public
            assert survey.title(survey.question("openness"), "he") not in public
            rows = public.split("<tbody>")[1].split("</tbody>")[0]
            assert "<td>22–25</td><td>4</td>" in rows
            assert f"<td>18–21</td><td>{fewer}</td>" in rows
            assert f"<td>26–30</td><td>{fewer}</td>" in rows
            assert "<td>2</td>" not in rows and "<td>1</td>" not in rows
            galilee = html.unescape((await coordinator.get(
                "/results", params={"region": "galilee"})).text)
            assert label("he", "dash-public-too-few", k=3) in galilee
            english = (await coordinator.get("/results", params={"lang": "en"})).text
            assert 'dir="ltr"' in english and "fewer than 3" in english

            sent = await coordinator.post("/dashboard/public/broadcast",
                                          data={"region": "negev", "csrf": csrf_in(page)})
            assert sent.status_code == 200
            assert label("he", "dash-public-broadcast-done", n=5) in html.unescape(sent.text)
        await Scheduler(core.db, core.services, clock).tick()
        async with core.db.transaction() as db:
            broadcast = await db.scalar(select(Broadcast))
            rows = list(await db.scalars(select(OutboxMessage)
                                         .where(OutboxMessage.broadcast_id == broadcast.id)))
            audited = [a.action for a in await db.scalars(select(DashboardAudit))]
        assert broadcast.scope == "negev" and broadcast.created_by == "telegram:7001"
        assert len(rows) == 5
        assert "/results?region=negev&lang=he" in rows[0].payload["text"]
        assert label("he", "region-in-negev") in rows[0].payload["text"]
        assert "public_questions" in audited and "public_broadcast" in audited
    finally:
        await core.close()
