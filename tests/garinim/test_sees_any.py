"""The menu's one-statement "sees a garin?" agrees with the lists it stands for."""

from __future__ import annotations

from typing import Any

from storage import garin_roles, garinim
from tests.support.outbox import add_person


async def test_sees_any_is_visible_non_empty(core: Any) -> None:  # type: ignore[misc]
    now = core.clock.now()
    async with core.db.transaction() as db:
        member, left, lead, escort, stranger = [await add_person(db, 700 + n, now)
                                                for n in range(5)]
        negev = await garinim.create(db, name="א", target_region="negev",
                                     coordinator_person_id=escort, now=now)
        await garinim.add_member(db, negev.id, member, now)
        await garinim.add_member(db, negev.id, left, now)
        assert await garinim.leave(db, negev.id, left, now)
        await garinim.add_member(db, negev.id, lead, now)
        negev.lead_person_id = lead
        await db.flush()
        cases = [(who, coordinator, scope)
                 for who in (member, left, lead, escort, stranger)
                 for coordinator, scope in ((False, None), (True, None), (True, "negev"),
                                            (True, "galil"))]
        for who, coordinator, scope in cases:
            listed = await garin_roles.visible(db, who, coordinator=coordinator, scope=scope)
            seen = await garin_roles.sees_any(db, who, coordinator=coordinator, scope=scope)
            assert seen == bool(listed), (who, coordinator, scope)
        for who in (member, left, lead, escort, stranger):
            assert await garinim.in_any(db, who) == bool(await garinim.garinim_of(db, who))
        assert await garinim.in_any(db, member) and not await garinim.in_any(db, left)
        assert not await garin_roles.sees_any(db, stranger, coordinator=True, scope="galil")
        assert await garin_roles.sees_any(db, stranger, coordinator=True, scope="negev")
        assert not await garin_roles.sees_any(db, left, coordinator=False, scope=None)
        assert await garin_roles.sees_any(db, escort, coordinator=False, scope=None)
