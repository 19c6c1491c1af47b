"""Run work in the background, one item at a time per key, in the order it arrived.

A webhook must answer at once, yet one person's messages must be handled in the order they
were sent: each key (a sender) gets a queue drained by one task that ends when it is empty.
Different keys run in parallel.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class OrderedTasks(Generic[T]):
    def __init__(self, work: Callable[[T], Awaitable[None]]) -> None:
        self.work = work
        self._queues: dict[str, deque[T]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def put(self, key: str, item: T) -> None:
        queue = self._queues.get(key)
        if queue is not None:
            queue.append(item)
            return
        self._queues[key] = deque([item])
        task = asyncio.create_task(self._drain(key), name=f"ordered:{key[-4:]}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _drain(self, key: str) -> None:
        queue = self._queues[key]
        try:
            while queue:
                item = queue.popleft()
                try:
                    await self.work(item)
                except Exception:
                    log.exception("background work failed")
        finally:
            del self._queues[key]

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    async def join(self, timeout: float | None = None) -> None:
        """Wait until everything queued so far is done (tests, and a graceful stop)."""
        async def _all() -> None:
            while self._tasks:
                await asyncio.gather(*list(self._tasks), return_exceptions=True)
        await asyncio.wait_for(_all(), timeout)

    async def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
