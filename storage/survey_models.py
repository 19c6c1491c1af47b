"""Survey tables: one response per person per survey, and one row per answered question.

Answers are written as they are given (the conversation session is wiped whenever a person
leaves a flow) and keep the survey version they were given under. When a person is deleted
their response loses its person link but keeps its answers for the statistics.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from storage.clock import clock_now
from storage.models import Base
from storage.types import JSONType


class SurveyResponse(Base):
    __tablename__ = "survey_responses"
    __table_args__ = (UniqueConstraint("survey_id", "person_id"),
                      Index("ix_survey_responses_status", "survey_id", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True)
    channel: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), default="started")  # started / finished
    current_question: Mapped[str | None] = mapped_column(String(40))
    nudges_sent: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(default=clock_now)
    updated_at: Mapped[datetime] = mapped_column(default=clock_now)
    finished_at: Mapped[datetime | None]


COUNTED_KINDS = ("locality", "multi", "scale", "single", "yesno")
COUNTED = "kind IN ('locality', 'multi', 'scale', 'single', 'yesno')"
"""The answers whose values are counted (choices and localities), as the literal predicate of
the partial index below: a query must say it in these words for the planner to use that index
(SQLite cannot match a bound parameter to an index's WHERE)."""


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"
    __table_args__ = (
        UniqueConstraint("response_id", "question_id"),
        # The summary's GROUP BYs read only these (storage/survey.py, conversations/survey/
        # summary.py): how many reached and skipped each question, and each choice's values.
        Index("ix_survey_answers_reached", "survey_id", "question_id", "skipped", "response_id"),
        Index("ix_survey_answers_choices", "survey_id", "question_id", "value", "skipped",
              "response_id", sqlite_where=text(COUNTED), postgresql_where=text(COUNTED)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True)
    survey_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(12))  # the question type when answered
    value: Mapped[Any | None] = mapped_column(JSONType)  # domain/survey_answers.py
    skipped: Mapped[bool] = mapped_column(default=False)
    answered_at: Mapped[datetime] = mapped_column(default=clock_now)


class SurveyCount(Base):
    """The survey summary's counts kept up to date as answers arrive (storage/survey_counts.py):
    one row per (survey, facet, metric, question, value). A facet is "" (every response),
    `scope=<region>` (people who live in or want to go to it) or `<attribute>=<value>` (a
    region or a locality filter), so the dashboard's common views read a few hundred rows
    instead of grouping every answer."""

    __tablename__ = "survey_counts"

    survey_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    facet: Mapped[str] = mapped_column(String(160), primary_key=True)
    metric: Mapped[str] = mapped_column(String(8), primary_key=True)
    """`status`, `stop` (where a started response stands), `reached`, `value`."""
    question_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, primary_key=True)
    """The status, "1"/"0" for skipped or not, or the answer's value as JSON."""
    n: Mapped[int] = mapped_column(Integer, default=0)
