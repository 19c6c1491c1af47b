"""Counts for the coordinators' web dashboard, each one GROUP BY query on indexed columns.

A coordinator limited to a region (`COORDINATOR_SCOPES`) is given `region`; every count is
then of the people who live in or want to go to it (`segments.in_region`), as broadcasts are.
The funnel is a list of steps, each a table and a condition: a feature that lands later (the
garinim) appends its steps, and a step whose table is not in this database is left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    delete,
    func,
    literal,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.segments import REGION_ATTRIBUTES
from storage import garin_leads
from storage.dashboard_models import PublicQuestion
from storage.db import is_postgresql
from storage.garin_models import GarinMember
from storage.meetings_models import Signup
from storage.models import Identity, Person, PersonAttribute
from storage.survey_models import SurveyResponse
from storage.types import UTCDateTime

WEEKS = 12


def scoped_ids(region: str) -> Select[Any]:
    """The people in a coordinator's region: who live in or want to go to it, as
    `segments.in_region` says, read straight from the (name, value) index."""
    return select(PersonAttribute.person_id).where(
        PersonAttribute.name.in_(REGION_ATTRIBUTES), PersonAttribute.value == region)


def people_in(region: str | None) -> ColumnElement[bool]:
    """The WHERE clause on `people` for a coordinator's scope (everyone when None)."""
    return Person.id.in_(scoped_ids(region)) if region else true()


@dataclass
class Tally:
    """One request's counts: its scope and survey, and the grouped queries that several
    numbers read (people by language, consent and week; responses by status and week),
    each run once, when first asked, so a scoped page checks its scope a few times, not 17."""

    db: AsyncSession
    region: str | None
    survey: str
    start: datetime
    """The first of the activity chart's weeks."""
    _people: list[tuple[str, bool, bool, int | None, int]] | None = None
    _responses: list[tuple[str, bool, int | None, int]] | None = None
    _signups: tuple[int, int] | None = None

    def _week(self, moment: Any) -> ColumnElement[Any]:
        """The week since `start` a moment falls in (None before it), per dialect."""
        since = literal(self.start, UTCDateTime())
        if is_postgresql(self.db):
            week = func.floor(func.extract("epoch", moment - since) / 604800)
        else:
            week = func.floor((func.julianday(moment) - func.julianday(since)) / 7)
        return case((moment >= since, cast(week, Integer)), else_=None)

    async def _grouped(self, inner: Any) -> list[Any]:
        columns = list(inner.c)
        return list(await self.db.execute(select(*columns, func.count()).group_by(*columns)))

    async def people(self) -> list[tuple[str, bool, bool, int | None, int]]:
        """(language, consented, opted out, week created or None, people) in scope."""
        if self._people is None:
            inner = select(Person.language.label("language"),
                           Person.consented_at.is_not(None).label("consented"),
                           Person.opted_out_at.is_not(None).label("opted_out"),
                           self._week(Person.created_at).label("week")
                           ).where(people_in(self.region)).subquery()
            self._people = [(language, bool(consented), bool(opted), week, int(n))
                            for language, consented, opted, week, n
                            in await self._grouped(inner)]
        return self._people

    async def responses(self) -> list[tuple[str, bool, int | None, int]]:
        """(status, has a person, week finished or None, responses) of the survey in scope."""
        if self._responses is None:
            query = select(SurveyResponse.status.label("status"),
                           SurveyResponse.person_id.is_not(None).label("known"),
                           self._week(SurveyResponse.finished_at).label("week")
                           ).where(SurveyResponse.survey_id == self.survey)
            if self.region:
                query = query.where(SurveyResponse.person_id.in_(scoped_ids(self.region)))
            self._responses = [(status, bool(known), week, int(n)) for status, known, week, n
                               in await self._grouped(query.subquery())]
        return self._responses

    async def signups(self) -> tuple[int, int]:
        """(people signed up for a house meeting, people who attended one)."""
        if self._signups is None:
            query = select(func.count(func.distinct(Signup.person_id)),
                           func.count(func.distinct(case((Signup.attended.is_(True),
                                                          Signup.person_id)))),
                           ).where(Signup.status.in_(("confirmed", "waitlisted")))
            if self.region:
                query = query.where(Signup.person_id.in_(scoped_ids(self.region)))
            row = (await self.db.execute(query)).one()
            self._signups = (int(row[0] or 0), int(row[1] or 0))
        return self._signups


@dataclass(frozen=True)
class FunnelStep:
    """One step of the funnel: `count(tally)` people reached it."""

    key: str
    """The text key of its label (`dash-funnel-<key>` in locales/*/dashboard.ftl)."""
    count: Callable[[Tally], Awaitable[int]]


async def _count(db: AsyncSession, query: Select[Any]) -> int:
    return int(await db.scalar(select(func.count()).select_from(query.subquery())) or 0)


async def _contacted(tally: Tally) -> int:
    return sum(n for *_, n in await tally.people())


async def _consented(tally: Tally) -> int:
    return sum(n for _, consented, _, _, n in await tally.people() if consented)


async def _survey_started(tally: Tally) -> int:
    return sum(n for _, known, _, n in await tally.responses() if known)


async def _survey_finished(tally: Tally) -> int:
    return sum(n for status, known, _, n in await tally.responses()
               if known and status == "finished")


async def _signed_up(tally: Tally) -> int:
    return (await tally.signups())[0]


async def _attended(tally: Tally) -> int:
    return (await tally.signups())[1]


async def _people_of(tally: Tally, column: Any, *where: ColumnElement[bool]) -> int:
    """Distinct people in a `person_id` column (of the rows `where` picks), in scope."""
    query = select(column).where(*where).distinct()
    if tally.region:
        query = query.where(column.in_(scoped_ids(tally.region)))
    return await _count(tally.db, query)


async def _leads(tally: Tally) -> int:
    """People who are a lead for a garin, by the garinim feature's own definition
    (`garin_leads.lead_ids`: said yes to "a group", asked after a meeting to hear when one
    forms, attended a meeting, or is considering settling; consented, not opted out).

    The issue's funnel runs "attended → group lead → garin member": the step between a
    meeting and a membership is a prospect for a garin, which is what garin_leads gathers for
    coordinators to invite. A garin's lead *role* (`Garin.lead_person_id`, garin_roles) is a
    member who runs a garin, already past the last step, so it is not this step; and
    `meeting_leads` alone (the count before) missed everyone who said "a group" in the
    survey or attended without leaving their name."""
    query = garin_leads.lead_ids()
    if tally.region:
        query = query.where(Person.id.in_(scoped_ids(tally.region)))
    return await _count(tally.db, query)


async def _garin_members(tally: Tally) -> int:
    return await _people_of(tally, GarinMember.person_id, GarinMember.left_at.is_(None))


FUNNEL: list[tuple[str, FunnelStep]] = [
    ("people", FunnelStep("contact", _contacted)),
    ("people", FunnelStep("consent", _consented)),
    ("survey_responses", FunnelStep("survey-started", _survey_started)),
    ("survey_responses", FunnelStep("survey-finished", _survey_finished)),
    ("meeting_signups", FunnelStep("meeting-signed-up", _signed_up)),
    ("meeting_signups", FunnelStep("meeting-attended", _attended)),
    ("meeting_leads", FunnelStep("group-lead", _leads)),
    ("garin_members", FunnelStep("garin-member", _garin_members)),
]
"""(table it needs, step), in order."""


async def funnel(tally: Tally, tables: set[str]) -> list[tuple[str, int]]:
    """(step key, people) for every step whose table exists."""
    return [(step.key, await step.count(tally)) for table, step in FUNNEL if table in tables]


@dataclass
class Overview:
    channels: Counter[str]
    languages: Counter[str]
    consent: Counter[str]
    """consented / not_yet / opted_out."""
    weeks: list[tuple[datetime, int, int]]
    """(week start, new people, surveys finished), oldest first."""
    funnel: list[tuple[str, int]]


def _by_week(rows: list[tuple[int | None, int]]) -> list[int]:
    """Counts per week index (None: before the first week; a late one in the last week)."""
    counts = [0] * WEEKS
    for index, n in rows:
        if index is not None:
            counts[min(WEEKS - 1, max(0, int(index)))] += n
    return counts


async def overview(db: AsyncSession, *, region: str | None, survey: str, now: datetime,
                   tables: set[str]) -> Overview:
    tally = Tally(db, region, survey, now - timedelta(weeks=WEEKS))
    channels = Counter({channel: int(n) for channel, n in await db.execute(
        select(Identity.channel, func.count(func.distinct(Identity.person_id)))
        .join(Person, Person.id == Identity.person_id).where(people_in(region))
        .group_by(Identity.channel))})
    languages: Counter[str] = Counter()
    consent: Counter[str] = Counter()
    for language, consented, opted_out, _week, n in await tally.people():
        languages[language] += n
        consent["opted_out" if opted_out else "consented" if consented else "not_yet"] += n
    new = _by_week([(week, n) for *_, week, n in await tally.people()])
    finished = _by_week([(week, n) for _, _, week, n in await tally.responses()])
    weeks = [(tally.start + timedelta(weeks=i), new[i], finished[i]) for i in range(WEEKS)]
    return Overview(channels, languages, consent, weeks, await funnel(tally, tables))


def answered(filters: list[tuple[str, str]]) -> ColumnElement[bool]:
    """Responses whose person has every (attribute, value): a region, a locality or any
    choice answer (`survey:<survey>:<question>`), through the indexed attributes table."""
    parts = [SurveyResponse.person_id.in_(select(PersonAttribute.person_id).where(
        PersonAttribute.name == name, PersonAttribute.value == value))
        for name, value in filters]
    return and_(true(), *parts)


def response_scope(region: str | None, filters: list[tuple[str, str]]
                   ) -> ColumnElement[bool] | None:
    """The WHERE clause on survey responses for a scope and filters; None for all of them."""
    parts: list[ColumnElement[bool]] = []
    if region:
        parts.append(SurveyResponse.person_id.in_(scoped_ids(region)))
    if filters:
        parts.append(answered(filters))
    return and_(*parts) if parts else None


async def attribute_counts(db: AsyncSession, name: str, region: str | None,
                           limit: int | None = None) -> list[tuple[str, int]]:
    """(value, people) of one attribute (where people live, where they want to go, a
    locality), most first; one GROUP BY on the (name, value) index."""
    query = (select(PersonAttribute.value, func.count())
             .where(PersonAttribute.name == name)
             .group_by(PersonAttribute.value)
             .order_by(func.count().desc(), PersonAttribute.value))
    if region:
        query = query.where(PersonAttribute.person_id.in_(scoped_ids(region)))
    if limit:
        query = query.limit(limit)
    return [(value, int(n)) for value, n in await db.execute(query)]


async def public_questions(db: AsyncSession, survey_id: str) -> set[str]:
    """The questions coordinators chose to show on the public results page."""
    return set(await db.scalars(select(PublicQuestion.question_id)
                                .where(PublicQuestion.survey_id == survey_id)))


async def choose_public_questions(db: AsyncSession, survey_id: str, question_ids: set[str],
                                  *, by: str, now: datetime) -> None:
    await db.execute(delete(PublicQuestion).where(PublicQuestion.survey_id == survey_id))
    db.add_all([PublicQuestion(survey_id=survey_id, question_id=q, chosen_by=by, chosen_at=now)
                for q in sorted(question_ids)])
    await db.flush()
