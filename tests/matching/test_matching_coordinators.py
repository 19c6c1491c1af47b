"""What coordinators hit when they use matching for real (issue 20), over Telegram.

Dana coordinates; Rana asks for a ride; Noa and Yusuf volunteer.
"""

from __future__ import annotations

from standins.telegram_api import Sent
from tests.support.matching import deliver, seed_volunteer
from tests.support.person import Person, on_telegram
from tests.support.telegram import running_bot

NOA, YUSUF, RANA, DANA = 1001, 1004, 1003, 7001


async def ask_for_ride(rana: Person[Sent]) -> None:
    """Rana (already onboarded) asks for a ride from Yirka this week, any time of day."""
    await rana.tap_key("menu-ask-help")
    await rana.say("Rana")
    await rana.tap_key("help-cat-rides")
    await rana.tap_key("req-skip")
    await rana.say("ירכא")
    await rana.tap("Yirka")
    await rana.tap_key("help-urgency-week")
    await rana.tap_key("req-any-time")
    await rana.tap("العربية")
    await rana.tap_key("req-phone-skip")
    await rana.tap_key("req-send", expect=2)  # sent, then the menu


async def test_a_coordinator_opens_a_request_and_sees_its_detail_and_history(
        database_url, api, clock):
    async with running_bot(database_url, api, clock) as bot:
        await seed_volunteer(bot, NOA, "Noa", ["rides"], ["galilee"], ["morning"],
                             ["he", "ar"], form="f")
        await seed_volunteer(bot, YUSUF, "Yusuf", ["rides"], ["galilee"], ["morning"],
                             ["he", "ar"])
        noa = on_telegram(api, NOA, "he", "f")
        dana, rana = on_telegram(api, DANA, "he", "f"), on_telegram(api, RANA, "ar", "f")
        await dana.onboard()
        await rana.onboard()
        await ask_for_ride(rana)
        await deliver(bot)
        await noa.tap_key("offer-decline")
        await deliver(bot)

        await dana.say("/start")
        listing = await dana.tap_key("menu-help-requests")
        assert dana.t("admin-list-title") in listing[-1].text
        [detail] = await dana.tap("#1")
        assert dana.t("error-internal") not in detail.text
        assert dana.t("help-cat-rides") in detail.text
        assert dana.t("help-state-offered") in detail.text
        for event in ("opened", "offered", "declined"):
            assert dana.t(f"help-event-{event}") in detail.text
        assert f"{dana.t('help-event-declined')} (Noa)" in detail.text  # who, by name
        assert f"{dana.t('help-event-offered')} (Yusuf)" in detail.text
        assert dana.t("escalation-assign") in detail.labels


async def test_the_request_preview_has_no_number_yet_and_logs_no_warning(
        database_url, api, clock, caplog):
    async with running_bot(database_url, api, clock):
        rana = on_telegram(api, RANA, "ar", "f")
        await rana.onboard()
        caplog.clear()
        await rana.tap_key("menu-ask-help")
        await rana.say("Rana")
        await rana.tap_key("help-cat-rides")
        await rana.tap_key("req-skip")
        await rana.say("ירכא")
        await rana.tap("Yirka")
        await rana.tap_key("help-urgency-week")
        await rana.tap_key("req-any-time")
        await rana.tap("العربية")
        [preview] = await rana.tap_key("req-phone-skip")
        assert rana.t("help-cat-rides") in preview.text
        heading = rana.t("help-summary-new", category=rana.t("help-cat-rides"), place="",
                         urgency="", times="").splitlines()[0]
        assert heading in preview.text
        assert "#" not in preview.text and "number" not in preview.text
        sent = await rana.tap_key("req-send", expect=2)  # sent, then the menu
        assert sent[0].text.startswith(rana.t("req-sent", number=1)[:12])
        assert [r.getMessage() for r in caplog.records if r.name == "locales"] == []
