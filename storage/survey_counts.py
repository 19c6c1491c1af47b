"""The survey summary's counts, kept up to date in the transaction that changes them.

Grouping 280,000 answers per page view cost the dashboard's survey page 0.5-1.8 s with 20,000
respondents (cProfile: the time was SQLite's GROUP BYs, bench/RESULTS.md). Instead every
write that can change a count (an answer stored, changed or dropped, a response started or
finished, a person's region or locality attributes changed, a person deleted or merged) runs
inside `counting(db, response_ids)`: the responses' contribution to the counters is computed
from the database before and after the write, and the difference is added to `survey_counts`.
Computing both sides from the rows (not from what the caller says it changed) is what keeps
the counters from drifting: `recount` must always give the same rows (tests/survey).

A response counts under the facet "" always, and, while it has a person, under that person's
region and locality attributes (`residence_region=negev`, `survey:<survey>:locality=…`) and
`scope=<region>` for every region they live in or want to go to (a coordinator's scope,
`storage.dashboard.scoped_ids`). The metrics mirror `summarise`'s GROUP BYs, so the summary is
built the same way from either source.

One survey answer is several such writes (the answer, the segment fields, where the response
now stands), and each tallying its responses before and after was most of the statements of
a step (issue 14). Inside `batched(db)` (the handler wraps every inbound step in it) a
response is tallied once before its first write and once at the end (`settle`), each tally
one statement, and the difference goes in with one upsert: the same rows-based before and
after, over the whole step instead of each write.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    bindparam,
    delete,
    insert,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter, Label
from sqlalchemy.sql.selectable import CompoundSelect

from conversations.domain.segments import REGION_ATTRIBUTES
from storage.db import is_postgresql
from storage.models import PersonAttribute
from storage.survey_models import COUNTED_KINDS, SurveyAnswer, SurveyCount, SurveyResponse

Key = tuple[str, str, str, str, str]
"""(survey, facet, metric, question, value)."""
STARTED = "started"
BATCH = 1000


def locality_field(survey_id: str) -> str:
    """The attribute a survey's locality answer is stored as (`segment_values`)."""
    return f"survey:{survey_id}:locality"


def is_facet_attribute(name: str) -> bool:
    """Whether changing this attribute moves a person's responses between facets."""
    return name in REGION_ATTRIBUTES or (name.startswith("survey:")
                                         and name.endswith(":locality"))


def facet_of(survey_id: str, region: str | None,
             filters: Sequence[tuple[str, str]]) -> str | None:
    """The counted facet that is exactly this scope and these filters, or None (then the
    summary is grouped from the answers, as before)."""
    if not filters:
        return f"scope={region}" if region else ""
    if region is None and len(filters) == 1:
        name, value = filters[0]
        if name in REGION_ATTRIBUTES or name == locality_field(survey_id):
            return f"{name}={value}"
    return None


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def contribution(survey_id: str, status: str, current_question: str | None,
                 facets: Iterable[str], answers: Iterable[tuple[str, str, Any, bool]]
                 ) -> Counter[Key]:
    """What one response adds to the counters; `answers` are (question, kind, value,
    skipped)."""
    keys: list[tuple[str, str, str]] = [("status", "", status)]
    if status == STARTED:
        keys.append(("stop", current_question or "", ""))
    for question_id, kind, value, skipped in answers:
        keys.append(("reached", question_id, "1" if skipped else "0"))
        if kind in COUNTED_KINDS and not skipped:
            keys.append(("value", question_id, encode(value)))
    found: Counter[Key] = Counter()
    for facet in facets:
        for metric, question_id, value in keys:
            found[(survey_id, facet, metric, question_id, value)] += 1
    return found


def _queries(ids: Sequence[int]) -> tuple[Any, Any, Any]:
    """The responses, their answers and their people's facet attributes."""
    responses = select(SurveyResponse.id, SurveyResponse.survey_id, SurveyResponse.status,
                       SurveyResponse.current_question, SurveyResponse.person_id
                       ).where(SurveyResponse.id.in_(ids))
    answers = select(SurveyAnswer.response_id, SurveyAnswer.question_id, SurveyAnswer.kind,
                     SurveyAnswer.value, SurveyAnswer.skipped
                     ).where(SurveyAnswer.response_id.in_(ids))
    people = select(SurveyResponse.person_id).where(SurveyResponse.id.in_(ids))
    attributes = select(PersonAttribute.person_id, PersonAttribute.name, PersonAttribute.value
                        ).where(PersonAttribute.person_id.in_(people), _FACET_ATTRIBUTES)
    return responses, answers, attributes


_FACET_ATTRIBUTES = or_(*(PersonAttribute.name == name for name in REGION_ATTRIBUTES),
                        PersonAttribute.name.like("survey:%:locality"))
"""Plain binds, not an IN list: an IN is expanded into the SQL anew on every execution."""
_ONE: BindParameter[int] = bindparam("response_id")
_PART: Label[int] = literal_column("0", Integer).label("part")
_ONE_RESPONSE: CompoundSelect[Any] = union_all(
    select(_PART, SurveyResponse.id, SurveyResponse.survey_id, SurveyResponse.status,
           SurveyResponse.current_question, SurveyResponse.person_id,
           SurveyAnswer.response_id, SurveyAnswer.question_id, SurveyAnswer.kind,
           SurveyAnswer.value, SurveyAnswer.skipped)
    .outerjoin(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
    .where(SurveyResponse.id == _ONE),
    select(literal_column("1", Integer), PersonAttribute.person_id, PersonAttribute.name,
           PersonAttribute.value, null(), null(), null(), null(), null(), null(), null())
    .where(PersonAttribute.person_id == select(SurveyResponse.person_id)
           .where(SurveyResponse.id == _ONE).scalar_subquery(), _FACET_ATTRIBUTES))
"""`_queries` for the common case, one response (an answer), built once with a bound id:
no new statements, no IN to expand, and one round trip: the response with its answers (an
outer join: a row per answer, or one with empty answer columns), part 0, and its person's
facet attributes in the first columns of part 1 (UNION ALL; the columns' types are part
0's, so an answer's JSON value is decoded as before)."""


def _combine(responses: Iterable[Any], answers: Iterable[Any],
             attributes: Iterable[Any]) -> Counter[Key]:
    given: dict[int, list[tuple[str, str, Any, bool]]] = defaultdict(list)
    for response_id, question_id, kind, value, skipped in answers:
        given[response_id].append((question_id, kind, value, bool(skipped)))
    fields: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for person_id, name, value in attributes:
        fields[person_id].append((name, value))
    total: Counter[Key] = Counter()
    for response_id, survey_id, status, current_question, person_id in responses:
        facets = {""}
        if person_id is not None:
            for name, value in fields[person_id]:
                if name in REGION_ATTRIBUTES:
                    facets |= {f"{name}={value}", f"scope={value}"}
                elif name == locality_field(survey_id):
                    facets.add(f"{name}={value}")
        total.update(contribution(survey_id, status, current_question, facets,
                                  given[response_id]))
    return total


async def tally(db: AsyncSession, ids: Sequence[int]) -> Counter[Key]:
    """What these responses add to the counters now (pending changes flushed first)."""
    if not ids:  # nothing to read, so nothing to flush for (a batch's responses seen before)
        return Counter()
    await db.flush()
    if len(ids) == 1:
        rows = list(await db.execute(_ONE_RESPONSE, {"response_id": ids[0]}))
        joined = [row[1:] for row in rows if row[0] == 0]
        return _combine([row[:5] for row in joined[:1]],
                        [row[5:] for row in joined if row[5] is not None],
                        [row[1:4] for row in rows if row[0] == 1])
    responses, answers, attributes = _queries(ids)
    return _combine(list(await db.execute(responses)), list(await db.execute(answers)),
                    list(await db.execute(attributes)))


@cache  # one statement per backend, not a new one per answer
def _upsert(postgres: bool) -> Any:
    dialect = postgresql if postgres else sqlite
    statement = dialect.insert(SurveyCount.__table__)
    return statement.on_conflict_do_update(
        index_elements=["survey_id", "facet", "metric", "question_id", "value"],
        set_={"n": SurveyCount.__table__.c.n + statement.excluded.n})


def _rows(delta: dict[Key, int]) -> list[dict[str, Any]]:
    return [{"survey_id": s, "facet": f, "metric": m, "question_id": q, "value": v, "n": n}
            for (s, f, m, q, v), n in sorted(delta.items()) if n]


async def add(db: AsyncSession, delta: dict[Key, int]) -> None:
    rows = _rows(delta)
    if rows:
        await db.execute(_upsert(is_postgresql(db)), rows)


PENDING = "survey_counts.pending"
"""The session's `info` key of an open `batched` scope."""


@dataclass
class _Pending:
    """A batch's responses so far and what they contributed before their first write."""

    before: Counter[Key] = field(default_factory=Counter)
    seen: dict[int, None] = field(default_factory=dict)


@asynccontextmanager
async def counting(db: AsyncSession, response_ids: Iterable[int]) -> AsyncIterator[list[int]]:
    """Keep the counters right across a write to these responses (or their person); a
    response created inside is appended to the yielded list by the caller. Inside
    `batched`, only a response not tallied yet in the batch is tallied now, and the rest is
    left to `settle`."""
    ids = list(dict.fromkeys(response_ids))
    pending: _Pending | None = db.info.get(PENDING)
    if pending is not None:
        new = [i for i in ids if i not in pending.seen]
        pending.before.update(await tally(db, new))
        pending.seen.update(dict.fromkeys(new))
        yield ids
        pending.seen.update(dict.fromkeys(ids))  # created inside: they counted nothing before
        return
    before = await tally(db, ids)
    yield ids
    after = await tally(db, list(dict.fromkeys(ids)))
    await add(db, _difference(before, after))


def _difference(before: Counter[Key], after: Counter[Key]) -> dict[Key, int]:
    return {key: after[key] - before[key] for key in before.keys() | after.keys()}


@asynccontextmanager
async def batched(db: AsyncSession) -> AsyncIterator[None]:
    """Every `counting` inside adds to the counters once, when the block ends (or when
    counters are read inside it). An error inside leaves the batch unsettled: the caller's
    transaction is rolled back with it."""
    if db.info.get(PENDING) is not None:  # already batching: the outer block settles
        yield
        return
    db.info[PENDING] = _Pending()
    try:
        yield
        await settle(db)
    finally:
        db.info.pop(PENDING, None)


async def settle(db: AsyncSession) -> None:
    """Add what the open batch's writes changed so far (nothing outside a batch)."""
    pending: _Pending | None = db.info.get(PENDING)
    if pending is None or not pending.seen:
        return
    after = await tally(db, list(pending.seen))
    await add(db, _difference(pending.before, after))
    db.info[PENDING] = _Pending()


async def responses_of(db: AsyncSession, person_ids: Iterable[int]) -> list[int]:
    return list(await db.scalars(select(SurveyResponse.id)
                                 .where(SurveyResponse.person_id.in_(list(person_ids)))))


async def counts(db: AsyncSession, survey_id: str, facet: str
                 ) -> list[tuple[str, str, str, int]]:
    """(metric, question, value, n) of one survey and facet, zero rows left out."""
    await settle(db)
    rows = await db.execute(select(SurveyCount.metric, SurveyCount.question_id,
                                   SurveyCount.value, SurveyCount.n)
                            .where(SurveyCount.survey_id == survey_id,
                                   SurveyCount.facet == facet, SurveyCount.n != 0))
    return [(metric, question, value, int(n)) for metric, question, value, n in rows]


def recounted(connection: Connection) -> Counter[Key]:
    """Every response's contribution, from scratch (the migration's backfill; sync)."""
    total: Counter[Key] = Counter()
    last = 0
    while True:
        ids = list(connection.scalars(select(SurveyResponse.id).where(SurveyResponse.id > last)
                                      .order_by(SurveyResponse.id).limit(BATCH)))
        if not ids:
            return total
        responses, answers, attributes = _queries(ids)
        total.update(_combine(connection.execute(responses), connection.execute(answers),
                              connection.execute(attributes)))
        last = ids[-1]


def write_all(connection: Connection, total: Counter[Key]) -> None:
    """Replace every counter by `total` (sync, inside the caller's transaction)."""
    connection.execute(delete(SurveyCount))
    rows = _rows(dict(total))
    for start in range(0, len(rows), BATCH):
        connection.execute(insert(SurveyCount), rows[start:start + BATCH])


async def recount(db: AsyncSession) -> Counter[Key]:
    """Rebuild every counter from the answers; returns them (a bulk load's backfill)."""
    await settle(db)  # a batch's delta added after the rebuild would count twice
    await db.flush()
    connection = await db.connection()

    def run(sync: Connection) -> Counter[Key]:
        total = recounted(sync)
        write_all(sync, total)
        return total

    return await connection.run_sync(run)


async def stored(db: AsyncSession) -> Counter[Key]:
    """Every counter as kept (non-zero ones), to compare with `recount`'s."""
    await settle(db)
    rows = await db.execute(select(SurveyCount.survey_id, SurveyCount.facet,
                                   SurveyCount.metric, SurveyCount.question_id,
                                   SurveyCount.value, SurveyCount.n)
                            .where(SurveyCount.n != 0))
    return Counter({(s, f, m, q, v): int(n) for s, f, m, q, v, n in rows})


async def recount_only(db: AsyncSession) -> Counter[Key]:
    """What the counters should be, from the answers, leaving the table alone."""
    await db.flush()
    connection = await db.connection()
    return await connection.run_sync(recounted)
