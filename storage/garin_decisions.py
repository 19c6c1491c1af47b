"""Queries for a garin's decisions: open one, cast and change a vote, close, forget a voter.

Closing locks the decision row (`FOR UPDATE` on PostgreSQL; SQLite transactions begin
IMMEDIATE) and votes are refused once it is not open, so the recorded counts are exactly the
ballots the outcome was computed from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import is_postgresql
from storage.garin_decision_models import CLOSED, OPEN, GarinDecision, GarinVote
from storage.upsert import insert_ignore


async def create(db: AsyncSession, *, garin_id: int, kind: str, question: str,
                 options: Sequence[dict[str, Any]], language: str, by: int | None,
                 deadline: datetime, quorum: int | None, eligible: int,
                 now: datetime) -> GarinDecision:
    decision = GarinDecision(garin_id=garin_id, kind=kind, question=question,
                             options=list(options), language=language, created_by_id=by,
                             opened_at=now, deadline=deadline, quorum=quorum, eligible=eligible,
                             state=OPEN)
    db.add(decision)
    await db.flush()
    return decision


async def get(db: AsyncSession, decision_id: int) -> GarinDecision | None:
    return await db.get(GarinDecision, decision_id)


async def lock(db: AsyncSession, decision_id: int) -> GarinDecision | None:
    """The decision, fresh from the database, its row locked until commit."""
    query = select(GarinDecision).where(GarinDecision.id == decision_id).execution_options(
        populate_existing=True)
    if is_postgresql(db):
        query = query.with_for_update()
    return await db.scalar(query)


async def vote_of(db: AsyncSession, decision_id: int, person_id: int) -> GarinVote | None:
    return await db.scalar(select(GarinVote).where(GarinVote.decision_id == decision_id,
                                                   GarinVote.person_id == person_id))


async def cast(db: AsyncSession, decision_id: int, person_id: int, choices: Sequence[str],
               now: datetime) -> GarinVote:
    """Record or replace a member's ballot (the caller checked the decision is open)."""
    await insert_ignore(db, GarinVote, {"decision_id": decision_id, "person_id": person_id,
                                        "choices": list(choices), "voted_at": now},
                        ["decision_id", "person_id"])
    await db.execute(update(GarinVote)
                     .where(GarinVote.decision_id == decision_id,
                            GarinVote.person_id == person_id)
                     .values(choices=list(choices), voted_at=now)
                     .execution_options(synchronize_session=False))
    vote = await db.scalar(select(GarinVote).where(GarinVote.decision_id == decision_id,
                                                   GarinVote.person_id == person_id)
                           .execution_options(populate_existing=True))
    assert vote is not None
    return vote


async def votes(db: AsyncSession, decision_id: int) -> list[GarinVote]:
    """Every ballot, anonymous ones included, oldest first."""
    rows = await db.scalars(select(GarinVote).where(GarinVote.decision_id == decision_id)
                            .order_by(GarinVote.voted_at, GarinVote.id))
    return list(rows)


async def voter_ids(db: AsyncSession, decision_id: int) -> set[int]:
    """Who has a non-empty ballot (a multi-choice ballot untoggled to nothing is no vote)."""
    return {v.person_id for v in await votes(db, decision_id)
            if v.person_id is not None and v.choices}


async def close(db: AsyncSession, decision: GarinDecision, *, result: str,
                winners: Sequence[str], counts: dict[str, int], voters: int, eligible: int,
                now: datetime) -> None:
    decision.state = CLOSED
    decision.result = result
    decision.winners = list(winners)
    decision.counts = dict(counts)
    decision.voters = voters
    decision.eligible = eligible
    decision.closed_at = now


async def of_garin(db: AsyncSession, garin_id: int, *, state: str | None = None,
                   limit: int = 10) -> list[GarinDecision]:
    """A garin's decisions, open ones by nearest deadline, else newest first."""
    query = select(GarinDecision).where(GarinDecision.garin_id == garin_id)
    if state is not None:
        query = query.where(GarinDecision.state == state)
    order = (GarinDecision.deadline,) if state == OPEN else (GarinDecision.opened_at.desc(),
                                                            GarinDecision.id.desc())
    rows = await db.scalars(query.order_by(*order).limit(limit))
    return list(rows)


async def open_count(db: AsyncSession, garin_id: int) -> int:
    """How many decisions are open in a garin (for its home)."""
    return await db.scalar(select(func.count()).select_from(GarinDecision)
                           .where(GarinDecision.garin_id == garin_id,
                                  GarinDecision.state == OPEN)) or 0


async def open_of_garinim(db: AsyncSession, garin_ids: Sequence[int]) -> list[GarinDecision]:
    """The open decisions of several garinim, garin by garin, nearest deadline first."""
    if not garin_ids:
        return []
    rows = await db.scalars(select(GarinDecision)
                            .where(GarinDecision.garin_id.in_(list(garin_ids)),
                                   GarinDecision.state == OPEN)
                            .order_by(GarinDecision.garin_id, GarinDecision.deadline,
                                      GarinDecision.id))
    return list(rows)


async def forget_person(db: AsyncSession, person_id: int) -> None:
    """Before a person is erased: their ballots stay as anonymous counts, without comments."""
    await db.execute(update(GarinVote).where(GarinVote.person_id == person_id)
                     .values(person_id=None, comment=None))
    await db.execute(update(GarinDecision).where(GarinDecision.created_by_id == person_id)
                     .values(created_by_id=None))


async def merge_people(db: AsyncSession, from_id: int, to_id: int) -> None:
    """Two records of one person: where both voted, the surviving record's ballot stays."""
    kept = set(await db.scalars(select(GarinVote.decision_id)
                                .where(GarinVote.person_id == to_id)))
    if kept:
        await db.execute(delete(GarinVote).where(GarinVote.person_id == from_id,
                                                 GarinVote.decision_id.in_(kept)))
    await db.execute(update(GarinVote).where(GarinVote.person_id == from_id)
                     .values(person_id=to_id))
    await db.execute(update(GarinDecision).where(GarinDecision.created_by_id == from_id)
                     .values(created_by_id=to_id))


async def export_person(db: AsyncSession, person_id: int) -> dict[str, Any]:
    """A person's votes, for "my data"."""
    rows = await db.execute(select(GarinVote, GarinDecision)
                            .join(GarinDecision, GarinDecision.id == GarinVote.decision_id)
                            .where(GarinVote.person_id == person_id)
                            .order_by(GarinVote.voted_at))
    return {"votes": [{"decision": d.question, "choices": list(v.choices),
                       "comment": v.comment, "at": v.voted_at.isoformat()}
                      for v, d in rows]}
