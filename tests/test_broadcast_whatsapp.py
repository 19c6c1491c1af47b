"""A broadcast to a segment split across Telegram and WhatsApp, through the real outbox worker
and both channels: each person gets one message in their language; on WhatsApp, free text
inside the 24-hour window, the approved template outside it, held with its reason where no
template exists; the report's numbers equal what the two stand-ins received."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from datetime import timedelta

from sqlalchemy import select

from bot.app import create_core
from bot.channels.telegram.adapter import TelegramChannel
from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.broadcasts import jobs as broadcast_jobs
from standins.telegram_api import TelegramStandIn
from storage import attributes
from storage.broadcast_models import Broadcast
from storage.models import Identity, OutboxMessage
from tests.conftest import make_settings
from tests.test_telegram_first_contact import onboard as onboard_on_telegram
from tests.whatsapp_chat import WhatsAppChat
from tests.whatsapp_harness import running_whatsapp, whatsapp_settings

AVI_TG, YELENA_TG, DANA_TG = 1002, 1004, 7001
NOA, RANA, YUSUF, MOSHE = "+972502345678", "+972523814567", "+972547654321", "+972531112222"
TEXTS = {"he": "גרעין חדש בגליל", "ar": "نواة جديدة في الجليل", "en": "A new group in the Galilee",
         "ru": "Новая группа в Галилее"}
AR_TEMPLATE = "HX" + "a" * 32
TEMPLATES = {"broadcast": {"ar": AR_TEMPLATE}}  # none in English: Yusuf's is held



@asynccontextmanager
async def both_channels(database_url, telegram, twilio, clock):  # type: ignore[no-untyped-def]
    settings = make_settings(database_url, telegram_bot_token=telegram.token,
                             telegram_api_base_url=telegram.base_url, telegram_poll_timeout=1,
                             **whatsapp_settings(database_url, twilio,
                                                 whatsapp_templates=TEMPLATES))
    core = await create_core(settings, clock=clock)
    channel = TelegramChannel(core.port())
    await channel.start()
    try:
        async with running_whatsapp(database_url, twilio, core=core) as bot:
            yield bot, channel
    finally:
        await channel.stop()
        await core.close()


async def onboard_on_whatsapp(chat: WhatsAppChat, language: str, form: str = "1") -> None:
    """Hello, the language's number, a form, agree — as typed."""
    await chat.say("hello")
    await chat.say(language)
    await chat.say(form)
    await chat.say("1", expect=2)


async def onboard_in_russian(api: TelegramStandIn, user: int) -> None:
    await api.text(user, "/start")
    for step, label in enumerate(("Русский", "В женском роде", "Согласен(на)"), start=1):
        await api.press(user, (await api.wait_for(user, step))[-1], label)
    await api.wait_for(user, 5)


async def test_a_broadcast_split_across_telegram_and_whatsapp(database_url, apis, clock):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio, clock) as (bot, tg_channel):
        rana, yusuf = (WhatsAppChat(bot, bot.user(p)) for p in (RANA, YUSUF))
        await onboard_on_whatsapp(rana, "2", "2")  # Arabic, feminine
        await onboard_on_whatsapp(yusuf, "3")  # English
        clock.advance(timedelta(days=2))  # their windows close
        noa, moshe = WhatsAppChat(bot, bot.user(NOA)), WhatsAppChat(bot, bot.user(MOSHE))
        await noa.onboard()
        await onboard_on_whatsapp(moshe, "1")
        await onboard_on_telegram(telegram, AVI_TG, form_label="בלשון זכר",
                                  consent_label="מסכים")
        await onboard_on_telegram(telegram, DANA_TG)
        await onboard_in_russian(telegram, YELENA_TG)
        now = clock.now()
        async with bot.core.db.transaction() as db:
            ids = {urn: pid for urn, pid in (await db.execute(
                select(Identity.channel + ":" + Identity.user_id, Identity.person_id))).all()}
            for urn in (f"telegram:{AVI_TG}", f"telegram:{YELENA_TG}", f"whatsapp:{NOA}",
                        f"whatsapp:{RANA}", f"whatsapp:{YUSUF}"):
                await attributes.set_values(db, ids[urn], "region_interest", ["galilee"], now)
            await attributes.set_values(db, ids[f"whatsapp:{MOSHE}"], "region_interest",
                                        ["negev"], now)
            broadcast = await broadcast_jobs.create(
                db, by=f"telegram:{DANA_TG}", by_person_id=ids[f"telegram:{DANA_TG}"],
                audience={"attr": "region_interest", "in": ["galilee"]}, segment_name=None,
                scope=None, topic="settlement_news", texts=TEXTS, button=None, urgent=False,
                at=now, now=now)
            broadcast_id = broadcast.id
        tg_before = {u: len(telegram.messages_to(u)) for u in (AVI_TG, YELENA_TG, DANA_TG)}
        wa_before = {c.phone: len(c.received) for c in (noa, rana, yusuf, moshe)}
        scheduler = Scheduler(bot.core.db, bot.core.services, clock)
        assert await scheduler.tick() == 1  # expands the audience into the outbox
        delivery = Delivery(bot.core.db, clock, {"telegram": tg_channel,
                                                 "whatsapp": bot.channel})
        while await delivery.run_once():
            pass

        # Telegram: one message each, in their language, with the unsubscribe button
        for user, language in ((AVI_TG, "he"), (YELENA_TG, "ru")):
            [got] = telegram.messages_to(user)[tg_before[user]:]
            assert got.text == TEXTS[language]
            assert got.buttons[-1]["callback_data"] == "a|unsub|settlement_news"
        # WhatsApp: Noa inside her window gets text with a numbered unsubscribe; Rana, quiet
        # for two days, the Arabic template; Yusuf nothing (no English template); Moshe is
        # not in the segment
        [to_noa] = noa.received[wa_before[NOA]:]
        assert to_noa.content_sid is None
        assert to_noa.text.startswith(TEXTS["he"] + "\n\n1. ")
        [to_rana] = rana.received[wa_before[RANA]:]
        assert to_rana.content_sid == AR_TEMPLATE and to_rana.body is None
        assert json.loads(to_rana.content_variables)["1"].startswith(TEXTS["ar"] + " · 1. ")
        assert yusuf.received[wa_before[YUSUF]:] == []
        assert moshe.received[wa_before[MOSHE]:] == []

        # Twilio reports Noa's as read and Rana's as delivered
        assert (await noa.user.status(to_noa.sid, "read")).status_code == 204
        assert (await rana.user.status(to_rana.sid, "delivered")).status_code == 204
        clock.advance(timedelta(minutes=5))
        await scheduler.tick()  # nothing left: the final report
        async with bot.core.db.transaction() as db:
            row = await db.get(Broadcast, broadcast_id)
            held = await db.scalar(select(OutboxMessage).where(
                OutboxMessage.broadcast_id == broadcast_id, OutboxMessage.state == "held"))
        report = row.report
        assert row.state == "done"
        telegram_got = sum(len(telegram.messages_to(u)) - tg_before[u]
                           for u in (AVI_TG, YELENA_TG))
        whatsapp_got = sum(len(c.received) - wa_before[c.phone]
                           for c in (noa, rana, yusuf, moshe))
        assert report["by_channel"] == {"telegram": telegram_got, "whatsapp": whatsapp_got}
        assert report["sent"] == telegram_got + whatsapp_got == 4
        assert report["recipients"] == 5 and report["remaining"] == 0
        assert (report["delivered"], report["read"]) == (2, 1)
        assert report["held"] == {held.reason: 1}
        assert held.person_id == ids[f"whatsapp:{YUSUF}"]
        assert "24-hour window" in held.reason and "broadcast/en" in held.reason
        assert report["failed"] == {}
        while await delivery.run_once():
            pass
        final = telegram.messages_to(DANA_TG)[-1]  # Dana reads the same numbers in chat
        assert final.text.startswith(f"✅ השליחה של הודעה #{broadcast_id} הסתיימה")
        assert "נשלחו: 4" in final.text
