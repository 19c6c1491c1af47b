"""Time as a dependency, so tests can move it instead of waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock(Clock):
    """A clock that stands still until told to move (tests and benchmarks)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self.current = start.astimezone(UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> datetime:
        self.current += delta
        return self.current

    def set(self, moment: datetime) -> datetime:
        self.current = moment.astimezone(UTC)
        return self.current
