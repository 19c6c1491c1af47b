"""Figure 1: inbound updates per second at saturation and reply latency, for the bot on SQLite
and PostgreSQL and for the python-telegram-bot baseline, in the same run."""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench.botproc import BotProcess
from bench.pg import fresh_database
from bench.report import Section, summary_ms
from bench.users import BenchStandIn, Step, calibrate, crowd, press, text

FIRST_USER = 10_000


def survey_on_main() -> bool:
    return importlib.util.find_spec("conversations.survey.flow") is not None


def first_contact_script() -> list[Step]:
    return [text("/start"), press("עברית"), press("בלשון נקבה"), press("מסכימה"),
            text("עזרה"), press("⚙️ שפה ואופן פנייה"), press("English"), press("Plural")]


def survey_answers() -> list[Step]:
    """Every question of the graduates survey, taking the long branch, as the tests walk it."""
    return [press("22–25"), text("מכינת עין פרת"), text("2019"), press("שירות לאומי"),
            text("15/08/2027"), text("אופקים"), press("רווק/ה"), press("כן, בהחלט"),
            press("הנגב והדרום"), press("הגליל והגולן"), press("✔️ סיימתי"),
            press("בשנה הקרובה"), press("דיור"), press("✔️ סיימתי"), press("כן"),
            press("אולי, רוצה לשמוע עוד"), press("לא"), press("כן"),
            text("מחכה לשמוע על הגרעין!"), press("✅ שליחה")]


def kehila_script() -> list[Step]:
    if not survey_on_main():
        return first_contact_script()
    return [text("/start"), press("עברית"), press("בלשון נקבה"), press("מסכימה"),
            press("📋 לענות על הסקר"), *survey_answers()]


def baseline_script() -> list[Step]:
    return [text("/start"), press("בלשון נקבה"), *survey_answers()]


CALIBRATED: dict[tuple[Step, ...], list[int]] = {}


async def measure(label: str, bot: BotProcess, api: BenchStandIn, script: list[Step],
                  users: int, window: float, section: Section) -> float:
    """Run the crowd against one bot; add its row and return its updates per second."""
    await bot.start(api)
    try:
        key = tuple(script)
        if key not in CALIBRATED:  # the same bot on another database answers the same
            # kehila paces messages to one chat (1/s after a burst of 3); the baseline does not
            paced = bot.args[-1] == "run" and "TELEGRAM_PRIVATE_CHAT_PER_SECOND" not in bot.env
            quiet = 1.2 if paced else 0.5
            CALIBRATED[key] = await calibrate(api, 1, script, quiet)
        counts = CALIBRATED[key]
        cpu_before = bot.cpu_seconds()
        timings, wall = await crowd(api, list(range(FIRST_USER, FIRST_USER + users)), script,
                                    counts, think=0.0, window=window)
        cpu = bot.cpu_seconds() - cpu_before
        rate = timings.steps / wall
        section.add(label, users, f"{timings.steps / users:.1f} of {len(script)}",
                    f"{rate:.1f}", summary_ms(timings.latencies),
                    f"{cpu / timings.steps * 1000:.2f}", f"{bot.rss_mib():.0f}")
        return rate
    finally:
        await bot.stop()


async def one(label: str, make: Callable[[BenchStandIn, Path], Awaitable[BotProcess]],
              script: list[Step], users: int, window: float,
              section: Section) -> float | None:
    with tempfile.TemporaryDirectory() as tmp:
        api = BenchStandIn()
        await api.start()
        try:
            bot = await make(api, Path(tmp))
            return await measure(label, bot, api, script, users, window, section)
        except Exception as error:  # one bot failing must not stop the other figures
            section.add(label, users, len(script), "—",
                        f"not measured: {type(error).__name__}: {str(error)[:120]}",
                        "—", "—")
            return None
        finally:
            await api.stop()


async def run(quick: bool) -> Section:
    users, window = (40, 15.0) if quick else (200, 15.0)
    section = Section("1. Inbound at saturation", [
        "bot", "concurrent users", "steps done per user (of the script)", "updates/s",
        "time from action to first response", "bot CPU ms per update", "bot RSS MiB"])

    async def sqlite(api: BenchStandIn, tmp: Path) -> BotProcess:
        return BotProcess.kehila(api, f"sqlite+aiosqlite:///{tmp / 'k.db'}", tmp)

    async def sqlite_unlimited(api: BenchStandIn, tmp: Path) -> BotProcess:
        return BotProcess.kehila(api, f"sqlite+aiosqlite:///{tmp / 'k.db'}", tmp,
                                 TELEGRAM_MESSAGES_PER_SECOND="100000",
                                 TELEGRAM_PRIVATE_CHAT_PER_SECOND="0")

    async def postgres(api: BenchStandIn, tmp: Path) -> BotProcess:
        return BotProcess.kehila(api, await fresh_database(), tmp)

    async def baseline(api: BenchStandIn, tmp: Path) -> BotProcess:
        return BotProcess.baseline(api, tmp)

    async def baseline_concurrent(api: BenchStandIn, tmp: Path) -> BotProcess:
        return BotProcess.baseline(api, tmp, concurrent_updates=True)

    kehila = kehila_script()
    rates: dict[str, float | None] = {"baseline_c": None}
    # first the bot without pacing, whose calibration needs no long quiet (the same counts)
    rates["unlimited"] = await one("kehila, SQLite, its rate limiter lifted", sqlite_unlimited,
                                   kehila, users, window, section)
    rates.update({
        "sqlite": await one("kehila, SQLite", sqlite, kehila, users, window, section),
        "postgres": await one("kehila, PostgreSQL", postgres, kehila, users, window, section),
        "baseline": await one("baseline: PTB ConversationHandler + PicklePersistence "
                              "(defaults: one update at a time)", baseline, baseline_script(),
                              users, window, section),
    })
    if quick:  # it breaks within seconds (see the note); not worth the full run's time
        rates["baseline_c"] = await one("baseline, concurrent_updates=True",
                                        baseline_concurrent, baseline_script(), users, window,
                                        section)
    what = ("the survey walk: first contact (/start, language, form, consent), the survey "
            "from the menu, every question on the long branch, review and send"
            if survey_on_main() else
            "first contact and a change of settings (the survey is not on main yet, so kehila "
            "does not walk the survey; the baseline does)")
    section.notes.append(f"Each user walks {what}; no think time, and no step starts after "
                         f"{window:.0f} s (the machine cannot finish {users} whole walks in a "
                         "few minutes), so updates/s is over that window. Kehila commits "
                         "every answer before it replies; the baseline keeps answers in memory "
                         "and PicklePersistence writes them every 60 s (its default). A response "
                         "is a new message or an edit of one (a tick in a multiple choice).")
    section.notes.append("Kehila sends replies through its rate limiter at Telegram's limits "
                         "(30 messages/s overall, 1/s per chat after a burst of 3), so at "
                         "saturation it is held near 30 messages/s whatever the CPU could do; "
                         "the row with the limiter lifted shows the processing capacity. "
                         "The baseline has no limiter (on the real Telegram it would meet "
                         "429s) and handles one update at a time by default.")
    if rates["baseline_c"] is None:
        section.notes.append("The baseline with concurrent_updates=True (tried by `--quick`; "
                             "the full run skips it) is not a working bot: "
                             "ConversationHandler stores the next state only after the handler "
                             "returns, so a quick user's next answer can arrive while the old "
                             "state is still current and is taken as an answer to the previous "
                             "question (python-telegram-bot warns about this).")
    for base_key, base_name in (("baseline", "baseline (defaults)"),
                                ("baseline_c", "baseline (concurrent)")):
        for key, name in (("sqlite", "SQLite"), ("postgres", "PostgreSQL"),
                          ("unlimited", "SQLite without its limiter")):
            if rates[key] and rates[base_key]:
                section.notes.append(f"Throughput kehila {name} / {base_name}: "
                                     f"**{rates[key] / rates[base_key]:.2f}×**")
    return section
