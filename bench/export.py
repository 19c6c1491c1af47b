"""Figure 6: export of 20,000 survey respondents to CSV and XLSX — time and peak memory.

Seeding comes from bench/survey_export.py (the survey's own benchmark script). Each export
runs in a fresh child process so its peak resident size (VmHWM) is the export's own, not
what seeding left behind in this one."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.machine import peak_rss_mib, rss_mib
from bench.report import Section


async def child(url: str, fmt: str, out: str) -> None:
    from bench.survey_export import SURVEYS_DIR, export, load_survey
    from bot.clock import Clock
    from locales import default_localizer
    from storage.db import Database

    survey = load_survey(SURVEYS_DIR / "graduates.yaml")
    localizer = default_localizer()
    db = Database(url, now=Clock().now)
    before = rss_mib()
    started = time.perf_counter()
    rows = await export(db, survey, localizer, out=Path(out), fmt=fmt, language="he",
                        finished_only=True, timezone="Asia/Jerusalem")
    elapsed = time.perf_counter() - started
    await db.dispose()
    size = await asyncio.to_thread(os.path.getsize, out)
    print(json.dumps({"rows": rows, "seconds": elapsed, "rss_before": before,
                      "peak": peak_rss_mib(), "size": size}))


async def run(quick: bool) -> Section:
    people = 2_000 if quick else 20_000
    section = Section("6. Survey export", ["format", "respondents", "time", "peak RSS of the "
                                           "exporting process (before export)", "file size"])
    try:
        from bench.survey_export import seed
        from bot.clock import Clock
        from storage import migrate
        from storage.db import Database
    except ImportError as error:
        section.add("csv / xlsx", f"{people:,}", f"not measured: {error}", "—", "—")
        return section
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'k.db'}"
        db = Database(url, now=Clock().now)
        await migrate.upgrade(db)
        await seed(db, people)
        await db.dispose()
        for fmt in ("csv", "xlsx"):
            out = Path(tmp) / f"export.{fmt}"
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bench.export", url, fmt, str(out),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
            stdout, stderr = await proc.communicate()
            if proc.returncode:
                section.add(fmt, f"{people:,}", "failed: " + stderr.decode()[-150:], "—", "—")
                continue
            got = json.loads(stdout.decode().strip().splitlines()[-1])
            section.add(fmt.upper(), f"{got['rows']:,}", f"{got['seconds']:.1f} s",
                        f"{got['peak']:.0f} MiB ({got['rss_before']:.0f})",
                        f"{got['size'] / 2**20:.1f} MiB")
    section.notes.append("Targets: under 10 s and under 200 MB. Respondents are seeded with "
                         "random answers on the long branch of the graduates survey.")
    return section


if __name__ == "__main__":
    asyncio.run(child(*sys.argv[1:4]))
