"""On Telegram a tick or a page edits the question in place; only a final answer marks it.

Noa ticks five times on a multiple choice: the chat still holds one copy of the question,
its keyboard edited each time (the stand-in applies and records the edits); "done" marks it
with what she chose and the next question arrives as a new message."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from conversations.meetings.commands import import_meetings
from storage.survey_models import SurveyAnswer
from tests.support.person import on_telegram
from tests.support.telegram import running_bot
from tests.timeline import START, israel

NOA = 1001
PICKS = """\
id: picks
version: 1
title: {he: סקר בחירות, en: Picks}
thanks: {he: תודה!, en: Thanks!}
questions:
  - id: fruit
    type: multi
    title: {he: פירות, en: Fruit}
    text: {he: "אילו פירות? אפשר כמה.", en: "Which fruit? Pick any."}
    options:
      - {id: apple, text: {he: תפוח, en: Apple}}
      - {id: banana, text: {he: בננה, en: Banana}}
      - {id: cherry, text: {he: דובדבן, en: Cherry}}
      - {id: date, text: {he: תמר, en: Date}}
      - {id: fig, text: {he: תאנה, en: Fig}}
  - id: note
    type: text
    optional: true
    title: {he: הערה, en: Note}
    text: {he: "משהו להוסיף?", en: "Anything to add?"}
"""
QUESTION = "(1/2)\nאילו פירות? אפשר כמה."


@pytest.fixture
def picks(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "surveys"
    folder.mkdir()
    (folder / "picks.yaml").write_text(PICKS, encoding="utf-8")
    return {"survey_dir": str(folder), "survey_active": "picks"}


async def test_five_ticks_leave_one_question_marked_with_the_final_choices(
        database_url, api, clock, picks):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock, **picks) as bot:
        await noa.onboard()
        [question] = await noa.tap("📋 לענות על הסקר")
        assert question.text.startswith(QUESTION)
        sent_before = len(api.messages_to(NOA))
        for fruit in ("תפוח", "בננה", "דובדבן", "תמר", "✅ בננה"):  # the last unticks
            [edited] = await noa.tap(fruit)
            assert edited.method == "editMessageReplyMarkup"  # the text stays; ticks move
            assert edited.message_id == question.message_id
        assert len(api.messages_to(NOA)) == sent_before  # nothing new in the chat
        assert noa.last.labels[:5] == ["✅ תפוח", "בננה", "✅ דובדבן", "✅ תמר", "תאנה"]

        [note] = await noa.tap("✔️ סיימתי")
        assert note.method == "sendMessage" and note.text.startswith("(2/2)")
        copies = [m for m in api.shown_in(NOA) if m["text"].startswith(QUESTION)]
        assert len(copies) == 1
        assert copies[0]["labels"] == []  # answered: no keyboard left
        assert copies[0]["text"] == (f"{QUESTION}\n\n✅ תפוח\n✅ דובדבן\n✅ תמר\n✔️ סיימתי")
        async with bot.core.db.transaction() as db:
            [fruit] = await db.scalars(select(SurveyAnswer).where(
                SurveyAnswer.question_id == "fruit"))
        assert fruit.value == ["apple", "cherry", "date"]


async def test_a_typed_tick_sends_the_question_anew(database_url, api, clock, picks):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock, **picks):
        await noa.onboard()
        [question] = await noa.tap("📋 לענות על הסקר")
        [again] = await noa.say("תאנה")  # typed, not tapped: no message to edit
        assert again.method == "sendMessage" and again.message_id != question.message_id
        assert "✅ תאנה" in again.labels


async def test_when_telegram_refuses_the_edit_the_question_comes_anew(
        database_url, api, clock, picks):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock, **picks):
        await noa.onboard()
        [question] = await noa.tap("📋 לענות על הסקר")
        api.fail_next("editMessageReplyMarkup", 400, "Bad Request: message can't be edited")
        [again] = await noa.tap("תפוח")
        assert again.method == "sendMessage" and again.message_id != question.message_id
        assert "✅ תפוח" in again.labels  # the tick is not lost
        [edited] = await noa.tap("בננה", on=again)  # and the new copy edits in place again
        assert edited.message_id == again.message_id


async def test_more_meetings_and_back_turn_the_page_in_place(database_url, api, clock):
    rows = "".join(f"ערב {n},Ofakim,{israel(START + timedelta(days=n + 1)):%Y-%m-%d} 19:30,"
                   f"10,\"הנשיא {n}, אופקים\"\n" for n in range(7))
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock) as bot:
        async with bot.core.db.transaction() as db:  # what `kehila meetings import` runs
            report = await import_meetings(db, bot.core.services,
                                           "title,locality,starts_at,capacity,address\n"
                                           + rows, clock.now())
        assert report.errors == [] and len(report.created) == 7
        await noa.onboard()
        await noa.tap("🏠 חוגי בית")
        [first] = await noa.tap("🌍 כל הארץ")
        assert "⬅️ עוד" in first.labels and "➡️ הקודמים" not in first.labels
        [second] = await noa.tap("⬅️ עוד")
        assert second.method == "editMessageText" and second.message_id == first.message_id
        assert "➡️ הקודמים" in second.labels and "⬅️ עוד" not in second.labels
        [again] = await noa.tap("➡️ הקודמים")
        assert again.method == "editMessageText" and again.message_id == first.message_id
        assert again.text == first.text
        lists = [m for m in api.shown_in(NOA) if m["message_id"] == first.message_id]
        assert lists[0]["labels"] == again.labels  # the one list, on its first page again
