"""The decision's timed work: the one reminder before the deadline, and closing at it."""

from __future__ import annotations

from conversations.engine.jobs import JobContext
from conversations.garin_decisions import ops
from storage import garin_decisions as repo
from storage import garinim
from storage.garin_decision_models import OPEN
from storage.models import ScheduledItem


async def remind(job: JobContext, item: ScheduledItem) -> None:
    decision = await repo.get(job.db, int(item.payload["decision_id"]))
    if decision is None or decision.state != OPEN or decision.deadline <= job.now:
        job.skip("decision closed or gone")
        return
    garin = await garinim.get(job.db, decision.garin_id)
    if garin is None:
        job.skip("garin gone")
        return
    await ops.remind(job, decision, garin)


async def close(job: JobContext, item: ScheduledItem) -> None:
    decision = await repo.lock(job.db, int(item.payload["decision_id"]))
    if decision is None or decision.state != OPEN:
        job.skip("decision closed or gone")
        return
    garin = await garinim.get(job.db, decision.garin_id)
    if garin is None:
        job.skip("garin gone")
        return
    await ops.close(job, decision, garin)
