"""What an answer is: typed text parsed per question type, branches, display and segment values.

Pure functions, no database and no channel, so every rule is easy to test. Stored values are
JSON: an option id (single, yes/no), a list of ids (multi), an int (scale, number), a string
(text), an ISO date (date), or `{"key": <Hebrew name>, "region": <region id>}` (locality).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from conversations.domain import dates
from conversations.domain.places import default_places
from conversations.domain.survey_def import CHOICE_TYPES, Question, Survey


@dataclass(frozen=True)
class Given:
    """One stored answer: its value, or skipped."""

    value: Any = None
    skipped: bool = False


@dataclass(frozen=True)
class Invalid:
    """Why typed text is not an answer: a locale key and its arguments."""

    key: str
    args: dict[str, Any]


DATE_FORMATS = (
    re.compile(r"^(?P<d>\d{1,2})[./\-](?P<m>\d{1,2})[./\-](?P<y>\d{2}|\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<m>\d{1,2})[./\-](?P<y>\d{4})$"),
)


def parse_date(text: str) -> date | None:
    """Day first, as written in Israel: 15/08/2027, 15.8.27, 2027-08-15, or 08/2027."""
    cleaned = text.strip().replace(" ", "")
    for pattern in DATE_FORMATS:
        match = pattern.match(cleaned)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts["y"])
        if year < 100:
            year += 2000
        try:
            return date(year, int(parts["m"]), int(parts.get("d") or 1))
        except ValueError:
            return None
    return None


def parse_number(text: str) -> int | None:
    cleaned = text.strip().replace(",", "")
    if re.fullmatch(r"[+-]?\d{1,9}", cleaned):
        return int(cleaned)
    return None


def parse_typed(q: Question, text: str) -> Any | Invalid:
    """Typed text → a value for a scale, number, text or date question, or why not."""
    if q.type in ("scale", "number"):
        number = parse_number(text)
        low, high = q.minimum, q.maximum
        if number is None:
            return Invalid("survey-invalid-number", {})
        if (low is not None and number < low) or (high is not None and number > high):
            # as strings: Fluent would group the digits of a year (1,990)
            return Invalid("survey-invalid-range", {"low": "…" if low is None else str(low),
                                                    "high": "…" if high is None else str(high)})
        return number
    if q.type == "text":
        cleaned = text.strip()
        if not cleaned:
            return Invalid("survey-invalid-empty", {})
        if len(cleaned) > q.max_length:
            return Invalid("survey-invalid-length", {"limit": q.max_length,
                                                     "length": len(cleaned)})
        return cleaned
    if q.type == "date":
        parsed = parse_date(text)
        if parsed is None or not 1900 <= parsed.year <= 2100:
            return Invalid("survey-invalid-date", {})
        return parsed.isoformat()
    raise ValueError(f"{q.type} answers are not typed")


def choice_values(q: Question, given: Given | None) -> frozenset[str] | None:
    """The answer as a set of ids, for conditions and segments (None: no answer)."""
    if given is None or given.skipped or given.value is None:
        return None
    value = given.value
    if q.type == "multi":
        return frozenset(value)
    if q.type == "locality":
        return frozenset({value["region"]})
    return frozenset({str(value)})


def is_visible(survey: Survey, q: Question, answers: dict[str, Given]) -> bool:
    for condition in q.show_if:
        source = survey.question(condition.question)
        assert source is not None
        if not condition.holds(choice_values(source, answers.get(condition.question))):
            return False
    return True


def visible_questions(survey: Survey, answers: dict[str, Given]) -> list[Question]:
    """The questions this person is asked, given what they answered so far."""
    return [q for q in survey.questions if is_visible(survey, q, answers)]


def next_question(survey: Survey, answers: dict[str, Given],
                  after: str | None = None) -> Question | None:
    """The first unanswered visible question after `after`, else the first anywhere."""
    shown = visible_questions(survey, answers)
    start = 0
    if after is not None:
        start = next((i + 1 for i, q in enumerate(shown) if q.id == after), 0)
    for q in [*shown[start:], *shown[:start]]:
        if q.id not in answers:
            return q
    return None


def display(survey: Survey, q: Question, given: Given | None, language: str,
            form: str | None = None, *, yes: str = "yes", no: str = "no",
            skipped: str = "—") -> str:
    """An answer as the person reads it (the review list, the spreadsheet)."""
    if given is None:
        return ""
    if given.skipped or given.value is None:
        return skipped
    value = given.value
    if q.type == "multi":
        return ", ".join(survey.option_text(q, v, language, form) for v in value)
    if q.type == "yesno":
        label = survey.option_text(q, value, language, form)
        if label == value:
            return yes if value == "yes" else no
        return label
    if q.type == "single":
        return survey.option_text(q, value, language, form)
    if q.type == "locality":
        place = default_places().get(value["key"])
        return place.display(language) if place else value["key"]
    if q.type == "date":
        return dates.short_date(date.fromisoformat(value), language)
    return str(value)


def segment_values(survey: Survey, answers: dict[str, Given]) -> dict[str, list[str]]:
    """Every segment field the survey feeds, with this person's values (empty clears)."""
    fields: dict[str, list[str]] = {}
    shown = {q.id for q in visible_questions(survey, answers)}
    for q in survey.questions:
        given = answers.get(q.id) if q.id in shown else None
        ids = choice_values(q, given)
        if q.type in CHOICE_TYPES or q.type == "locality":
            name = f"survey:{survey.id}:{q.id}"
            if q.type == "locality":
                fields[name] = [given.value["key"]] if ids and given else []
            else:
                fields[name] = sorted(ids) if ids else []
        for segment in q.segments:
            values = fields.setdefault(segment.name, [])
            if given is None or given.skipped:
                continue
            if segment.value is not None:
                if segment.when is None or (ids and ids & segment.when):
                    values.append(segment.value)
            elif q.type in ("text", "number", "date"):
                values.append(str(given.value)[:200])
            elif ids:
                values.extend(sorted(ids))
    return fields
