"""Start the real bot (`python -m bot run`) as a subprocess against a stand-in, and read its
CPU time and memory from /proc — so the figures are the bot's own, not the load generator's."""

from __future__ import annotations

import asyncio
import ctypes
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from bot.http import bound_socket
from standins.telegram_api import TelegramStandIn

CLK_TCK = os.sysconf("SC_CLK_TCK")
ROOT = Path(__file__).resolve().parent.parent
AIOGRAM_PYTHON = ROOT / ".venv-aiogram" / "bin" / "python"
"""The aiogram peer's interpreter: its own environment (bench/aiogram_peer/requirements.lock)."""


def free_port() -> int:
    sock = bound_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    return port


def _die_with_parent() -> None:
    """Linux: kill the bot if the benchmark dies (a timeout, ^C), so no orphan keeps running."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


PROFILE_DIR = os.environ.get("BENCH_PROFILE", "")
"""With BENCH_PROFILE=<dir> (and py-spy on PATH or in the venv), the timed part of a figure
samples the bot with py-spy and leaves <dir>/<label>.txt, collapsed stacks (bench/profile.py
prints their top)."""


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

    @classmethod
    def echo(cls, api: TelegramStandIn, workdir: Path) -> BotProcess:
        """A bare python-telegram-bot echo bot (bench/echo): the floor per update."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
        env.update(TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url,
                   TELEGRAM_POLL_TIMEOUT="10", LOG_LEVEL="WARNING")
        return cls([sys.executable, "-m", "bench.echo"], env, workdir)

    @classmethod
    def baseline(cls, api: TelegramStandIn, workdir: Path, *,
                 concurrent_updates: bool = False) -> BotProcess:
        """The plain python-telegram-bot survey (bench/baseline) against the same stand-in."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
        env.update(TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url,
                   TELEGRAM_POLL_TIMEOUT="10", LOG_LEVEL="WARNING",
                   BASELINE_PERSISTENCE=str(workdir / "baseline.pickle"),
                   BASELINE_CSV=str(workdir / "responses.csv"),
                   BASELINE_CONCURRENT_UPDATES="1" if concurrent_updates else "")
        return cls([sys.executable, "-m", "bench.baseline"], env, workdir)

    @classmethod
    def aiogram(cls, api: TelegramStandIn, workdir: Path, redis_url: str,
                prefix: str) -> BotProcess:
        """The survey the aiogram 3 way (bench/aiogram_peer), in its own environment."""
        if not AIOGRAM_PYTHON.exists():
            raise RuntimeError(f"{AIOGRAM_PYTHON} is missing: `make bench` makes it")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
        env.update(TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_SERVER=api.server.url,
                   TELEGRAM_POLL_TIMEOUT="10", LOG_LEVEL="WARNING",
                   AIOGRAM_REDIS_URL=redis_url, AIOGRAM_REDIS_PREFIX=prefix,
                   BASELINE_CSV=str(workdir / "responses.csv"))
        return cls([str(AIOGRAM_PYTHON), "-m", "bench.aiogram_peer"], env, workdir)

    async def start(self, api: TelegramStandIn, timeout: float = 60.0) -> None:
        """Start and wait until it polls the stand-in for updates."""
        polls = api.calls["getUpdates"]
        self.log = (self.cwd / "bot.log").open("ab")
        env = {**self.env, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(self.args, env=env, cwd=self.cwd,  # noqa: ASYNC220
                                     stdout=subprocess.DEVNULL, stderr=self.log,
                                     preexec_fn=_die_with_parent)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while api.calls["getUpdates"] <= polls:
            if self.proc.poll() is not None:
                raise RuntimeError((self.cwd / "bot.log").read_text()[-2000:])
            if loop.time() > deadline:
                raise TimeoutError("the bot did not start polling")
            await asyncio.sleep(0.05)

    def start_profile(self, label: str) -> None:
        """Sample this bot with py-spy until `stop_profile` (only with BENCH_PROFILE)."""
        self.profiler: subprocess.Popen | None = None
        spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
        if not PROFILE_DIR or not Path(spy).exists():
            return
        assert self.proc is not None
        Path(PROFILE_DIR).mkdir(parents=True, exist_ok=True)
        name = "".join(ch if ch.isalnum() else "-" for ch in label).strip("-")[:60]
        self.profiler = subprocess.Popen(
            [spy, "record", "--pid", str(self.proc.pid), "--format", "raw", "--rate", "200",
             "--nonblocking", "--output", str(Path(PROFILE_DIR) / f"{name}.txt")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    async def stop_profile(self) -> None:
        profiler = getattr(self, "profiler", None)
        if profiler is not None:
            profiler.send_signal(signal.SIGINT)
            await asyncio.to_thread(profiler.wait, 30)

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
