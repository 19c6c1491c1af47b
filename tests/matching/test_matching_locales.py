"""Keys the matching code builds at run time exist in Hebrew and English (Arabic for Rana)."""

from __future__ import annotations

import pytest

from conversations.domain.matcher import DAYS, PARTS, WEIGHTS, categories
from conversations.matching.requests import URGENCIES
from locales import Localizer

STATES = ("open", "offered", "matched", "resolved", "escalated", "cancelled")
EVENTS = ("opened", "offered", "declined", "expired", "matched", "assigned", "followup",
          "resolved", "reopened", "escalated", "search", "cancelled")
FILTERS = ("paused", "asked", "skill", "language", "place", "time", "load")


def built_keys() -> set[str]:
    keys = {f"help-cat-{c}" for c in categories()}
    keys |= {f"help-urgency-{u}" for u in URGENCIES} | {f"help-day-{d}" for d in DAYS}
    keys |= {f"help-part-{p}" for p in PARTS} | {f"help-state-{s}" for s in STATES}
    keys |= {f"help-event-{e}" for e in EVENTS} | {f"help-filter-{f}" for f in FILTERS}
    keys |= {f"help-part-name-{w}" for w in WEIGHTS}
    keys |= {"escalation-none", "escalation-unanswered"}
    keys |= {f"offer-already-{s}" for s in ("accepted", "declined", "expired", "taken")}
    return keys


@pytest.mark.parametrize("language", ["he", "en"])
def test_built_keys_exist(language: str) -> None:
    localizer = Localizer()
    assert sorted(k for k in built_keys() if not localizer.has(language, k)) == []


def test_a_requester_in_arabic_sees_arabic_labels() -> None:
    localizer = Localizer()
    needed = {f"help-cat-{c}" for c in categories()} | {
        "req-category-prompt", "req-send", "matched-requester", "followup-text", "relay-prompt"}
    assert sorted(k for k in needed if not localizer.has("ar", k)) == []
