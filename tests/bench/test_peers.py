"""The bench's aiogram peer answers the simulated users as the PTB baseline does (the same
survey, the same responses, the same CSV row), and its row says why when Redis is away.

Real processes against the stand-in Bot API: the baseline in the bot's venv, the aiogram peer
in .venv-aiogram (made by `make bench`; skipped with the reason without it), RedisStorage on
TEST_REDIS_URL (skipped without it)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bench import inbound
from bench.botproc import AIOGRAM_PYTHON, BotProcess
from bench.report import Section
from bench.users import BenchStandIn, calibrate

REDIS_URL = os.environ.get("TEST_REDIS_URL", "")


RESTART_AFTER = 8
"""The step after which the bot process is restarted: its storage must keep the person's place
and answers (RedisStorage for the aiogram peer, PicklePersistence for the baseline)."""
QUIET = 0.5
"""Seconds without a response that end a step (as the bench calibrates these bots)."""


async def walk(make: Callable[[BenchStandIn, Path], BotProcess], tmp: Path
               ) -> tuple[list[int], list[tuple[str, str, list[str]]], str]:
    """One person walks the baseline's script, the bot restarted halfway; the responses per
    step, what each said (and its buttons), and the CSV the bot wrote."""
    api = BenchStandIn()
    await api.start()
    bot = make(api, tmp)
    script = inbound.baseline_script()
    try:
        await bot.start(api)
        counts = await calibrate(api, 1, script[:RESTART_AFTER], QUIET)
        await bot.stop()
        await bot.start(api)
        counts += await calibrate(api, 1, script[RESTART_AFTER:], QUIET)
        said = [(s.method, s.text, [b.get("text", "") for b in s.buttons])
                for s in api.responses[1]]
        return counts, said, (tmp / "responses.csv").read_text(encoding="utf-8")
    finally:
        await bot.stop()
        await api.stop()


async def test_aiogram_peer_walks_the_survey_as_the_baseline(tmp_path: Path) -> None:
    if not AIOGRAM_PYTHON.exists():
        pytest.skip(f"aiogram peer skipped: {AIOGRAM_PYTHON} is missing (`make bench` makes it)")
    if not REDIS_URL:
        pytest.skip("aiogram peer skipped: TEST_REDIS_URL is not set")
    prefix = f"test-aiogram:{os.getpid()}"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    try:
        peer = await walk(lambda api, tmp: BotProcess.aiogram(api, tmp, REDIS_URL, prefix),
                          tmp_path / "a")
        baseline = await walk(BotProcess.baseline, tmp_path / "b")
    finally:  # the peer's keys go, whatever happened
        redis = Redis.from_url(REDIS_URL)
        try:
            keys = [key async for key in redis.scan_iter(match=f"{prefix}:*")]
            if keys:
                await redis.delete(*keys)
        finally:
            await redis.aclose()
    assert peer[1] == baseline[1]  # every response, in order: text, buttons, kind of call
    assert peer[0] == baseline[0]  # so the aiogram row may use the baseline's calibration
    assert peer[2] == baseline[2]
    assert "2027-08-15" in peer[2] and "מחכה לשמוע על הגרעין!" in peer[2]


async def test_aiogram_row_without_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()  # nothing listens there now
    monkeypatch.setattr(inbound, "REDIS_URL", f"redis://127.0.0.1:{port}/0")
    section = Section("t", ["a"] * 7)

    async def make(api: BenchStandIn, tmp: Path) -> BotProcess:
        return BotProcess.aiogram(api, tmp, inbound.REDIS_URL, await inbound.redis_prefix())

    got = await inbound.one(inbound.AIOGRAM, make, inbound.baseline_script(), 3, 1.0, section)
    assert got is None
    assert section.rows[0][4] == "not measured: Redis unreachable"


def test_errors_in_cells_say_what_they_were() -> None:
    import httpx

    from bench.report import describe

    assert describe(httpx.ReadTimeout("")) == "ReadTimeout('')"
    assert "|" not in describe(ValueError("a | b\nc"))
