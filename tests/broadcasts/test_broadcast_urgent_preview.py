"""An urgent sender's preview shows the «🚨 דחוף» line recipients get (issue 20): choosing
"urgent" shows the message again, made by the same function as the real send, and the
recipient's Telegram message is exactly that preview."""

from __future__ import annotations

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from standins.seeding import Seed, seed
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

DANA, NOA = 7001, 30001
TEXT = "עקב אזעקות, המפגש הערב באופקים בוטל"


async def test_the_urgent_preview_is_what_recipients_get(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock,
                           urgent_senders=f"telegram:{DANA}") as bot:
        await seed(bot.core.db, [Seed("he", [("telegram", str(DANA))], form="f"),
                                 Seed("he", [("telegram", str(NOA))], form="f")], clock.now())
        dana = on_telegram(api, DANA, exact=True)
        [menu] = await dana.say("תפריט")
        await dana.tap("📣 שליחת הודעה לקהל", on=menu)
        await dana.tap("👥 כולם")
        await dana.tap("הודעות כלליות")
        await dana.tap("✍️ כתיבת ההודעה")
        await dana.say(TEXT)
        _intro, plain, question = await dana.tap("בלי כפתור", expect=3)
        assert plain.text == TEXT  # "send now" would send it like this
        intro, urgent, confirm = await dana.tap("🚨 לשלוח עכשיו כהודעה דחופה", expect=3,
                                                on=question)
        assert intro.text.startswith("👀 תצוגה מקדימה, בדיוק כפי שהנמענים יראו")
        assert urgent.text == f"🚨 דחוף\n{TEXT}"
        assert confirm.text.startswith("🚨 לשלוח כהודעה דחופה")
        await dana.tap("✅ כן, לשלוח", expect=2, on=confirm)

        await Scheduler(bot.core.db, bot.core.services, bot.core.clock).tick()
        delivery = Delivery(bot.core.db, bot.core.clock, {"telegram": bot.channel})
        while await delivery.run_once():
            pass
        [received] = api.messages_to(NOA)
        assert received.text == urgent.text and received.labels == urgent.labels
