"""Queries for a garin's journey: start it, list and mark milestones, move a due date, progress.

Starting is idempotent (one journey row per garin, one milestone row per garin and milestone),
so pressing "start" twice, or two coordinators at once, starts it once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.garin_journey_models import GarinJourney, GarinMilestone
from storage.upsert import insert_ignore


@dataclass(frozen=True)
class PlannedMilestone:
    """What the journey file says of one milestone (storage does not read the file)."""

    stage: str
    milestone: str
    owner: str
    due_days: int


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


async def start(db: AsyncSession, *, garin_id: int, journey_id: str, version: int,
                plan: Sequence[PlannedMilestone], started_at: datetime, by: int | None,
                ) -> bool:
    """Instantiate the journey's milestones for a garin; False if it had started already."""
    started = await insert_ignore(db, GarinJourney, {
        "garin_id": garin_id, "journey_id": journey_id, "version": version,
        "started_at": started_at, "started_by_id": by}, ["garin_id"])
    if not started:
        return False
    for position, item in enumerate(plan):
        db.add(GarinMilestone(garin_id=garin_id, stage=item.stage, milestone=item.milestone,
                              position=position, owner=item.owner, revision=1,
                              due_at=started_at + timedelta(days=item.due_days)))
    await db.flush()
    return True


async def journey_of(db: AsyncSession, garin_id: int) -> GarinJourney | None:
    return await db.get(GarinJourney, garin_id)


async def milestones(db: AsyncSession, garin_id: int) -> list[GarinMilestone]:
    rows = await db.scalars(select(GarinMilestone).where(GarinMilestone.garin_id == garin_id)
                            .order_by(GarinMilestone.position))
    return list(rows)


async def get(db: AsyncSession, milestone_id: int) -> GarinMilestone | None:
    return await db.get(GarinMilestone, milestone_id)


async def mark_done(db: AsyncSession, milestone: GarinMilestone, *, by: int | None,
                    note: str | None, now: datetime) -> bool:
    """Done with an optional note; False if it already was (the first note stays)."""
    if milestone.done_at is not None:
        return False
    milestone.done_at = now
    milestone.done_by_id = by
    milestone.note = note
    return True


async def set_note(db: AsyncSession, milestone: GarinMilestone, note: str) -> None:
    milestone.note = note


async def move_due(db: AsyncSession, milestone: GarinMilestone, due_at: datetime) -> int:
    """A new due date for one garin's milestone; returns its new revision."""
    milestone.due_at = due_at
    milestone.revision += 1
    return milestone.revision


def progress_of(rows: Sequence[GarinMilestone]) -> Progress:
    return Progress(sum(1 for m in rows if m.done_at is not None), len(rows))


def overdue_of(rows: Sequence[GarinMilestone], now: datetime) -> list[GarinMilestone]:
    """The milestones past their due date and not done (the overdue notices' and the
    dashboard's one answer)."""
    return [m for m in rows if m.done_at is None and m.due_at <= now]


async def progress(db: AsyncSession, garin_id: int) -> Progress:
    """How far a garin is: milestones done out of all (for its home and the journey screen)."""
    return progress_of(await milestones(db, garin_id))


async def next_open(db: AsyncSession, garin_id: int) -> GarinMilestone | None:
    """The first milestone not done yet, in journey order (for the garin's home)."""
    return await db.scalar(select(GarinMilestone)
                           .where(GarinMilestone.garin_id == garin_id,
                                  GarinMilestone.done_at.is_(None))
                           .order_by(GarinMilestone.position).limit(1))


async def all_rows(db: AsyncSession, garin_ids: Sequence[int] | None = None
                   ) -> list[GarinMilestone]:
    """Every garin's milestones, garin by garin in journey order (the export)."""
    query = select(GarinMilestone)
    if garin_ids is not None:
        query = query.where(GarinMilestone.garin_id.in_(list(garin_ids)))
    rows = await db.scalars(query.order_by(GarinMilestone.garin_id, GarinMilestone.position))
    return list(rows)


async def forget_person(db: AsyncSession, person_id: int) -> None:
    """Before a person is erased: the milestones they marked stay done, by nobody."""
    await db.execute(update(GarinMilestone).where(GarinMilestone.done_by_id == person_id)
                     .values(done_by_id=None))
    await db.execute(update(GarinJourney).where(GarinJourney.started_by_id == person_id)
                     .values(started_by_id=None))


async def merge_people(db: AsyncSession, from_id: int, to_id: int) -> None:
    await db.execute(update(GarinMilestone).where(GarinMilestone.done_by_id == from_id)
                     .values(done_by_id=to_id))
    await db.execute(update(GarinJourney).where(GarinJourney.started_by_id == from_id)
                     .values(started_by_id=to_id))
