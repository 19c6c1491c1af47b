"""The dashboard in tests: its routes on a loopback server, a browser-like HTTP client that
logs in with a link the bot sent, and respondents written through the real storage code."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

import httpx

from bot.app import Core
from bot.http import build_http_app
from bot.web.app import dashboard_routes
from conversations.domain.places import default_places
from conversations.domain.survey_answers import Given, segment_values
from conversations.domain.survey_def import Survey, catalog
from conversations.domain.types import Address
from standins.server import LoopbackServer
from storage import attributes, dashboard_auth, people
from storage import survey as repo
from storage.db import Database
from storage.models import Person

LINK = re.compile(r"https?://\S+/dashboard/login\?t=[\w-]+")


@asynccontextmanager
async def dashboard_server(core: Core) -> AsyncIterator[LoopbackServer]:
    """The dashboard on loopback; PUBLIC_BASE_URL points at it, as a proxy would."""
    server = LoopbackServer(build_http_app(dashboard_routes(core)))
    await server.start()
    core.settings.public_base_url = server.url
    try:
        yield server
    finally:
        await server.stop()


def link_in(text: str) -> str:
    found = LINK.search(text)
    assert found, f"no dashboard link in {text!r}"
    return found.group(0)


def csrf_in(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


async def log_in(client: httpx.AsyncClient, link: str) -> httpx.Response:
    """What a browser does with the link: open it, then press the button."""
    page = await client.get(link)
    token = link.rpartition("t=")[2]
    return await client.post("/dashboard/login", data={"t": token, "csrf": csrf_in(page.text)})


async def person_for(session: Any, urn: str, now: datetime) -> int:
    """The person behind an identity, created on first contact as the bot does."""
    channel, _, user = urn.partition(":")
    identity = await people.identity_for(session, Address(channel, user), language="he",
                                         now=now)
    return identity.person_id


@asynccontextmanager
async def logged_in(server: LoopbackServer, core: Core, urn: str = "telegram:7001"
                    ) -> AsyncIterator[httpx.AsyncClient]:
    """A browser with a session of `urn` (its link made as the menu entry makes one)."""
    now = core.clock.now()
    async with core.db.transaction() as db:
        person = await person_for(db, urn, now)
        token = await dashboard_auth.create_login(db, person_id=person, urn=urn, now=now,
                                                  ttl=timedelta(minutes=5))
    async with httpx.AsyncClient(base_url=server.url) as browser:
        opened = await log_in(browser, f"{server.url}/dashboard/login?t={token}")
        assert opened.status_code == 303, opened.text
        yield browser


def active_survey(core: Core) -> Survey:
    settings = core.settings
    survey = catalog(settings.survey_dir).get(settings.survey_active)
    assert survey is not None
    return survey


async def respondent(db: Database, survey: Survey, answers: dict[str, Any], *, now: datetime,
                     user: str, channel: str = "telegram", language: str = "he",
                     finished: bool = True) -> int:
    """A consented person who answered `answers` (question id → value), as the survey flow
    stores it: the response, its answers and the segment fields."""
    async with db.transaction() as session:
        identity = await people.identity_for(session, Address(channel, user),
                                             language=language, now=now)
        person = await session.get(Person, identity.person_id)
        assert person is not None
        person.consented_at = now
        response = await repo.start_response(session, survey_id=survey.id,
                                             version=survey.version, person_id=person.id,
                                             channel=channel, language=language, now=now)
        given: dict[str, Given] = {}
        for question_id, value in answers.items():
            q = survey.question(question_id)
            assert q is not None, question_id
            await repo.save_answer(session, response, version=survey.version,
                                   question_id=question_id, kind=q.type, value=value,
                                   skipped=False, now=now)
            given[question_id] = Given(value)
        for name, values in segment_values(survey, given).items():
            await attributes.set_values(session, person.id, name, values, now)
        if finished:
            await repo.set_progress(session, response, now=now, status=repo.FINISHED)
        else:
            await repo.set_progress(session, response, now=now, current_question=(
                list(answers)[-1] if answers else None), clear_question=True)
        return person.id


def place(region: str) -> dict[str, str]:
    """A locality answer in `region` (the first locality the data puts there)."""
    locality = default_places().in_region(region)[0]
    return {"key": locality.key, "region": region}
