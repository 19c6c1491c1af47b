"""Survey files: the shipped one is sound, broken ones are refused with file, line and problem;
typed answers are parsed the way people write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.settings import load_settings
from conversations.domain.survey_answers import (
    Given,
    Invalid,
    next_question,
    parse_date,
    parse_typed,
)
from conversations.domain.survey_def import SURVEYS_DIR, SurveyError, load_survey, parse_survey
from conversations.survey.flow import check_surveys

GOOD = """\
id: tiny
version: 2
title: {he: קטן}
questions:
  - id: pick
    type: single
    title: {he: בחירה}
    text: {he: "מה?"}
    options:
      - {id: a, text: {he: א}}
      - {id: b, text: {he: ב}}
  - id: more
    type: number
    min: 1
    max: 9
    show_if: {question: pick, in: [b]}
    title: {he: עוד}
    text: {he: "כמה?"}
"""


def test_the_shipped_graduates_survey_loads_with_every_text_in_hebrew_and_english() -> None:
    survey = load_survey(SURVEYS_DIR / "graduates.yaml")
    assert 12 <= len(survey.questions) <= 16
    for q in survey.questions:
        for language in ("he", "en"):
            assert survey.texts.has(f"q-{q.id}", language), (q.id, language)
            assert survey.texts.has(f"q-{q.id}-title", language), (q.id, language)
            for option in (q.options if q.type in ("single", "multi") else ()):
                assert survey.texts.has(f"o-{q.id}-{option.id}", language)
    regions = survey.question("regions")
    assert regions is not None and {"negev", "galilee", "jerusalem"} <= set(regions.option_ids)
    forms = {survey.question_text(survey.questions[0], "he", f) for f in ("m", "f", "p")}
    assert forms == {"בן כמה אתה?", "בת כמה את?", "בני כמה אתם?"}


@pytest.mark.parametrize(("source", "line", "problem"), [
    (GOOD.replace("type: number", "type: numbr"), 13, "unknown question type 'numbr'"),
    (GOOD.replace("in: [b]", "in: [c]"), 16, "'c' is not an option of 'pick'"),
    (GOOD.replace("question: pick", "question: later"), 16, "'later', which is not an "
                                                            "earlier question"),
    (GOOD.replace("id: more", "id: pick"), 12, "question id 'pick' is used twice"),
    (GOOD.replace("    title: {he: עוד}\n", ""), 12, "a question needs 'title'"),
    (GOOD.replace("min: 1", "min: one"), 14, "min must be a whole number"),
    (GOOD.replace("{he: ב}", "{en: b}"), 11, "needs 'he'"),
    (GOOD.replace('{he: "כמה?"}', '{he: "כמה { ?"}'), 18, "is not a valid text"),
    (GOOD.replace("      - {id: b, text: {he: ב}}\n", ""), 10, "at least two options"),
    (GOOD.replace("title: {he: קטן}", "title: {he: קטן"), 4, "not valid YAML"),
    (GOOD.replace("version: 2", "versoin: 2"), 2, "unknown key 'versoin'"),
])
def test_a_malformed_survey_names_the_file_line_and_problem(
        tmp_path: Path, source: str, line: int, problem: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(SurveyError) as caught:
        load_survey(path)
    assert caught.value.line == line
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_the_bot_refuses_to_start_with_a_broken_survey_folder(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(GOOD.replace("type: single", "type: singel"),
                                       encoding="utf-8")
    settings = load_settings(None, survey_dir=str(tmp_path))
    with pytest.raises(SurveyError, match=r"bad\.yaml:6: unknown question type 'singel'"):
        check_surveys(settings)


def test_branches_open_and_close_with_earlier_answers() -> None:
    survey = parse_survey(GOOD)
    assert next_question(survey, {"pick": Given("a")}) is None
    following = next_question(survey, {"pick": Given("b")})
    assert following is not None and following.id == "more"


@pytest.mark.parametrize(("text", "expected"), [
    ("15/08/2027", date(2027, 8, 15)), ("15.8.27", date(2027, 8, 15)),
    ("2027-08-15", date(2027, 8, 15)), ("08/2027", date(2027, 8, 1)),
    ("31/02/2027", None), ("tomorrow", None), ("", None),
])
def test_dates_are_read_day_first(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_numbers_out_of_range_explain_the_range() -> None:
    more = parse_survey(GOOD).question("more")
    assert more is not None
    assert parse_typed(more, " 7 ") == 7
    assert parse_typed(more, "12") == Invalid("survey-invalid-range", {"low": "1", "high": "9"})
    assert parse_typed(more, "seven") == Invalid("survey-invalid-number", {})
