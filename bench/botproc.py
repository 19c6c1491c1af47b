"""Start the real bot (`python -m bot run`) as a subprocess against a stand-in, and read its
CPU time and memory from /proc — so the figures are the bot's own, not the load generator's."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from bot.http import bound_socket
from tests.standins.telegram_api import TelegramStandIn

CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    sock = bound_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    return port


class BotProcess:
    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.args = args
        self.env = env
        self.cwd = cwd
        self.proc: subprocess.Popen | None = None

    @classmethod
    def kehila(cls, api: TelegramStandIn, database_url: str, workdir: Path,
               **extra: str) -> BotProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
        env.update(DATABASE_URL=database_url, TELEGRAM_BOT_TOKEN=api.token,
                   TELEGRAM_API_BASE_URL=api.base_url, TELEGRAM_POLL_TIMEOUT="10",
                   HTTP_PORT=str(free_port()), LOG_LEVEL="WARNING", **extra)
        return cls([sys.executable, "-m", "bot", "run"], env, workdir)

    async def start(self, api: TelegramStandIn, timeout: float = 60.0) -> None:
        """Start and wait until it polls the stand-in for updates."""
        polls = api.calls["getUpdates"]
        self.log = (self.cwd / "bot.log").open("ab")
        self.proc = subprocess.Popen(self.args, env=self.env, cwd=self.cwd,  # noqa: ASYNC220
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while api.calls["getUpdates"] <= polls:
            if self.proc.poll() is not None:
                raise RuntimeError((self.cwd / "bot.log").read_text()[-2000:])
            if loop.time() > deadline:
                raise TimeoutError("the bot did not start polling")
            await asyncio.sleep(0.05)

    def cpu_seconds(self) -> float:
        assert self.proc is not None
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def rss_mib(self) -> float:
        from bench.machine import rss_mib

        assert self.proc is not None
        return rss_mib(self.proc.pid)

    async def stop(self, *, kill: bool = False) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            await asyncio.to_thread(self.proc.wait, 15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            await asyncio.to_thread(self.proc.wait)
