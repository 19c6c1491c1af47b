"""Text helpers shared by channels: splitting long messages where a reader expects a break."""

from __future__ import annotations


def split_text(text: str, limit: int) -> list[str]:
    """Split into parts of at most `limit` characters, preferring paragraph, line, then word
    boundaries; a single overlong word is cut hard."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), 0)
        if cut < limit // 2:
            cut = max(window.rfind("\n"), window.rfind(" "))
        if cut < limit // 4:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return parts
