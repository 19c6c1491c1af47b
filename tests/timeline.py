"""The tests' calendar: one start moment for the fake clock, movable far from the real date.

Every test that needs a moment takes it from here (`START`, or `START + timedelta(...)`), never
from a literal date. By default the start is fixed; `pytest --clock=ahead` (or `behind`) moves
it by whole weeks to about a year after (or before) today. A module that reads the machine's
wall clock instead of the injected one then sees "now" a year away from the fake clock and its
test fails at once, instead of months later when the real date passes a fixed test date
(issue 12: the seat refill scheduled at `datetime.now()`).

A shift keeps what tests rely on: the weekday and the time of day (whole weeks), Israel's UTC
offset (no daylight-saving change in the window), and no Jewish holiday in the weeks a test may
move its clock through (holidays are quiet hours).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hdate import HDateInfo

FIXED_START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
"""A Tuesday, 12:00 in Jerusalem, in winter time, with no holiday in the following weeks."""

MODES = ("fixed", "ahead", "behind")
WINDOW = (timedelta(days=-3), timedelta(days=28))
"""How far before and after the start a test may move its clock."""

ISRAEL = ZoneInfo("Asia/Jerusalem")

START = FIXED_START

TODAY: date = FIXED_START.date()
"""The machine's date this run (set by `configure`): for what runs on the real clock, as the
CLI does, where a test moment must still lie ahead of the real "now"."""


def configure(mode: str, today: date) -> datetime:
    """Set `START` (and `TODAY`) for this run; returns `START`."""
    global START, TODAY
    START = start_for(mode, today)
    TODAY = today
    return START


def start_for(mode: str, today: date) -> datetime:
    if mode == "fixed":
        return FIXED_START
    if mode not in MODES:
        raise ValueError(f"--clock takes one of {', '.join(MODES)}, not {mode!r}")
    direction = 1 if mode == "ahead" else -1
    target = datetime.combine(today, FIXED_START.timetz()) + direction * timedelta(days=365)
    weeks = round((target - FIXED_START) / timedelta(weeks=1))
    for step in range(200):  # look outward, a week at a time, for a window that keeps the rules
        candidate = FIXED_START + timedelta(weeks=weeks + direction * step)
        if _keeps_the_rules(candidate):
            return candidate
    raise RuntimeError(f"no start {mode} of {today} keeps the weekday, offset and no holiday")


def _keeps_the_rules(start: datetime) -> bool:
    offset = FIXED_START.astimezone(ISRAEL).utcoffset()
    first = (start + WINDOW[0]).date()
    last = (start + WINDOW[1]).date() + timedelta(days=1)  # a holiday's eve is quiet too
    day = first
    while day <= last:
        moment = datetime.combine(day, FIXED_START.timetz())
        if moment.astimezone(ISRAEL).utcoffset() != offset:
            return False
        if HDateInfo(day, diaspora=False).is_yom_tov:
            return False
        day += timedelta(days=1)
    return True


HEBREW_MONTHS = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
                 "אוקטובר", "נובמבר", "דצמבר")


def israel(moment: datetime) -> datetime:
    return moment.astimezone(ISRAEL)


def hebrew_day_month(moment: datetime) -> str:
    """`1 בדצמבר`: the day and month as a Hebrew reader sees them, in Israel's time."""
    local = israel(moment)
    return f"{local.day} ב{HEBREW_MONTHS[local.month - 1]}"
