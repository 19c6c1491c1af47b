"""How a garin's journey reads: progress as a percentage, then the timeline stage by stage,
each milestone done, due, or overdue, with its date in the reader's language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from conversations.domain.dates import long_date as date_text
from conversations.domain.journey_def import Journey
from locales import Translator
from storage.garin_journey import progress_of
from storage.garin_journey_models import GarinMilestone


def progress_line(t: Translator, garin: str, rows: Sequence[GarinMilestone]) -> str:
    progress = progress_of(rows)
    return t("garin-journey-title", garin=garin, percent=progress.percent, done=progress.done,
             total=progress.total)


def milestone_line(t: Translator, journey: Journey, milestone: GarinMilestone,
                   now: datetime, zone: str) -> str:
    title = journey.milestone_title(milestone.milestone, t.language)
    if milestone.done_at is not None:
        line = t("garin-journey-line-done", milestone=title,
                 date=date_text(milestone.done_at, t.language, zone))
        if milestone.note:
            line += "\n" + t("garin-journey-line-note", note=milestone.note)
        return line
    key = "garin-journey-line-overdue" if milestone.due_at <= now else "garin-journey-line-due"
    return t(key, milestone=title, date=date_text(milestone.due_at, t.language, zone),
             owner=t(f"garin-journey-owner-{milestone.owner}"))


def timeline(t: Translator, journey: Journey, garin: str, rows: Sequence[GarinMilestone],
             now: datetime, zone: str) -> str:
    lines = [progress_line(t, garin, rows)]
    stage = None
    for milestone in rows:
        if milestone.stage != stage:
            stage = milestone.stage
            lines += ["", t("garin-journey-stage", stage=journey.stage_title(stage, t.language))]
        lines.append(milestone_line(t, journey, milestone, now, zone))
    return "\n".join(lines)
