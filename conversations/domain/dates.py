"""Every date and time the bot shows or asks for, in one place: Babel formats each language
the way its Israeli readers write it, in the organisation's time zone, and the example a
prompt shows is written in the style the parsers read (conversations/domain/when.py,
survey_answers.parse_date, meetings/input.parse_when).

Babel locales: he_IL, ar_IL (24-hour clock and Western digits, as Arabic is written in Israel,
not the 12-hour «6:30 م» of plain "ar"), en_IL (day before month, not the US 11/26/26), ru.
Forms:
- `moment` — a message to a person: «יום ה׳, 26 בנובמבר, 18:30», "Thu, 26 November, 18:30";
- `day` — a date alone, in a sentence: «יום חמישי, 26 בנובמבר», «26 ноября (четверг)»;
- `short` / `short_day` / `short_date` — coordinator lists and reports: «26.11.2026, 18:30»,
  «26‏/11‏/2026، 18:30», "26/11/2026, 18:30"; without the year; a date alone (CLDR's own
  short patterns, through `format_skeleton`);
- exports (CSV, spreadsheets, `kehila … export`) keep `YYYY-MM-DD HH:MM`: they are sorted
  and read back by programs, and `kehila meetings import` reads that form;
- `example_moment` / `example_date` — what a prompt shows as an example of typing: day first,
  with the locale's own separator (25.11 18:30 in Hebrew and Russian, 25/11 18:30 in Arabic and
  English), which every parser above reads.

Callers pass the moment and the time zone; "now" comes from the injected clock (ctx.now).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_skeleton, get_datetime_format

LOCALES = {"he": "he_IL", "ar": "ar_IL", "en": "en_IL", "ru": "ru"}
MOMENT = {"he": "EEE, d בMMMM, HH:mm", "ar": "EEEE d MMMM، HH:mm", "en": "EEE, d MMMM, HH:mm",
          "ru": "EEE, d MMMM, HH:mm"}
DAY = {"he": "EEEE, d בMMMM", "ar": "EEEE d MMMM", "en": "EEEE, d MMMM", "ru": "d MMMM (EEEE)"}
"""Fit the texts they go into: «ב{ $date }», «يوم { $date }», "on { $date }", «{ $date }»."""
DATE_WITH_YEAR = {"he": "d בMMMM y", "ar": "d MMMM y", "en": "d MMMM y", "ru": "d MMMM y"}
"""A day further off, with its year (a milestone's due date)."""
INPUT_DAY = {"he": "d.M", "ar": "d/M", "en": "d/M", "ru": "d.M"}
"""Day and month as each language's readers type them: the separator of its short date."""
INPUT_DATE = {"he": "d.M.y", "ar": "d/M/y", "en": "d/M/y", "ru": "d.M.y"}
BIDI_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")


def locale(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


def _local(moment: datetime, timezone: str) -> datetime:
    return moment.astimezone(ZoneInfo(timezone))


def moment(at: datetime, language: str, timezone: str) -> str:
    """A moment in a message to a person: weekday, day, month and time."""
    pattern = MOMENT.get(language, MOMENT["en"])
    return format_datetime(_local(at, timezone), pattern, locale=locale(language))


def day(on: date, language: str) -> str:
    """A date alone, to stand in a sentence ("on Thursday 26 November")."""
    return format_date(on, DAY.get(language, DAY["en"]), locale=locale(language))


def long_date(at: datetime, language: str, timezone: str) -> str:
    """A day with its year, in the organisation's time zone: «1 בדצמבר 2026»."""
    pattern = DATE_WITH_YEAR.get(language, DATE_WITH_YEAR["en"])
    return format_date(_local(at, timezone).date(), pattern, locale=locale(language))


def _joined(date_text: str, time_text: str, language: str) -> str:
    pattern = str(get_datetime_format("short", locale=locale(language)))
    return pattern.replace("{1}", date_text).replace("{0}", time_text)


def short(at: datetime | None, language: str, timezone: str, empty: str = "—") -> str:
    """A moment in a coordinator's list or report: «26.11.2026, 18:30»; `empty` for None."""
    if at is None:
        return empty
    local = _local(at, timezone)
    return _joined(format_skeleton("yMd", local, locale=locale(language)),
                   format_skeleton("Hm", local, locale=locale(language)), language)


def short_day(at: datetime, language: str, timezone: str) -> str:
    """A moment this year, compactly (a request's history): «26.11, 18:30»."""
    local = _local(at, timezone)
    return _joined(format_skeleton("Md", local, locale=locale(language)),
                   format_skeleton("Hm", local, locale=locale(language)), language)


def short_date(on: date, language: str) -> str:
    """A date alone, compactly (a survey answer): «15.8.2027», «15/8/2027»."""
    return format_skeleton("yMd", on, locale=locale(language))


def for_export(at: datetime | None, timezone: str) -> str:
    """A moment in an export: "2026-11-26 18:30" local time ("" for None), what spreadsheets
    sort and `kehila meetings import` reads back."""
    return _local(at, timezone).strftime("%Y-%m-%d %H:%M") if at else ""


def example_moment(now: datetime, language: str, timezone: str) -> str:
    """A day and time to show as an example of typing one: a week from now at 18:30."""
    local = _local(now, timezone) + timedelta(days=7)
    text = format_date(local.date(), INPUT_DAY.get(language, INPUT_DAY["en"]),
                       locale=locale(language))
    return f"{text.translate(BIDI_MARKS)} 18:30"


def example_date(now: datetime, language: str, timezone: str) -> str:
    """A date to show as an example of typing one, a year from now: «15.8.2027», «15/8/2027»."""
    on = _local(now, timezone).date() + timedelta(days=365)
    pattern = INPUT_DATE.get(language, INPUT_DATE["en"])
    return format_date(on, pattern, locale=locale(language)).translate(BIDI_MARKS)
