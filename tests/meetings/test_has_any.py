"""The menu's one-statement "has meetings?" agrees with the two lists it stands for."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from storage import meetings
from storage.meetings_models import CANCELLED
from tests.support.garinim import house_meeting, seat
from tests.support.outbox import add_person


async def agrees(db: Any, pid: int, since: Any, hosting: Any) -> bool:  # type: ignore[misc]
    listed = bool(await meetings.active_of(db, pid, since)
                  or await meetings.hosted_by(db, pid, hosting))
    found = await meetings.has_any(db, pid, since=since, hosting_since=hosting)
    assert found == listed
    return found


async def test_has_any_is_active_or_hosted(core: Any) -> None:  # type: ignore[misc]
    now = core.clock.now()
    meeting_id = await house_meeting(core, now + timedelta(days=3))
    async with core.db.transaction() as db:
        guest, host, stranger = [await add_person(db, 800 + n, now) for n in range(3)]
    await seat(core, meeting_id, guest)
    async with core.db.transaction() as db:
        meeting = await meetings.get(db, meeting_id)
        assert meeting is not None
        meeting.host_person_id = host
        await db.flush()
        later, earlier = now + timedelta(days=4), now - timedelta(days=1)
        assert await agrees(db, guest, now, now)
        assert not await agrees(db, guest, later, later)
        assert await agrees(db, host, later, now)
        assert not await agrees(db, host, now, later)
        assert not await agrees(db, stranger, earlier, earlier)
        meeting.status = CANCELLED
        await db.flush()
        assert not await agrees(db, guest, now, now)
        assert await agrees(db, host, now, now)  # a host still sees a cancelled meeting
