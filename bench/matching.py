"""Time `storage.matching.candidates` for one request among 10,000 volunteers.

Part of `make bench`; alone: `python -m bench.matching [--volunteers N] [--url EMPTY_DB_URL]`
(SQLite in a temporary file by default; a given database must be empty and migrated-able).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from bench.report import Section, summary_ms
from bot.clock import Clock
from conversations.domain.matcher import ALL_SLOTS, categories
from storage import migrate
from storage.db import Database
from storage.matching import candidates
from storage.matching_models import HelpRequest, VolunteerProfile
from storage.models import Person, PersonAttribute

REGIONS = ["negev", "galilee", "jerusalem", "haifa", "center"]
LANGUAGES = ["he", "ar", "en", "ru"]


async def seed(db: Database, count: int) -> int:
    rng = random.Random(7)
    now = datetime.now(UTC)
    kinds = sorted(categories())
    async with db.transaction() as session:
        people = [Person(language="he", created_at=now) for _ in range(count)]
        session.add_all(people)
        await session.flush()
        for person in people:
            skills = rng.sample(kinds, rng.randint(1, 3))
            regions, languages = rng.sample(REGIONS, 2), rng.sample(LANGUAGES, 2)
            session.add(VolunteerProfile(
                person_id=person.id, skills=skills, regions=regions,
                localities=[], remote=rng.random() < 0.3,
                availability=rng.randint(1, ALL_SLOTS), languages=languages,
                max_open=3, paused=rng.random() < 0.1, accepted=rng.randint(0, 5),
                declined=rng.randint(0, 5), expired=rng.randint(0, 3), created_at=now,
                updated_at=now))
            fields = [("skill", v) for v in skills] + [("serves_region", v) for v in regions]
            fields += [("volunteer_language", v) for v in languages]
            for name, value in fields:  # what storage.matching.save_profile writes
                session.add(PersonAttribute(person_id=person.id, name=name, value=value,
                                            updated_at=now))
        request = HelpRequest(category="rides", region="galilee", locality="ירכא",
                              urgency="week", slots=ALL_SLOTS, language="ar", state="open",
                              round=0, offers_in_row=0, created_at=now, updated_at=now)
        session.add(request)
        await session.flush()
        return request.id


async def measure(url: str, volunteers: int, runs: int) -> tuple[list[float], int]:
    """Seed, refresh statistics, then time `candidates` `runs` times (seconds each)."""
    db = Database(url, now=Clock().now)
    await migrate.upgrade(db)
    request_id = await seed(db, volunteers)
    if not db.is_sqlite:
        async with db.engine.connect() as connection:  # fresh statistics, as autovacuum would
            await connection.execute(text("ANALYZE"))
            await connection.commit()
    timings, found = [], []
    for _ in range(runs):
        async with db.transaction() as session:
            started = time.perf_counter()
            found = await candidates(session, request_id, now=Clock().now(), limit=5)
            timings.append(time.perf_counter() - started)
    await db.dispose()
    return timings, len(found)


async def run(quick: bool) -> Section:
    """`make bench` section: candidates for one request among many volunteers (SQLite)."""
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 50_000]
    section = Section("Volunteer matching: candidates for one request",
                      ["volunteers", "candidates found", "time"])
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            timings, found = await measure(f"sqlite+aiosqlite:///{Path(tmp) / 'm.db'}",
                                           size, 10 if quick else 30)
        section.add(f"{size:,}", found, summary_ms(timings))
    section.notes.append("Hard filters run in one indexed SQL query over segment fields; the "
                         "pure matcher re-checks them and scores (storage.matching.candidates).")
    return section


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--url", default="", help="an EMPTY database (default: temporary SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        timings, found = await measure(url, args.volunteers, args.runs)
    ms = [t * 1000 for t in timings]
    print(f"candidates among {args.volunteers} volunteers: {found} found; "
          f"median {statistics.median(ms):.1f} ms, worst {max(ms):.1f} ms")


if __name__ == "__main__":
    asyncio.run(main())
