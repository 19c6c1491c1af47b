"""Figures 2 and 3: a broadcast through the real outbox worker of a `kehila run` subprocess
against the stand-in platforms with their real limits — achieved rate against the configured
limit, 429s, duplicates (counted per chat at the stand-in), memory over the run — and a
kill -9 in the middle of one, then a restart: duplicates and unknowns."""

from __future__ import annotations

import asyncio
import importlib.util
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, insert, select

from bench.botproc import BotProcess
from bench.report import Section, describe
from bench.seed import seed_people
from bench.users import BenchStandIn
from bot.clock import Clock
from conversations.domain.types import Outbound
from standins.telegram_api import Limits
from storage import outbox
from storage.db import Database
from storage.models import Identity, OutboxMessage

FINAL = ("sent", "failed", "unknown", "held", "skipped", "expired", "cancelled")
TEXT = "הגרעין בנגב נפגש ביום שלישי ב־20:00 – מוזמנים! / The Negev garin meets on Tuesday"
FIRST_USER = 500_000
BULK_SHARE = 0.8  # the default OUTBOX_BULK_SHARE, stated so the figure says what it assumed


async def seed_broadcast(url: str, recipients: int, channel: str = "telegram") -> list[str]:
    """People with one identity each and one queued bulk message each (inserted in bulk with
    the values storage.outbox.enqueue writes; one enqueue per row takes ~50 s for 30,000);
    returns user ids."""
    db = Database(url, now=Clock().now)
    try:
        await seed_people(db, recipients, first_user_id=FIRST_USER, channel=channel)
        now = await _now()
        async with db.transaction() as session:
            people = (await session.execute(select(Identity.person_id, Identity.user_id)
                                            .where(Identity.channel == channel))).all()
            payload = Outbound(text=TEXT).to_json()
            for start in range(0, len(people), 2_000):  # the rows storage.outbox.enqueue writes
                await session.execute(insert(OutboxMessage), [
                    {"key": f"bench:broadcast:{person_id}", "kind": "broadcast",
                     "person_id": person_id, "payload": payload, "state": "pending",
                     "priority": outbox.PRIORITY_BULK, "urgent": False, "not_before": now,
                     "expires_at": None, "broadcast_id": None, "attempts": 0,
                     "created_at": now, "updated_at": now}
                    for person_id, _ in people[start:start + 2_000]])
        return [user_id for _, user_id in people]
    finally:
        await db.dispose()


async def _now():  # type: ignore[no-untyped-def]
    from bot.clock import Clock

    return Clock().now()


async def outbox_states(url: str) -> Counter[str]:
    db = Database(url, now=Clock().now)
    try:
        async with db.transaction() as session:
            rows = await session.execute(select(OutboxMessage.state, func.count())
                                         .group_by(OutboxMessage.state))
            return Counter(dict(rows.all()))
    finally:
        await db.dispose()


def bot_env(rate: float, paid: bool = False) -> dict[str, str]:
    env = {"QUIET_HOURS": "off", "COORDINATORS": "",
           "TELEGRAM_MESSAGES_PER_SECOND": str(rate), "TELEGRAM_PRIVATE_CHAT_PER_SECOND": "1"}
    if paid:  # replies keep the free 30/s; the broadcast has Telegram's paid rate of its own
        env.update(TELEGRAM_MESSAGES_PER_SECOND="30", TELEGRAM_PAID_BROADCAST="true",
                   TELEGRAM_PAID_BROADCAST_PER_SECOND=str(rate),
                   # enough requests in flight for 1,000/s at tens of ms per round trip
                   OUTBOX_CONCURRENCY="64", OUTBOX_BATCH="500")
    return env


async def watch(bot: BotProcess, delivered, total: int, timeout: float  # type: ignore[no-untyped-def]
                ) -> list[float]:
    """Sample the bot's RSS each second until `delivered()` reaches `total`; return samples."""
    samples = []
    deadline = time.monotonic() + timeout
    while delivered() < total and time.monotonic() < deadline:
        await asyncio.sleep(1.0)
        samples.append(bot.rss_mib())
    return samples


def memory_verdict(samples: list[float]) -> str:
    if len(samples) < 3:
        return "—"
    settled = samples[len(samples) // 4:]
    growth = settled[-1] - settled[0]
    word = "flat" if abs(growth) < 10 else f"grows {growth:+.0f} MiB"
    return f"{min(samples):.0f}→{max(samples):.0f} MiB, {word}"


def rate_of(times: list[float]) -> float:
    if len(times) < 2:
        return float("nan")
    times = sorted(times)
    return (len(times) - 1) / (times[-1] - times[0])


async def telegram(section: Section, recipients: int, rate: float, cap: float,
                   paid: bool = False) -> None:
    """Send to `recipients` at `rate`; stop after `cap` seconds if it has not finished.
    `paid`: as Telegram's paid broadcasts (`allow_paid_broadcast`), at a rate of their own."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'k.db'}"
        users = await seed_broadcast(url, recipients)
        api = BenchStandIn(limits=Limits(per_chat_per_second=1, global_per_second=rate))
        await api.start()
        bot = BotProcess.kehila(api, url, Path(tmp), **bot_env(rate, paid))
        try:
            started = time.monotonic()
            await bot.start(api)
            bot.start_profile(f"broadcast-{recipients}-{rate:.0f}")
            cpu0 = bot.cpu_seconds()
            samples = await watch(bot, lambda: api.calls["sendMessage"] - api.too_many,
                                  recipients, min(cap, recipients / rate * 2.5 + 30))
            cpu = bot.cpu_seconds() - cpu0
            await bot.stop_profile()
            await asyncio.sleep(1.5)  # let the worker record the last outcomes
            states = await outbox_states(url)
        finally:
            await bot.stop()
            await api.stop()
        wall = time.monotonic() - started
    times = [s.at for s in api.sent if s.method == "sendMessage"]
    achieved = rate_of(times)
    per_chat = [api.per_chat_sends.get(int(u), 0) for u in users]
    duplicates = sum(max(0, n - 1) for n in per_chat)
    missing = sum(1 for n in per_chat if n == 0)
    bulk = rate if paid else rate * BULK_SHARE
    label = f"{rate:.0f}/s paid broadcast" if paid else \
        f"{rate:.0f}/s (bulk {rate * BULK_SHARE:.0f}/s)"
    section.add("Telegram", f"{recipients:,}", label,
                f"{achieved:.1f}/s", f"{achieved / rate:.0%} ({achieved / bulk:.0%})",
                api.too_many, duplicates, missing, _states(states),
                f"{cpu / max(1, len(times)) * 1000:.2f}", memory_verdict(samples),
                f"{wall:.0f}")


def _states(states: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(states.items())) or "—"


async def whatsapp(section: Section, recipients: int, mps: float) -> None:
    if importlib.util.find_spec("standins.twilio_api") is None:
        section.add("WhatsApp", f"{recipients:,}", f"{mps:.0f}/s", "—", "—", "—", "—", "—",
                    "not measured: WhatsApp is not on main", "—", "—", "—")
        return
    from standins.twilio_api import FROM, TwilioStandIn

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'k.db'}"
        users = await seed_broadcast(url, recipients, channel="whatsapp")
        api = BenchStandIn()
        twilio = TwilioStandIn(messages_per_second=mps)
        await api.start()
        await twilio.start()
        bot = BotProcess.kehila(
            api, url, Path(tmp), **bot_env(30), TWILIO_ACCOUNT_SID=twilio.account_sid,
            TWILIO_AUTH_TOKEN=twilio.auth_token, TWILIO_WHATSAPP_FROM=FROM,
            TWILIO_API_BASE_URL=twilio.base_url, PUBLIC_BASE_URL="https://bench.invalid",
            WHATSAPP_MESSAGES_PER_SECOND=str(mps))
        try:
            started = time.monotonic()
            await bot.start(api)
            cpu0 = bot.cpu_seconds()
            samples = await watch(bot, lambda: len(twilio.sent), recipients,
                                  recipients / mps * 2.5 + 30)
            cpu = bot.cpu_seconds() - cpu0
            await asyncio.sleep(1.5)
            states = await outbox_states(url)
        finally:
            await bot.stop()
            await twilio.stop()
            await api.stop()
        wall = time.monotonic() - started
    achieved = rate_of([m.at for m in twilio.sent])
    per_phone = Counter(m.to.removeprefix("whatsapp:") for m in twilio.sent)
    duplicates = sum(max(0, per_phone[u] - 1) for u in users)
    missing = sum(1 for u in users if per_phone[u] == 0)
    section.add("WhatsApp (Twilio)", f"{recipients:,}",
                f"{mps:.0f}/s (bulk {mps * BULK_SHARE:.0f}/s)", f"{achieved:.1f}/s",
                f"{achieved / mps:.0%} ({achieved / (mps * BULK_SHARE):.0%})", twilio.too_many,
                duplicates, missing, _states(states),
                f"{cpu / max(1, len(twilio.sent)) * 1000:.2f}", memory_verdict(samples),
                f"{wall:.0f}")


async def crash(recipients: int, rate: float) -> Section:
    """Figure 3: kill -9 once a third is sent, restart, let it finish."""
    section = Section("3. Crash mid-broadcast (kill -9, restart)", [
        "recipients", "sent before the kill", "delivered once", "duplicates",
        "never delivered", "unknown (in flight at the kill)", "outbox states after"])
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'k.db'}"
        users = await seed_broadcast(url, recipients)
        api = BenchStandIn(limits=Limits(per_chat_per_second=1, global_per_second=rate,
                                         latency=0.05))
        await api.start()
        try:
            first = BotProcess.kehila(api, url, Path(tmp), **bot_env(rate))
            await first.start(api)
            while api.calls["sendMessage"] - api.too_many < recipients // 3:
                await asyncio.sleep(0.02)
            await first.stop(kill=True)
            before = len([s for s in api.sent if s.method == "sendMessage"])
            second = BotProcess.kehila(api, url, Path(tmp), **bot_env(rate))
            await second.start(api)
            try:
                deadline = time.monotonic() + recipients / rate * 3 + 60
                while time.monotonic() < deadline:
                    states = await outbox_states(url)
                    if sum(states[s] for s in FINAL) >= recipients:
                        break
                    await asyncio.sleep(1.0)
            finally:
                await second.stop()
            states = await outbox_states(url)
        finally:
            await api.stop()
    per_chat = [api.per_chat_sends.get(int(u), 0) for u in users]
    section.add(f"{recipients:,}", before, sum(1 for n in per_chat if n == 1),
                sum(max(0, n - 1) for n in per_chat), sum(1 for n in per_chat if n == 0),
                states["unknown"], _states(states))
    section.notes.append("A message the killed process had handed to Telegram without "
                         "recording the answer is marked unknown and not sent again (at most "
                         "once); the stand-in adds 50 ms latency per call so some are in "
                         "flight at the kill.")
    return section


async def run(quick: bool) -> list[Section]:
    section = Section("2. Broadcast through the outbox", [
        "channel", "recipients", "configured limit", "achieved", "achieved / limit (/ bulk share)",
        "429s", "duplicates", "not delivered when stopped", "outbox states after",
        "bot CPU ms per message", "bot RSS over the run", "wall s"])
    sizes = ([(600, 30.0, 60.0, False), (3_000, 1000.0, 40.0, True)] if quick else
             [(1_500, 30.0, 200.0, False), (30_000, 1000.0, 80.0, True)])
    for recipients, rate, cap, paid in sizes:
        try:
            await telegram(section, recipients, rate, cap, paid)
        except Exception as error:
            section.add("Telegram", f"{recipients:,}", f"{rate:.0f}/s", "—", "—", "—", "—", "—",
                        f"not measured: {describe(error, 120)}", "—", "—",
                        "—")
    wa = 400 if quick else 1_000
    try:
        await whatsapp(section, wa, 80.0)
    except Exception as error:
        section.add("WhatsApp (Twilio)", f"{wa:,}", "80/s", "—", "—", "—", "—", "—",
                    f"not measured: {describe(error, 120)}", "—", "—", "—")
    section.notes.append(
        "The stand-ins enforce the limits (Telegram: 1/s per chat and the global rate over a "
        "sliding second; Twilio: messages per second) and answer 429 beyond them; the bot's "
        "own limits are set to the same rate. Bulk sends may use OUTBOX_BULK_SHARE (0.8 by "
        "default) of a channel's rate, keeping the rest for replies, so 80% of the limit is "
        "the most a broadcast can reach; the second ratio is against that share. A paid "
        "broadcast (TELEGRAM_PAID_BROADCAST, Telegram's allow_paid_broadcast) has a rate of its "
        "own (TELEGRAM_PAID_BROADCAST_PER_SECOND) beside the free 30/s that replies keep; the "
        "stand-in allows it 1,000/s. Achieved "
        "rate is over the stand-in's timestamps of the first and last message. A run that "
        "cannot finish in its time cap is stopped there; the undelivered rows are still "
        "queued (states after). The free-tier row sends to 1,500 people (about 60 s at the "
        "bulk share; the rate settles within seconds, and 3,000 only doubled the wait); the paid "
        "row is stopped after 80 s, time enough for a bot at the goal's 400/s to send all "
        "30,000.")
    crashed = await crash(300 if quick else 450, 300.0)
    return [section, crashed]
