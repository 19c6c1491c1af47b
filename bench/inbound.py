"""Figure 1: inbound updates per second at saturation and reply latency, for the bot on SQLite
and PostgreSQL and for the python-telegram-bot baseline, in the same run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.botproc import BotProcess
from bench.report import Section, summary_ms
from bench.users import Step, calibrate, crowd, press, text
from tests.standins.telegram_api import TelegramStandIn

PG_URL = os.environ.get("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


def first_contact_script() -> list[Step]:
    return [text("/start"), press("עברית"), press("בלשון נקבה"), press("מסכימה"),
            text("עזרה"), press("⚙️ שפה ואופן פנייה"), press("English"), press("Plural")]


async def measure(label: str, bot: BotProcess, api: TelegramStandIn, script: list[Step],
                  users: int, section: Section) -> None:
    await bot.start(api)
    try:
        counts = await calibrate(api, 1, script)
        cpu_before = bot.cpu_seconds()
        timings, wall = await crowd(api, list(range(10_000, 10_000 + users)), script, counts,
                                    think=0.0)
        cpu = bot.cpu_seconds() - cpu_before
        section.add(label, users, f"{timings.steps / wall:.0f}", summary_ms(timings.latencies),
                    f"{cpu / timings.steps * 1000:.2f}", f"{bot.rss_mib():.0f}")
    finally:
        await bot.stop()


async def run(quick: bool) -> Section:
    users = 40 if quick else 200
    script = first_contact_script()
    section = Section("1. Inbound at saturation", [
        "bot", "concurrent users", "updates/s", "time from action to first reply",
        "bot CPU ms per update", "bot RSS MiB"])
    section.notes.append(f"Each user walks {len(script)} steps with no think time; every "
                         "answer is committed before the reply is sent.")
    for name, url_of in (("kehila, SQLite", lambda d: f"sqlite+aiosqlite:///{d / 'k.db'}"),
                         ("kehila, PostgreSQL", lambda d: PG_URL)):
        with tempfile.TemporaryDirectory() as tmp:
            api = TelegramStandIn()
            await api.start()
            try:
                bot = BotProcess.kehila(api, url_of(Path(tmp)), Path(tmp))
                await measure(name, bot, api, script, users, section)
            except Exception as error:  # a missing PostgreSQL must not stop the other figures
                section.add(name, users, "—", f"not measured: {type(error).__name__}", "—", "—")
            finally:
                await api.stop()
    return section
