"""Reading a limiter's grant times: the runs of slots handed out together, and the most in
any sliding second (tests/delivery/test_ratelimit.py, tests/cluster/test_shared_limits.py)."""

from __future__ import annotations

from bot.delivery.ratelimit import SEND_HEADROOM_SECONDS

PLATFORM_SECOND = 1.0 + SEND_HEADROOM_SECONDS - 0.02
"""A send granted at t reaches the platform between t and t + SEND_HEADROOM_SECONDS, so any
second the platform counts at arrival holds the grants of a window this long (less the few ms
between a grant and its stamp here): within it, the grants must keep to the channel's rate."""


def group_sizes(times: list[float]) -> list[int]:
    """Sizes of the runs of slots granted together (within 5 ms of each other)."""
    ordered = sorted(times)
    sizes: list[int] = []
    for n, at in enumerate(ordered):
        if n and at - ordered[n - 1] < 0.005:
            sizes[-1] += 1
        else:
            sizes.append(1)
    return sizes


def most_in_a_second(times: list[float], window: float = 0.98) -> int:
    """The most sends in any sliding second, as seen a moment after each grant (a few ms
    late, not all alike — a Redis round trip, a task's turn — hence a hair under a second;
    one burst too many is several more, not one)."""
    return max(sum(1 for t in times if first <= t < first + window) for first in times)
