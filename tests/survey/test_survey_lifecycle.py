"""Reminders, the coordinators' summary and privacy, on a short survey from SURVEY_DIR."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from storage.survey_models import SurveyAnswer, SurveyResponse
from tests.support.person import Person, on_telegram
from tests.support.telegram import running_bot

NOA, AVI, RANA, DANA = 1001, 1002, 1003, 7001
MINI = """\
id: mini
version: 1
title: {he: סקר קצר, en: A short survey}
thanks: {he: תודה!, en: Thanks!}
questions:
  - id: colour
    type: single
    title: {he: צבע, en: Colour}
    text: {he: "איזה צבע?", en: "Which colour?"}
    options:
      - {id: red, text: {he: אדום, en: Red}}
      - {id: blue, text: {he: כחול, en: Blue}}
  - id: note
    type: text
    optional: true
    max_length: 40
    title: {he: הערה, en: Note}
    text: {he: "משהו להוסיף?", en: "Anything to add?"}
"""



@pytest.fixture
def mini(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "surveys"
    folder.mkdir()
    (folder / "mini.yaml").write_text(MINI, encoding="utf-8")
    return {"survey_dir": str(folder), "survey_active": "mini"}


async def finish_mini(chat: Person, note: str = "הכול טוב") -> None:
    await chat.tap("📋 לענות על הסקר")
    await chat.tap("אדום")
    await chat.say(note)
    await chat.tap("✅ שליחה", expect=2)


async def test_one_reminder_after_two_quiet_days_and_none_after_finishing(
        database_url, api, clock, mini):
    noa, avi, rana = (on_telegram(api, user) for user in (NOA, AVI, RANA))
    async with running_bot(database_url, api, clock=clock, **mini) as bot:
        scheduler = Scheduler(bot.core.db, bot.core.services, clock)
        delivery = Delivery(bot.core.db, clock, {"telegram": bot.channel})
        for person in (noa, avi, rana):
            await person.onboard()
        [colour] = await noa.tap("📋 לענות על הסקר")
        assert colour.text.startswith("(1/2)\nאיזה צבע?")
        await noa.tap("אדום")
        await noa.say("תפריט")  # Noa stops after one answer
        await finish_mini(avi)  # Avi finishes at once
        await rana.tap("📋 לענות על הסקר")  # Rana starts, answers a day later

        clock.advance(timedelta(days=1))
        await rana.tap("כחול")
        assert await scheduler.tick() == 0
        clock.advance(timedelta(days=1, minutes=1))
        assert await scheduler.tick() == 2  # Noa's is sent; Rana's waits for her quiet days
        assert await delivery.run_once() == 1
        nudge = (await api.wait_for(NOA, len(noa.received)))[-1]
        assert nudge.text.startswith("היי 👋 התחלת את הסקר וענית על 1 מתוך 2 שאלות")
        assert nudge.labels == ["▶️ להמשיך את הסקר"]

        clock.advance(timedelta(days=1))
        assert await scheduler.tick() == 1  # Rana's, two days after her answer
        assert await delivery.run_once() == 1
        assert api.messages_to(RANA)[-1].text.startswith("היי 👋")
        clock.advance(timedelta(days=10))
        assert await scheduler.tick() == 0  # one reminder each (SURVEY_NUDGE_MAX=1)
        assert not any(m.text.startswith("היי 👋") for m in api.messages_to(AVI))

        back, note = await noa.tap("▶️ להמשיך את הסקר", expect=2, on=nudge)
        assert back.text.startswith("טוב שחזרת!")
        assert note.text.startswith("(2/2)\nמשהו להוסיף?")
        error, _ = await noa.say("א" * 41, expect=2)
        assert error.text == "התשובה ארוכה מדי (41 תווים). אפשר לקצר עד 40 תווים?"


async def test_summary_goes_to_coordinators_only_and_deleting_keeps_only_statistics(
        database_url, api, clock, mini):
    noa, dana = on_telegram(api, NOA), on_telegram(api, DANA, form="m")
    async with running_bot(database_url, api, clock=clock, **mini) as bot:
        await noa.onboard()
        await finish_mini(noa, note="הערה אישית")
        menu = noa.last
        assert "📊 סיכום הסקר" not in menu.labels
        await api.press_data(NOA, "a|survey.summary|")
        refused = (await api.wait_for(NOA, len(noa.received) + 2))[-2]
        assert refused.text == "הפעולה הזאת שמורה לרכזים ולרכזות."
        assert api.to(NOA, "sendDocument") == []

        await dana.onboard()
        assert "📊 סיכום הסקר" in dana.last.labels
        summary, *charts, menu = await dana.tap("📊 סיכום הסקר", expect=4)
        assert summary.text.splitlines()[:2] == ["📊 סקר קצר", "התחילו: 1 · סיימו: 1 (100%)"]
        assert [c.params["document_filename"] for c in charts] == [
            "survey-funnel.png", "survey-answers.png"]
        assert all(c.params["document_content"].startswith(b"\x89PNG") for c in charts)

        await noa.say("המידע שלי")
        [data] = [d for d in api.to(NOA, "sendDocument")
                  if d.params["document_filename"] == "my-data.json"]
        mine = json.loads(data.params["document_content"])
        assert mine["survey"]["mini"]["answers"] == {"colour": "red", "note": "הערה אישית"}

        confirm = (await noa.say("מחק אותי"))[-1]
        await noa.tap("כן, למחוק הכול", on=confirm)
        async with bot.core.db.transaction() as db:
            response = await db.scalar(select(SurveyResponse))
            answers = list(await db.scalars(select(SurveyAnswer)))
        assert response.person_id is None and response.status == "finished"
        assert [(a.question_id, a.value) for a in answers] == [("colour", "red")]
