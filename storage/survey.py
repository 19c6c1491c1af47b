"""Queries for survey responses and answers, kept out of the flow.

Every write here runs inside `survey_counts.counting`, so the dashboard's counters change in
the same transaction as the answers; change a response's status or current question through
`set_progress`, not by setting its attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.survey_answers import Given
from storage.db import is_postgresql
from storage.survey_counts import counting, responses_of
from storage.survey_models import SurveyAnswer, SurveyResponse

STARTED = "started"
FINISHED = "finished"


async def response_for(db: AsyncSession, survey_id: str, person_id: int) -> SurveyResponse | None:
    return await db.scalar(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id,
                                                        SurveyResponse.person_id == person_id))


async def response_with_answers(db: AsyncSession, survey_id: str, person_id: int
                                ) -> tuple[SurveyResponse | None, dict[str, Given]]:
    """`response_for` and its `answers_of` in one round trip (every survey step reads both
    first; issue 14)."""
    response: SurveyResponse | None = None
    answers: dict[str, Given] = {}
    for found, question_id, value, skipped in await db.execute(
            _WITH_ANSWERS, {"survey_id": survey_id, "person_id": person_id}):
        response = found
        if question_id is not None:
            answers[question_id] = Given(value, skipped)
    return response, answers


_WITH_ANSWERS = (
    select(SurveyResponse, SurveyAnswer.question_id, SurveyAnswer.value, SurveyAnswer.skipped)
    .outerjoin(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
    .where(SurveyResponse.survey_id == bindparam("survey_id"),
           SurveyResponse.person_id == bindparam("person_id")))
"""The response (once per answer, one object) with its answers' columns; one row with empty
answer columns while it has none. Built once."""


async def start_response(db: AsyncSession, *, survey_id: str, version: int, person_id: int,
                         channel: str, language: str, now: datetime) -> SurveyResponse:
    async with counting(db, []) as ids:
        response = SurveyResponse(survey_id=survey_id, version=version, person_id=person_id,
                                  channel=channel, language=language, status=STARTED,
                                  nudges_sent=0, started_at=now, updated_at=now)
        db.add(response)
        await db.flush()
        ids.append(response.id)
    return response


async def set_progress(db: AsyncSession, response: SurveyResponse, *, now: datetime,
                       status: str | None = None, current_question: str | None = None,
                       clear_question: bool = False) -> None:
    """Move a response on (where it stands, or finished), keeping the counters right."""
    question = current_question if current_question is not None or clear_question \
        else response.current_question
    if status is None and question == response.current_question:
        response.updated_at = now  # asked again where it stood: no count moves
        return
    async with counting(db, [response.id]):
        if status is not None:
            response.status = status
            if status == FINISHED:
                response.finished_at = now
        if current_question is not None or clear_question:
            response.current_question = current_question
        response.updated_at = now


async def answers_of(db: AsyncSession, response_id: int) -> dict[str, Given]:
    rows = await db.execute(_ANSWERS, {"response_id": response_id})
    return {question_id: Given(value, skipped) for question_id, value, skipped in rows}


_ANSWERS = select(SurveyAnswer.question_id, SurveyAnswer.value, SurveyAnswer.skipped).where(
    SurveyAnswer.response_id == bindparam("response_id"))
"""Columns, not ORM objects (every step reads them all), in a statement built once."""


async def save_answer(db: AsyncSession, response: SurveyResponse, *, version: int,
                      question_id: str, kind: str, value: Any, skipped: bool,
                      now: datetime) -> None:
    """Write (or overwrite) one answer at once, under the version it was given in: one
    upsert, not a SELECT of the row and then its INSERT or UPDATE (issue 14)."""
    async with counting(db, [response.id]):
        await db.execute(_save_answer(is_postgresql(db)), {
            "response_id": response.id, "survey_id": response.survey_id,
            "question_id": question_id, "version": version, "kind": kind, "value": value,
            "skipped": skipped, "answered_at": now})
        response.updated_at = now  # flushed by `counting`'s tally after (or the batch's)


@cache  # one statement per backend, not a new one per answer
def _save_answer(postgres: bool) -> Any:
    dialect = postgresql if postgres else sqlite
    table = SurveyAnswer.__table__  # Core: no ORM machinery
    statement = dialect.insert(table)
    return statement.on_conflict_do_update(
        index_elements=["response_id", "question_id"],
        set_={column: statement.excluded[column]
              for column in ("version", "kind", "value", "skipped", "answered_at")})


async def drop_answers(db: AsyncSession, response_id: int, question_ids: Sequence[str]) -> None:
    """Forget answers to questions a changed branch no longer shows."""
    if question_ids:
        async with counting(db, [response_id]):
            await db.execute(delete(SurveyAnswer).where(
                SurveyAnswer.response_id == response_id,
                SurveyAnswer.question_id.in_(question_ids)))


async def responses_of_person(db: AsyncSession, person_id: int) -> list[SurveyResponse]:
    rows = await db.scalars(select(SurveyResponse).where(SurveyResponse.person_id == person_id)
                            .order_by(SurveyResponse.id))
    return list(rows)


async def answer_count(db: AsyncSession, response_id: int) -> int:
    return await db.scalar(select(func.count()).select_from(SurveyAnswer)
                           .where(SurveyAnswer.response_id == response_id)) or 0


async def anonymise_person(db: AsyncSession, person_id: int) -> None:
    """Keep answers for the statistics, drop the person link and every free-text answer."""
    ids = list(await db.scalars(select(SurveyResponse.id)
                                .where(SurveyResponse.person_id == person_id)))
    if not ids:
        return
    async with counting(db, ids):
        await db.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id.in_(ids),
                                                    SurveyAnswer.kind == "text"))
        await db.execute(update(SurveyResponse).where(SurveyResponse.id.in_(ids))
                         .values(person_id=None))


async def delete_responses_of(db: AsyncSession, person_ids: Sequence[int]) -> int:
    """Delete these people's responses and answers (sample data being cleared), counters kept
    right; returns how many responses went."""
    ids = list(await db.scalars(select(SurveyResponse.id)
                                .where(SurveyResponse.person_id.in_(list(person_ids)))))
    if not ids:
        return 0
    async with counting(db, ids):
        await db.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id.in_(ids)))
        await db.execute(delete(SurveyResponse).where(SurveyResponse.id.in_(ids)))
    return len(ids)


async def merge_people(db: AsyncSession, from_id: int, to_id: int) -> None:
    """Re-point responses; where both have one for a survey, keep the more complete one."""
    async with counting(db, await responses_of(db, [from_id, to_id])):
        await _merge(db, from_id, to_id)


async def _merge(db: AsyncSession, from_id: int, to_id: int) -> None:
    kept = {r.survey_id: r for r in await responses_of_person(db, to_id)}
    for response in await responses_of_person(db, from_id):
        other = kept.get(response.survey_id)
        if other is not None:
            if _rank(response, await answer_count(db, response.id)) <= \
                    _rank(other, await answer_count(db, other.id)):
                await db.delete(response)
                continue
            await db.delete(other)
            await db.flush()
        response.person_id = to_id
    await db.flush()


def _rank(response: SurveyResponse, answers: int) -> tuple[bool, int, datetime]:
    return (response.status == FINISHED, answers, response.updated_at)
