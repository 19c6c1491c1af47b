"""A broadcast to a few thousand people through the real outbox worker and Telegram channel:
each gets exactly one message in their language, and the report matches what arrived."""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.broadcasts import jobs as broadcast_jobs
from standins.seeding import Seed, seed
from storage import broadcasts
from storage.broadcast_models import Broadcast
from storage.models import Identity
from tests.support.telegram import running_bot

# 600 keeps the suite quick on a shared machine; BROADCAST_TEST_RECIPIENTS=3000 for more.
RECIPIENTS = int(os.environ.get("BROADCAST_TEST_RECIPIENTS", "600"))
LANGUAGES = ("he", "ar", "en", "ru")
TEXTS = {"he": "גרעין חדש בגליל", "ar": "نواة جديدة في الجليل", "en": "A new group in the Galilee",
         "ru": "Новая группа в Галилее"}
DANA = 7001



WORKERS = 20  # several outbox workers at once, as several processes would run them


async def drain(core, channel) -> None:  # type: ignore[no-untyped-def]
    """Deliver everything due with several concurrent workers, until nothing is left."""
    async def work(number: int) -> None:
        delivery = Delivery(core.db, core.clock, {"telegram": channel}, batch=20)
        delivery.worker = f"test-{number}"
        while await delivery.run_once():
            pass

    await asyncio.gather(*(work(n) for n in range(WORKERS)))


async def test_each_recipient_gets_one_message_in_their_language(database_url, api, clock):
    # Twenty workers keep hundreds of requests in flight against a stand-in on the same event
    # loop: on a loaded machine one can wait past the default 10 s and end `unknown` (correctly:
    # at most once). This test is about each recipient's one message, so it allows a minute.
    async with running_bot(database_url, api, clock=clock,
                           telegram_timeout_seconds=60.0) as bot:
        core = bot.core
        now = clock.now()
        specs = [Seed(LANGUAGES[i % 4], [("telegram", str(10_000 + i))],
                      {"region_interest": ["galilee"]}) for i in range(RECIPIENTS)]
        specs += [Seed("he", [("telegram", "90001")], {"region_interest": ["galilee"]},
                       opted_out=True),
                  Seed("he", [("telegram", "90002")], {"region_interest": ["galilee"]},
                       consented=False),
                  Seed("he", [("telegram", "90003")], {"region_interest": ["negev"]})]
        specs.append(Seed("he", [("telegram", str(DANA))], form="f"))
        ids = await seed(core.db, specs, now)
        async with core.db.transaction() as db:
            broadcast = await broadcast_jobs.create(
                db, by=f"telegram:{DANA}", by_person_id=ids[-1],
                audience={"attr": "region_interest", "in": ["galilee"]}, segment_name=None,
                scope=None, topic="settlement_news", texts=TEXTS,
                button={"action": "flow", "target": "subscriptions",
                        "label_key": "menu-subscriptions"},
                urgent=False, at=now, now=now)
            broadcast_id = broadcast.id
        api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", times=3)
        scheduler = Scheduler(core.db, core.services, core.clock)
        assert await scheduler.tick() == 1  # expands into the outbox
        assert await scheduler.tick() == 0  # and only once
        await drain(core, bot.channel)

        received = [s for s in api.sent if s.method == "sendMessage" and s.chat_id != DANA]
        per_chat = Counter(s.chat_id for s in received)
        assert len(per_chat) == RECIPIENTS - 3 and set(per_chat.values()) == {1}
        for sent in received:
            language = LANGUAGES[(sent.chat_id - 10_000) % 4]
            assert sent.text == TEXTS[language]
            assert sent.buttons[-1]["callback_data"] == "a|unsub|settlement_news"
        assert not {90001, 90002, 90003} & set(per_chat)

        clock.advance(timedelta(minutes=5))
        await scheduler.tick()  # the progress job sees nothing left: final report
        async with core.db.transaction() as db:
            row = await db.get(Broadcast, broadcast_id)
            assert row.state == "done" and row.recipients == RECIPIENTS
            report = row.report
            blocked = await db.scalar(select(Identity).where(Identity.unreachable_at.is_not(None)))
            assert blocked is not None
        assert report["sent"] == len(received)
        assert report["failed"] == {"telegram 403: Forbidden: bot was blocked by the user": 3}
        assert report["recipients"] == RECIPIENTS and report["remaining"] == 0
        assert report["by_channel"] == {"telegram": len(received)}
        await drain(core, bot.channel)
        [final] = api.messages_to(DANA)
        assert final.text.startswith(f"✅ השליחה של הודעה #{broadcast_id} הסתיימה")
        assert f"נשלחו: {len(received):,}" in final.text or f"נשלחו: {len(received)}" in final.text


async def test_progress_pause_resume_and_cancel_from_chat(database_url, clock):
    from bot.app import create_core
    from conversations.domain.types import Address, Inbound, Outbound, Pressed
    from storage.models import OutboxMessage
    from tests.support.settings import make_settings

    core = await create_core(make_settings(database_url), clock=clock)
    now = clock.now()
    [dana, *ids] = await seed(core.db, [Seed("he", [("terminal", "dana")], form="f")] + [
        Seed("he", [("telegram", str(20_000 + i))]) for i in range(30)], now)
    async with core.db.transaction() as db:
        broadcast = await broadcast_jobs.create(
            db, by="terminal:dana", by_person_id=dana, audience={"channel": ["telegram"]},
            segment_name=None, scope=None, topic="announcements", texts={"*": "hi"},
            button=None, urgent=False, at=now, now=now)
    scheduler = Scheduler(core.db, core.services, core.clock)
    await scheduler.tick()
    clock.advance(timedelta(minutes=5))
    await scheduler.tick()  # nothing was delivered yet: a progress message to Dana

    async def dana_sees() -> list[Outbound]:
        async with core.db.transaction() as db:
            rows = await db.scalars(select(OutboxMessage).where(
                OutboxMessage.person_id == dana).order_by(OutboxMessage.id))
            return [Outbound.from_json(r.payload) for r in rows]

    [progress] = await dana_sees()
    assert progress.text == (f"📊 הודעה #{broadcast.id} – נשלחו: 0 · נותרו: 30 · בהמתנה: 0 · "
                             "נכשלו: 0")
    assert [(c.action, c.target) for c in progress.choices] == [
        ("bc.pause", str(broadcast.id)), ("bc.cancel", str(broadcast.id))]

    async def press(action: str) -> str:
        event = Inbound(Address("terminal", "dana"), clock.now(),
                        pressed=Pressed(action, str(broadcast.id)))
        return (await core.handler.handle(event)).replies[0].text

    assert await press("bc.pause") == f"⏸️ הודעה #{broadcast.id} הושהתה; 30 הודעות ממתינות."
    async with core.db.transaction() as db:
        assert (await broadcasts.counts(db, broadcast.id))["remaining"] == len(ids)
        states = set(await db.scalars(select(OutboxMessage.state).where(
            OutboxMessage.broadcast_id == broadcast.id)))
        assert states == {"paused"}  # the delivery worker claims only pending rows
    assert await press("bc.pause") == f"הודעה #{broadcast.id} לא נשלחת כרגע."
    assert await press("bc.resume") == f"▶️ הודעה #{broadcast.id} ממשיכה (30 הודעות)."
    assert await press("bc.cancel") == f"⛔ הודעה #{broadcast.id} נעצרה: 30 הודעות לא יישלחו."
    await scheduler.tick()  # the final report follows the cancel at once
    report = (await dana_sees())[-1]
    assert "בוטלו: 30" in report.text
    async with core.db.transaction() as db:
        row = await db.get(Broadcast, broadcast.id)
        assert row.state == "cancelled" and row.report["cancelled"] == len(ids)
    await core.close()
