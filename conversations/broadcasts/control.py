"""The coordinator's buttons on progress messages: pause, resume, cancel, export the report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from conversations.broadcasts import jobs as broadcast_jobs
from conversations.broadcasts import render as rendering
from conversations.domain.types import Choice, Document, Outbound
from conversations.engine.context import Ctx
from conversations.engine.flow import Move
from storage import broadcasts, outbox
from storage.broadcast_models import Broadcast


async def _load(ctx: Ctx, target: str) -> Broadcast | None:
    broadcast = await broadcasts.get(ctx.db, int(target)) if target.isdigit() else None
    if broadcast is None or broadcast.kind != "broadcast":
        ctx.refuse(ctx.t("stale-button"))
        return None
    return broadcast


async def pause(ctx: Ctx, target: str) -> Move | None:
    broadcast = await _load(ctx, target)
    if broadcast is None:
        return None
    if broadcast.state != "sending":
        ctx.say(ctx.t("broadcast-not-sending", id=broadcast.id))
        return None
    held = await broadcasts.pause(ctx.db, broadcast, ctx.now)
    ctx.out.append(Outbound(
        text=ctx.t("broadcast-paused", id=broadcast.id, count=held),
        choices=(Choice(ctx.t("broadcast-resume"), "bc.resume", target),
                 Choice(ctx.t("broadcast-cancel"), "bc.cancel", target)),
        language=ctx.person.language))
    return None


async def resume(ctx: Ctx, target: str) -> Move | None:
    broadcast = await _load(ctx, target)
    if broadcast is None:
        return None
    if broadcast.state != "paused":
        ctx.say(ctx.t("broadcast-not-paused", id=broadcast.id))
        return None
    count = await broadcasts.resume(ctx.db, broadcast, ctx.now)
    await broadcast_jobs.schedule_progress(ctx.db, ctx.services, broadcast, ctx.now)
    ctx.say(ctx.t("broadcast-resumed", id=broadcast.id, count=count))
    return None


async def cancel(ctx: Ctx, target: str) -> Move | None:
    broadcast = await _load(ctx, target)
    if broadcast is None:
        return None
    if broadcast.state not in ("scheduled", "sending", "paused"):
        ctx.say(ctx.t("broadcast-not-sending", id=broadcast.id))
        return None
    was_scheduled = broadcast.state == "scheduled"
    withdrawn = await broadcasts.cancel(ctx.db, broadcast, ctx.now)
    if was_scheduled:
        await outbox.cancel_scheduled(ctx.db, key_prefix=f"broadcast:{broadcast.id}:send",
                                      now=ctx.now)
    else:  # the final report follows at once
        await outbox.schedule(ctx.db, kind=broadcast_jobs.PROGRESS,
                              key=f"broadcast:{broadcast.id}:progress:cancel", due_at=ctx.now,
                              now=ctx.now, payload={"broadcast_id": broadcast.id})
    ctx.say(ctx.t("broadcast-cancelled", id=broadcast.id, count=withdrawn))
    return None


async def export(ctx: Ctx, target: str) -> Move | None:
    broadcast = await _load(ctx, target)
    if broadcast is None:
        return None
    report = await broadcasts.counts(ctx.db, broadcast.id)
    unknown = await broadcasts.unknown_recipients(ctx.db, broadcast.id)
    content = ("\ufeff" + report_csv(broadcast, report, unknown)).encode()  # BOM for Excel
    ctx.say(rendering.report_text(ctx.t, broadcast.id, report,
                                  rendering.unknown_people(ctx.t, unknown)),
            document=Document(f"broadcast-{broadcast.id}.csv", content, "text/csv"))
    return None


def report_csv(broadcast: Broadcast, report: dict[str, Any],
               unknown: Sequence[tuple[int, str | None, str | None, str | None]] = ()
               ) -> str:
    """The report as metric,detail,count lines (opens in any spreadsheet)."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["metric", "detail", "count"])
    writer.writerow(["broadcast", broadcast.id, ""])
    writer.writerow(["created_by", broadcast.created_by, ""])
    writer.writerow(["topic", broadcast.topic, ""])
    writer.writerow(["urgent", broadcast.urgent, ""])
    writer.writerow(["scheduled_at", broadcast.scheduled_at.isoformat(), ""])
    for metric in ("recipients", "sent", "delivered", "read", "remaining", "unknown",
                   "cancelled"):
        writer.writerow([metric, "", report[metric]])
    for metric in ("failed", "held", "skipped", "by_channel"):
        for detail, count in report[metric].items():
            writer.writerow([metric, detail, count])
    for person_id, name, channel, address in unknown:  # to follow up: who, and where
        writer.writerow(["unknown_recipient", f"{name or '#' + str(person_id)}",
                         f"{channel}:{address}" if channel and address else ""])
    return buffer.getvalue()
