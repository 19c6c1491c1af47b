"""When a business-initiated message may go: not on Shabbat, holidays or at night.

Pure calculation (no database, no clock): a `QuietPolicy` says which rules a community keeps,
`quiet_window` finds the quiet period around a moment (Shabbat and Yom Tov from candle lighting
to nightfall, computed with hdate for the region's town; the night; merged when they touch),
and `plan` decides what happens to a message due at a moment: send, wait for the next allowed
time, go early (at the last allowed time before the quiet period, when waiting would make it
useless) or be skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

DATA_DIR = Path(__file__).with_name("data")
EARLY_MARGIN = timedelta(minutes=5)
"""An early message is queued this long before the quiet period, so the queue can drain."""
RULES = ("shabbat", "night", "friday_noon")


@dataclass(frozen=True)
class Place:
    """The town whose sunset times stand for a region."""

    name: str = "Jerusalem"
    latitude: float = 31.778
    longitude: float = 35.235
    altitude: float = 754
    candle_offset: int = 40


JERUSALEM = Place()


@lru_cache(maxsize=1)
def region_places() -> dict[str, Place]:
    """Region id → Place, from data/region_locations.yaml."""
    raw = yaml.safe_load((DATA_DIR / "region_locations.yaml").read_text(encoding="utf-8"))
    return {region: Place(**values) for region, values in raw.items()}


def place_for(region: str | None) -> Place:
    return region_places().get(region or "", JERUSALEM)


@dataclass(frozen=True)
class QuietPolicy:
    """Which quiet rules a community keeps, and where and in which time zone."""

    shabbat: bool = True
    """Shabbat and Yom Tov, from candle lighting to nightfall."""
    night: tuple[time, time] | None = (time(22), time(8))
    friday_noon: bool = False
    """Shabbat and holidays start at noon on the eve instead of at candle lighting."""
    timezone: str = "Asia/Jerusalem"
    place: Place = JERUSALEM

    @property
    def off(self) -> bool:
        return not self.shabbat and self.night is None

    @classmethod
    def parse(cls, rules: str, *, night: str = "22:00-08:00",
              timezone: str = "Asia/Jerusalem", place: Place = JERUSALEM) -> QuietPolicy:
        """From settings: rules "shabbat,night[,friday_noon]" or "off"; night "HH:MM-HH:MM"."""
        names = {part.strip().lower() for part in rules.split(",") if part.strip()}
        names.discard("off")
        unknown = names - set(RULES)
        if unknown:
            raise ValueError(f"unknown quiet-hours rule(s): {', '.join(sorted(unknown))}")
        return cls(shabbat="shabbat" in names or "friday_noon" in names,
                   night=parse_span(night) if "night" in names else None,
                   friday_noon="friday_noon" in names, timezone=timezone, place=place)


class QuietRules:
    """A policy per region (a community is keyed by its region), built once from settings."""

    def __init__(self, default: str = "shabbat,night", *,
                 by_region: Mapping[str, str] | None = None, night: str = "22:00-08:00",
                 timezone: str = "Asia/Jerusalem") -> None:
        self._rules = {"": default, **(by_region or {})}
        self._policies: dict[str, QuietPolicy] = {}
        self._night = night
        self._timezone = timezone
        for region in self._rules:  # fail at start-up, not at the first Friday
            self.for_region(region)

    @classmethod
    def from_settings(cls, settings: Any) -> QuietRules:
        return cls(settings.quiet_hours, by_region=settings.quiet_hours_regions,
                   night=settings.quiet_night, timezone=settings.timezone)

    def for_region(self, region: str | None) -> QuietPolicy:
        key = region or ""
        policy = self._policies.get(key)
        if policy is None:
            rules = self._rules.get(key, self._rules[""])
            policy = QuietPolicy.parse(rules, night=self._night, timezone=self._timezone,
                                       place=place_for(region))
            self._policies[key] = policy
        return policy


def parse_span(value: str) -> tuple[time, time]:
    """"22:00-08:00" → (22:00, 08:00)."""
    try:
        start, end = (time.fromisoformat(part.strip()) for part in value.split("-", 1))
    except ValueError as error:
        raise ValueError(f"quiet night must look like 22:00-08:00, not {value!r}") from error
    if start == end:
        raise ValueError("quiet night start and end must differ")
    return start, end


@dataclass(frozen=True)
class Window:
    """A quiet period [start, end) and why (shabbat / holiday / night)."""

    start: datetime
    end: datetime
    why: str

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class Plan:
    """What to do with a message due at some moment: send / wait / early / skip."""

    action: str
    at: datetime | None
    reason: str | None = None


def quiet_window(moment: datetime, policy: QuietPolicy) -> Window | None:
    """The whole quiet period containing `moment` (touching periods merged), or None."""
    if policy.off:
        return None
    found = [w for w in _windows_near(moment, policy) if moment in w]
    if not found:
        return None
    start = min(w.start for w in found)
    end = max(w.end for w in found)
    why = _why(found)
    while True:  # extend across periods that touch: Shabbat ending into the night, and so on
        later = [w for w in _windows_near(end, policy) if w.start <= end < w.end]
        earlier = [w for w in _windows_near(start, policy) if w.start < start <= w.end]
        if not later and not earlier:
            return Window(start, end, why)
        found += later + earlier
        start = min([start, *(w.start for w in earlier)])
        end = max([end, *(w.end for w in later)])
        why = _why(found)


def is_quiet(moment: datetime, policy: QuietPolicy) -> bool:
    return quiet_window(moment, policy) is not None


def next_allowed(moment: datetime, policy: QuietPolicy) -> datetime:
    """`moment` itself if a message may go then, else the end of its quiet period."""
    window = quiet_window(moment, policy)
    return moment if window is None else window.end


def plan(due: datetime, *, now: datetime, policy: QuietPolicy,
         expires_at: datetime | None = None, urgent: bool = False) -> Plan:
    """Decide when a message due at `due` goes, given that it is useless from `expires_at`."""
    due = max(due, now)
    window = None if urgent else quiet_window(due, policy)
    if window is None:
        return Plan("send", due)
    tz = ZoneInfo(policy.timezone)
    span = f"{window.why} {_local(window.start, tz)} – {_local(window.end, tz)}"
    if expires_at is None or expires_at > window.end:
        return Plan("wait", window.end, f"quiet hours ({span}): waits until they end")
    if window.start > now:
        at = max(now, window.start - EARLY_MARGIN)
        return Plan("early", at, f"quiet hours ({span}) and it expires at "
                    f"{_local(expires_at, tz)}: sent before they start")
    return Plan("skip", None, f"quiet hours ({span}) and it expires at "
                f"{_local(expires_at, tz)}: no allowed time left")


# --- the periods ------------------------------------------------------------------------

def _windows_near(moment: datetime, policy: QuietPolicy) -> list[Window]:
    tz = ZoneInfo(policy.timezone)
    day = moment.astimezone(tz).date()
    windows: list[Window] = []
    for offset in (-1, 0, 1):
        current = day + timedelta(days=offset)
        if policy.night is not None:
            windows.append(_night(current, policy.night, tz))
        if policy.shabbat:
            rest = _rest_window(current, policy.place, policy.timezone, policy.friday_noon)
            if rest is not None:
                windows.append(rest)
    return windows


def _night(day: date, span: tuple[time, time], tz: ZoneInfo) -> Window:
    start, end = span
    end_day = day + timedelta(days=1) if end <= start else day
    return Window(datetime.combine(day, start, tz), datetime.combine(end_day, end, tz), "night")


@lru_cache(maxsize=4096)
def _is_rest_day(day: date) -> bool:
    from hdate import (
        HDateInfo,  # on use: a resting bot need not hold it (bench/RESULTS.md, memory)
    )

    info = HDateInfo(day, diaspora=False)
    return info.is_shabbat or info.is_yom_tov


@lru_cache(maxsize=4096)
def _holiday_names(day: date) -> tuple[str, ...]:
    from hdate import HDateInfo

    info = HDateInfo(day, diaspora=False)
    return tuple(h.name for h in info.holidays if info.is_yom_tov)


@lru_cache(maxsize=4096)
def _rest_window(day: date, place: Place, timezone: str, friday_noon: bool) -> Window | None:
    """The Shabbat / Yom Tov period that `day` belongs to or is the eve of."""
    from hdate import Location, Zmanim

    if _is_rest_day(day):
        first = day
    elif _is_rest_day(day + timedelta(days=1)):
        first = day + timedelta(days=1)
    else:
        return None
    while _is_rest_day(first - timedelta(days=1)):
        first -= timedelta(days=1)
    last = first
    while _is_rest_day(last + timedelta(days=1)):
        last += timedelta(days=1)
    location = Location(name=place.name, latitude=place.latitude, longitude=place.longitude,
                        timezone=timezone, altitude=place.altitude, diaspora=False)
    eve = first - timedelta(days=1)
    lighting = Zmanim(date=eve, location=location,
                      candle_lighting_offset=place.candle_offset).candle_lighting_obj
    havdalah = Zmanim(date=last, location=location).havdalah_obj
    assert lighting is not None and havdalah is not None
    start = lighting.utc
    if friday_noon:
        start = min(start, datetime.combine(eve, time(12), ZoneInfo(timezone)))
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    names = [name for d in days for name in _holiday_names(d)]
    why = "holiday " + "+".join(dict.fromkeys(names)) if names else "shabbat"
    return Window(start, havdalah.utc, why)


def _why(windows: list[Window]) -> str:
    reasons = [w.why for w in windows if w.why != "night"] or ["night"]
    return reasons[0]


def _local(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%a %d.%m %H:%M")
