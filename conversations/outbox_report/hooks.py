"""The coordinators' "delivery status" menu entry: what was sent, what waits and why."""

from __future__ import annotations

from datetime import timedelta

from conversations.engine.context import Ctx
from conversations.engine.flow import Move, finish
from conversations.outbox_report.report import render
from storage import outbox_status

STATUS_DAYS = 7


async def show_status(ctx: Ctx, target: str) -> Move | None:
    """Counts of the last week per kind and channel, and why things are held or failed."""
    status = await outbox_status.status(ctx.db, since=ctx.now - timedelta(days=STATUS_DAYS))
    ctx.say(render(status, ctx.t, days=STATUS_DAYS))
    return finish()
