"""What happens around a decision beyond its row: opening it to every member, the one
reminder to those who have not answered, and closing it with an announced outcome.

Used from flows (`Ctx`) and jobs (`JobContext`): both carry the database, the time, the
services and `notify`, which queues to the durable outbox under an idempotency key.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain import decisions as rules
from conversations.engine.jobs import Notifier, tell
from conversations.garin_decisions import text as dt
from storage import garin_decisions as repo
from storage import garinim
from storage import outbox as outbox_repo
from storage.garin_decision_models import GarinDecision
from storage.garin_models import Garin

REMIND_JOB = "garin.decision.remind"
CLOSE_JOB = "garin.decision.close"





def reminder_at(decision: GarinDecision, before: timedelta, now: datetime) -> datetime:
    """`before` the deadline, or halfway there when the decision is shorter than that."""
    planned = decision.deadline - before
    return planned if planned > now else now + (decision.deadline - now) / 2




async def member_ids(db: AsyncSession, garin_id: int) -> list[int]:
    return [m.person_id for m in await garinim.active_members(db, garin_id)]


async def open_decision(env: Notifier, garin: Garin, *, kind: str, question: str,
                        options: Iterable[dict[str, Any]], language: str, by: int | None,
                        deadline: datetime, quorum: int | None) -> GarinDecision:
    """Store the decision, send it to every active member, schedule its reminder and close."""
    members = await member_ids(env.db, garin.id)
    decision = await repo.create(env.db, garin_id=garin.id, kind=kind, question=question,
                                 options=list(options), language=language, by=by,
                                 deadline=deadline, quorum=quorum, eligible=len(members),
                                 now=env.now)
    zone = env.services.settings.timezone
    for person_id in members:
        await tell(env, person_id, kind="garin.decision",
                   key=f"garin:decision:{decision.id}:person:{person_id}",
                   text=lambda t: dt.question_text(t, decision, garin.name, zone),
                   choices=lambda t: dt.ballot_choices(t, decision, zone),
                   expires_at=deadline)
    before = timedelta(hours=env.services.settings.garin_decision_reminder_hours)
    await outbox_repo.schedule(env.db, kind=REMIND_JOB, key=f"garin:decision:{decision.id}:remind",
                               due_at=reminder_at(decision, before, env.now), now=env.now,
                               payload={"decision_id": decision.id}, expires_at=deadline)
    await outbox_repo.schedule(env.db, kind=CLOSE_JOB, key=f"garin:decision:{decision.id}:close",
                               due_at=deadline, now=env.now, payload={"decision_id": decision.id})
    return decision


async def remind(env: Notifier, decision: GarinDecision, garin: Garin) -> int:
    """One reminder to exactly the active members without a ballot; returns how many."""
    voted = await repo.voter_ids(env.db, decision.id)
    zone = env.services.settings.timezone
    sent = 0
    for person_id in await member_ids(env.db, garin.id):
        if person_id in voted:
            continue
        sent += await tell(env, person_id, kind="garin.decision.reminder",
                           key=f"garin:decision:{decision.id}:reminder:person:{person_id}",
                           text=lambda t: "\n\n".join([
                               t("garin-decision-reminder",
                                 when=dt.deadline(t, decision, zone)),
                               dt.question_text(t, decision, garin.name, zone)]),
                           choices=lambda t: dt.ballot_choices(t, decision, zone),
                           expires_at=decision.deadline)
    return sent


async def close(env: Notifier, decision: GarinDecision, garin: Garin) -> rules.Outcome:
    """Compute and record the outcome from every ballot, then announce it to the members and
    to the accompanying coordinator (who may not be a member)."""
    ballots = [list(v.choices) for v in await repo.votes(env.db, decision.id)]
    result = rules.outcome(decision.kind, decision.option_ids(), ballots,
                           quorum=decision.quorum)
    members = await member_ids(env.db, garin.id)
    await repo.close(env.db, decision, result=result.result, winners=result.winners,
                     counts=result.counts, voters=result.voters, eligible=len(members),
                     now=env.now)
    zone = env.services.settings.timezone
    audience = list(members)
    for extra in (garin.coordinator_person_id, decision.created_by_id):
        if extra is not None and extra not in audience:
            audience.append(extra)
    for person_id in audience:
        await tell(env, person_id, kind="garin.decision.outcome",
                   key=f"garin:decision:{decision.id}:outcome:person:{person_id}",
                   text=lambda t: dt.outcome_text(t, decision, garin.name, zone))
    return result
