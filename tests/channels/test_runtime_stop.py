"""`kehila run` stops on SIGTERM even when the Telegram API has gone away."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from bot.http import bound_socket
from standins.telegram_api import TelegramStandIn


def free_port() -> int:
    sock = bound_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    return port


async def test_sigterm_stops_the_bot_after_its_platform_vanished(tmp_path: Path) -> None:
    api = TelegramStandIn()
    await api.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
    env.update(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'k.db'}",
               TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url,
               TELEGRAM_POLL_TIMEOUT="2", HTTP_PORT=str(free_port()), LOG_LEVEL="WARNING")
    log = (tmp_path / "bot.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env,  # noqa: ASYNC220
                            cwd=tmp_path, stdout=log, stderr=log)
    try:
        for _ in range(600):
            if api.calls["getUpdates"] or proc.poll() is not None:
                break
            await asyncio.sleep(0.05)
        assert api.calls["getUpdates"], (tmp_path / "bot.log").read_text()
        await api.stop()  # the platform is gone; polling now retries against nothing
        await asyncio.sleep(1)
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(proc.wait, 30)
        assert code == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
