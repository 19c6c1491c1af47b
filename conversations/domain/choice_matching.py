"""Turn typed text into one of the offered choices: by number, by label, or by a close spelling.

rapidfuzz does the fuzzy part, so "אופקימ" or "ofakim" still finds its option.
"""

from __future__ import annotations

import re

from conversations.domain.types import Choice
from locales import normalize

FUZZY_THRESHOLD = 85
SEVERAL = re.compile(r"\s*(\S{1,3}(\s*[,\-–]\s*\S{1,3})+|\d+(\s+\d+)+)\s*")
"""Several short picks in one message ("1,2,3", "1-5", "א-ה", "2 4"): never one choice by
a close spelling; a multi-select flow reads them (conversations/matching/choosing.py)."""


def match_choice(text: str, choices: list[Choice]) -> Choice | None:
    if not choices:
        return None
    cleaned = typed(text) or normalize(text)
    if cleaned.isdigit():
        index = int(cleaned) - 1
        return choices[index] if 0 <= index < len(choices) else None
    labels = [typed(c.label) for c in choices]
    for choice, label in zip(choices, labels, strict=True):
        if cleaned == label:
            return choice
    if SEVERAL.fullmatch(text):
        return None
    # a close spelling of a label, not a phrase that merely contains a much shorter one
    # ("ימי חול" is not the day "ו׳")
    alike = {i: label for i, label in enumerate(labels) if 2 * len(label) >= len(cleaned)}
    from rapidfuzz import (  # on use: a resting bot need not hold it (bench/RESULTS.md, memory)
        fuzz,
        process,
    )

    best = process.extractOne(cleaned, alike, scorer=fuzz.WRatio,
                              score_cutoff=FUZZY_THRESHOLD)
    if best is None or len(cleaned) < 2:
        return None
    return choices[best[2]]


def typed(label: str) -> str:
    """A label as someone types it back: without its emoji, normalised («↪️ חזרה» → «חזרה»)."""
    return normalize(_strip_emoji(label))


def _strip_emoji(label: str) -> str:
    return "".join(ch for ch in label if ch.isalnum() or ch.isspace() or ch in "'-\"/").strip()
