"""One sender at a time per chat, in the order they asked: a person reads an answer whole.

The answer to one update is several calls (an edit, then two or three messages), sent after
the handler let go of the person's lock; meanwhile the outbox may deliver to the same chat
(another person's action queued something for them) and the person's next update may be
handled. Without turns their messages cut into the answer: "continuing where we stopped:"
followed by an unrelated escalation, and only then the question it announced; or the answer
to the next press before the end of the answer to this one.

A turn is taken (`take`) synchronously, so turns go in the order of the calls, and entered
later (`async with`), once every earlier turn of that chat is over. A turn that is given up
before it is entered (`release`, or cancelled while waiting) lets the later ones go when the
earlier ones are done, never earlier.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from types import TracebackType


class ChatTurns:
    def __init__(self) -> None:
        self._last: dict[Hashable, asyncio.Future[None]] = {}

    def take(self, chat: Hashable) -> Turn:
        """The chat's next turn, behind every turn taken so far; enter it to wait for it."""
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        before = self._last.get(chat)
        self._last[chat] = mine
        return Turn(self, chat, before, mine)

    def _forget(self, chat: Hashable, mine: asyncio.Future[None]) -> None:
        if self._last.get(chat) is mine:
            del self._last[chat]


class Turn:
    def __init__(self, turns: ChatTurns, chat: Hashable, before: asyncio.Future[None] | None,
                 mine: asyncio.Future[None]) -> None:
        self._turns, self._chat, self._before, self._mine = turns, chat, before, mine
        self._entered = False

    async def __aenter__(self) -> Turn:
        if self._before is not None and not self._before.done():
            try:
                await asyncio.shield(self._before)
            except asyncio.CancelledError:
                self.release()
                raise
        self._entered = True
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        self.release()

    def release(self) -> None:
        """Done, or given up before entering: later turns go once this one and every one
        before it are over. Idempotent."""
        before = self._before
        if self._entered or before is None or before.done():
            self._finish()
        else:  # never entered: whoever is behind still waits for the turns before this one
            before.add_done_callback(lambda _: self._finish())

    def _finish(self) -> None:
        if not self._mine.done():
            self._mine.set_result(None)
            self._turns._forget(self._chat, self._mine)
