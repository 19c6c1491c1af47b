"""Dashboard page times with 20,000 respondents: `python -m bench dashboard`.

Seeds people with identities, segment fields and finished survey responses (the same fake
answers as bench/survey_export.py), then requests every dashboard page through the real
Starlette app in process (httpx's ASGI transport: no socket, so the figure is the server's
own time) as an unscoped coordinator, with a region filter, and as a coordinator limited to
one region. The goal is under 300 ms per page (issue 17). The seed writes rows in bulk, past
`storage/survey_counts.py`, so it recounts the survey counters once at the end, as the
migration does for answers stored before it.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import httpx
from sqlalchemy import insert

from bench.report import Section, percentile
from bench.survey_export import fake_answers
from bot.app import create_core
from bot.http import build_http_app
from bot.settings import load_settings
from bot.web import auth
from bot.web.app import PAGES, dashboard_routes
from conversations.domain.places import default_places
from conversations.domain.survey_answers import Given, segment_values
from conversations.domain.survey_def import SURVEYS_DIR, load_survey
from storage import dashboard_auth, survey_counts
from storage.models import Identity, Person, PersonAttribute
from storage.survey_models import SurveyAnswer, SurveyResponse

BATCH = 1000
GOAL_MS = 300
REPEAT = 5


async def seed(db, people: int) -> None:  # type: ignore[no-untyped-def]
    survey = load_survey(SURVEYS_DIR / "graduates.yaml")
    places = default_places()
    localities = [loc for loc in places.localities if loc.region != "other"][:300]
    rng = random.Random(17)
    now = datetime.now(UTC)  # the bench seeds real data; no bot clock runs here
    for start in range(0, people, BATCH):
        size = min(BATCH, people - start)
        async with db.transaction() as session:
            ids = list((await session.execute(insert(Person).returning(Person.id), [
                {"language": rng.choice(("he", "he", "ar", "en", "ru")), "created_at":
                 now - timedelta(days=rng.randint(0, 90)), "consented_at": now}
                for _ in range(size)])).scalars())
            await session.execute(insert(Identity), [
                {"person_id": pid, "channel": rng.choice(("telegram", "whatsapp")),
                 "user_id": str(100_000 + pid), "created_at": now} for pid in ids])
            responses = list((await session.execute(
                insert(SurveyResponse).returning(SurveyResponse.id), [
                    {"survey_id": survey.id, "version": 1, "person_id": pid,
                     "channel": "telegram", "language": "he", "status": "finished",
                     "nudges_sent": 0, "started_at": now, "updated_at": now,
                     "finished_at": now - timedelta(days=rng.randint(0, 80))}
                    for pid in ids])).scalars())
            answers, attributes = [], []
            for pid, rid in zip(ids, responses, strict=True):
                given = fake_answers(survey, rng)
                if "locality" in given:
                    loc = rng.choice(localities)
                    given["locality"] = Given({"key": loc.key, "region": loc.region})
                answers += [{"response_id": rid, "survey_id": survey.id, "version": 1,
                             "question_id": qid, "kind": survey.question(qid).type,
                             "value": g.value, "skipped": False, "answered_at": now}
                            for qid, g in given.items()]
                for name, values in segment_values(survey, given).items():
                    attributes += [{"person_id": pid, "name": name, "value": value,
                                    "updated_at": now} for value in dict.fromkeys(values)]
            await session.execute(insert(SurveyAnswer), answers)
            await session.execute(insert(PersonAttribute), attributes)
    async with db.transaction() as session:  # bulk inserts bypass the counters: backfill them
        await survey_counts.recount(session)


async def session_cookie(core, urn: str) -> str:  # type: ignore[no-untyped-def]
    now = core.clock.now()
    async with core.db.transaction() as db:
        person = Person(language="he", address_form="f", created_at=now, consented_at=now)
        db.add(person)
        await db.flush()
        token = await dashboard_auth.create_login(db, person_id=person.id, urn=urn, now=now,
                                                  ttl=timedelta(minutes=5))
        login = await dashboard_auth.redeem_login(db, token, now)
        assert login is not None
        return await dashboard_auth.open_session(db, login, now, timedelta(hours=1))


async def timed(client: httpx.AsyncClient, path: str) -> list[float]:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = await client.get(path)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, (path, response.status_code)
    return times[1:]  # the first request warms caches (templates, the places data)


async def run(quick: bool) -> Section:
    people = 2_000 if quick else 20_000
    folder = Path(tempfile.mkdtemp(prefix="kehila-bench-dashboard-"))
    settings = load_settings(None, database_url=f"sqlite+aiosqlite:///{folder / 'b.db'}",
                        log_level="WARNING", coordinators="tg:1,tg:2",  # type: ignore[call-arg]
                        coordinator_scopes="tg:2=negev")
    core = await create_core(settings)
    section = Section(f"Dashboard pages ({people:,} respondents, SQLite)",
                      ["page", "who", "time per request", f"under {GOAL_MS} ms"])
    try:
        started = time.perf_counter()
        await seed(core.db, people)
        section.notes.append(f"Seeded in {time.perf_counter() - started:.0f} s; times are "
                             f"p50 / max of {REPEAT - 1} requests after one warm-up, through "
                             "the Starlette app in process (no network).")
        app = build_http_app(dashboard_routes(core))
        first = next(loc for loc in default_places().localities if loc.region != "other")
        locality = f"survey:graduates:locality={first.key}"
        for who, urn in (("all regions", "telegram:1"), ("one region", "telegram:2")):
            cookie = await session_cookie(core, urn)
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                         base_url="http://bench",
                                         cookies={auth.SESSION_COOKIE: cookie}) as client:
                paths = [f"/dashboard/{key}" for key in PAGES]
                if who == "all regions":
                    paths.append("/dashboard/survey?f=residence_region%3Dnegev")
                    paths.append(f"/dashboard/survey?f={quote(locality)}")
                    # an answer and a region together: not a counted facet, grouped anew
                    paths.append("/dashboard/survey?f=survey%3Agraduates%3Aregions%3Djerusalem"
                                 "&f=residence_region%3Dnegev")
                    paths.append("/dashboard/survey/q-age_group.csv")
                for path in paths:
                    times = await timed(client, path)
                    worst = max(times) * 1000
                    section.add(path, who, f"p50 {percentile(times, 50) * 1000:.0f} / max "
                                f"{worst:.0f} ms", "yes" if worst < GOAL_MS else "no")
    finally:
        await core.close()
    return section
