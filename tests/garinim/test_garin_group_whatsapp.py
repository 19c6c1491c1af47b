"""A linked Telegram group seen from both channels: Dana links the group before anyone has
joined; Avi (Telegram) gets his one-person invite link with the welcome when he accepts;
Noa (WhatsApp) is told instead that the relayed messages are her way in. In the group,
Avi (a member, but neither lead nor coordinator) may not unlink it; Dana does."""

from __future__ import annotations

import re

from bot.delivery.outbox_worker import Delivery
from tests.support.garinim import interested, ofakim_garin
from tests.support.person import on_telegram, on_whatsapp
from tests.support.whatsapp import both_channels

DANA, AVI, GROUP = 7001, 1002, -1000600
NOA = "+972502345678"


async def test_invite_link_on_joining_relayed_group_on_whatsapp_and_unlink(
        database_url, apis, clock):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio, clock=clock) as (bot, tg_channel):
        core = bot.core
        delivery = Delivery(core.db, clock, {"telegram": tg_channel, "whatsapp": bot.channel})
        dana, avi = on_telegram(telegram, DANA), on_telegram(telegram, AVI, form="m")
        noa = on_whatsapp(bot, NOA)
        for person in (dana, avi, noa):
            await person.onboard()
        ids = await interested(core, (AVI, NOA))
        await ofakim_garin(dana)
        [code_message] = await dana.tap("🔗 חיבור קבוצת טלגרם")
        code = re.search(r"/link_garin (\d{4}-\d{4})", code_message.text)
        assert code is not None
        telegram.add_group(GROUP, "אופקים", bot="administrator")
        await telegram.group_text(GROUP, DANA, f"/link_garin {code.group(1)}")
        [linked] = await telegram.wait_for(GROUP, 1)
        assert linked.text.startswith("✅")

        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("גרעין אופקים")
        await dana.tap("✉️ להזמין אנשים")
        for user in (AVI, NOA):
            await dana.tap(f"#{ids[user]}:", expect=2)
        await delivery.run_once()

        # Avi on Telegram: the welcome, his invite link, then the name question
        [invite] = await avi.receive(1)
        welcome, link, ask_name = await avi.tap("✅ אני מצטרף", expect=3, on=invite)
        assert welcome.text.startswith("🎉")
        [made] = telegram.invite_links
        assert made["member_limit"] == 1 and made["chat_id"] == GROUP
        assert link.text.startswith("🔗 קישור ההצטרפות שלך לקבוצת הטלגרם של „גרעין אופקים”")
        assert link.text.endswith(made["invite_link"]) and ask_name.text.startswith("איזה")
        [home] = await avi.say("אבי")
        assert "🔗 הצטרפות לקבוצת הטלגרם" in home.labels

        # Noa on WhatsApp: no link; the relayed group is her way in
        [invite] = await noa.receive(1)
        await noa.tap("✅ אני מצטרפת", expect=2, on=invite)
        [home] = await noa.say("נועה")
        assert "💬 הודעות הקבוצה של „גרעין אופקים” מגיעות אלייך לכאן" in home.text
        assert len(telegram.invite_links) == 1

        # In the group: Avi may not unlink it; Dana may
        await telegram.group_text(GROUP, AVI, "/unlink_garin")
        refused = (await telegram.wait_for(GROUP, 2))[-1]
        assert refused.text.startswith("⛔")
        await telegram.group_text(GROUP, DANA, "/unlink_garin")
        done = (await telegram.wait_for(GROUP, 3))[-1]
        assert done.text.startswith("הקבוצה כבר לא מחוברת ל„גרעין אופקים”")
        [menu] = await noa.say("תפריט")
        [home] = await noa.tap("🌱 הגרעין שלי", on=menu)
        assert "💬" not in home.text
