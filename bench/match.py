"""Figure 5: candidates for one help request among 10,000 volunteers — p50 / p99.

Seeding and the request come from bench/matching.py (the matching feature's own script);
this section times `storage.matching.candidates` repeatedly on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from bench.pg import fresh_database
from bench.report import Section, percentile
from bot.clock import Clock
from storage import migrate
from storage.db import Database


async def measure(section: Section, backend: str, url: str, volunteers: int, runs: int) -> None:
    seed = importlib.import_module("bench.matching").seed
    candidates = importlib.import_module("storage.matching").candidates

    db = Database(url, now=Clock().now)
    try:
        await migrate.upgrade(db)
        request_id = await seed(db, volunteers)
        async with db.engine.connect() as connection:  # fresh statistics, as autovacuum would
            await connection.execute(text("ANALYZE"))
            await connection.commit()
        timings = []
        found: list = []
        for _ in range(runs):
            async with db.transaction() as session:
                started = time.perf_counter()
                found = await candidates(session, request_id, now=Clock().now(), limit=5)
                timings.append((time.perf_counter() - started) * 1000)
    finally:
        await db.dispose()
    section.add(backend, f"{volunteers:,}", runs, f"{percentile(timings, 50):.1f} ms",
                f"{percentile(timings, 99):.1f} ms", len(found))


async def run(quick: bool) -> Section:
    volunteers, runs = (2_000, 50) if quick else (10_000, 200)
    section = Section("5. Matching", ["database", "volunteers", "runs", "p50", "p99",
                                      "candidates returned"])
    try:
        importlib.import_module("storage.matching")
        importlib.import_module("bench.matching")
    except ImportError as error:
        section.add("—", f"{volunteers:,}", "—", f"not measured: matching is not on main "
                    f"({error.name})", "—", "—")
        return section
    with tempfile.TemporaryDirectory() as tmp:
        for backend, url in (("SQLite", f"sqlite+aiosqlite:///{Path(tmp) / 'm.db'}"),
                             ("PostgreSQL", None)):
            try:
                await measure(section, backend, url or await fresh_database(), volunteers,
                              runs)
            except Exception as error:
                section.add(backend, f"{volunteers:,}", runs,
                            f"not measured: {error!r}"[:150], "—", "—")
    section.notes.append("Target: p99 under 50 ms. Time from the query to the ranked list, "
                         "in a fresh transaction each run.")
    return section
