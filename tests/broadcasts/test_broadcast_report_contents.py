"""What the final report tells a coordinator on Telegram (issue 20): Telegram reports no
receipts, so the report says so instead of «נמסרו: 0, נקראו: 0»; and those whose delivery is
unknown are named, in the chat report and, with their address, in the exported CSV."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.broadcasts import jobs as broadcast_jobs
from standins.seeding import Seed, seed
from storage.models import Person
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

DANA, NOA, AVI, SLOW = 7001, 30001, 30002, 30003


async def test_the_report_names_the_unknown_and_says_telegram_has_no_receipts(
        database_url, api, clock):
    async with running_bot(database_url, api, clock=clock, telegram_timeout_seconds=0.5) as bot:
        core = bot.core
        ids = await seed(core.db, [Seed("he", [("telegram", str(DANA))], form="f")] + [
            Seed("he", [("telegram", str(chat))], {"region_interest": ["negev"]})
            for chat in (NOA, AVI, SLOW)], clock.now())
        async with core.db.transaction() as db:
            await db.execute(update(Person).where(Person.id == ids[3])
                             .values(display_name="יעל כהן"))
            await broadcast_jobs.create(
                db, by=f"telegram:{DANA}", by_person_id=ids[0],
                audience={"attr": "region_interest", "in": ["negev"]}, segment_name=None,
                scope=None, topic="announcements", texts={"*": "מחר בשמונה"}, button=None,
                urgent=False, at=clock.now(), now=clock.now())
        api.fail_next("sendMessage", 0, chat_id=SLOW)  # no answer: it may have arrived
        scheduler = Scheduler(core.db, core.services, core.clock)
        delivery = Delivery(core.db, core.clock, {"telegram": bot.channel},
                            settings=core.settings)
        await scheduler.tick()
        while await delivery.run_once():
            pass
        clock.advance(timedelta(seconds=5))
        await scheduler.tick()
        while await delivery.run_once():
            pass

        dana = on_telegram(api, DANA, exact=True)
        [report] = await dana.receive()
        assert "נשלחו: 2 (טלגרם: אין דיווח על מסירה וקריאה)" in report.text
        assert "נמסרו" not in report.text and "נקראו" not in report.text
        assert "לא ידוע: 1" in report.text
        assert "❓ לא ידוע אם ההודעה הגיעה אל: יעל כהן (טלגרם)" in report.text
        assert str(SLOW) not in report.text  # addresses only in the export

        [exported] = await dana.tap("📥 ייצוא הדוח", on=report)
        assert exported.method == "sendDocument"
        assert "נמענים: 3" in exported.text and "יעל כהן (טלגרם)" in exported.text
        csv = exported.params["document_content"].decode("utf-8-sig")
        assert f"unknown_recipient,יעל כהן,telegram:{SLOW}" in csv.splitlines()
