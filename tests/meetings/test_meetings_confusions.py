"""What confused people using house meetings for real (issue 20):

* the meeting list had no way back to the menu;
* «מלא – יש רשימת המתנה» showed in personal confirmations and reminders when nobody waited;
* "🔔 ההרשמות שלי" (topic subscriptions) beside "📅 החוגים שלי" read as meeting sign-ups.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from conversations.engine.runner import COMMANDS
from conversations.meetings.commands import import_meetings
from locales import LANGUAGES, Localizer, normalize
from standins.twilio_api import TwilioStandIn
from tests.support.person import on_telegram, on_whatsapp
from tests.support.telegram import running_bot
from tests.support.whatsapp import running_whatsapp
from tests.timeline import START, israel

NOA, AVI = 1301, 1302
STARTS = START + timedelta(days=7, hours=7, minutes=30)
TITLE = "ערב היכרות באופקים"
CSV = ("title,site,locality,starts_at,duration_minutes,capacity,address,host,language,notes\n"
       f"{TITLE},גרעין אופקים,Ofakim,{israel(STARTS):%Y-%m-%d %H:%M},120,1,\"הנשיא 5\",,he,\n")


async def test_the_list_region_picker_and_my_meetings_lead_back_to_the_menu(
        database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        async with bot.core.db.transaction() as db:
            assert (await import_meetings(db, bot.core.services, CSV, clock.now())).errors == []
        noa = on_telegram(api, NOA)
        menu = await noa.onboard()
        [regions] = await noa.tap("🏠 חוגי בית", on=menu)
        assert "↪️ לתפריט" in regions.labels
        [listing] = await noa.tap("הנגב והדרום")
        assert any(TITLE in lab for lab in listing.labels)
        [back] = await noa.tap("↪️ לתפריט", on=listing)
        assert back.labels == menu.labels  # the main menu again
        await noa.tap("🏠 חוגי בית", on=back)
        [back] = await noa.tap("↪️ לתפריט")
        assert back.labels == menu.labels


async def test_full_is_not_told_to_the_person_holding_the_last_seat(database_url, api, clock):
    async with running_bot(database_url, api, clock=clock) as bot:
        async with bot.core.db.transaction() as db:
            assert (await import_meetings(db, bot.core.services, CSV, clock.now())).errors == []
        noa, avi = on_telegram(api, NOA), on_telegram(api, AVI, form="m")
        await noa.onboard()
        await noa.tap("🏠 חוגי בית")
        await noa.tap("הנגב והדרום")
        await noa.tap(TITLE)
        await noa.tap("✋ הרשמה")
        await noa.tap("1")
        confirmed, _ics, _menu = await noa.say("נועה", expect=3)
        assert confirmed.text.startswith("נרשמת!") and "מלא" not in confirmed.text
        assert "רשימת המתנה" not in confirmed.text and "רשימת ההמתנה" not in confirmed.text

        # someone browsing sees that it is full, and that the waitlist is open to them
        await avi.onboard()
        await avi.tap("🏠 חוגי בית")
        [listing] = await avi.tap("הנגב והדרום")
        [label] = [lab for lab in listing.labels if TITLE in lab]
        assert "(מלא – רשימת ההמתנה פתוחה)" in label
        [details] = await avi.tap(label)
        assert "מלא – רשימת ההמתנה פתוחה" in details.text
        assert "⏳ לרשימת ההמתנה" in details.labels

        clock.set(STARTS - timedelta(hours=24))
        assert await Scheduler(bot.core.db, bot.core.services, clock).tick() == 1
        await Delivery(bot.core.db, clock, {"telegram": bot.channel}).run_once()
        reminder = noa.last
        assert reminder.text.startswith("⏰ תזכורת") and "מלא" not in reminder.text


@pytest.fixture
def whatsapp_api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def test_the_topics_entry_has_its_own_word_beside_my_meetings_on_whatsapp(
        database_url, whatsapp_api, clock):
    async with running_whatsapp(database_url, whatsapp_api, clock=clock) as bot:
        noa = on_whatsapp(bot, "+972502223333")
        menu = await noa.onboard()
        assert "🔔 נושאי עדכונים" in menu.options
        assert not any("ההרשמות" in option for option in menu.options)
        [topics] = await noa.tap("🔔 נושאי עדכונים", on=menu)
        assert topics.text.startswith(noa.t("subscriptions-prompt"))


def test_the_topics_entry_is_distinct_and_no_universal_word() -> None:
    localizer = Localizer()
    universal = set().union(*(localizer.words(f"words-{c}") for c in COMMANDS))
    for language in LANGUAGES:
        for form in ("m", "f", "p"):
            topics = localizer.format(language, "menu-subscriptions", form)
            mine = localizer.format(language, "menu-my-meetings", form)
            bare = normalize(topics.removeprefix("🔔"))
            assert bare and bare not in universal, (language, topics)
            assert normalize(topics) not in universal
            # no word of "my meetings" (beyond "my") in the topics entry
            shared = set(bare.split()) & set(normalize(mine.removeprefix("📅")).split())
            assert shared <= {"my", "שלי", "мои"}, (language, topics, mine)
    assert localizer.format("he", "menu-subscriptions") == "🔔 נושאי עדכונים"
    assert localizer.format("en", "menu-subscriptions") == "🔔 My updates"
