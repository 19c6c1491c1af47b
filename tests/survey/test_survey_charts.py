"""Coordinators get the survey charts in their own language, Arabic included (issue 18): the
labels are shaped and in visual order, and the font has every glyph they use."""

from __future__ import annotations

import warnings
from collections import Counter

import pytest

from conversations.domain.survey_def import load_survey
from conversations.survey.summary import Summary, charts, visual
from locales import Localizer
from tests.support.fluent import SURVEYS


def test_arabic_is_joined_and_reversed_for_matplotlib() -> None:
    shown = visual("النقب والجنوب")
    assert "\ufe8d" in shown or "\ufedf" in shown  # presentation forms, not bare letters
    assert not any("\u0621" <= ch <= "\u064a" for ch in shown)
    assert visual("הנגב והדרום") == "םורדהו בגנה"
    assert visual("Negev 2027") == "Negev 2027"


@pytest.mark.parametrize("language", ["ar", "he"])
def test_charts_render_in_each_language_with_every_glyph(language: str) -> None:
    survey = load_survey(SURVEYS / "graduates.yaml")
    summary = Summary(started=4, finished=2,
                      reached=Counter({q.id: 3 for q in survey.questions}),
                      options={"regions": Counter({"negev": 2, "galilee": 1}),
                               "age_group": Counter({"22_25": 3})})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        documents = charts(summary, survey, Localizer(), language)
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert missing == [], missing
    assert [d.filename for d in documents] == ["survey-funnel.png", "survey-regions.png",
                                           "survey-answers.png"]
    assert all(d.content.startswith(b"\x89PNG") for d in documents)
