"""The injected clock, as the database layer sees it.

Column defaults (`created_at`, `updated_at`, `not_before`, …) must use the same "now" as the
rest of the bot, or a row written by a test with a fixed clock — or by a bot whose clock is
moved — would carry the machine's wall time and make the scheduler see it in the future. The
`Database` puts its clock into the engine's execution options; `clock_now` reads it back for
every INSERT and UPDATE. Storage cannot import `bot.clock`, so it takes any `() -> datetime`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

Now = Callable[[], datetime]
"""Where "now" comes from: `Clock.now` of the running bot (or a fake one in tests)."""



class TimeSource(Protocol):
    """Anything with `now()`: `bot.clock.Clock` in the running bot, `FakeClock` in tests."""

    def now(self) -> datetime: ...


CLOCK_OPTION = "kehila_now"


def clock_now(context: Any) -> datetime:
    """A column default: the time from the clock of the `Database` running the statement."""
    now: Now | None = context.execution_options.get(CLOCK_OPTION)
    if now is None:
        raise RuntimeError("this engine has no clock: create it with storage.db.Database")
    return now()
