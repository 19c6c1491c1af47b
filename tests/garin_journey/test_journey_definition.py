"""The journey file: the shipped one loads, and each kind of mistake names its line."""

from __future__ import annotations

import pytest

from conversations.domain.journey_def import (
    COORDINATOR,
    LEAD,
    JourneyError,
    load_journey,
    parse_journey,
)
from locales import LANGUAGES

STAGES = ("vision", "mission", "learning", "anchors", "support", "skeleton", "leadership",
          "locality", "moving")


def test_the_shipped_journey_walks_the_accompaniment_stages_in_order() -> None:
    journey = load_journey()
    assert tuple(s.id for s in journey.stages) == STAGES
    assert {m.owner for m in journey.milestones} == {LEAD, COORDINATOR}
    for milestone in journey.milestones:
        for language in LANGUAGES:
            title = journey.milestone_title(milestone.id, language)
            assert title and not title.startswith("milestone-"), (milestone.id, language)
    assert journey.stage_title("vision", "he") == "חזון משותף"
    assert journey.stage_title("moving", "en") == "Moving in"


GOOD = """id: j
version: 1
stages:
  - id: s
    title: {he: שלב}
    milestones:
      - id: m
        title: {he: אבן דרך}
        owner: lead
        due_days: 10
"""


def test_a_minimal_journey_falls_back_to_hebrew() -> None:
    journey = parse_journey(GOOD)
    assert journey.milestone_title("m", "ru") == "אבן דרך"
    assert journey.milestones[0].due_days == 10


@pytest.mark.parametrize(("change", "line", "problem"), [
    (("owner: lead", "owner: boss"), 9, "owner must be one of lead, coordinator"),
    (("due_days: 10", "due_days: soon"), 10, "due_days must be a whole number"),
    (("due_days: 10", "due_days: -1"), 10, "due_days must be 0–3650"),
    (("title: {he: אבן דרך}", "title: {en: step}"), 8, "needs 'he'"),
    (("owner: lead\n", "owner: lead\n        when: x\n"), 10, "unknown key 'when'"),
    (("version: 1", "version: 0"), 2, "version must be 1 or more"),
])
def test_a_mistake_names_the_line(change: tuple[str, str], line: int, problem: str) -> None:
    with pytest.raises(JourneyError) as raised:
        parse_journey(GOOD.replace(*change), "journey.yaml")
    assert raised.value.line == line, str(raised.value)
    assert problem in str(raised.value)


def test_a_milestone_id_used_twice_is_refused() -> None:
    doubled = GOOD + """      - id: m
        title: {he: שוב}
        owner: lead
        due_days: 20
"""
    with pytest.raises(JourneyError, match="milestone id 'm' is used twice"):
        parse_journey(doubled)


def test_an_empty_or_broken_file() -> None:
    with pytest.raises(JourneyError, match="empty"):
        parse_journey("")
    with pytest.raises(JourneyError, match="not valid YAML"):
        parse_journey("id: [")
