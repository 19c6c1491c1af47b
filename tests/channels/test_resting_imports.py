"""A resting bot holds only what it uses: the outbox's HTTP pool (aiohttp, ~9 MiB with its
helpers) is imported with the first send, not at start (bench/RESULTS.md, memory at rest)."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import asyncio, sys
import bot.app, bot.runtime, bot.http, bot.channels.telegram.adapter
from bot.channels.telegram.bulk import BotApi
api = BotApi("http://127.0.0.1:9/bot", "T", timeout=1.0, pool=2)
print(sorted({"aiohttp", "certifi", "alembic"} & set(sys.modules)))
async def first_use():
    api._get()
    await api.close()
asyncio.run(first_use())
print(sorted({"aiohttp", "certifi"} & set(sys.modules)))
"""


def test_the_bulk_pool_loads_aiohttp_on_first_use_not_at_start() -> None:
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                          check=True)
    at_start, after_first_use = done.stdout.strip().splitlines()
    assert at_start == "[]"
    assert after_first_use == "['aiohttp', 'certifi']"
