"""Real `kehila run --role …` processes for the several-process tests, against the stand-ins.

Each process gets its own HTTP port and log file; web processes are reached through their
Telegram webhook route (the stand-in records setWebhook; updates are posted to the bot)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

import httpx

from standins.telegram_api import TelegramStandIn

SECRET = "cluster-webhook-secret"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_update_ids = count(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class BotProcess:
    name: str
    role: str
    port: int
    process: asyncio.subprocess.Process
    log: Path
    env: dict[str, str] = field(repr=False, default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    async def kill(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self, timeout: float = 20) -> int:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                await self.kill()
        assert self.process.returncode is not None
        return self.process.returncode


async def start_process(database_url: str, api: TelegramStandIn, workdir: Path, name: str,
                        role: str, **settings: object) -> BotProcess:
    """`kehila run --role ROLE` as a subprocess; `settings` are more environment variables
    (lower-case names, as in Settings)."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "TELEGRAM_BOT_TOKEN": api.token,
           "TELEGRAM_API_BASE_URL": api.base_url, "HTTP_PORT": str(port),
           "TELEGRAM_POLL_TIMEOUT": "1", "LOG_LEVEL": "WARNING", "QUIET_HOURS": "off",
           "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/webhooks/telegram",
           "TELEGRAM_WEBHOOK_SECRET": SECRET, "COORDINATORS": "",
           "TELEGRAM_PRIVATE_CHAT_PER_SECOND": "0"}
    env.update({key.upper(): str(value) for key, value in settings.items()})
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--role", role, cwd=workdir, env=env,
            stdout=out, stderr=asyncio.subprocess.STDOUT, stdin=asyncio.subprocess.DEVNULL)
    return BotProcess(name, role, port, process, log, env)


async def wait_until(condition: Callable[[], Awaitable[bool]], timeout: float,
                     what: str, every: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(every)


async def wait_serving(bot: BotProcess, timeout: float = 60) -> None:
    """A web process answers /healthz."""
    async with httpx.AsyncClient() as client:
        async def up() -> bool:
            if bot.process.returncode is not None:
                raise AssertionError(f"{bot.name} exited {bot.process.returncode}:\n"
                                     f"{bot.output()}")
            try:
                return (await client.get(f"{bot.url}/healthz")).status_code == 200
            except httpx.HTTPError:
                return False
        await wait_until(up, timeout, f"{bot.name} to serve", every=0.1)


def text_update(user_id: int, text: str) -> dict[str, Any]:
    update_id = next(_update_ids)
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 1, "text": text,
        "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
        "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}",
                 "language_code": "he"}}}


async def post_update(client: httpx.AsyncClient, bot: BotProcess,
                      update: dict[str, Any]) -> int:
    """Deliver one update as Telegram would: to the webhook, with the secret token."""
    response = await client.post(f"{bot.url}/webhooks/telegram", json=update,
                                 headers={SECRET_HEADER: SECRET}, timeout=60)
    return response.status_code
