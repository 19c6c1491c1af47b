"""Replies a person waits for, as Telegram sees them: a 429 is waited out and the reply goes
once; an edit Telegram calls "not modified" is done (nothing sent anew); a long text comes
in parts with the keyboard on the last; asking for the phone shows Telegram's contact key,
and the answer to a shared contact takes that keyboard away."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.support.person import on_telegram
from tests.support.telegram import running_bot

NOA = 1001
LONG = "מילה " * 1100  # ~5,500 characters: more than one Telegram message holds
SURVEY = f"""\
id: long
version: 1
title: {{he: סקר ארוך, en: Long}}
thanks: {{he: תודה!, en: Thanks!}}
questions:
  - id: fruit
    type: multi
    title: {{he: פירות, en: Fruit}}
    text: {{he: "אילו פירות?", en: "Which fruit?"}}
    options:
      - {{id: apple, text: {{he: תפוח, en: Apple}}}}
      - {{id: banana, text: {{he: בננה, en: Banana}}}}
  - id: story
    type: single
    title: {{he: סיפור, en: Story}}
    text: {{he: "{LONG}", en: "Long"}}
    options:
      - {{id: sure, text: {{he: כן, en: Yes}}}}
      - {{id: nope, text: {{he: לא, en: No}}}}
"""


@pytest.fixture
def long_survey(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "surveys"
    folder.mkdir()
    (folder / "long.yaml").write_text(SURVEY, encoding="utf-8")
    return {"survey_dir": str(folder), "survey_active": "long"}


async def test_a_replys_429_holds_the_chat_then_the_reply_goes_once(database_url, api, clock):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock) as bot:
        await noa.onboard()
        sent_before = len(api.messages_to(NOA))
        api.fail_next("sendMessage", 429, retry_after=1, chat_id=NOA)
        started = time.monotonic()
        [menu] = await noa.say("תפריט")
        assert time.monotonic() - started >= 0.9  # waited Telegram's retry_after out
        assert menu.method == "sendMessage" and menu.labels
        assert len(api.messages_to(NOA)) == sent_before + 1 and api.too_many == 1
        assert bot.core.limiters.get("telegram").chat_holds == 1  # this chat, not all


async def test_an_edit_telegram_calls_not_modified_is_done(database_url, api, clock,
                                                          long_survey):
    """A double tap reaches Telegram as an edit to what the message already shows: that is
    done, nothing is sent anew (a refused edit would send the question again)."""
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock, **long_survey):
        await noa.onboard()
        [question] = await noa.tap("📋 לענות על הסקר")
        sent_before = len(api.messages_to(NOA))
        api.fail_next("editMessageReplyMarkup", 400, "Bad Request: message is not modified: "
                      "specified new message content and reply markup are exactly the same")
        await api.press(NOA, question, "תפוח")
        for _ in range(200):
            if api.calls["editMessageReplyMarkup"]:
                break
            await asyncio.sleep(0.02)
        assert api.calls["editMessageReplyMarkup"] == 1
        await asyncio.sleep(0.3)  # time enough for a message sent anew to arrive
        assert len(api.messages_to(NOA)) == sent_before
        assert api.calls["sendMessage"] == sent_before


async def test_a_long_reply_comes_in_parts_with_the_keyboard_on_the_last(
        database_url, api, clock, long_survey):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock, **long_survey):
        await noa.onboard()
        await noa.tap("📋 לענות על הסקר")
        await noa.tap("תפוח")
        first, last = await noa.tap("✔️ סיימתי", expect=2)
        assert all(len(part.text) <= 4096 for part in (first, last))
        assert f"{first.text} {last.text}".split() == ["(2/2)", *LONG.split()]
        assert "reply_markup" not in first.params
        assert last.labels[:2] == ["כן", "לא"]


async def test_asking_for_the_phone_shows_the_contact_key_and_sharing_removes_it(
        database_url, api, clock):
    noa = on_telegram(api, NOA)
    async with running_bot(database_url, api, clock=clock):
        await noa.onboard()
        [ask] = await noa.tap_key("menu-link-phone")
        markup = ask.params["reply_markup"]
        assert markup["one_time_keyboard"] is True and markup["resize_keyboard"] is True
        [contact_key], [cancel] = markup["keyboard"]
        assert contact_key["request_contact"] is True and contact_key["text"]
        assert cancel == {"text": noa.t("deleteme-no")}
        done, _menu = await noa.share_phone("+972 50-234-5678", expect=2)
        assert done.text == noa.t("link-phone-done")
        assert done.params["reply_markup"] == {"remove_keyboard": True}
        assert "reply_markup" not in _menu.params or "remove_keyboard" not in \
            _menu.params["reply_markup"]  # only the first answer removes it
