"""The overview's funnel: its "group lead" step counts the garinim feature's leads (said yes to
"a group", asked after a meeting, attended one, or considering settling; consented and not
opted out), everywhere and within a coordinator's region."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from bot.app import create_core
from storage import garin_leads
from storage import meetings as meeting_repo
from storage.meetings_models import Meeting
from storage.models import Person
from tests.support.dashboard import active_survey, dashboard_server, logged_in, place, respondent
from tests.support.person import label
from tests.support.settings import make_settings

NOTHING = {"openness": "not_now", "garin": "no"}
PEOPLE = [  # (name, region, answers beyond the region, what else happens)
    ("group", "negev", {"openness": "not_now", "garin": "yes"}, ""),
    ("considering", "galilee", {"openness": "maybe", "garin": "no"}, ""),
    ("attended", "negev", NOTHING, "attend"),
    ("asked", "center", NOTHING, "ask"),
    ("nothing", "negev", NOTHING, ""),
    ("opted out", "negev", {"openness": "yes", "garin": "yes"}, "opt out"),
    ("no consent", "negev", {"openness": "yes", "garin": "yes"}, "no consent"),
]


def table(body: bytes) -> dict[str, list[str]]:
    rows = list(csv.reader(io.StringIO(body.decode("utf_8_sig"))))
    return {row[0]: row[1:] for row in rows[1:]}


async def seed(core, clock) -> None:  # type: ignore[no-untyped-def]
    survey = active_survey(core)
    now = clock.now()
    async with core.db.transaction() as db:
        meeting = Meeting(title="Kibbutz evening", locality="Sde Boker", region="negev",
                          starts_at=now + timedelta(days=2), capacity=20, created_at=now,
                          updated_at=now)
        db.add(meeting)
        await db.flush()
        meeting_id = meeting.id
    for number, (_name, region, answers, then) in enumerate(PEOPLE):
        pid = await respondent(core.db, survey, {"locality": place(region), "regions": [region],
                                                 **answers},
                               now=now, user=str(3000 + number))
        async with core.db.transaction() as db:
            person = await db.get(Person, pid)
            meeting = await db.get(Meeting, meeting_id)
            assert person is not None and meeting is not None
            if then == "attend":
                seat = await meeting_repo.take_seats(db, meeting_id, pid, 1, now)
                signup = seat.signup
                assert seat.outcome == "confirmed" and signup is not None
                await meeting_repo.mark_attended(db, signup.id, True, now)
            elif then == "ask":
                await meeting_repo.add_lead(db, pid, meeting, now)
            elif then == "opt out":
                person.opted_out_at = now
            elif then == "no consent":
                person.consented_at = None


async def test_group_leads_are_the_garinim_features_leads(database_url, clock):
    core = await create_core(make_settings(database_url, coordinator_scopes="tg:7001=negev"),
                             clock=clock)
    try:
        await seed(core, clock)
        async with core.db.transaction() as db:
            leads = await garin_leads.leads(db)
        assert sorted(lead.reasons[0] for lead in leads) == \
            ["attended", "considering", "feedback", "group"]
        step = label("he", "dash-funnel-group-lead")
        async with dashboard_server(core) as server:
            async with logged_in(server, core) as scoped, \
                    logged_in(server, core, "terminal:dana") as everyone:
                funnel = "/dashboard/overview/funnel.csv"
                overall = table((await everyone.get(funnel)).content)
                assert overall[step] == [str(len(leads))] == ["4"]
                assert overall[label("he", "dash-funnel-meeting-attended")] == ["1"]
                # negev: the one who said "a group" and the one who attended
                assert table((await scoped.get(funnel)).content)[step] == ["2"]
    finally:
        await core.close()
