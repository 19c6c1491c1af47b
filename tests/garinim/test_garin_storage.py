"""Garin storage on both databases: consent before membership, leaving, merging two records
of one person, and "delete me" (rows gone, past messages kept without their author)."""

from __future__ import annotations

from sqlalchemy import select

from storage import garinim as repo
from storage import people
from storage.garin_models import ACCEPTED, DECLINED, GarinMessage
from tests.support.outbox import add_person


async def test_membership_needs_an_accepted_invitation_and_survives_a_merge(core, clock):
    now = clock.now()
    async with core.db.transaction() as db:
        noa, avi, noa_wa = [await add_person(db, n, now) for n in (1, 2, 3)]
        garin = await repo.create(db, name="גרעין", target_region="negev", now=now)
        for pid in (noa, avi, noa_wa):
            assert await repo.invite(db, garin.id, pid, invited_by=None, now=now) is not None
        assert await repo.invite(db, garin.id, noa, invited_by=None, now=now) is None  # twice
        assert await repo.active_members(db, garin.id) == []
        [to_noa, to_avi, _] = await repo.invitations_of_garin(db, garin.id)
        assert await repo.answer_invitation(db, to_noa.id, avi, ACCEPTED, now) is None  # not his
        await repo.answer_invitation(db, to_noa.id, noa, ACCEPTED, now)
        await repo.answer_invitation(db, to_avi.id, avi, DECLINED, now)
        assert await repo.answer_invitation(db, to_avi.id, avi, ACCEPTED, now) is None  # once
        assert await repo.set_lead(db, garin.id, noa, now)
        await repo.record_message(db, garin.id, noa, "announce", "שלום", now)
        assert [m.person_id for m in await repo.active_members(db, garin.id)] == [noa]
        assert await repo.is_lead(db, garin.id, noa) and not await repo.is_member(
            db, garin.id, avi)

        await repo.merge_people(db, noa, noa_wa, now)  # her WhatsApp record is the one kept
        await people.delete_person(db, noa)
        assert [m.person_id for m in await repo.active_members(db, garin.id)] == [noa_wa]
        assert await repo.is_lead(db, garin.id, noa_wa)

        assert await repo.leave(db, garin.id, noa_wa, now)
        assert await repo.active_members(db, garin.id) == []
        assert (await repo.get(db, garin.id)).lead_person_id is None  # type: ignore[union-attr]
        await repo.forget_person(db, noa_wa, now)
        await people.delete_person(db, noa_wa)
        [message] = list(await db.scalars(select(GarinMessage)))
        assert message.author_person_id is None and message.body == "שלום"
        assert await repo.export_of(db, noa_wa) == {"memberships": [], "invitations": []}
