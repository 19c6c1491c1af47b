"""Figure 7: resident memory of a running bot with 30,000 people stored and 5,000 conversations
open, before and after the open conversations take a step — kehila, and the baseline with the
same people in its PicklePersistence file."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from telegram.ext import ExtBot, PicklePersistence

from bench.baseline.bot import ACADEMY, Q
from bench.botproc import BotProcess
from bench.report import Section
from bench.seed import seed_people
from bench.users import BenchStandIn
from bot.clock import Clock
from storage.db import Database

FIRST_USER = 100_000


async def kehila(section: Section, people: int, open_: int, stepping: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'kehila.db'}"
        db = Database(url, now=Clock().now)
        user_ids = await seed_people(db, people, open_conversations=open_,
                                     first_user_id=FIRST_USER)
        await db.dispose()
        api = BenchStandIn()
        await api.start()
        bot = BotProcess.kehila(api, url, Path(tmp))
        try:
            await bot.start(api)
            await asyncio.sleep(1)
            section.add("kehila (SQLite)", f"{people:,}", f"{open_:,}", "idle after start",
                        f"{bot.rss_mib():.0f}")
            await step(api, user_ids[:stepping], "3")
            section.add("kehila (SQLite)", f"{people:,}", f"{open_:,}",
                        f"after {stepping:,} open conversations took a step",
                        f"{bot.rss_mib():.0f}")
            await asyncio.sleep(2)
            section.add("kehila (SQLite)", f"{people:,}", f"{open_:,}", "idle again",
                        f"{bot.rss_mib():.0f}")
        finally:
            await bot.stop()
            await api.stop()


async def step(api: BenchStandIn, users: list[int], answer: str) -> None:
    """Each user answers their open question; wait for a response to each."""
    for start in range(0, len(users), 500):
        batch = users[start:start + 500]
        await asyncio.gather(*(api.text(uid, answer, language=None) for uid in batch))
        await asyncio.gather(*(api.wait_responses(uid, 1, timeout=300) for uid in batch))


async def seed_pickle(path: Path, people: int, open_: int) -> list[int]:
    """What the baseline would hold for the same people: every one's user_data (the form and
    the answers so far), and a conversation at the second question for the open ones."""
    persistence = PicklePersistence(filepath=path, on_flush=True)
    persistence.set_bot(ExtBot("123456:TEST"))  # without a bot its pickler mistakes None for one
    await persistence.get_user_data()  # load the (empty) defaults the bot expects to find
    await persistence.get_chat_data()
    await persistence.get_bot_data()
    await persistence.get_conversations("survey")
    users = [FIRST_USER + i for i in range(people)]
    finished = {q: "x" for q in Q}
    for n, user in enumerate(users):
        if n < open_:
            await persistence.update_user_data(user, {"form": "f",
                                                      "answers": {"age_group": "22_25"}})
            await persistence.update_conversation("survey", (user, user), ACADEMY)
        else:
            await persistence.update_user_data(user, {"form": "mfp"[n % 3],
                                                      "answers": dict(finished)})
    await persistence.flush()
    return users


async def baseline(section: Section, people: int, open_: int, stepping: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        users = await seed_pickle(Path(tmp) / "baseline.pickle", people, open_)
        api = BenchStandIn()
        await api.start()
        bot = BotProcess.baseline(api, Path(tmp))
        try:
            await bot.start(api)
            await asyncio.sleep(1)
            name = "baseline (PicklePersistence)"
            section.add(name, f"{people:,}", f"{open_:,}", "idle after start",
                        f"{bot.rss_mib():.0f}")
            await step(api, users[:stepping], "מכינת עין פרת")
            section.add(name, f"{people:,}", f"{open_:,}",
                        f"after {stepping:,} open conversations took a step",
                        f"{bot.rss_mib():.0f}")
        finally:
            await bot.stop()
            await api.stop()


async def run(quick: bool) -> Section:
    people, open_, stepping = (3_000, 500, 100) if quick else (30_000, 5_000, 200)
    section = Section("7. Memory at rest", ["bot", "people stored", "open conversations",
                                             "state", "bot RSS (MiB)"])
    for measure in (kehila, baseline):
        try:
            await measure(section, people, open_, stepping)
        except Exception as error:
            section.add(measure.__name__, f"{people:,}", f"{open_:,}",
                        f"not measured: {error!r}"[:150], "—")
    section.notes.append("Kehila keeps no conversation in memory: state is read from and "
                         "written to the database on every step, so memory does not grow "
                         "with the number of people or open conversations. The baseline "
                         "loads its whole pickle (every user's data and conversation) into "
                         f"memory at start. {stepping:,} of the open conversations take a "
                         "step, to fit the time budget.")
    return section
