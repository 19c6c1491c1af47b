"""Figure 7: resident memory of a running bot with 30,000 people stored and 5,000 conversations
open, before and after every open conversation takes a step."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from bench.botproc import BotProcess
from bench.report import Section
from bench.seed import seed_people
from storage.db import Database
from tests.standins.telegram_api import TelegramStandIn


async def run(quick: bool) -> Section:
    people, open_ = (3_000, 500) if quick else (30_000, 5_000)
    section = Section("7. Memory at rest", ["people stored", "open conversations", "state",
                                             "bot RSS (MiB)"])
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'kehila.db'}"
        db = Database(url)
        user_ids = await seed_people(db, people, open_conversations=open_)
        await db.dispose()
        api = TelegramStandIn()
        await api.start()
        bot = BotProcess.kehila(api, url, Path(tmp))
        try:
            await bot.start(api)
            await asyncio.sleep(1)
            section.add(f"{people:,}", f"{open_:,}", "idle after start", f"{bot.rss_mib():.0f}")
            for start in range(0, open_, 500):  # each open conversation answers its question
                batch = user_ids[start:start + 500]
                await asyncio.gather(*(api.text(uid, "3", language=None) for uid in batch))
                await asyncio.gather(*(api.wait_for(uid, 2, timeout=120) for uid in batch))
            section.add(f"{people:,}", f"{open_:,}", "after every open conversation took a step",
                        f"{bot.rss_mib():.0f}")
            await asyncio.sleep(2)
            section.add(f"{people:,}", f"{open_:,}", "idle again", f"{bot.rss_mib():.0f}")
        finally:
            await bot.stop()
            await api.stop()
    section.notes.append("The bot keeps no conversation in memory: state is read from and "
                         "written to the database on every step, so memory does not grow "
                         "with the number of people or open conversations.")
    return section
