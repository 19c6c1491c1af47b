"""Export speed and memory for a big survey: `python -m bench.survey_export [--people 20000]`.

Seeds a fresh SQLite database (or BENCH_DATABASE_URL) with finished responses to the default
survey, then times the CSV and XLSX exports and reports the peak memory Python allocated.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from bot.clock import Clock
from conversations.domain.survey_answers import Given, visible_questions
from conversations.domain.survey_def import SURVEYS_DIR, load_survey
from conversations.survey.export import export
from locales import default_localizer
from storage import migrate
from storage.db import Database
from storage.survey_models import SurveyAnswer, SurveyResponse


def fake_answers(survey, rng: random.Random) -> dict[str, Given]:  # type: ignore[no-untyped-def]
    answers: dict[str, Given] = {}
    for q in survey.questions:
        if q not in visible_questions(survey, answers):
            continue
        if q.type == "multi":
            value = rng.sample(list(q.option_ids), rng.randint(1, len(q.option_ids)))
        elif q.type in ("single", "yesno"):
            value = rng.choice(q.option_ids)
        elif q.type == "number":
            value = rng.randint(q.minimum or 0, q.maximum or 100)
        elif q.type == "date":
            value = f"2027-{rng.randint(1, 12):02d}-15"
        elif q.type == "locality":
            value = {"key": "אופקים", "region": "negev"}
        else:
            value = "מכינת עין פרת"
        answers[q.id] = Given(value)
    return answers


async def seed(db: Database, people: int) -> None:
    survey = load_survey(SURVEYS_DIR / "graduates.yaml")
    rng = random.Random(7)
    now = datetime.now(UTC)
    batch = 1000
    for start in range(0, people, batch):
        async with db.transaction() as session:
            rows = [{"survey_id": survey.id, "version": 1, "person_id": None,
                     "channel": "telegram", "language": "he", "status": "finished",
                     "nudges_sent": 0, "started_at": now, "updated_at": now, "finished_at": now}
                    for _ in range(min(batch, people - start))]
            ids = list((await session.execute(
                insert(SurveyResponse).returning(SurveyResponse.id), rows)).scalars())
            answers = [{"response_id": rid, "survey_id": survey.id, "version": 1,
                        "question_id": qid, "kind": survey.question(qid).type,
                        "value": given.value, "skipped": False, "answered_at": now}
                       for rid in ids for qid, given in fake_answers(survey, rng).items()]
            await session.execute(insert(SurveyAnswer), answers)


async def main(people: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kehila-bench-"))
    url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    db = Database(url, now=Clock().now)
    await migrate.upgrade(db)
    started = time.perf_counter()
    await seed(db, people)
    print(f"seeded {people} respondents in {time.perf_counter() - started:.1f}s")
    survey = load_survey(SURVEYS_DIR / "graduates.yaml")
    for fmt in ("csv", "xlsx"):
        out = folder / f"export.{fmt}"
        tracemalloc.start()
        started = time.perf_counter()
        count = await export(db, survey, default_localizer(), out=out, fmt=fmt, language="he",
                             finished_only=True, timezone="Asia/Jerusalem")
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{fmt}: {count} rows in {elapsed:.1f}s, peak Python memory "
              f"{peak / 2**20:.1f} MiB, file {out.stat().st_size / 2**20:.1f} MiB")
    await db.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=20_000)
    asyncio.run(main(parser.parse_args().people))
