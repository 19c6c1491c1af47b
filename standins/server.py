"""Run a Starlette app on a loopback port inside the current event loop."""

from __future__ import annotations

import asyncio

import uvicorn
from starlette.applications import Starlette

from bot.http import bound_socket


class LoopbackServer:
    def __init__(self, app: Starlette) -> None:
        self.app = app
        self.sock = bound_socket("127.0.0.1", 0)
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self._task: asyncio.Task | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._task = asyncio.create_task(self.server.serve(sockets=[self.sock]))
        while not self.server.started:
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        self.server.should_exit = True
        if self._task is not None:
            await self._task
        self.sock.close()
