"""Who may run a garin's decisions and journey, and who may look at them.

A garin is *managed* by its lead (while an active member), its accompanying coordinator, and
any coordinator whose scope (`COORDINATOR_SCOPES`) is its target region or who has no scope.
It is *seen* by those and by its active members. Decisions and the journey share this so
both answer "may I?" the same way.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import bindparam, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter

from storage import garinim
from storage.garin_models import Garin, GarinMember


async def manages(db: AsyncSession, garin: Garin, person_id: int, *, coordinator: bool,
                  scope: str | None) -> bool:
    if garin.coordinator_person_id == person_id:
        return True
    if coordinator and (scope is None or scope == garin.target_region):
        return True
    return garin.lead_person_id == person_id and await garinim.is_member(db, garin.id,
                                                                        person_id)


async def managed(db: AsyncSession, person_id: int, *, coordinator: bool,
                  scope: str | None) -> list[Garin]:
    """The garinim a person may open decisions in and mark milestones of."""
    if coordinator:
        regions = None if scope is None else [scope]
        found = await garinim.all_garinim(db, regions=regions)
        mine = [g for g in await garinim.all_garinim(db)
                if g.coordinator_person_id == person_id and g not in found]
        return [*found, *mine]
    led = await garinim.led_by(db, person_id)
    accompanied = [g for g in await garinim.all_garinim(db)
                   if g.coordinator_person_id == person_id and g not in led]
    return [*led, *accompanied]


async def visible(db: AsyncSession, person_id: int, *, coordinator: bool,
                  scope: str | None) -> list[Garin]:
    """The garinim whose decisions and journey a person may look at."""
    found = await managed(db, person_id, coordinator=coordinator, scope=scope)
    ids = {g.id for g in found}
    return [*found, *(g for g in await garinim.garinim_of(db, person_id) if g.id not in ids)]


async def sees_any(db: AsyncSession, person_id: int, *, coordinator: bool,
                   scope: str | None) -> bool:
    """Whether `visible` would be non-empty, in one EXISTS statement instead of its three
    lists (the menu asks this on every showing, issue 14)."""
    return bool(await db.scalar(_sees_any(coordinator, scope is None),
                                {"person_id": person_id, "scope": scope}))


@cache  # built once per shape, not per menu
def _sees_any(coordinator: bool, unscoped: bool) -> Any:
    person: BindParameter[int] = bindparam("person_id")
    member = exists(select(GarinMember.garin_id).join(Garin, Garin.id == GarinMember.garin_id)
                    .where(GarinMember.person_id == person, GarinMember.left_at.is_(None)))
    reasons: list[Any] = [exists().where(Garin.coordinator_person_id == person), member]
    if coordinator:  # `managed`'s all_garinim, in the scope if there is one
        reasons.append(exists(select(Garin.id)) if unscoped
                       else exists().where(Garin.target_region == bindparam("scope")))
    return select(or_(*reasons))
