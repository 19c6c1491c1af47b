"""Which garinim and leads a coordinator sees: all, or those of their scope's region
(`COORDINATOR_SCOPES`, as for broadcasts)."""

from __future__ import annotations

from conversations.engine.context import Ctx
from storage import garinim as repo
from storage.garin_leads import LeadView
from storage.garin_models import Garin


def region_of(ctx: Ctx) -> str | None:
    return ctx.settings.coordinator_regions.get(ctx.identity.urn)


async def visible_garinim(ctx: Ctx) -> list[Garin]:
    if not ctx.is_coordinator:
        return []
    region = region_of(ctx)
    return await repo.all_garinim(ctx.db, regions=None if region is None else [region])


async def visible_garin(ctx: Ctx, garin_id: int) -> Garin | None:
    """The garin if this coordinator may see it, else None."""
    if not ctx.is_coordinator:
        return None
    garin = await repo.get(ctx.db, garin_id)
    region = region_of(ctx)
    if garin is None or (region is not None and garin.target_region != region):
        return None
    return garin


def visible_leads(ctx: Ctx, leads: list[LeadView]) -> list[LeadView]:
    region = region_of(ctx)
    return leads if region is None else [lead for lead in leads if region in lead.regions]
