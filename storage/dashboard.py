"""Counts for the coordinators' web dashboard, each one GROUP BY query on indexed columns.

A coordinator limited to a region (`COORDINATOR_SCOPES`) is given `region`; every count is
then of the people who live in or want to go to it (`segments.in_region`), as broadcasts are.
The funnel is a list of steps, each a table and a condition: a feature that lands later (the
garinim) appends its steps, and a step whose table is not in this database is left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    cast,
    delete,
    func,
    literal,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.segments import REGION_ATTRIBUTES
from storage.dashboard_models import PublicQuestion
from storage.db import is_postgresql
from storage.garin_models import GarinMember
from storage.meetings_models import Lead, Signup
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


@dataclass(frozen=True)
class FunnelStep:
    """One step of the funnel: `count(db, region, survey_id)` people reached it."""

    key: str
    """The text key of its label (`dash-funnel-<key>` in locales/*/dashboard.ftl)."""
    count: Callable[[AsyncSession, str | None, str], Any]


async def _count(db: AsyncSession, query: Select[Any]) -> int:
    return int(await db.scalar(select(func.count()).select_from(query.subquery())) or 0)


async def _contacted(db: AsyncSession, region: str | None, _survey: str) -> int:
    return await _count(db, select(Person.id).where(people_in(region)))


async def _consented(db: AsyncSession, region: str | None, _survey: str) -> int:
    return await _count(db, select(Person.id).where(people_in(region),
                                                    Person.consented_at.is_not(None)))


def _responses(region: str | None, survey: str, *statuses: str) -> Select[Any]:
    query = select(SurveyResponse.person_id).where(SurveyResponse.survey_id == survey,
                                                   SurveyResponse.person_id.is_not(None))
    if statuses:
        query = query.where(SurveyResponse.status.in_(statuses))
    if region:
        query = query.where(SurveyResponse.person_id.in_(scoped_ids(region)))
    return query


async def _survey_started(db: AsyncSession, region: str | None, survey: str) -> int:
    return await _count(db, _responses(region, survey))


async def _survey_finished(db: AsyncSession, region: str | None, survey: str) -> int:
    return await _count(db, _responses(region, survey, "finished"))


def _signups(region: str | None, *where: ColumnElement[bool]) -> Select[Any]:
    query = select(Signup.person_id).where(Signup.status.in_(("confirmed", "waitlisted")),
                                           *where).distinct()
    if region:
        query = query.where(Signup.person_id.in_(scoped_ids(region)))
    return query


async def _signed_up(db: AsyncSession, region: str | None, _survey: str) -> int:
    return await _count(db, _signups(region))


async def _attended(db: AsyncSession, region: str | None, _survey: str) -> int:
    return await _count(db, _signups(region, Signup.attended.is_(True)))


async def _leads(db: AsyncSession, region: str | None, _survey: str) -> int:
    query = select(Lead.person_id).distinct()
    if region:
        query = query.where(Lead.person_id.in_(scoped_ids(region)))
    return await _count(db, query)


async def _garin_members(db: AsyncSession, region: str | None, _survey: str) -> int:
    query = select(GarinMember.person_id).where(GarinMember.left_at.is_(None)).distinct()
    if region:
        query = query.where(GarinMember.person_id.in_(scoped_ids(region)))
    return await _count(db, query)


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


async def funnel(db: AsyncSession, region: str | None, survey: str,
                 tables: set[str]) -> list[tuple[str, int]]:
    """(step key, people) for every step whose table exists."""
    return [(step.key, await step.count(db, region, survey))
            for table, step in FUNNEL if table in tables]


@dataclass
class Overview:
    channels: Counter[str]
    languages: Counter[str]
    consent: Counter[str]
    """consented / not_yet / opted_out."""
    weeks: list[tuple[datetime, int, int]]
    """(week start, new people, surveys finished), oldest first."""
    funnel: list[tuple[str, int]]


async def overview(db: AsyncSession, *, region: str | None, survey: str, now: datetime,
                   tables: set[str]) -> Overview:
    scope = people_in(region)
    channels = Counter({channel: int(n) for channel, n in await db.execute(
        select(Identity.channel, func.count(func.distinct(Identity.person_id)))
        .join(Person, Person.id == Identity.person_id).where(scope)
        .group_by(Identity.channel))})
    languages = Counter({language: int(n) for language, n in await db.execute(
        select(Person.language, func.count()).where(scope).group_by(Person.language))})
    consent: Counter[str] = Counter()
    for consented, opted_out, n in await db.execute(
            select(Person.consented_at.is_not(None), Person.opted_out_at.is_not(None),
                   func.count()).where(scope)
            .group_by(Person.consented_at.is_not(None), Person.opted_out_at.is_not(None))):
        consent["opted_out" if opted_out else "consented" if consented else "not_yet"] += n
    start = now - timedelta(weeks=WEEKS)
    new = await _weekly(db, select(Person.created_at).where(scope, Person.created_at >= start),
                        start)
    finished_query = select(SurveyResponse.finished_at).where(
        SurveyResponse.survey_id == survey, SurveyResponse.finished_at >= start)
    if region:
        finished_query = finished_query.where(SurveyResponse.person_id.in_(scoped_ids(region)))
    finished = await _weekly(db, finished_query, start)
    weeks = [(start + timedelta(weeks=i), new[i], finished[i]) for i in range(WEEKS)]
    return Overview(channels, languages, consent, weeks,
                    await funnel(db, region, survey, tables))


async def _weekly(db: AsyncSession, query: Select[Any], start: datetime) -> list[int]:
    """How many moments of the one-column `query` fall in each week since `start`, counted
    by the database (the week number is computed per dialect)."""
    inner = query.subquery()
    moment = next(iter(inner.c))
    since = literal(start, UTCDateTime())
    if is_postgresql(db):
        week = func.floor(func.extract("epoch", moment - since) / 604800)
    else:
        week = func.floor((func.julianday(moment) - func.julianday(since)) / 7)
    counts = [0] * WEEKS
    for index, n in await db.execute(select(cast(week, Integer), func.count())
                                     .where(moment.is_not(None)).group_by(cast(week, Integer))):
        counts[min(WEEKS - 1, max(0, int(index)))] += int(n)
    return counts


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
