"""Coordinator scopes (COORDINATOR_SCOPES) limit the garinim and leads a coordinator sees:
Dana coordinates the Negev only, Yael everything; a garin outside Dana's scope cannot be
opened by her even with a forged button."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import create_core
from conversations.domain import buttons
from conversations.domain.types import ANSWER, Address, Choice, Inbound
from storage import garinim as repo
from storage.models import ConversationState, Identity
from tests.support.garinim import background_leads
from tests.support.person import on_core
from tests.support.settings import make_settings


async def test_a_scoped_coordinator_sees_only_her_region(database_url, clock):
    settings = make_settings(database_url, coordinators="terminal:dana,terminal:yael",
                             coordinator_scopes="terminal:dana=negev")
    core = await create_core(settings, clock=clock)
    try:
        async with core.db.transaction() as db:
            await repo.create(db, name="גרעין אופקים", target_region="negev", now=clock.now())
            galilee = await repo.create(db, name="גרעין כרמיאל", target_region="galilee",
                                        now=clock.now())
            galilee_id = galilee.id
        await background_leads(core, [{"region_interest": ["negev"], "interests": ["group"]},
                                      {"region_interest": ["galilee"], "interests": ["group"]}])
        dana, yael = on_core(core, "terminal:dana"), on_core(core, "terminal:yael")
        for coordinator in (dana, yael):
            await coordinator.onboard()
        [mine] = await dana.tap("🌱 גרעינים ומתעניינים")
        labels = [c.label for c in mine.choices]
        assert any("גרעין אופקים" in label for label in labels)
        assert not any("גרעין כרמיאל" in label for label in labels)
        [leads] = await dana.tap("👥 מתעניינים")
        assert leads.text.startswith("מתעניין אחד (כל האזורים):")
        [everyone] = await yael.tap("🌱 גרעינים ומתעניינים")
        assert sum(("אופקים" in c.label) + ("כרמיאל" in c.label) for c in everyone.choices) == 2

        # a forged "open the Galilee garin" press on Dana's menu is refused
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        state = await _step(core)
        forged = Choice("x", ANSWER, f"g{galilee_id}", state)
        event = Inbound(Address("terminal", "dana"), clock.now(),
                        pressed=buttons.decode(buttons.encode(forged)))
        [gone] = (await core.handler.handle(event)).replies
        assert gone.text.startswith("הגרעין הזה כבר לא קיים, או שהוא מחוץ לאזור")
        [menu] = await dana.say("תפריט")
        [mine] = await dana.tap("🌱 גרעינים ומתעניינים", on=menu)
        [negev_screen] = await dana.tap("גרעין אופקים")
        assert negev_screen.text.startswith("🌱 גרעין אופקים")
    finally:
        await core.close()


async def _step(core) -> int:  # type: ignore[no-untyped-def]
    """The step Dana's last prompt was stamped with (a forged button must carry it)."""
    async with core.db.transaction() as db:
        pid = await db.scalar(select(Identity.person_id).where(Identity.user_id == "dana"))
        return int((await db.get(ConversationState, pid)).step)
