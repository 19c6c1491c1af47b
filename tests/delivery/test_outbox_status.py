"""Coordinators see delivery counts and reasons in the chat and with `kehila outbox status`."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.cli import build_parser
from bot.clock import Clock
from conversations.domain.types import Outbound
from conversations.outbox_report.report import SCHEDULE_STATES, render
from locales import LANGUAGES, default_localizer
from storage import outbox, outbox_status
from storage.models import OutboxMessage
from storage.outbox_status import SHOWN_STATES, Status
from tests.support.outbox import add_person
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

DANA = 7001
NOA = 1001



async def seed(db, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """Three broadcast rows in three outcomes, one reminder waiting out Shabbat."""
    people = [await add_person(db, 4000 + n, now) for n in range(4)]
    outcomes = [("sent", None, "telegram"),
                ("failed", "telegram 403: Forbidden: bot was blocked by the user", "telegram"),
                ("unknown", "the bot stopped while sending: it may or may not have arrived",
                 "telegram"),
                ("pending", "quiet hours (shabbat Fri 27.11 15:56 – Sat 28.11 17:15): "
                 "waits until they end", None)]
    for person, (state, reason, channel) in zip(people, outcomes, strict=True):
        kind = "reminder" if state == "pending" else "broadcast"
        await outbox.enqueue(db, person_id=person, kind=kind, key=f"{kind}:{person}", now=now,
                             message=Outbound(text="hello"))
        row = await db.get(OutboxMessage, person)
        row.state, row.reason, row.channel = state, reason, channel
    await outbox.schedule(db, kind="meeting.remind", key="m:1", due_at=now, now=now)


async def test_coordinator_reads_the_delivery_status_in_the_chat(database_url, api):
    async with running_bot(database_url, api, Clock()) as bot:
        async with bot.core.db.transaction() as db:
            await seed(db, datetime.now(UTC))
        dana = on_telegram(api, DANA)
        menu = await dana.onboard()
        assert "📬 מצב השליחה" in menu.labels
        report = (await dana.tap("📬 מצב השליחה", expect=2, on=menu))[-2]
        assert report.text.startswith("📬 מצב השליחה ב־7 הימים האחרונים")
        assert "• הודעה לקהל: ⏳ 0 · ✅ 1 · ❌ 1 · ✋ 0 · ❓ 1 · ⏭️ 0" in report.text
        assert "• טלגרם: ⏳ 0 · ✅ 1" in report.text  # names, not ids (issue 20)
        assert "broadcast" not in report.text and "telegram:" not in report.text
        assert "• reminder: ⏳ 1 · ✅ 0" in report.text
        assert "• טרם נבחר: ⏳ 1" in report.text
        assert "• meeting.remind: ממתינות 1" in report.text
        assert "• נכשלו ×1: telegram 403: Forbidden: bot was blocked by the user" in report.text
        assert ("• ממתינות ×1: שעות שקט (שבת, 27.11 15:56 – 28.11 17:15): ממתינה לסופן"
                in report.text)

        noa = on_telegram(api, NOA)
        menu = await noa.onboard()
        assert "📬 מצב השליחה" not in menu.labels
        button = next(b for b in (await api.wait_for(DANA, 1))[-1].buttons
                      if b["text"] == "📬 מצב השליחה")
        await api.press_data(NOA, button["callback_data"])  # a forwarded or forged button
        refused = (await noa.receive(1))[-1]
        assert refused.text.startswith("הפעולה הזאת שמורה לרכזים")


async def test_cli_prints_the_report(core, capsys):
    async with core.db.transaction() as db:
        await seed(db, datetime.now(UTC))
    args = build_parser().parse_args(["outbox", "status", "--days", "3"])
    await args.func(args, core.settings)
    printed = capsys.readouterr().out
    assert printed.startswith("📬 Delivery status, last 3 days")
    assert "• Telegram: ⏳ 0 · ✅ 1 · ❌ 1 · ✋ 0 · ❓ 1 · ⏭️ 0" in printed
    assert "• Broadcast: ⏳ 0 · ✅ 1" in printed
    assert "• waiting ×1: quiet hours (Shabbat, 27.11 15:56 – 28.11 17:15)" in printed
    assert "• unknown (may have arrived) ×1: the bot stopped while sending" in printed


def test_every_state_has_its_text_in_every_language():
    status = Status()
    for state in SHOWN_STATES:
        status.by_kind["k"][state] += 1
        status.reasons.append((state, "why", 1))
    for state in SCHEDULE_STATES:
        status.scheduled["job"][state] += 1
    localizer = default_localizer()
    for language in LANGUAGES:
        text = render(status, localizer.bind(language, "f"), days=7)
        for state in (*SHOWN_STATES, *SCHEDULE_STATES):
            assert f"outbox-state-{state}" not in text and f"outbox-schedule-{state}" not in text
        assert text.count("\n") > 8


async def test_empty_period_says_so(core, clock):
    async with core.db.transaction() as db:
        status = await outbox_status.status(db, since=clock.now())
    text = render(status, default_localizer().bind("en", None), days=7)
    assert text.endswith("Nothing was queued or scheduled in this period.")
