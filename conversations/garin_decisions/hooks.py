"""Privacy and the garin home: a voter's erasure leaves anonymous counts; the home lists the
garin's open decisions, each saying whether the member has answered."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import Choice
from conversations.engine.context import Ctx
from conversations.engine.registry import OPEN_FLOW
from conversations.garin_decisions import text as dt
from storage import garin_decisions as repo
from storage.garin_decision_models import OPEN

HOME_SHOWN = 3


async def forget(db: AsyncSession, person_id: int, now: datetime) -> None:
    await repo.forget_person(db, person_id)


async def home_section(ctx: Ctx, args: dict[str, Any]) -> list[Any]:
    """The garin home's part: open decisions (nearest deadline first) and a way to them."""
    garin_id = int(args["garin_id"])
    count = await repo.open_count(ctx.db, garin_id)
    if not count:
        return [ctx.t("garin-home-no-open-decisions")]
    lines: list[Any] = [ctx.t("garin-home-open-decisions", count=count)]
    zone = ctx.settings.timezone
    for decision in await repo.of_garin(ctx.db, garin_id, state=OPEN, limit=HOME_SHOWN):
        vote = await repo.vote_of(ctx.db, decision.id, ctx.person.id)
        key = "garin-home-decision-answered" if vote and vote.choices \
            else "garin-home-decision-waiting"
        lines.append(ctx.t(key, question=decision.question.splitlines()[0][:60],
                           when=dt.deadline(ctx.t, decision, zone)))
    lines.append(Choice(ctx.t("menu-garin-decisions"), OPEN_FLOW, "garin_decisions"))
    return lines
