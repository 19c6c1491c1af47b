"""Privacy, the start-up check of the journey file, and the garin home's journey part."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.dates import long_date as date_text
from conversations.domain.journey_def import configured_journey
from conversations.domain.types import Choice
from conversations.engine.context import Ctx
from conversations.engine.registry import OPEN_FLOW
from conversations.garin_journey import ops
from storage import garin_journey as repo


async def forget(db: AsyncSession, person_id: int, now: datetime) -> None:
    await repo.forget_person(db, person_id)


def check_journey(settings: Any) -> None:
    """Refuse to start with a journey file that cannot be used (JourneyError names the line)."""
    configured_journey(settings.garin_journey_file)


async def home_section(ctx: Ctx, args: dict[str, Any]) -> list[Any]:
    """Progress and the next milestone, and a way to the whole timeline."""
    garin_id = int(args["garin_id"])
    rows = await repo.milestones(ctx.db, garin_id)
    button = Choice(ctx.t("menu-garin-journey"), OPEN_FLOW, "garin_journey")
    if not rows:
        return [ctx.t("garin-home-journey-not-started"), button]
    progress = repo.progress_of(rows)
    nxt = next((m for m in rows if m.done_at is None), None)
    if nxt is None:
        return [ctx.t("garin-home-journey-done"), button]
    return [ctx.t("garin-home-journey", percent=progress.percent,
                  milestone=ops.title(ctx.services, nxt, ctx.person.language),
                  date=date_text(nxt.due_at, ctx.person.language, ctx.settings.timezone)),
            button]
