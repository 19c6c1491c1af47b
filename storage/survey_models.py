"""Survey tables: one response per person per survey, and one row per answered question.

Answers are written as they are given (the conversation session is wiped whenever a person
leaves a flow) and keep the survey version they were given under. When a person is deleted
their response loses its person link but keeps its answers for the statistics.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
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


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

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
