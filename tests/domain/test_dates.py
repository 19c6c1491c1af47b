"""One display format per language, and input examples the parsers read back.

The moment is the tests' start (tests/timeline.py: a Tuesday, 12:00 in Jerusalem; `--clock`
moves it by whole weeks), so the expected texts are built from its parts and the locale's own
month and weekday names."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from babel import Locale

from conversations.domain import dates
from conversations.domain.survey_answers import parse_date
from conversations.domain.survey_def import catalog
from conversations.domain.when import parse_when
from conversations.meetings.input import parse_when as parse_meeting_when
from tests import timeline

ZONE = "Asia/Jerusalem"
LOCAL = timeline.START.astimezone(timeline.ISRAEL)
D, M, Y = LOCAL.day, LOCAL.month, LOCAL.year


def names(language: str) -> tuple[str, str, str]:
    """The month's and the weekday's names in the locale: (month, weekday, short weekday)."""
    loc = Locale.parse(dates.locale(language))
    weekday = LOCAL.weekday()
    return (loc.months["format"]["wide"][M], loc.days["format"]["wide"][weekday],
            loc.days["format"]["abbreviated"][weekday])


@pytest.mark.parametrize(("language", "expected"), [
    ("he", "{short_day}, {d} ב{month}, 12:00"),
    ("ar", "{day} {d} {month}، 12:00"),
    ("en", "{short_day}, {d} {month}, 12:00"),
    ("ru", "{short_day}, {d} {month_genitive}, 12:00"),
])
def test_a_moment_for_a_person(language, expected):
    month, day, short_day = names(language)
    genitive = Locale.parse("ru").months["format"]["wide"][M]
    assert dates.moment(timeline.START, language, ZONE) == expected.format(
        d=D, month=month, day=day, short_day=short_day, month_genitive=genitive)


@pytest.mark.parametrize(("language", "expected"), [
    ("he", "{day}, {d} ב{month}"),
    ("ar", "{day} {d} {month}"),
    ("en", "{day}, {d} {month}"),
    ("ru", "{d} {month} ({day})"),
])
def test_a_day_in_a_sentence(language, expected):
    month, day, _ = names(language)
    assert dates.day(LOCAL.date(), language) == expected.format(d=D, month=month, day=day)


@pytest.mark.parametrize(("language", "year_and_time", "this_year"), [
    ("he", f"{D}.{M}.{Y}, 12:00", f"{D}.{M}, 12:00"),
    ("ar", f"{D}\u200f/{M}\u200f/{Y}، 12:00", f"{D}\u200f/{M}، 12:00"),  # RLM: CLDR's bidi
    ("en", f"{D:02}/{M:02}/{Y}, 12:00", f"{D:02}/{M:02}, 12:00"),
    ("ru", f"{D:02}.{M:02}.{Y}, 12:00", f"{D:02}.{M:02}, 12:00"),
])
def test_short_forms_for_coordinators_are_day_first_and_24_hour(language, year_and_time,
                                                                this_year):
    assert dates.short(timeline.START, language, ZONE) == year_and_time
    assert dates.short_day(timeline.START, language, ZONE) == this_year
    assert dates.short(None, language, ZONE) == "—"


@pytest.mark.parametrize("language", ["he", "ar", "en", "ru"])
def test_the_example_of_typing_a_moment_is_read_by_both_parsers(language):
    example = dates.example_moment(timeline.START, language, ZONE)
    meant = (LOCAL + timedelta(days=7)).replace(hour=18, minute=30)
    assert parse_when(example, timeline.START, ZONE) == meant
    assert parse_meeting_when(example, timeline.START, ZONE) == meant
    separator = "." if language in ("he", "ru") else "/"
    assert example == f"{meant.day}{separator}{meant.month} 18:30"


@pytest.mark.parametrize("language", ["he", "ar", "en", "ru"])
def test_the_example_of_typing_a_date_is_read_by_the_survey(language):
    on = (LOCAL + timedelta(days=365)).date()
    example = dates.example_date(timeline.START, language, ZONE)
    assert parse_date(example) == on
    separator = "." if language in ("he", "ru") else "/"
    assert example == f"{on.day}{separator}{on.month}{separator}{on.year}"
    shown = dates.short_date(on, language).replace("\u200f", "")
    assert [int(part) for part in shown.split(separator)] == [on.day, on.month, on.year]


@pytest.mark.parametrize("language", ["he", "ar", "en", "ru"])
def test_the_survey_shows_its_date_example_in_the_language_style(language):
    """The graduates survey writes its example into the question text: the same style."""
    survey = catalog()["graduates"]
    dated = [q for q in survey.questions if q.type == "date"]
    assert dated
    separator = "." if language in ("he", "ru") else "/"
    for q in dated:
        text = survey.question_text(q, language, "f")
        [example] = re.findall(r"\d{1,2}[./]\d{1,2}[./]\d{4}", text)
        assert parse_date(example) is not None
        assert example.count(separator) == 2, example


def test_exports_write_the_form_the_meeting_import_reads_back():
    written = dates.for_export(timeline.START, ZONE)
    assert written == f"{Y}-{M:02}-{D:02} 12:00"
    assert parse_meeting_when(written, timeline.START, ZONE) == timeline.START
    assert dates.for_export(None, ZONE) == ""
