"""When the coordinator hears how a broadcast went (issue 20, items 8 and 9): the final report
comes as soon as the last message is final, not at the next progress tick; and about an urgent
broadcast sent at night, progress and report arrive at night too, over Telegram, with the real
outbox worker and scheduler keeping quiet hours on the fake clock."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FakeClock
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.broadcasts import jobs as broadcast_jobs
from standins.seeding import Seed, seed
from storage.broadcast_models import Broadcast
from tests.support.telegram import running_bot
from tests.timeline import START

DANA = 7001
RECIPIENTS = 6
NIGHT = START + timedelta(hours=11)  # 23:00 in Jerusalem: night quiet hours (22:00-08:00)


async def start_broadcast(bot, clock, *, urgent: bool) -> int:  # type: ignore[no-untyped-def]
    now = clock.now()
    ids = await seed(bot.core.db, [Seed("he", [("telegram", str(DANA))], form="f")] + [
        Seed("he", [("telegram", str(10_000 + i))], {"region_interest": ["galilee"]})
        for i in range(RECIPIENTS)], now)
    async with bot.core.db.transaction() as db:
        broadcast = await broadcast_jobs.create(
            db, by=f"telegram:{DANA}", by_person_id=ids[0],
            audience={"attr": "region_interest", "in": ["galilee"]}, segment_name=None,
            scope=None, topic="announcements", texts={"*": "המפגש הערב בוטל"}, button=None,
            urgent=urgent, at=now, now=now)
        return broadcast.id


def workers(bot):  # type: ignore[no-untyped-def]
    """The runtime's pair: both keep quiet hours."""
    core = bot.core
    delivery = Delivery(core.db, core.clock, {"telegram": bot.channel}, settings=core.settings,
                        quiet_hours=True)
    return delivery, Scheduler(core.db, core.services, core.clock, quiet_hours=True)


async def drain(delivery: Delivery) -> None:
    while await delivery.run_once():
        pass


async def test_the_final_report_follows_the_last_message_not_the_progress_tick(
        database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        broadcast_id = await start_broadcast(bot, clock, urgent=False)
        delivery, scheduler = workers(bot)
        api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
        assert await scheduler.tick() == 1  # expanded into the outbox
        await drain(delivery)  # six messages: five sent, one failed for good
        assert api.messages_to(DANA) == []

        clock.advance(timedelta(seconds=12))  # far from the 5-minute progress tick
        assert await scheduler.tick() == 1
        await drain(delivery)
        [report] = api.messages_to(DANA)
        assert report.text.startswith(f"✅ השליחה של הודעה #{broadcast_id} הסתיימה")
        assert "נשלחו: 5" in report.text and "נכשלו: 1" in report.text
        async with bot.core.db.transaction() as db:
            row = await db.get(Broadcast, broadcast_id)
            assert row.state == "done" and row.finished_at == clock.now()

        clock.advance(timedelta(minutes=5))  # the regular tick comes and finds it done
        await scheduler.tick()
        await drain(delivery)
        assert len(api.messages_to(DANA)) == 1


async def test_an_urgent_broadcast_at_night_is_reported_at_night(database_url, api):
    clock = FakeClock(NIGHT)
    async with running_bot(database_url, api, clock=clock) as bot:
        broadcast_id = await start_broadcast(bot, clock, urgent=True)
        delivery, scheduler = workers(bot)
        await scheduler.tick()
        clock.advance(timedelta(minutes=5))
        await scheduler.tick()  # nothing delivered yet: a progress notice
        await drain(delivery)
        assert len([s for s in api.sent if s.method == "sendMessage"
                    and s.chat_id != DANA]) == RECIPIENTS
        clock.advance(timedelta(seconds=2))
        await scheduler.tick()  # the last message went: the final report
        await drain(delivery)
        progress, report = api.messages_to(DANA)
        assert progress.text.startswith(f"📊 הודעה #{broadcast_id} – נשלחו: 0 · נותרו: 6")
        assert report.text.startswith(f"✅ השליחה של הודעה #{broadcast_id} הסתיימה")


async def test_an_ordinary_broadcasts_report_still_waits_for_the_morning(database_url, api):
    clock = FakeClock(NIGHT - timedelta(hours=2))  # 21:00: sent before the night begins
    async with running_bot(database_url, api, clock=clock) as bot:
        await start_broadcast(bot, clock, urgent=False)
        delivery, scheduler = workers(bot)
        await scheduler.tick()
        await drain(delivery)
        clock.advance(timedelta(hours=2))  # the report is due at 23:00: quiet hours hold it
        await scheduler.tick()
        await drain(delivery)
        assert api.messages_to(DANA) == []
        clock.advance(timedelta(hours=9, minutes=1))  # 08:01
        await drain(delivery)
        [report] = api.messages_to(DANA)
        assert report.text.startswith("✅")
