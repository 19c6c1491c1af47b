"""Turn typed text into one of the offered choices: by number, by label, or by a close spelling.

rapidfuzz does the fuzzy part, so "אופקימ" or "ofakim" still finds its option.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from conversations.domain.types import Choice
from locales import normalize

FUZZY_THRESHOLD = 85


def match_choice(text: str, choices: list[Choice]) -> Choice | None:
    if not choices:
        return None
    cleaned = normalize(_strip_emoji(text)) or normalize(text)
    if cleaned.isdigit():
        index = int(cleaned) - 1
        return choices[index] if 0 <= index < len(choices) else None
    labels = [normalize(_strip_emoji(c.label)) for c in choices]
    for choice, label in zip(choices, labels, strict=True):
        if cleaned == label:
            return choice
    best = process.extractOne(cleaned, labels, scorer=fuzz.WRatio,
                              score_cutoff=FUZZY_THRESHOLD)
    if best is None or len(cleaned) < 2:
        return None
    return choices[best[2]]


def _strip_emoji(label: str) -> str:
    return "".join(ch for ch in label if ch.isalnum() or ch.isspace() or ch in "'-\"/").strip()
