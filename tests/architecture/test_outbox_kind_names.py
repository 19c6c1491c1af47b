"""Every kind of outbox message and scheduled job has a name in every language, so the
coordinators' delivery status never shows an id like «help_offer_withdrawn» (issue 20)."""

from __future__ import annotations

import re

import pytest

from conversations.engine.outbox_words import kind_key, kind_name
from conversations.features import build_registry
from locales import LANGUAGES, default_localizer
from tests.support.paths import ROOT

LITERAL_KIND = re.compile(r'\bkind="([a-z_.]+)"')
EVENT_KIND = re.compile(r'RequestEvent\([^)]*?\bkind="([a-z_.]+)"', re.S)
"""A help request's history events carry kinds too; they are not outbox messages."""
OFFER_ENDINGS = ("taken", "withdrawn", "expired")
"""`help_offer_{state}` is built from the ending (conversations/matching/offers.py)."""


def all_kinds() -> set[str]:
    kinds = set(build_registry().jobs)
    for path in (ROOT / "conversations").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        kinds |= set(LITERAL_KIND.findall(source)) - set(EVENT_KIND.findall(source))
    return kinds | {f"help_offer_{ending}" for ending in OFFER_ENDINGS}


def test_the_walk_finds_the_kinds():
    kinds = all_kinds()
    assert {"meeting.reminder", "meeting.host", "help_offer", "digest", "broadcast"} <= kinds
    assert not {"cancelled", "escalated"} & kinds


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_has_a_name_in_every_language(language: str):
    """In the language itself: a missing Russian name would otherwise show the Hebrew one."""
    localizer = default_localizer()
    unnamed = sorted(kind for kind in all_kinds() if not localizer.has(language, kind_key(kind)))
    assert unnamed == []


def test_the_report_shows_the_name_not_the_id():
    t = default_localizer().bind("en", None)
    assert kind_name(t, "help_offer_withdrawn") == "Offer withdrawn"
