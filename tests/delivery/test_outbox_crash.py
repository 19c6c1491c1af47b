"""kill -9 of a real `kehila run` in the middle of a bulk send, then a restart: every
recipient gets exactly one delivery, except at most the in-flight ones, reported unknown."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import create_core
from bot.clock import Clock
from conversations.domain.types import Outbound
from standins.telegram_api import Limits, TelegramStandIn
from storage import outbox
from storage.db import Database
from storage.models import Identity, OutboxMessage
from tests.support.outbox import add_person
from tests.support.settings import make_settings

RECIPIENTS = 300
FIRST_CHAT = 5000
CONCURRENCY = 8


@pytest.fixture
async def api() -> AsyncIterator[TelegramStandIn]:
    server = TelegramStandIn(limits=Limits(latency=0.05))  # slow enough to catch in flight
    await server.start()
    yield server
    await server.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def start_bot(url: str, api: TelegramStandIn, workdir: Path, name: str
                    ) -> asyncio.subprocess.Process:
    env = {**os.environ, "DATABASE_URL": url, "TELEGRAM_BOT_TOKEN": api.token,
           "TELEGRAM_API_BASE_URL": api.base_url, "HTTP_PORT": str(free_port()),
           "TELEGRAM_POLL_TIMEOUT": "1", "LOG_LEVEL": "WARNING", "QUIET_HOURS": "off",
           "TELEGRAM_MESSAGES_PER_SECOND": "1000", "OUTBOX_CONCURRENCY": str(CONCURRENCY),
           "COORDINATORS": ""}
    log = (workdir / f"{name}.log").open("wb")
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=workdir, env=env,
        stdout=log, stderr=asyncio.subprocess.STDOUT, stdin=asyncio.subprocess.DEVNULL)


async def wait_until(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def states(db: Database) -> dict[str, int]:
    async with db.transaction() as session:
        rows = await session.execute(select(OutboxMessage.state, func.count())
                                     .group_by(OutboxMessage.state))
        return dict(rows.all())


async def test_kill_9_mid_bulk_send_then_restart(tmp_path, api):
    clock = Clock()  # the subprocess runs on real time
    url = f"sqlite+aiosqlite:///{tmp_path / 'kehila.db'}"
    core = await create_core(make_settings(url), clock=clock)
    async with core.db.transaction() as db:
        for n in range(RECIPIENTS):
            person = await add_person(db, FIRST_CHAT + n, clock.now())
            await outbox.enqueue(db, person_id=person, kind="broadcast",
                                 key=f"broadcast:7:person:{person}", now=clock.now(),
                                 message=Outbound(text="The Negev garin meets on Tuesday"),
                                 priority=outbox.PRIORITY_BULK)
    await core.close()
    db = Database(url, now=clock.now)
    try:
        first = await start_bot(url, api, tmp_path, "first")
        try:
            await wait_until(lambda: _delivered_at_least(api, 40), 60, "the bulk send to start")
        finally:
            first.send_signal(signal.SIGKILL)
            await first.wait()
        async with db.transaction() as session:  # what the dead process left in flight
            in_flight = set(await session.scalars(
                select(Identity.user_id).join(OutboxMessage,
                                              OutboxMessage.person_id == Identity.person_id)
                .where(OutboxMessage.state == "sending")))
        left = await states(db)
        assert left.get("pending", 0) + left.get("claimed", 0) > 0, left  # really mid-send
        assert len(in_flight) <= CONCURRENCY

        second = await start_bot(url, api, tmp_path, "second")
        try:
            async def finished() -> bool:
                counts = await states(db)
                return counts.get("sent", 0) + counts.get("unknown", 0) == RECIPIENTS
            await wait_until(finished, 60, "the restarted bot to finish the send")
        finally:
            second.send_signal(signal.SIGTERM)
            await second.wait()

        async with db.transaction() as session:
            rows = (await session.execute(
                select(Identity.user_id, OutboxMessage.state, OutboxMessage.reason)
                .join(OutboxMessage, OutboxMessage.person_id == Identity.person_id))).all()
        assert len(rows) == RECIPIENTS
        for user_id, state, reason in rows:
            deliveries = len(api.messages_to(int(user_id)))
            if user_id in in_flight:
                assert state == "unknown" and deliveries in (0, 1), (user_id, deliveries)
                assert "stopped while sending" in (reason or "")
            else:
                assert state == "sent" and deliveries == 1, (user_id, state, deliveries)
    finally:
        await db.dispose()


async def _delivered_at_least(api: TelegramStandIn, count: int) -> bool:
    return sum(1 for sent in api.sent if sent.method == "sendMessage") >= count
