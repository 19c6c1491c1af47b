"""Batch reads for the survey export: plain columns through Core, not ORM rows.

The export reads every answer of every respondent (20,000 people × ~14 answers). Through the
ORM session each answer row went through the ORM's loading and the JSON column's per-value
`json.loads`: two thirds of the CSV export's time (bench/RESULTS.md, issue 14). Here the values
come back as their JSON text (`CAST … AS TEXT`, the same on SQLite and PostgreSQL), so the
caller decodes each distinct answer once. Kept apart from storage/survey.py, whose functions
serve the conversation's hot path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, Text, cast, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Identity
from storage.survey import FINISHED
from storage.survey_models import SurveyAnswer, SurveyResponse

RESPONSES = SurveyResponse.__table__.c
ANSWERS = SurveyAnswer.__table__.c
IDENTITIES = Identity.__table__.c


@dataclass(frozen=True, slots=True)
class Respondent:
    id: int
    person_id: int | None
    channel: str | None
    language: str | None
    status: str
    started_at: datetime
    finished_at: datetime | None
    version: int


@dataclass(frozen=True, slots=True)
class Batch:
    """One page of respondents, their answers as `(response id, question id, JSON text,
    skipped — truthy)` and the first channel of each person whose response names none."""

    respondents: list[Respondent]
    answers: list[tuple[int, str, str | None, bool]]  # sqlalchemy Rows: tuples to read
    channels: dict[int, str]


async def batch(session: AsyncSession, survey_id: str, *, after: int, finished_only: bool,
                limit: int) -> Batch:
    """The next `limit` respondents after response id `after`, in id order (keyset paging)."""
    connection = await session.connection()
    query = (select(RESPONSES.id, RESPONSES.person_id, RESPONSES.channel, RESPONSES.language,
                    RESPONSES.status, RESPONSES.started_at, RESPONSES.finished_at,
                    RESPONSES.version)
             .where(RESPONSES.survey_id == survey_id, RESPONSES.id > after)
             .order_by(RESPONSES.id).limit(limit))
    if finished_only:
        query = query.where(RESPONSES.status == FINISHED)
    respondents = [Respondent(*row) for row in (await connection.execute(query)).all()]
    if not respondents:
        return Batch([], [], {})
    ids = [r.id for r in respondents]
    # `skipped` read as a plain integer (0/1 on SQLite, a bool on PostgreSQL, truthy either
    # way): SQLite's Boolean result processor per answer row was a sixth of the reading.
    answers = (await connection.execute(
        select(ANSWERS.response_id, ANSWERS.question_id, cast(ANSWERS.value, Text),
               type_coerce(ANSWERS.skipped, Integer)).where(ANSWERS.response_id.in_(ids)))).all()
    unnamed = [r.person_id for r in respondents if r.person_id is not None and not r.channel]
    return Batch(respondents, list(answers), await _first_channels(session, unnamed))


async def _first_channels(session: AsyncSession, person_ids: Sequence[int]) -> dict[int, str]:
    if not person_ids:
        return {}
    connection = await session.connection()
    found: dict[int, str] = {}
    for person_id, channel in await connection.execute(
            select(IDENTITIES.person_id, IDENTITIES.channel)
            .where(IDENTITIES.person_id.in_(list(person_ids))).order_by(IDENTITIES.id)):
        found.setdefault(person_id, channel)
    return found
