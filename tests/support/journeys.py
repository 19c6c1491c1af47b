"""A short journey file for tests: due dates inside the weeks a test may move its clock."""

from __future__ import annotations

from pathlib import Path

SHORT_JOURNEY = """id: short
version: 1
stages:
  - id: vision
    title: {he: חזון משותף, en: Shared vision}
    milestones:
      - id: vision_evening
        title: {he: ערב חזון ראשון, en: First vision evening}
        owner: lead
        due_days: 10
  - id: support
    title: {he: מערכות תמיכה, en: Support systems}
    milestones:
      - id: support_circle
        title: {he: מעגל תמיכה, en: A support circle}
        owner: coordinator
        due_days: 12
      - id: support_fund
        title: {he: קרן עזרה הדדית, en: A mutual aid fund}
        owner: lead
        due_days: 20
"""


def short_journey(folder: Path) -> str:
    """Write the short journey into `folder`; returns the path for GARIN_JOURNEY_FILE."""
    path = folder / "journey.yaml"
    path.write_text(SHORT_JOURNEY, encoding="utf-8")
    return str(path)
