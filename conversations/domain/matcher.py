"""Pure volunteer matching: hard filters, then a transparent score whose parts can be shown.

No database and no I/O here, so the benchmark and the property tests call it directly.
Availability is a 21-bit mask: bit `day * 3 + part`, day 0 = Sunday, part 0 = morning,
1 = afternoon, 2 = evening.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

import yaml

DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
PARTS = ("morning", "afternoon", "evening")
ALL_SLOTS = (1 << (len(DAYS) * len(PARTS))) - 1

WEIGHTS = {"proximity": 0.35, "availability": 0.20, "load": 0.15, "fairness": 0.15,
           "reliability": 0.15}
FAIRNESS_HORIZON_HOURS = 168.0  # a volunteer not asked for a week counts as fully rested
PROXIMITY = {"locality": 1.0, "region": 0.7, "remote": 0.4}


@cache
def categories() -> dict[str, bool]:
    """Category id → whether it can be done remotely (from data/help_categories.yaml)."""
    path = Path(__file__).with_name("data") / "help_categories.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: bool((spec or {}).get("remote")) for name, spec in raw.items()}


def slot_mask(days: Iterable[int], parts: Iterable[int]) -> int:
    """Every (day, part) combination of the given days and parts as a mask."""
    parts = list(parts)
    mask = 0
    for day in days:
        for part in parts:
            mask |= 1 << (day * len(PARTS) + part)
    return mask


def mask_days(mask: int) -> list[int]:
    return [d for d in range(len(DAYS)) if mask >> (d * len(PARTS)) & 0b111]


def mask_parts(mask: int) -> list[int]:
    return [p for p in range(len(PARTS))
            if any(mask >> (d * len(PARTS) + p) & 1 for d in range(len(DAYS)))]


@dataclass(frozen=True)
class RequestView:
    """What matching needs to know about a request."""

    id: int
    category: str
    region: str
    locality: str | None
    language: str
    slots: int
    remote_allowed: bool = False


@dataclass(frozen=True)
class VolunteerView:
    """A compact volunteer row, loaded once per match."""

    person_id: int
    skills: frozenset[str]
    languages: frozenset[str]
    regions: frozenset[str] = frozenset()
    localities: frozenset[str] = frozenset()
    remote: bool = False
    availability: int = 0
    max_open: int = 1
    open_count: int = 0
    paused: bool = False
    excluded: bool = False  # already declined, let expire, or was offered this request
    last_asked_at: datetime | None = None
    accepted: int = 0
    declined: int = 0
    expired: int = 0


@dataclass(frozen=True)
class Candidate:
    """A volunteer who passed every hard filter, with the score and its parts."""

    volunteer: VolunteerView
    score: float
    parts: dict[str, float] = field(default_factory=dict)
    reach: str = "region"  # locality / region / remote


RELAXABLE = ("time", "place")
"""Filters a coordinator's "search again" may widen, in the order it tries them."""


def misses(request: RequestView, v: VolunteerView,
           relax: frozenset[str] = frozenset()) -> list[str]:
    """Every hard filter a volunteer fails (but those in `relax`), in the order checked."""
    failed = [name for name, fails in (
        ("paused", v.paused),
        ("asked", v.excluded),
        ("skill", request.category not in v.skills),
        ("language", request.language not in v.languages),
        ("place", reach(request, v) is None),
        ("time", not request.slots & v.availability),
        ("load", v.open_count >= v.max_open),
    ) if fails]
    return [name for name in failed if name not in relax]


def exclusion(request: RequestView, v: VolunteerView,
              relax: frozenset[str] = frozenset()) -> str | None:
    """The first hard filter a volunteer fails, or None if they may be offered the request."""
    failed = misses(request, v, relax)
    return failed[0] if failed else None


def reach(request: RequestView, v: VolunteerView) -> str | None:
    """How the volunteer can get to the request: by locality, by region, remotely, or not."""
    if request.locality is not None and request.locality in v.localities:
        return "locality"
    if request.region in v.regions:
        return "region"
    if request.remote_allowed and v.remote:
        return "remote"
    return None


def score_parts(request: RequestView, v: VolunteerView, now: datetime) -> dict[str, float]:
    """Each part in [0, 1]: closer, more overlap, less loaded, longer unasked, more reliable."""
    place = reach(request, v)
    wanted = request.slots.bit_count() or 1
    if v.last_asked_at is None:
        fairness = 1.0
    else:
        hours = max(0.0, (now - v.last_asked_at).total_seconds() / 3600)
        fairness = min(1.0, hours / FAIRNESS_HORIZON_HOURS)
    answered = v.accepted + v.declined + v.expired
    return {
        "proximity": PROXIMITY.get(place or "", 0.0),
        "availability": (request.slots & v.availability).bit_count() / wanted,
        "load": 1.0 - min(v.open_count, v.max_open) / max(v.max_open, 1),
        "fairness": fairness,
        "reliability": (v.accepted + 1) / (answered + 2),
    }


def total(parts: dict[str, float]) -> float:
    return round(sum(WEIGHTS[name] * value for name, value in parts.items()), 6)


def rank(request: RequestView, volunteers: Iterable[VolunteerView], now: datetime,
         limit: int | None = None, relax: frozenset[str] = frozenset()) -> list[Candidate]:
    """Eligible volunteers (filters in `relax` ignored), best first; ties go to who was asked
    least recently, then by id."""
    found = []
    for v in volunteers:
        if exclusion(request, v, relax) is not None:
            continue
        parts = score_parts(request, v, now)
        found.append(Candidate(v, total(parts), parts, reach(request, v) or "region"))
    found.sort(key=_order)
    return found[:limit] if limit is not None else found


def rejections(request: RequestView, volunteers: Iterable[VolunteerView]) -> dict[str, int]:
    """How many volunteers each hard filter kept out: the reasons given when escalating."""
    counts: dict[str, int] = {}
    for v in volunteers:
        reason = exclusion(request, v)
        if reason is not None:
            counts[reason] = counts.get(reason, 0) + 1
    return counts


def _order(c: Candidate) -> tuple[float, float, int]:
    asked = c.volunteer.last_asked_at.timestamp() if c.volunteer.last_asked_at else 0.0
    return (-c.score, asked, c.volunteer.person_id)
