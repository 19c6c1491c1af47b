"""Real Fridays, holiday eves and their zmanim from hdate, for the quiet-hours tests."""

from __future__ import annotations

from datetime import date, timedelta

from hdate import HDateInfo, Location, Zmanim

from conversations.domain.quiet_hours import place_for

SOON = date(2026, 11, 24)


def zmanim(day: date, region: str | None = None) -> Zmanim:
    place = place_for(region)
    location = Location(place.name, place.latitude, place.longitude, "Asia/Jerusalem",
                        place.altitude, False)
    return Zmanim(date=day, location=location, candle_lighting_offset=place.candle_offset)


def friday() -> date:
    """The next Friday that is an ordinary erev Shabbat (no holiday next to it)."""
    day = HDateInfo(SOON).upcoming_erev_shabbat.gdate
    while HDateInfo(day).is_yom_tov or HDateInfo(day + timedelta(days=2)).is_yom_tov:
        day += timedelta(days=7)
    return day


def holiday_eve() -> date:
    """The next erev Yom Tov that falls on a weekday between Sunday and Wednesday."""
    info = HDateInfo(SOON)
    while True:
        eve = info.upcoming_erev_yom_tov
        if eve.gdate.weekday() in (6, 0, 1, 2) and not eve.is_yom_tov:
            return eve.gdate
        info = HDateInfo(eve.gdate + timedelta(days=2))
