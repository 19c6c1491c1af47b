"""Measure expanding a 30,000-recipient broadcast into the outbox (and resolving its segment).

    .venv/bin/python -m bench.broadcast_expand [--people 30000] [--url DATABASE_URL]

Seeds people in bulk on a fresh database (SQLite in a temp dir unless --url), saves a segment
over a survey answer and language, then times the `broadcast_send` job, which resolves the
audience and bulk-inserts one outbox row per recipient.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bench.report import Section
from bot.app import create_core
from bot.clock import FakeClock
from bot.delivery.scheduler import Scheduler
from bot.settings import load_settings
from conversations.broadcasts import jobs as broadcast_jobs
from standins.seeding import Seed, seed
from storage import broadcasts, segments

LANGUAGES = ("he", "ar", "en", "ru")
Q = "survey:grads:q3"


async def main(people: int, url: str | None) -> dict[str, float]:
    from datetime import UTC, datetime

    tmp = tempfile.mkdtemp(prefix="kehila-bench-")
    url = url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
    clock = FakeClock(datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    core = await create_core(load_settings(None, database_url=url, log_level="WARNING"),
                             clock=clock)
    now = clock.now()
    started = time.perf_counter()
    await seed(core.db, [Seed(LANGUAGES[i % 4], [("telegram", str(10_000_000 + i))],
                              {Q: ["yes"], "region_interest": ["negev"]})
                         for i in range(people)], now)
    print(f"seeded {people:,} people in {time.perf_counter() - started:.1f} s")
    definition = {"all": [{"attr": Q, "in": ["yes", "maybe"]}, {"language": list(LANGUAGES)}]}
    async with core.db.transaction() as db:
        started = time.perf_counter()
        split = await segments.split(db, definition, "settlement_news")
        print(f"count and split of {split.total:,} recipients: "
              f"{time.perf_counter() - started:.2f} s")
        broadcast = await broadcast_jobs.create(
            db, by="bench", by_person_id=None, audience=definition, segment_name=None,
            scope=None, topic="settlement_news", texts={"*": "hello"}, button=None,
            urgent=False, at=now, now=now)
    started = time.perf_counter()
    await Scheduler(core.db, core.services, core.clock).tick()
    elapsed = time.perf_counter() - started
    async with core.db.transaction() as db:
        rows = await broadcasts.row_count(db, broadcast.id)
    print(f"expanded into {rows:,} outbox rows in {elapsed:.2f} s "
          f"({rows / elapsed:,.0f} rows/s) on {core.db.url.get_backend_name()}")
    await core.close()
    return {"recipients": split.total, "rows": rows, "seconds": elapsed}


async def run(quick: bool) -> Section:
    """`make bench` section: audience resolution and expansion into the outbox."""
    people = 3_000 if quick else 30_000
    section = Section("2b. Broadcast expansion into the outbox", [
        "people matching the segment", "outbox rows", "time", "rows/s"])
    with tempfile.TemporaryDirectory() as tmp:
        got = await main(people, f"sqlite+aiosqlite:///{Path(tmp) / 'b.db'}")
    section.add(f"{got['recipients']:,}", f"{got['rows']:,}", f"{got['seconds']:.2f} s",
                f"{got['rows'] / got['seconds']:,.0f}")
    section.notes.append("The broadcast_send job resolves the segment (a survey answer and "
                         "language) and bulk-inserts one outbox row per recipient (SQLite).")
    return section


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--url", help="a database URL (default: a temporary SQLite file)")
    options = parser.parse_args()
    asyncio.run(main(options.people, options.url))
