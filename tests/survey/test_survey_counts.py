"""The survey counters (storage/survey_counts.py) never drift: after a random sequence of
answers, changed and dropped answers, finished responses, moved regions, deleted and merged
people — each through the storage code the bot uses — the kept counters equal a recount
from the answers, and the summary read from them equals the one grouped from the answers."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from conversations.domain.places import default_places
from conversations.domain.survey_answers import segment_values
from conversations.domain.types import Address
from conversations.survey.summary import summarise
from storage import attributes, dashboard, people, survey_counts
from storage import survey as repo
from storage.models import Person, PersonAttribute
from tests.support.dashboard import active_survey, place

REGIONS = ["negev", "galilee", "jerusalem", "center"]
STEPS = 120


def value_for(rng: random.Random, q: Any) -> Any:
    if q.type == "multi":
        return rng.sample(list(q.option_ids), rng.randint(1, 3))
    if q.type == "locality":
        return place(rng.choice(REGIONS))
    if q.type in ("single", "yesno", "scale"):
        return rng.choice(list(q.option_ids))
    return "free text"


async def new_person(session: Any, number: int, now: Any) -> int:
    identity = await people.identity_for(session, Address("telegram", str(5000 + number)),
                                         language="he", now=now)
    person = await session.get(Person, identity.person_id)
    person.consented_at = now
    return int(identity.person_id)


async def step(session: Any, rng: random.Random, survey: Any, pool: list[int],
               number: int, now: Any, *, together: bool = False) -> str:
    """One random write through the storage API; says which, for a failure's message.
    `together`: the segment fields in one `attributes.set_many`, as the survey flow does."""
    pid = rng.choice(pool)
    response = await repo.response_for(session, survey.id, pid)
    action = rng.choice(["answer", "answer", "answer", "drop", "progress", "region",
                         "delete", "merge"])
    if response is None or action == "answer":
        if response is None:
            response = await repo.start_response(
                session, survey_id=survey.id, version=survey.version, person_id=pid,
                channel="telegram", language="he", now=now)
        q = rng.choice(survey.questions)
        await repo.save_answer(session, response, version=survey.version, question_id=q.id,
                               kind=q.type, value=value_for(rng, q),
                               skipped=rng.random() < 0.15, now=now)
        given = await repo.answers_of(session, response.id)
        if together:
            await attributes.set_many(session, pid, segment_values(survey, given), now)
            return f"answer {q.id}"
        for name, values in segment_values(survey, given).items():
            await attributes.set_values(session, pid, name, values, now)
        return f"answer {q.id}"
    if action == "drop":
        given = list(await repo.answers_of(session, response.id))
        await repo.drop_answers(session, response.id, rng.sample(given, min(2, len(given))))
        return "drop"
    if action == "progress":
        if rng.random() < 0.5:
            await repo.set_progress(session, response, now=now, status=repo.FINISHED,
                                    clear_question=True)
        else:
            await repo.set_progress(session, response, now=now,
                                    current_question=rng.choice(survey.questions).id)
        return "progress"
    if action == "region":
        await attributes.set_values(session, pid, "region_interest",
                                    rng.sample(REGIONS, rng.randint(0, 2)), now)
        return "region"
    if action == "delete":
        await repo.anonymise_person(session, pid)
        await people.delete_person(session, pid)
        pool.remove(pid)
        pool.append(await new_person(session, number, now))
        return "delete"
    other = rng.choice([p for p in pool if p != pid] or [pid])
    if other != pid:
        await repo.merge_people(session, pid, other)
        await people.delete_person(session, pid)
        pool.remove(pid)
        pool.append(await new_person(session, number, now))
    return "merge"


async def test_counters_equal_a_recount_after_random_writes(core, clock):
    survey = active_survey(core)
    rng = random.Random(1729)
    now = clock.now()
    async with core.db.transaction() as session:
        pool = [await new_person(session, n, now) for n in range(5)]
    done = []
    for number in range(STEPS):
        async with core.db.transaction() as session:
            done.append(await step(session, rng, survey, pool, 100 + number, now))
        async with core.db.transaction() as session:
            kept = await survey_counts.stored(session)
            assert kept == await survey_counts.recount_only(session), \
                f"counters drifted after {done}"
    assert {"answer", "drop", "progress", "region", "delete", "merge"} <= \
        {d.split()[0] for d in done}, "the sequence exercised every kind of write"
    assert kept, "there is something counted"
    locality = survey_counts.locality_field(survey.id)
    async with core.db.transaction() as session:
        key = default_places().in_region("negev")[0].key
        for region, filters in [(None, []), ("negev", []), (None, [("residence_region",
                                                                      "galilee")]),
                                (None, [(locality, key)]), ("galilee", [])]:
            facet = survey_counts.facet_of(survey.id, region, filters)
            assert facet is not None
            counted = await summarise(session, survey, facet=facet)
            grouped = await summarise(session, survey, dashboard.response_scope(region, filters))
            assert counted == grouped, (region, filters)


async def test_counters_stay_exact_when_a_step_batches_its_writes(core, clock):
    """As the handler runs a step: every write of a transaction inside one
    `survey_counts.batched` (tallied once before and once at the end), several writes per
    transaction, the segment fields through `set_many`, and a read of the counters in the
    middle of a batch (which settles it first)."""
    survey = active_survey(core)
    rng = random.Random(4242)
    now = clock.now()
    async with core.db.transaction() as session:
        pool = [await new_person(session, n, now) for n in range(5)]
    done = []
    for number in range(STEPS // 2):
        async with core.db.transaction() as session, survey_counts.batched(session):
            for part in range(rng.randint(1, 3)):
                done.append(await step(session, rng, survey, pool, 300 + 3 * number + part,
                                       now, together=True))
                if rng.random() < 0.2:
                    assert await survey_counts.stored(session) == \
                        await survey_counts.recount_only(session), \
                        f"counters wrong inside a batch after {done}"
        async with core.db.transaction() as session:
            assert await survey_counts.stored(session) == \
                await survey_counts.recount_only(session), f"counters drifted after {done}"
    assert {"answer", "drop", "progress", "region", "delete", "merge"} <= \
        {d.split()[0] for d in done}, "the sequence exercised every kind of write"


async def test_set_many_writes_only_what_changed(core, clock):
    """The survey's fields after an answer: unchanged ones are touched, not rewritten."""
    now = clock.now()
    later = now + timedelta(minutes=5)
    async with core.db.transaction() as session:
        pid = await new_person(session, 1, now)
        await attributes.set_many(session, pid, {"skill": ["rides", "rides", "food"],
                                                 "region_interest": ["negev"], "empty": []},
                                  now)
    async with core.db.transaction() as session:
        await attributes.set_many(session, pid, {"skill": ["food", "rides"],
                                                 "region_interest": ["galilee"], "empty": []},
                                  later)
        assert await attributes.values_of(session, pid) == {
            "region_interest": ["galilee"], "skill": ["food", "rides"]}
        rows = list(await session.scalars(select(PersonAttribute).where(
            PersonAttribute.person_id == pid)))
        assert {row.updated_at for row in rows} == {later}  # as a rewrite would leave them


async def test_recount_rebuilds_what_bulk_writes_bypassed(core, clock):
    survey = active_survey(core)
    now = clock.now()
    async with core.db.transaction() as session:
        pid = await new_person(session, 1, now)
        response = await repo.start_response(session, survey_id=survey.id,
                                             version=survey.version, person_id=pid,
                                             channel="telegram", language="he", now=now)
        response.status = repo.FINISHED  # past set_progress: the counters do not know
    async with core.db.transaction() as session:
        assert await survey_counts.stored(session) != await survey_counts.recount_only(session)
        rebuilt = await survey_counts.recount(session)
        assert await survey_counts.stored(session) == rebuilt
        assert rebuilt[(survey.id, "", "status", "", repo.FINISHED)] == 1
