"""Business-initiated WhatsApp messages: the 24-hour window, templates, Twilio's errors,
delivery statuses and STOP / START — through the real outbox worker and the stand-in API."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from conversations.domain.types import Choice, Outbound
from standins.twilio_api import TwilioStandIn
from storage import outbox
from storage.models import Identity, OutboxMessage, Person
from storage.whatsapp_models import WhatsAppStatus
from tests.support.whatsapp import running_whatsapp

NOA = "+972502345678"
TEMPLATES = {"meeting_reminder": {"he": "HX" + "1" * 32, "en": "HX" + "2" * 32}}


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def onboarded(bot) -> tuple[object, int]:
    """Noa says hello and goes through first contact by numbers; returns (user, messages)."""
    noa = bot.user(NOA)
    for text in ("שלום", "1", "2", "1"):
        await noa.says(text)
        await bot.settle()
    return noa, len(bot.api.to(NOA))


async def queue(bot, key: str, text: str, *, kind: str = "meeting_reminder",
                choices: tuple[Choice, ...] = (), urgent: bool = False) -> int:
    async with bot.core.db.transaction() as db:
        person = await db.scalar(select(Person))
        await outbox.enqueue(db, person_id=person.id, kind=kind, key=key, urgent=urgent,
                             message=Outbound(text, choices, language="he"),
                             now=bot.core.clock.now())
        return await db.scalar(select(OutboxMessage.id).where(OutboxMessage.key == key))


async def row(bot, row_id: int) -> OutboxMessage:
    async with bot.core.db.transaction() as db:
        return await db.get(OutboxMessage, row_id)


async def opted_out(bot) -> bool:
    async with bot.core.db.transaction() as db:
        return (await db.scalar(select(Person))).opted_out_at is not None


async def test_inside_the_window_free_text_whose_numbers_can_be_answered(
        database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        noa, count = await onboarded(bot)
        clock.advance(timedelta(hours=23))
        row_id = await queue(bot, "r1", "תזכורת: חוג בית מחר ב-20:00",
                             choices=(Choice("📄 המידע שלי", action="mydata"),))
        assert await bot.delivery().run_once() == 1
        sent = api.to(NOA)[count]
        assert sent.content_sid is None
        assert sent.text.endswith("\n\n1. 📄 המידע שלי")
        delivered = await row(bot, row_id)
        assert (delivered.state, delivered.platform_message_id) == ("sent", sent.sid)
        await noa.says("1")  # the number refers to the reminder's own options
        document = (await api.wait_for(NOA, count + 2))[count + 1]
        assert document.media_urls


async def test_outside_the_window_a_template_or_held(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock,
                                whatsapp_templates=TEMPLATES) as bot:
        _, count = await onboarded(bot)
        clock.advance(timedelta(hours=25))
        reminder = await queue(bot, "r1", "תזכורת:\nחוג בית מחר ב-20:00",
                               choices=(Choice("אגיע", target="yes"),))
        broadcast = await queue(bot, "b1", "עדכון שבועי", kind="broadcast")
        await bot.delivery().run_once()
        [sent] = api.to(NOA)[count:]
        assert sent.content_sid == TEMPLATES["meeting_reminder"]["he"]
        assert sent.body is None
        assert json.loads(sent.content_variables) == {
            "1": "תזכורת: · חוג בית מחר ב-20:00 · 1. אגיע"}
        assert (await row(bot, reminder)).state == "sent"
        held = await row(bot, broadcast)
        assert held.state == "held"
        assert "24-hour window" in held.reason and "broadcast/he" in held.reason


REFUSALS = [(400, 63016, "held", False), (400, 21610, "held", True),
            (400, 21211, "failed", True)]  # the last also marks the number unreachable


async def test_twilio_refusals_end_in_the_right_state(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        await onboarded(bot)
        for status, code, state, is_opted_out in REFUSALS:
            row_id = await queue(bot, f"r{code}", "תזכורת", urgent=True)
            api.fail_next(status, code)
            await bot.delivery().run_once()
            failed = await row(bot, row_id)
            assert failed.state == state, code
            assert str(code) in failed.reason
            assert await opted_out(bot) is is_opted_out
        async with bot.core.db.transaction() as db:
            identity = await db.scalar(select(Identity))
            assert "21211" in identity.unreachable_reason


async def test_rate_limits_and_server_errors_are_retried(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        _, count = await onboarded(bot)
        for status, code in ((429, 20429), (503, None)):
            row_id = await queue(bot, f"r{status}", "תזכורת")
            api.fail_next(status, code)
            await bot.delivery().run_once()
            waiting = await row(bot, row_id)
            assert waiting.state == "pending" and waiting.not_before > clock.now()
            clock.set(waiting.not_before)
            await bot.delivery().run_once()
            assert (await row(bot, row_id)).state == "sent"
            count += 1
            assert len(api.to(NOA)) == count


async def test_a_hanging_api_leaves_the_message_unknown(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock, twilio_timeout=0.3) as bot:
        await onboarded(bot)
        row_id = await queue(bot, "r1", "תזכורת")
        api.fail_next(0)
        await bot.delivery().run_once()
        assert (await row(bot, row_id)).state == "unknown"


async def test_long_text_is_split_below_the_limit(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        _, count = await onboarded(bot)
        paragraphs = [f"פסקה {n}: " + "מילה " * 150 for n in range(5)]
        row_id = await queue(bot, "long", "\n\n".join(paragraphs))
        await bot.delivery().run_once()
        parts = api.to(NOA)[count:]
        assert len(parts) > 1 and all(len(p.text) <= 1600 for p in parts)
        assert parts[1].text.startswith("פסקה")  # cut at a paragraph, not mid-word
        assert " ".join(p.text for p in parts).split() == "\n\n".join(paragraphs).split()
        assert (await row(bot, row_id)).platform_message_id == parts[-1].sid


async def test_status_callbacks_are_recorded_and_only_move_forward(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        noa, count = await onboarded(bot)
        first = await queue(bot, "r1", "תזכורת")
        second = await queue(bot, "r2", "עוד תזכורת")
        await bot.delivery().run_once()
        sid1, sid2 = (m.sid for m in api.to(NOA)[count:])
        for status in ("sent", "delivered", "read", "sent", "delivered"):  # late and retried
            assert (await noa.status(sid1, status)).status_code == 204
        assert (await noa.status(sid2, "undelivered", 63016)).status_code == 204
        assert (await row(bot, first)).delivery_status == "read"
        late = await row(bot, second)
        assert (late.delivery_status, late.state) == ("undelivered", "held")
        assert "63016" in late.reason
        async with bot.core.db.transaction() as db:
            statuses = list(await db.scalars(select(WhatsAppStatus)
                                             .where(WhatsAppStatus.message_sid == sid1)))
            assert sorted(s.status for s in statuses) == ["delivered", "read", "sent"]
            failed = await db.get(WhatsAppStatus, (sid2, "undelivered"))
            assert failed.error_code == 63016
        replies = [m.sid for m in api.to(NOA)[:count]]
        assert (await noa.status(replies[0], "delivered")).status_code == 204  # a reply


async def test_stop_and_start(database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        noa, count = await onboarded(bot)
        await noa.says("STOP")
        [stopped] = (await api.wait_for(NOA, count + 1))[count:]
        assert stopped.text.startswith("בוצע ✋ לא נשלח לך יותר הודעות ביוזמתנו")
        assert "כתבי" in stopped.text  # addressed in her form
        assert await opted_out(bot)
        held = await queue(bot, "r1", "תזכורת")
        urgent = await queue(bot, "u1", "החוג בוטל", urgent=True)
        await bot.delivery().run_once()
        assert (await row(bot, held)).state == "held"
        assert (await row(bot, urgent)).state == "sent"
        await noa.says("תפריט")  # answers to her own messages still go
        menu = (await api.wait_for(NOA, count + 3))[-1]
        assert menu.text.startswith("מה תרצי לעשות?")
        await noa.says("START")
        resumed, menu = (await api.wait_for(NOA, count + 5))[-2:]
        assert resumed.text.startswith("טוב שחזרת")
        assert menu.text.startswith("מה תרצי לעשות?")
        assert not await opted_out(bot)
        await queue(bot, "r2", "תזכורת חדשה")
        await bot.delivery().run_once()
        assert api.to(NOA)[-1].text == "תזכורת חדשה"
        await noa.says("הסר")  # the Hebrew word works as well
        await api.wait_for(NOA, count + 7)
        assert await opted_out(bot)
