"""The outbox's group recipient (a garin's linked Telegram group) through the real Telegram
channel and the stand-in: queued once per key, sent once, paced by the group's own bucket
(Telegram: 20 a minute per group); a group that has removed the bot fails the row and is
reported through `on_chat_gone`, once."""

from __future__ import annotations

import pytest

from bot.delivery.outbox_worker import Delivery
from conversations.domain.types import Outbound
from storage import outbox
from tests.support.outbox import outbox_rows
from tests.support.telegram import running_bot

GROUP = -1000500


async def test_a_group_row_is_sent_once_within_the_group_limit(database_url, api, clock):
    api.add_group(GROUP, "גרעין", bot="administrator")
    gone: list[tuple[str, str]] = []

    async def on_gone(chat: str, reason: str) -> None:
        gone.append((chat, reason))

    async with running_bot(database_url, api, clock, telegram_group_per_minute=20) as bot:
        core = bot.core
        delivery = Delivery(core.db, clock, {"telegram": bot.channel},
                            limiters=core.limiters, on_chat_gone=on_gone)
        async with core.db.transaction() as db:
            for key in ("g:1", "g:1"):
                await outbox.enqueue_to_chat(db, chat=f"telegram:{GROUP}", kind="garin.group_post",
                                             key=key, message=Outbound("שלום לקבוצה"),
                                             now=clock.now())
        await delivery.run_once()
        await delivery.run_once()
        [row] = await outbox_rows(core.db)
        assert (row.person_id, row.chat, row.state) == (None, f"telegram:{GROUP}", "sent")
        assert [s.text for s in api.messages_to(GROUP)] == ["שלום לקבוצה"]
        bucket = core.limiters.get("telegram")._chats[str(GROUP)]
        assert bucket.rate == pytest.approx(20 / 60) and bucket.capacity == 1

        api.groups[GROUP]["bot"] = "kicked"
        async with core.db.transaction() as db:
            await outbox.enqueue_to_chat(db, chat=f"telegram:{GROUP}", kind="garin.group_post",
                                         key="g:2", message=Outbound("עוד הודעה"),
                                         now=clock.now())
        await delivery.run_once()
        await delivery.run_once()
        rows = await outbox_rows(core.db)
        assert rows[-1].state == "failed" and "kicked" in (rows[-1].reason or "")
        assert gone == [(f"telegram:{GROUP}", rows[-1].reason)]
