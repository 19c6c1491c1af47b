"""A garin's Telegram group end to end, over the real PTB Application and the stand-in Bot
API: Dana (coordinator) gets a one-time code on the garin's screen; in the group, the bot
not yet admin is told so, a stranger's attempt is refused, Dana links it. Her group message
reaches Avi and Sam once each in their language, not muted Lior, and the group once. Sam
asks for an invite link: one person, expiring, named for him, sent privately. The group
becomes a supergroup and stays linked; the bot loses its admin rights: Dana is told; it is
kicked: unlinked, Dana told; a second group that refuses the bot's post (403) is unlinked
too, and Dana told once."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable

from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from storage.garin_models import Garin, GarinTelegramGroup
from storage.models import OutboxMessage
from tests.support.garinim import interested, ofakim_garin, person_id
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

DANA, AVI, SAM, LIOR, STRANGER = 7001, 1002, 1003, 1004, 4242
GROUP, SUPERGROUP, SECOND = -500, -1000500, -1000777


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    """Updates without an answer (the bot removed, a migration) are handled on their own
    time: wait until their effect shows."""
    for _ in range(int(timeout / 0.05)):
        if await check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the update was not handled in time")


async def _queued(core, kind: str) -> bool:  # type: ignore[no-untyped-def]
    async with core.db.transaction() as db:
        return await db.scalar(select(OutboxMessage.id).where(
            OutboxMessage.kind == kind)) is not None


async def test_link_post_invite_migrate_kick(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        core = bot.core
        delivery = Delivery(core.db, clock, {"telegram": bot.channel},
                            on_chat_gone=core.group_gone)
        dana, avi = on_telegram(api, DANA), on_telegram(api, AVI, form="m")
        sam = on_telegram(api, SAM, language="en", form="m")
        lior = on_telegram(api, LIOR, form="m")
        for person in (dana, avi, sam, lior):
            await person.onboard()
        ids = await interested(core, (AVI, SAM, LIOR))

        # Dana creates the garin, invites three; they join; Lior mutes the group
        await ofakim_garin(dana, ids.values())
        await delivery.run_once()
        for person, name in ((avi, "אבי"), (sam, "Sam"), (lior, "ליאור")):
            [invite] = await person.receive(1)
            await person.tap(person.t("garin-accept"), expect=2, on=invite)
            [home] = await person.say(name)
        await lior.tap("🔕 השתקת הודעות הקבוצה", expect=2)

        # The code, from the garin's screen in private chat
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        [before] = await dana.tap("גרעין אופקים")
        assert "קבוצת טלגרם: לא מחוברת" in before.text
        [code_message] = await dana.tap("🔗 חיבור קבוצת טלגרם")
        code = re.search(r"/link_garin (\d{4}-\d{4})", code_message.text)
        assert code is not None and "30 דקות" in code_message.text
        command = f"/link_garin@kehila_bot {code.group(1)}"

        # In the group: the bot not yet admin, then a stranger, then Dana
        api.add_group(GROUP, "אופקים — הקבוצה", bot="member", kind="group")
        await api.group_text(GROUP, DANA, command)
        [not_admin] = await api.wait_for(GROUP, 1)
        assert not_admin.text.startswith("⚠️ כדי לחבר את הקבוצה, הבוט צריך להיות מנהל בה.")
        await api.set_bot_status(GROUP, "administrator", by_user=DANA)
        await api.group_text(GROUP, STRANGER, command, language="en")
        refused = (await api.wait_for(GROUP, 2))[-1]
        assert refused.text.startswith("⛔ Only the person who asked for this code")
        await api.group_text(GROUP, DANA, command)
        linked = (await api.wait_for(GROUP, 3))[-1]
        assert linked.text.startswith("✅ הקבוצה מחוברת עכשיו ל„גרעין אופקים”.")
        async with core.db.transaction() as db:
            [link] = list(await db.scalars(select(GarinTelegramGroup)))
        assert (link.chat_id, link.unlinked_at) == (GROUP, None)
        assert link.linked_by == await person_id(core, DANA)
        await api.group_text(GROUP, DANA, command)  # the code works once
        again = (await api.wait_for(GROUP, 4))[-1]
        assert again.text.startswith("⚠️ הקוד הזה לא עובד")

        # A group message: every unmuted member once, in their language, and the group once
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        [screen] = await dana.tap("גרעין אופקים")
        assert "קבוצת טלגרם: מחוברת" in screen.text  # the coordinator sees it is linked
        await dana.tap("📣 הודעה לגרעין")
        await dana.say("נפגשים ביום שישי באופקים")
        sent, _menu = await dana.tap("📤 שליחה", expect=2)
        assert sent.text == "📤 נשלח לשני חברים."
        heard_by_lior = len(lior.received)
        await delivery.run_once()
        await delivery.run_once()
        [to_avi] = await avi.receive(1)
        assert to_avi.text.startswith("📣 גרעין אופקים · ")
        assert to_avi.text.endswith(":\nנפגשים ביום שישי באופקים")
        [to_sam] = await sam.receive(1)
        assert to_sam.text.startswith("📣 \u2068גרעין אופקים\u2069")
        assert len(lior.received) == heard_by_lior
        posts = [s for s in api.messages_to(GROUP) if s.text.startswith("📣")]
        assert len(posts) == 1 and posts[0].text == to_avi.text  # the default language, he
        assert posts[0].buttons == []  # no private buttons in a group
        assert len(avi.received) == avi.seen and len(sam.received) == sam.seen  # once each

        # Sam, on Telegram, asks for his invite link: one person, expiring, privately
        [menu] = await sam.say("menu")
        [home] = await sam.tap(sam.t("menu-garin"), on=menu)
        [invite] = await sam.tap("🔗 Join the Telegram group", on=home)
        [made] = api.invite_links
        assert made["chat_id"] == GROUP and made["member_limit"] == 1
        assert made["name"].startswith("Sam") and made["expire_date"] == int(
            clock.now().timestamp()) + 24 * 3600
        assert invite.chat_id == SAM and invite.text.endswith(made["invite_link"])
        assert invite.text.startswith("🔗 Your invite link to the Telegram group")

        # The group becomes a supergroup: the link follows it
        await api.migrate_group(GROUP, SUPERGROUP)

        async def moved() -> bool:
            async with core.db.transaction() as db:
                garin = await db.scalar(select(Garin))
                return garin is not None and garin.telegram_chat_id == SUPERGROUP
        await eventually(moved)

        # The bot loses its admin rights: Dana hears that invite links stop working
        await api.set_bot_status(SUPERGROUP, "member", by_user=AVI)
        await eventually(lambda: _queued(core, "garin.group_demoted"))
        await delivery.run_once()
        demoted = [s for s in await dana.receive() if s.text.startswith("⚠️ הבוט כבר לא מנהל")]
        assert len(demoted) == 1

        # The bot is removed: unlinked, Dana told (once), no more group posts
        await api.set_bot_status(SUPERGROUP, "kicked", by_user=AVI)

        async def unlinked() -> bool:
            async with core.db.transaction() as db:
                garin = await db.scalar(select(Garin))
                return garin is not None and garin.telegram_chat_id is None
        await eventually(unlinked)
        await delivery.run_once()
        lost = [s for s in await dana.receive() if s.text.startswith("⚠️ הבוט הוצא")]
        assert len(lost) == 1 and "„גרעין אופקים”" in lost[0].text

        # A second group; the bot is kicked there without an update reaching us: the next
        # post is refused (403), the link ends and Dana is told
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("גרעין אופקים")
        [code_message] = await dana.tap("🔗 חיבור קבוצת טלגרם")
        code = re.search(r"/link_garin (\d{4}-\d{4})", code_message.text)
        assert code is not None
        api.add_group(SECOND, "אופקים 2", bot="administrator")
        await api.group_text(SECOND, DANA, f"/link_garin {code.group(1)}")
        await api.wait_for(SECOND, 1)
        api.groups[SECOND]["bot"] = "kicked"
        await dana.say("תפריט")
        await dana.tap("🌱 גרעינים ומתעניינים")
        await dana.tap("גרעין אופקים")
        await dana.tap("📣 הודעה לגרעין")
        await dana.say("מחר בשמונה")
        await dana.tap("📤 שליחה", expect=2)
        await delivery.run_once()
        await delivery.run_once()
        async with core.db.transaction() as db:
            [post] = list(await db.scalars(select(OutboxMessage).where(
                OutboxMessage.chat == f"telegram:{SECOND}")))
            garin = await db.scalar(select(Garin))
        assert post.state == "failed" and "kicked" in (post.reason or "")
        assert garin is not None and garin.telegram_chat_id is None
        lost = [s for s in await dana.receive() if s.text.startswith("⚠️ הבוט הוצא")]
        assert len(lost) == 1
