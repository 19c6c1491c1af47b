"""The dashboard's numbers: the same as `kehila export survey`, filtered by answers, and
limited to a coordinator's region on every page and download."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import timedelta

import openpyxl
from sqlalchemy import select

from bot.app import create_core
from conversations.survey.export import export
from storage import people
from storage import survey as repo
from storage.dashboard_models import DashboardAudit
from tests.support.dashboard import (
    active_survey,
    dashboard_server,
    logged_in,
    person_for,
    place,
    respondent,
)
from tests.support.person import label
from tests.support.settings import make_settings

ANSWERS = [  # (region, age group, regions they would move to, finished)
    ("negev", "18_21", ["negev", "galilee"], True),
    ("negev", "22_25", ["negev"], True),
    ("negev", "22_25", ["jerusalem", "negev"], False),
    ("galilee", "26_30", ["galilee"], True),
    ("center", "22_25", ["negev", "center"], True),
]


async def seeded(core, clock):  # type: ignore[no-untyped-def]
    survey = active_survey(core)
    for number, (region, age, regions, finished) in enumerate(ANSWERS):
        await respondent(core.db, survey, {"age_group": age, "locality": place(region),
                                           "openness": "yes", "regions": regions},
                         now=clock.now(), user=str(2000 + number), finished=finished,
                         language="he" if number % 2 else "ar")
    return survey


def table(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf_8_sig"))))


async def test_survey_numbers_equal_the_export(core, clock, tmp_path):
    survey = await seeded(core, clock)
    out = tmp_path / "survey.csv"
    await export(core.db, survey, core.services.localizer, out=out, fmt="csv", language="he",
                 finished_only=False, timezone=core.settings.timezone)
    exported = table(out.read_bytes())
    headers, rows = exported[0], exported[1:]
    age_title = survey.title(survey.question("age_group"), "he")
    ages = Counter(row[headers.index(age_title)] for row in rows)
    regions_q = survey.question("regions")
    multi = {survey.option_text(regions_q, o, "he"):
             sum(int(row[headers.index(f"{survey.title(regions_q, 'he')}: "
                                       f"{survey.option_text(regions_q, o, 'he')}")] or 0)
                 for row in rows) for o in regions_q.option_ids}
    async with dashboard_server(core) as server:
        async with logged_in(server, core) as browser:
            page = await browser.get("/dashboard/survey")
            assert page.status_code == 200
            shown = table((await browser.get("/dashboard/survey/q-age_group.csv")).content)
            assert {r[0]: int(r[1]) for r in shown[1:] if int(r[1])} == dict(ages)
            chosen = table((await browser.get("/dashboard/survey/q-regions.csv")).content)
            assert {r[0]: int(r[1]) for r in chosen[1:]} == multi
            assert multi[survey.option_text(regions_q, "negev", "he")] == 4, \
                "a multi-select counts each person once per option chosen"
            dropoff = table((await browser.get("/dashboard/survey/dropoff.csv")).content)
            statuses = Counter(row[headers.index(label("he", "survey-col-status"))]
                               for row in rows)
            assert int(dropoff[1][1]) == len(rows)
            assert int(dropoff[-1][1]) == statuses[label("he", "survey-status-finished")]
            sheet = openpyxl.load_workbook(io.BytesIO(
                (await browser.get("/dashboard/survey/q-age_group.xlsx")).content)).active
            assert [[c.value for c in row] for row in sheet.iter_rows()][1:] == \
                [[r[0], int(r[1]), int(r[2])] for r in shown[1:]]

            activity = table((await browser.get("/dashboard/overview/activity.csv")).content)
            assert [row[1:] for row in activity[1:]] == [["0", "0"]] * 11 + [["6", "4"]], \
                "this week: five respondents and the coordinator, four finished"
            negev = await browser.get("/dashboard/survey/q-age_group.csv",
                                      params={"f": "residence_region=negev"})
            assert {r[0]: int(r[1]) for r in table(negev.content)[1:] if int(r[1])} == {
                "18–21": 1, "22–25": 2}
            both = await browser.get("/dashboard/survey/q-age_group.csv", params=[
                ("f", "residence_region=negev"), ("f", "survey:graduates:regions=jerusalem")])
            assert {r[0]: int(r[1]) for r in table(both.content)[1:] if int(r[1])} == {
                "22–25": 1}
            ignored = await browser.get("/dashboard/survey/q-age_group.csv",
                                        params={"f": "phone=+972501234567"})
            assert table(ignored.content) == shown, "an unknown field filters nothing"
    async with core.db.transaction() as db:
        exports = [(a.action, a.what, a.details["filters"]) for a in await db.scalars(
            select(DashboardAudit).where(DashboardAudit.action == "export")
            .order_by(DashboardAudit.id))]
    assert exports[-2] == ("export", "survey/q-age_group.csv",
                           ["residence_region=negev", "survey:graduates:regions=jerusalem"])


async def test_the_numbers_follow_a_changed_answer_and_a_deleted_person(core, clock, tmp_path):
    """The counters move with the answer (18–21 → 26–30) and with "delete me" (the answers
    stay in the totals, as in the export, but leave every region)."""
    survey = await seeded(core, clock)
    now = clock.now()
    async with core.db.transaction() as db:
        changed = await person_for(db, "telegram:2000", now)
        response = await repo.response_for(db, survey.id, changed)
        assert response is not None
        await repo.save_answer(db, response, version=survey.version, question_id="age_group",
                               kind="single", value="26_30", skipped=False, now=now)
    async with core.db.transaction() as db:
        deleted = await person_for(db, "telegram:2003", now)  # galilee, 26–30, finished
        for hook in core.services.registry.on_delete:
            await hook(db, deleted, now)
        await people.delete_person(db, deleted)
    out = tmp_path / "survey.csv"
    await export(core.db, survey, core.services.localizer, out=out, fmt="csv", language="he",
                 finished_only=False, timezone=core.settings.timezone)
    exported = table(out.read_bytes())
    column = exported[0].index(survey.title(survey.question("age_group"), "he"))
    ages = Counter(row[column] for row in exported[1:])
    assert ages == {"22–25": 3, "26–30": 2}
    async with dashboard_server(core) as server:
        async with logged_in(server, core) as browser:
            async def counts(**params: str) -> dict[str, int]:
                shown = table((await browser.get("/dashboard/survey/q-age_group.csv",
                                                 params=params)).content)
                return {r[0]: int(r[1]) for r in shown[1:] if int(r[1])}

            assert await counts() == dict(ages)
            assert await counts(f="residence_region=negev") == {"22–25": 2, "26–30": 1}
            assert await counts(f="residence_region=galilee") == {}, \
                "the deleted person's answers left their region"
            dropoff = table((await browser.get("/dashboard/survey/dropoff.csv")).content)
            assert int(dropoff[1][1]) == len(exported) - 1 == 5


async def test_a_coordinator_limited_to_a_region_sees_only_it_everywhere(database_url, clock):
    settings = make_settings(database_url, coordinator_scopes="tg:7001=negev")
    core = await create_core(settings, clock=clock)
    try:
        await seeded(core, clock)
        async with dashboard_server(core) as server:
            async with logged_in(server, core) as scoped, \
                    logged_in(server, core, "terminal:dana") as everyone:
                async def numbers(browser, path):  # type: ignore[no-untyped-def]
                    return {r[0]: r[1:] for r in table((await browser.get(path)).content)[1:]}

                funnel = "/dashboard/overview/funnel.csv"
                contact, started = label("he", "dash-funnel-contact"), \
                    label("he", "dash-funnel-survey-started")
                # negev: three live there and one more (from the center) wants to go
                assert (await numbers(scoped, funnel))[started] == ["4"]
                assert (await numbers(everyone, funnel))[started] == ["5"]
                assert (await numbers(everyone, funnel))[contact] == ["7"]  # + the two
                ages = "/dashboard/survey/q-age_group.csv"
                assert sum(int(v[0]) for v in (await numbers(scoped, ages)).values()) == 4
                assert sum(int(v[0]) for v in (await numbers(everyone, ages)).values()) == 5
                regions = await numbers(scoped, "/dashboard/regions/regions.csv")
                assert regions[label("he", "region-galilee")] == ["0", "1"]  # wants both
                assert regions[label("he", "region-negev")] == ["3", "4"]
                consent = await numbers(scoped, "/dashboard/overview/consent.csv")
                assert consent[label("he", "dash-consent-consented")] == ["4"]
                page = await scoped.get("/dashboard/overview")
                assert label("he", "dash-scope", region=label("he", "region-negev")) in \
                    page.text
    finally:
        await core.close()


async def test_activity_counts_each_week_apart(core, clock):
    survey = active_survey(core)
    for days, user in ((15, "2100"), (15, "2101"), (2, "2102"), (100, "2103")):
        await respondent(core.db, survey, {"age_group": "22_25"},
                         now=clock.now() - timedelta(days=days), user=user)
    async with dashboard_server(core) as server, logged_in(server, core) as browser:
        activity = table((await browser.get("/dashboard/overview/activity.csv")).content)
    new = [int(row[1]) for row in activity[1:]]
    # twelve weeks back from now: 15 days ago is week 9 (0-based), 2 days ago the last week
    # (with the coordinator), and 100 days ago is before the chart and counts nowhere
    assert new == [0] * 9 + [2, 0, 2]
