"""First contact, menu, restart, stale buttons and bad input through the real PTB Application."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from storage.models import ConversationState, Identity, Person
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

NOA = 1001
AVI = 1002


async def test_first_contact_reaches_the_menu_in_the_chosen_form(database_url, api):
    async with running_bot(database_url, api) as bot:
        await api.text(NOA, "/start")
        [language] = await api.wait_for(NOA, 1)
        assert language.labels == ["עברית", "العربية", "English", "Русский"]
        await api.press(NOA, language, "עברית")
        form = (await api.wait_for(NOA, 2))[-1]
        assert form.labels == ["בלשון זכר", "בלשון נקבה", "בלשון רבים"]
        await api.press(NOA, form, "בלשון נקבה")
        notice = (await api.wait_for(NOA, 3))[-1]
        assert "את מסכימה?" in notice.text
        async with bot.core.db.transaction() as db:  # nothing personal before consent
            person = await db.scalar(select(Person))
            assert person.address_form is None and person.consented_at is None
        await api.press(NOA, notice, "מסכימה")
        welcome, menu = (await api.wait_for(NOA, 5))[-2:]
        assert welcome.text.startswith("ברוכה הבאה")
        assert "מה תרצי לעשות?" in menu.text
        assert "📄 המידע שלי" in menu.labels
        edits = api.to(NOA, "editMessageText")
        assert any(e.text.endswith("✔️ מסכימה") for e in edits)  # the pressed button is shown
        assert len(api.to(NOA, "answerCallbackQuery")) == 0  # answers have no chat id
        assert api.calls["answerCallbackQuery"] == 3
        async with bot.core.db.transaction() as db:
            person = await db.scalar(select(Person))
            assert person.address_form == "f" and person.consented_at is not None
        assert set(api.commands) == {None, "he", "ar", "en", "ru"}
        names = [c["command"] for c in api.commands["en"]]
        assert names == ["start", "menu", "help", "back", "cancel", "mydata", "deleteme"]
        assert api.commands["ru"][1]["description"] == "Главное меню"


async def test_restart_mid_flow_resumes_at_the_same_question(database_url, api):
    async with running_bot(database_url, api):
        await api.text(NOA, "/start")
        [language] = await api.wait_for(NOA, 1)
        await api.press(NOA, language, "English")
        form = (await api.wait_for(NOA, 2))[-1]
    async with running_bot(database_url, api):  # a new process, same database
        await api.press(NOA, form, "As a woman")
        notice = (await api.wait_for(NOA, 3))[-1]
        assert notice.text.startswith("Before we start")
        await api.text(NOA, "I agree")  # typing the label works as well as tapping it
        menu = (await api.wait_for(NOA, 5))[-1]
        assert menu.text == "What would you like to do?"


async def test_stale_and_forged_buttons_get_a_polite_answer(database_url, api):
    async with running_bot(database_url, api):
        noa = on_telegram(api, NOA)
        await noa.onboard()
        count = len(noa.received)
        language = api.messages_to(NOA)[0]
        await api.press(NOA, language, "עברית")  # from the very first message
        stale, menu = (await api.wait_for(NOA, count + 2))[-2:]
        assert stale.text.startswith("הכפתור הזה שייך להודעה קודמת")
        assert "מה תרצי לעשות?" in menu.text
        await api.press_data(NOA, "not|a|real|button")
        forged = (await api.wait_for(NOA, count + 4))[-2]
        assert forged.text.startswith("הכפתור הזה שייך להודעה קודמת")
        await api.press_data(NOA, "a|no.such.action|1")
        unknown = (await api.wait_for(NOA, count + 6))[-2]
        assert unknown.text.startswith("הכפתור הזה")


@pytest.mark.parametrize("content", [
    {"sticker": {"file_id": "s1", "file_unique_id": "s1", "width": 512, "height": 512,
                 "is_animated": False, "is_video": False, "type": "regular"}},
    {"photo": [{"file_id": "p1", "file_unique_id": "p1", "width": 90, "height": 90}]},
    {"voice": {"file_id": "v1", "file_unique_id": "v1", "duration": 3}},
])
async def test_unsupported_media_gets_a_localized_answer(database_url, api, content):
    async with running_bot(database_url, api):
        noa = on_telegram(api, NOA)
        await noa.onboard()
        count = len(noa.received)
        await api.message(NOA, **content)
        answer, menu = (await api.wait_for(NOA, count + 2))[-2:]
        assert answer.text.startswith("כרגע אני יודע לקרוא כאן רק טקסט")
        assert "מה תרצי לעשות?" in menu.text


async def test_hostile_text_never_crashes(database_url, api):
    async with running_bot(database_url, api):
        avi = on_telegram(api, AVI, form="m")
        await avi.onboard()
        count = len(avi.received)
        await api.text(AVI, "א" * 10_000)
        too_long = (await api.wait_for(AVI, count + 2))[-2]
        assert "10,000" in too_long.text
        cases = [("🙂🙃🎉", 2), ("\u200f\u202bתפריט\u202c", 1), ("", 2), ("   ", 2),
                 ("/nonsense", 2), ("<b>x</b>", 2)]
        for text, answers in cases:  # an explanation, then the menu again
            count = len(api.messages_to(AVI))
            await api.text(AVI, text)
            replies = await api.wait_for(AVI, count + answers)
            assert all(r.text.strip() for r in replies)
            assert "מה תרצה לעשות?" in replies[-1].text


async def test_a_replayed_update_is_handled_once(database_url, api):
    async with running_bot(database_url, api) as bot:
        noa = on_telegram(api, NOA)
        await noa.onboard()
        count = len(noa.received)
        update = {"update_id": 5000, "message": {
            "message_id": 77, "date": 1, "text": "עזרה",
            "chat": {"id": NOA, "type": "private"},
            "from": {"id": NOA, "is_bot": False, "first_name": "Noa"}}}
        await api.push(dict(update))
        await api.wait_for(NOA, count + 2)
    async with running_bot(database_url, api) as bot:  # redelivered after a restart
        await api.push(dict(update))
        await api.text(NOA, "תפריט")
        await api.wait_for(NOA, count + 3)
        help_texts = [m for m in api.messages_to(NOA) if m.text.startswith("כך מדברים איתי")]
        assert len(help_texts) == 1
        async with bot.core.db.transaction() as db:
            assert await db.scalar(select(func.count()).select_from(Person)) == 1


async def test_delete_me_erases_everything(database_url, api):
    async with running_bot(database_url, api) as bot:
        noa = on_telegram(api, NOA)
        await noa.onboard()
        count = len(noa.received)
        await api.text(NOA, "המידע שלי")
        await api.wait_for(NOA, count + 1)
        [data] = api.to(NOA, "sendDocument")
        assert data.params["document_filename"] == "my-data.json"
        assert b'"address_form": "f"' in data.params["document_content"]
        await api.text(NOA, "מחק אותי")
        confirm = (await api.wait_for(NOA, count + 2))[-1]
        await api.press(NOA, confirm, "כן, למחוק הכול")
        done = (await api.wait_for(NOA, count + 3))[-1]
        assert done.text.startswith("המידע שלך נמחק")
        async with bot.core.db.transaction() as db:
            for model in (Person, Identity, ConversationState):
                assert await db.scalar(select(func.count()).select_from(model)) == 0
        await api.text(NOA, "שלום")  # coming back starts from first contact
        again = (await api.wait_for(NOA, count + 4))[-1]
        assert again.labels[0] == "עברית"


async def test_sharing_own_contact_links_the_phone(database_url, api):
    async with running_bot(database_url, api) as bot:
        avi = on_telegram(api, AVI, form="m")
        await avi.onboard()
        count = len(avi.received)
        await api.message(AVI, contact={"phone_number": "+972 54-765-4321",
                                        "first_name": "Avi", "user_id": AVI})
        done = (await api.wait_for(AVI, count + 2))[-2]
        assert done.text.startswith("המספר נשמר")
        assert api.messages_to(AVI)[-2].params["reply_markup"] == {"remove_keyboard": True}
        async with bot.core.db.transaction() as db:
            assert (await db.scalar(select(Person))).phone == "+972547654321"
        await api.message(AVI, contact={"phone_number": "054-7000000", "first_name": "X",
                                        "user_id": 42})
        refused = (await api.wait_for(AVI, count + 4))[-2]
        assert refused.text == "אפשר לשתף רק את המספר שלך."


async def test_blocking_the_bot_marks_the_identity_unreachable_until_they_write(database_url,
                                                                              api):
    async with running_bot(database_url, api) as bot:
        noa = on_telegram(api, NOA)
        await noa.onboard()
        count = len(noa.received)
        member = {"status": "member", "user": {"id": 999000, "is_bot": True, "first_name": "K"}}
        await api.push({"my_chat_member": {
            "chat": {"id": NOA, "type": "private"}, "date": 1,
            "from": {"id": NOA, "is_bot": False, "first_name": "Noa"},
            "old_chat_member": member,
            "new_chat_member": {**member, "status": "kicked", "until_date": 0}}})
        await api.text(NOA, "תפריט")  # the next update is handled after the block
        await api.wait_for(NOA, count + 1)
        async with bot.core.db.transaction() as db:
            identity = await db.scalar(select(Identity))
            assert identity.unreachable_at is None  # writing again makes them reachable
        await api.push({"my_chat_member": {
            "chat": {"id": NOA, "type": "private"}, "date": 2,
            "from": {"id": NOA, "is_bot": False, "first_name": "Noa"},
            "old_chat_member": member,
            "new_chat_member": {**member, "status": "kicked", "until_date": 0}}})
        for _ in range(100):
            async with bot.core.db.transaction() as db:
                identity = await db.scalar(select(Identity))
            if identity.unreachable_at is not None:
                break
            await asyncio.sleep(0.05)
        assert identity.unreachable_reason == "blocked the bot"
