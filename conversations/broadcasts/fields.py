"""Segment fields as a coordinator reads them: a survey's question title instead of
«age_group» or «survey:graduates:age_group», its option texts instead of «22_25», and each
question offered once although the survey stores it under both names."""

from __future__ import annotations

from dataclasses import dataclass

from conversations.domain.places import default_places
from conversations.domain.survey_def import CHOICE_TYPES, Question, Survey


@dataclass(frozen=True)
class Source:
    """The survey question that feeds a field; `options` when its values are option ids."""

    survey: Survey
    question: Question
    options: bool


def sources(surveys: dict[str, Survey]) -> dict[str, Source]:
    """Every field the surveys feed (`survey:<survey>:<question>` and the named segments)."""
    found: dict[str, Source] = {}
    for survey in surveys.values():
        for q in survey.questions:
            choices = q.type in CHOICE_TYPES
            for segment in q.segments:
                found.setdefault(segment.name, Source(survey, q, choices
                                                      and segment.value is None))
            found.setdefault(f"survey:{survey.id}:{q.id}", Source(survey, q, choices))
    return found


def duplicates(surveys: dict[str, Survey]) -> set[str]:
    """`survey:<survey>:<question>` fields that a named segment holds with the same values."""
    same = set()
    for survey in surveys.values():
        for q in survey.questions:
            if q.type in CHOICE_TYPES and any(s.value is None for s in q.segments):
                same.add(f"survey:{survey.id}:{q.id}")
    return same


def title(source: Source, language: str) -> str | None:
    q = source.question
    if source.survey.texts.has(f"q-{q.id}-title", "he"):
        return source.survey.title(q, language)
    return None


def value_text(source: Source, value: str, language: str) -> str | None:
    q = source.question
    if q.type == "locality":  # stored under the Hebrew name: shown in the reader's language
        place = default_places().get(value)
        return place.display(language) if place else None
    if not source.options or value not in q.option_ids or q.type in ("yesno", "scale"):
        return None
    return source.survey.option_text(q, value, language)
