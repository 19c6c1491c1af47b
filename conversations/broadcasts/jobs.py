"""Sending a broadcast: schedule it, expand it into the outbox when due, report progress.

`broadcast_send` (one scheduled item per broadcast) writes one outbox row per recipient;
`broadcast_progress` messages the coordinator every few minutes (sent / remaining / held /
failed, with pause and cancel buttons) until nothing is left, then sends the final report. The
delivery worker asks for that last run as soon as the last message is final
(`storage.broadcasts.settle`), so a 12-second send is reported after 12 seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.broadcasts import render as rendering
from conversations.domain.segments import Definition
from conversations.domain.types import Choice, Outbound
from conversations.engine.context import Services
from conversations.engine.jobs import JobContext
from storage import broadcasts, outbox, segments
from storage.broadcast_models import Broadcast
from storage.models import Person, ScheduledItem

log = logging.getLogger(__name__)

SEND = broadcasts.SEND
PROGRESS = broadcasts.PROGRESS
REPORT_KIND = "broadcast_report"


async def create(db: AsyncSession, *, by: str, by_person_id: int | None, audience: Definition,
                 segment_name: str | None, scope: str | None, topic: str,
                 texts: dict[str, str], button: dict[str, Any] | None, urgent: bool,
                 at: datetime, now: datetime) -> Broadcast:
    """Record a broadcast and schedule its sending at `at` (now or later)."""
    broadcast = await broadcasts.record(db, kind="broadcast", by=by, by_person_id=by_person_id,
                                        audience=audience, segment_name=segment_name,
                                        scope=scope, topic=topic, texts=texts, button=button,
                                        urgent=urgent, at=at, now=now)
    if urgent:
        log.warning("urgent broadcast %s created by %s", broadcast.id, by)
    return broadcast


def renderer(services: Services, broadcast: Broadcast) -> Callable[[str, str | None], Outbound]:
    """The per-(language, form) message function for `broadcasts.expand`."""
    return rendering.for_recipients(
        services.localizer, texts=broadcast.texts, topic=broadcast.topic,
        button=broadcast.button, default_language=services.settings.default_language,
        urgent=broadcast.urgent, broadcast_id=broadcast.id)


async def on_send(job: JobContext, item: ScheduledItem) -> None:
    """Due: resolve the audience now and queue one message per recipient."""
    broadcast = await broadcasts.get(job.db, int(item.payload["broadcast_id"]))
    if broadcast is None or broadcast.state != "scheduled":
        job.skip(f"broadcast is {broadcast.state if broadcast else 'gone'}")
        return
    people = await segments.recipients(job.db, broadcast.audience, broadcast.topic)
    count = await broadcasts.expand(job.db, broadcast, people, renderer(job.services, broadcast),
                                    job.now)
    broadcast.state = "sending"
    broadcast.started_at = job.now
    broadcast.recipients = count
    broadcast.updated_at = job.now
    job.notified += count
    await schedule_progress(job.db, job.services, broadcast, job.now)


async def schedule_progress(db: AsyncSession, services: Services, broadcast: Broadcast,
                            now: datetime) -> None:
    due = now + timedelta(minutes=services.settings.broadcast_progress_minutes)
    await outbox.schedule(db, kind=PROGRESS, key=f"broadcast:{broadcast.id}:progress:"
                          f"{int(due.timestamp())}", due_at=due, now=now,
                          payload={"broadcast_id": broadcast.id})


async def on_progress(job: JobContext, item: ScheduledItem) -> None:
    """Tell the coordinator how it is going; when nothing is left, finish with the report."""
    broadcast = await broadcasts.get(job.db, int(item.payload["broadcast_id"]))
    if broadcast is None or broadcast.state not in ("sending", "cancelled"):
        job.skip("not sending")
        return
    report = await broadcasts.counts(job.db, broadcast.id)
    in_flight = report["remaining"] > 0
    if in_flight and broadcast.state == "sending":
        await notify_creator(job, broadcast, "progress", report)
        await schedule_progress(job.db, job.services, broadcast, job.now)
        return
    if broadcast.state == "sending":
        broadcast.state = "done"
    broadcast.finished_at = job.now
    broadcast.report = report
    broadcast.updated_at = job.now
    await notify_creator(job, broadcast, "report", report)


async def notify_creator(job: JobContext, broadcast: Broadcast, what: str,
                         report: dict[str, Any]) -> None:
    """Progress and reports go to whoever created the broadcast, in their language.

    About an urgent broadcast they are urgent too: the coordinator who sent it at night needs
    to know now whether it arrived, not after quiet hours."""
    if broadcast.created_by_person_id is None:
        return
    person = await job.db.get(Person, broadcast.created_by_person_id)
    if person is None:
        return
    t = job.t_for(person)
    target = str(broadcast.id)
    if what == "progress":
        text = rendering.progress_text(t, broadcast.id, report)
        choices: tuple[Choice, ...] = (Choice(t("broadcast-pause"), "bc.pause", target),
                   Choice(t("broadcast-cancel"), "bc.cancel", target))
    else:
        unknown = await broadcasts.unknown_recipients(job.db, broadcast.id) \
            if report["unknown"] else []
        text = rendering.report_text(t, broadcast.id, report,
                                     rendering.unknown_people(t, unknown))
        choices = (Choice(t("broadcast-export"), "bc.export", target),)
    stamp = int(job.now.timestamp())
    await job.notify(person.id, kind=REPORT_KIND, key=f"broadcast:{broadcast.id}:{what}:{stamp}",
                     message=Outbound(text=text, choices=choices, language=person.language),
                     urgent=broadcast.urgent)
