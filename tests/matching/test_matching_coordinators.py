"""What coordinators hit when they use matching for real (issue 20), over Telegram.

Dana coordinates; Rana asks for a ride; Noa and Yusuf volunteer.
"""

from __future__ import annotations

from tests.support.matching import ask_for_a_ride, deliver, seed_volunteer
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

NOA, YUSUF, RANA, SAMI, DANA = 1001, 1004, 1003, 1005, 7001


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
        await ask_for_a_ride(rana)
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
        [preview] = await ask_for_a_ride(rana, send=False)
        assert rana.t("help-cat-rides") in preview.text
        heading = rana.t("help-summary-new", category=rana.t("help-cat-rides"), place="",
                         urgency="", times="").splitlines()[0]
        assert heading in preview.text
        assert "#" not in preview.text and "number" not in preview.text
        sent = await rana.tap_key("req-send", expect=2)  # sent, then the menu
        assert sent[0].text.startswith(rana.t("req-sent", number=1)[:12])
        assert [r.getMessage() for r in caplog.records if r.name == "locales"] == []


async def test_when_nobody_has_the_skill_the_coordinator_sees_why_assigns_or_widens(
        database_url, api, clock):
    async with running_bot(database_url, api, clock) as bot:
        await seed_volunteer(bot, NOA, "Noa", ["tutoring"], ["galilee"], ["morning"],
                             ["he", "ar"], form="f")  # no rides
        await seed_volunteer(bot, YUSUF, "Yusuf", ["rides"], ["negev"], ["morning"],
                             ["he", "ar"])  # rides, but in the Negev
        await seed_volunteer(bot, SAMI, "Sami", ["rides"], ["galilee"], ["morning"],
                             ["ru"])  # rides nearby, but no Arabic
        dana, rana = on_telegram(api, DANA, "he", "f"), on_telegram(api, RANA, "ar", "f")
        yusuf = on_telegram(api, YUSUF, "he", "m")
        await dana.onboard()
        await rana.onboard()
        await ask_for_a_ride(rana)
        await deliver(bot)
        [escalation] = await dana.receive(1)
        assert dana.t("escalation-none") in escalation.text
        counts = {f"{dana.t(f'help-filter-{name}')}: 1" for name in ("skill", "place",
                                                                       "language")}
        assert all(count in escalation.text for count in counts), escalation.text
        assert dana.t("escalation-excluded", total=3, counts="").rstrip(": ") in escalation.text

        [picking] = await dana.tap_key("escalation-assign")
        assert {"Noa", "Yusuf", "Sami"} <= set(picking.labels)  # anyone active, not only
        assert f"⚠️ {dana.t('help-filter-skill')}" in picking.text  # the skilled ones
        assert f"⚠️ {dana.t('help-filter-place')}" in picking.text
        assert f"⚠️ {dana.t('help-filter-language')}" in picking.text

        before = len(yusuf.received)
        widened, *_ = await dana.tap(dana.t("escalation-search"), on=escalation)
        assert widened.text == dana.t("admin-search-widened",
                                      relaxed=dana.t("help-relaxed-place"),
                                      state=dana.t("help-state-offered"))
        await deliver(bot)
        [offer] = yusuf.received[before:]
        assert yusuf.t("offer-accept") in offer.labels

        [declined] = await yusuf.tap_key("offer-decline")
        assert declined.text == yusuf.t("offer-declined-thanks")
        await deliver(bot)
        *_, again = await dana.receive(1)  # widened once, still nobody: told, with counts
        assert dana.t("escalation-none") in again.text
        assert dana.t("help-filter-asked") + ": 1" in again.text
        nobody, *_ = await dana.tap(dana.t("escalation-search"), on=again)
        assert nobody.text == dana.t("admin-search-nobody")
