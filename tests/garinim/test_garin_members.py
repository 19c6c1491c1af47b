"""A garin end to end on both channels at once (one core; Telegram through the real PTB
Application and the stand-in Bot API, WhatsApp through the real webhook signed like Twilio's):
Dana creates a garin and invites five leads; four accept (Noa and Lior on WhatsApp, Avi and
Sam on Telegram, Sam in English), Rana declines; members see only members' first names;
Lior mutes; Noa, the garin lead, writes once and every other unmuted member gets it once, in
their language; Avi writes to the group; Avi's "delete me" takes him off the roster and
off later messages; Dana's urgent message is queued as urgent."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from bot.delivery.outbox_worker import Delivery
from storage import attributes
from storage.garin_models import GarinInvitation, GarinMember
from storage.models import OutboxMessage
from tests.support.garinim import person_id
from tests.support.person import on_telegram, on_whatsapp
from tests.support.whatsapp import both_channels

DANA, AVI, SAM = 7001, 1002, 1003
NOA, LIOR, RANA = "+972502345678", "+972547654321", "+972523334444"


async def test_invite_accept_decline_group_messages_mute_relay_and_delete(
        database_url, apis, clock):
    telegram, twilio = apis
    async with both_channels(database_url, telegram, twilio, clock=clock,
                             urgent_senders="tg:7001") as (bot, tg_channel):
        core = bot.core
        delivery = Delivery(core.db, clock, {"telegram": tg_channel, "whatsapp": bot.channel})
        dana, avi = on_telegram(telegram, DANA), on_telegram(telegram, AVI, form="m")
        sam = on_telegram(telegram, SAM, language="en", form="m")
        noa, lior = on_whatsapp(bot, NOA), on_whatsapp(bot, LIOR, form="m")
        rana = on_whatsapp(bot, RANA, language="ar")
        for person in (dana, noa, avi, sam, lior, rana):
            await person.onboard()
        ids = {name: await person_id(core, user) for name, user in (
            ("noa", NOA), ("avi", AVI), ("sam", SAM), ("lior", LIOR), ("rana", RANA))}
        async with core.db.transaction() as db:  # leads: they said yes to "a group"
            for pid in ids.values():
                await attributes.set_values(db, pid, "interests", ["group"], clock.now())

        # Dana creates a garin by hand and invites them one by one
        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("➕ גרעין חדש")
        await dana.say("גרעין אופקים")
        created, detail = await dana.say("אופקים", expect=2)
        assert created.text.startswith("🌱 הגרעין „גרעין אופקים” נוצר.")
        assert detail.text.startswith("🌱 גרעין אופקים · אופקים (הנגב והדרום)\nעדיין אין חברים.")
        await dana.tap("✉️ להזמין אנשים")
        for name in ("noa", "avi", "sam", "lior", "rana"):
            invited, _again = await dana.tap(f"#{ids[name]}:", expect=2)
            assert invited.text.startswith("✉️ ההזמנה נשלחה")
        async with core.db.transaction() as db:  # nobody joined without saying yes
            assert await db.scalar(select(func.count()).select_from(GarinMember)) == 0
        await delivery.run_once()

        [invitation] = await noa.receive(1)
        assert invitation.text.startswith("🌱 את מוזמנת להצטרף לגרעין „גרעין אופקים”")
        assert invitation.options == ["✅ אני מצטרפת", "✖️ לא עכשיו"]
        welcome, ask_name = await noa.tap("✅ אני מצטרפת", expect=2, on=invitation)
        assert welcome.text.startswith("🎉") and ask_name.text.startswith("איזה שם פרטי")
        [home] = await noa.say("נועה")
        assert home.text.startswith("🌱 גרעין אופקים")
        assert "👥 חבר אחד: נועה" in home.text
        for person, name, accept in ((avi, "אבי", "✅ אני מצטרף"), (sam, "Sam", "✅ I'll join"),
                                     (lior, "ליאור", "✅ אני מצטרף")):
            [invite] = await person.receive(1)
            await person.tap(accept, expect=2, on=invite)
            [home] = await person.say(name)
        assert "👥 4 חברים: נועה, אבי, Sam, ליאור" in home.text  # Lior's home, in joining order
        [invite] = await rana.receive(1)
        assert invite.text.startswith("🌱 أنتِ مدعوّة")
        [declined] = await rana.tap("✖️ ليس الآن", on=invite)
        assert declined.text.startswith("شكرًا على الرد")
        assert "Rana" not in home.text and "ראנה" not in home.text
        muted, _home = await lior.tap("🔕 השתקת הודעות הקבוצה", expect=2)
        assert muted.text.startswith("🔕")
        heard_by_lior = len(lior.received)

        # Dana makes Noa the garin lead
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("גרעין אופקים")
        await dana.tap("🧭 בחירת רכז לגרעין")
        _set, detail = await dana.tap("נועה", expect=2)
        assert "רכז הגרעין: נועה" in detail.text and "4 חברים" in detail.text

        # Noa writes once: Avi and Sam get it once each, in their language; muted Lior not
        [menu] = await noa.say("תפריט")
        [home] = await noa.tap("🌱 הגרעין שלי", on=menu)
        assert "🧭 את מרכזת את הגרעין הזה." in home.text
        await noa.tap("📣 הודעה לגרעין", on=home)
        [preview] = await noa.say("נפגשים ביום שישי באופקים")
        assert "🚨" not in " ".join(preview.options)  # urgent is for urgent senders only
        sent, _menu = await noa.tap("📤 שליחה", expect=2, on=preview)
        assert sent.text == "📤 נשלח לשני חברים."
        await delivery.run_once()
        [to_avi] = await avi.receive(1)
        assert to_avi.text == "📣 גרעין אופקים · נועה:\nנפגשים ביום שישי באופקים"
        [to_sam] = await sam.receive(1)  # English: the Hebrew values are isolated (FSI…PDI)
        assert to_sam.text == ("📣 \u2068גרעין אופקים\u2069 · \u2068נועה\u2069:\n"
                               "\u2068נפגשים ביום שישי באופקים\u2069")
        assert to_sam.labels == ["✍️ Write to the group"]
        assert len(lior.received) == heard_by_lior  # nothing for the muted one

        # Avi writes to the group from the message's button
        await avi.tap("✍️ כתיבה לקבוצה", on=to_avi)
        relayed, _menu = await avi.say("אני מביא שתייה", expect=2)
        assert relayed.text == "✉️ הועבר לשני חברים."
        await delivery.run_once()
        [to_noa] = await noa.receive(1)
        assert to_noa.text.startswith("💬 אבי ל„גרעין אופקים”:\nאני מביא שתייה")
        assert to_noa.options == ["✍️ כתיבה לקבוצה"]  # numbered, on WhatsApp
        [to_sam] = await sam.receive(1)
        assert to_sam.text == ("💬 \u2068אבי\u2069 to “\u2068גרעין אופקים\u2069”:\n"
                               "\u2068אני מביא שתייה\u2069")

        # "my data" shows the membership
        await avi.say("המידע שלי")  # the JSON file, with its caption
        [export] = telegram.to(AVI, "sendDocument")
        exported = json.loads(export.params["document_content"])
        assert [m["garin"] for m in exported["garinim"]["memberships"]] == ["גרעין אופקים"]

        # Avi deletes himself: off the roster, off later messages, his invitation gone
        await avi.say("מחק אותי")
        await avi.tap("כן, למחוק הכול")
        [menu] = await noa.say("תפריט")
        [home] = await noa.tap("🌱 הגרעין שלי", on=menu)
        assert "👥 3 חברים: נועה, Sam, ליאור" in home.text and "אבי" not in home.text
        await noa.tap("📣 הודעה לגרעין", on=home)
        await noa.say("מחר בשמונה")
        sent, _menu = await noa.tap("📤 שליחה", expect=2)
        assert sent.text == "📤 נשלח לחבר אחד."
        async with core.db.transaction() as db:
            assert await db.scalar(select(func.count()).select_from(GarinInvitation).where(
                GarinInvitation.person_id == ids["avi"])) == 0

        # Dana's urgent message: queued urgent, still not to muted Lior
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("גרעין אופקים")
        await dana.tap("📣 הודעה לגרעין")
        await dana.say("הכביש לאופקים סגור")
        sent, _menu = await dana.tap("🚨 שליחה דחופה (גם בשבת ובלילה)", expect=2)
        assert sent.text == "📤 נשלח לשני חברים."
        async with core.db.transaction() as db:
            urgent = list(await db.scalars(select(OutboxMessage).where(
                OutboxMessage.kind == "garin.announce", OutboxMessage.urgent.is_(True))))
        assert sorted(row.person_id for row in urgent) == sorted([ids["noa"], ids["sam"]])
