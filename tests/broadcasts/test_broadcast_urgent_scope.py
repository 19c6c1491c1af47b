"""An urgent broadcast from a coordinator limited to the Negev: it reaches only the Negev,
jumps the queue, ignores quiet hours (outbox `urgent`) and records who sent it."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import create_core
from bot.delivery.scheduler import Scheduler
from conversations.domain.types import Address, Inbound, Outbound
from standins.seeding import Seed, seed
from storage.broadcast_models import Broadcast
from storage.models import OutboxMessage
from storage.outbox import PRIORITY_URGENT
from tests.support.settings import make_settings

DANA = Address("terminal", "dana")


async def test_urgent_send_within_the_coordinators_region(database_url, clock):
    settings = make_settings(database_url, urgent_senders="terminal:dana",
                             coordinator_scopes="terminal:dana=negev;tg:7002=galilee")
    core = await create_core(settings, clock=clock)
    ids = await seed(core.db, [
        Seed("he", [("terminal", "dana")], form="f"),
        Seed("he", [("telegram", "1")], {"residence_region": ["negev"]}),
        Seed("ar", [("telegram", "2")], {"region_interest": ["negev"]}),
        Seed("he", [("telegram", "3")], {"residence_region": ["galilee"]}),
    ], clock.now())

    async def say(text: str) -> list[Outbound]:
        handled = await core.handler.handle(Inbound(DANA, clock.now(), text=text))
        return handled.replies

    await say("/menu")
    [audience] = await say("📣 שליחת הודעה לקהל")
    assert audience.choices[-1].label == "👥 כולם"
    await say("👥 כולם")
    [count] = await say("הודעות כלליות")
    assert "2 נמענים" in count.text and "(מוגבל לאזור שלך: הנגב והדרום)" in count.text
    await say("✍️ כתיבת ההודעה")
    await say("עקב אזעקות, המפגש הערב באופקים בוטל")
    *_preview, question = await say("בלי כפתור")
    assert "🚨 לשלוח עכשיו כהודעה דחופה" in [c.label for c in question.choices]
    *_preview, confirm = await say("🚨 לשלוח עכשיו כהודעה דחופה")
    assert _preview[-1].text == "🚨 דחוף\nעקב אזעקות, המפגש הערב באופקים בוטל"
    assert confirm.text.startswith("🚨 לשלוח כהודעה דחופה ל־2 נמענים")
    await say("כן, לשלוח")  # typed as a person would, without the emoji
    await Scheduler(core.db, core.services, core.clock).tick()

    async with core.db.transaction() as db:
        broadcast = await db.scalar(select(Broadcast))
        assert broadcast.urgent and broadcast.created_by == "terminal:dana"
        assert broadcast.scope == "negev" and broadcast.created_by_person_id == ids[0]
        rows = list(await db.scalars(select(OutboxMessage)
                                     .where(OutboxMessage.kind == "broadcast")))
    assert {r.person_id for r in rows} == {ids[1], ids[2]}
    assert all(r.urgent and r.priority == PRIORITY_URGENT for r in rows)
    assert Outbound.from_json(rows[0].payload).text.startswith("🚨 דחוף\n")
    await core.close()


async def test_without_the_right_there_is_no_urgent_option(database_url, clock):
    core = await create_core(make_settings(database_url), clock=clock)
    await seed(core.db, [Seed("he", [("terminal", "dana")], form="f"),
                         Seed("he", [("telegram", "1")])], clock.now())
    for text in ("/menu", "📣 שליחת הודעה לקהל", "👥 כולם", "הודעות כלליות",
                 "✍️ כתיבת ההודעה", "המפגש נדחה"):
        await core.handler.handle(Inbound(DANA, clock.now(), text=text))
    replies = (await core.handler.handle(Inbound(DANA, clock.now(), text="בלי כפתור"))).replies
    assert "🚨 לשלוח עכשיו כהודעה דחופה" not in [c.label for c in replies[-1].choices]
    await core.close()
