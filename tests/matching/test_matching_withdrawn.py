"""Offers withdrawn because the request is gone (issue 20, item 6), over Telegram.

A volunteer whose pending offer is withdrawn (the requester cancelled, or deleted their
data) is told so; pressing "I can" afterwards gets the same honest answer, never "someone
else already took it".
"""

from __future__ import annotations

from sqlalchemy import select

from storage.matching_models import Offer
from tests.matching.test_matching_coordinators import NOA, RANA, ask_for_ride
from tests.support.matching import deliver, seed_volunteer
from tests.support.person import on_telegram
from tests.support.telegram import running_bot


async def offer_states(bot) -> list[str]:
    async with bot.core.db.transaction() as db:
        return list(await db.scalars(select(Offer.state).order_by(Offer.id)))


async def test_a_cancelled_request_withdraws_the_offer_and_a_late_accept_hears_why(
        database_url, api, clock):
    async with running_bot(database_url, api, clock) as bot:
        await seed_volunteer(bot, NOA, "Noa", ["rides"], ["galilee"], ["morning"],
                             ["he", "ar"], form="f")
        noa, rana = on_telegram(api, NOA, "he", "f"), on_telegram(api, RANA, "ar", "f")
        await rana.onboard()
        await ask_for_ride(rana)
        await deliver(bot)
        offer = noa.last
        assert noa.t("offer-accept") in offer.labels

        await rana.tap_key("menu-ask-help")
        await rana.tap_key("req-cancel-one", number=1, expect=2)
        await deliver(bot)
        assert noa.last.text == noa.t("offer-withdrawn", number=1)
        assert await offer_states(bot) == ["withdrawn"]

        [late] = await noa.tap(noa.t("offer-accept"), on=offer)
        assert late.text == noa.t("offer-already-withdrawn")
        assert late.text != noa.t("offer-already-taken")


async def test_a_requester_who_deletes_their_data_withdraws_the_offer_and_the_volunteer_hears(
        database_url, api, clock):
    async with running_bot(database_url, api, clock) as bot:
        await seed_volunteer(bot, NOA, "Noa", ["rides"], ["galilee"], ["morning"],
                             ["he", "ar"], form="f")
        noa, rana = on_telegram(api, NOA, "he", "f"), on_telegram(api, RANA, "ar", "f")
        await rana.onboard()
        await ask_for_ride(rana)
        await deliver(bot)
        offer = noa.last
        before = len(noa.received)

        await rana.say("/start")
        await rana.tap_key("menu-deleteme")
        await rana.tap_key("deleteme-yes")
        assert await deliver(bot) >= 1
        [told] = noa.received[before:]
        assert told.text == noa.t("offer-withdrawn", number=1)
        assert await offer_states(bot) == ["withdrawn"]

        [late] = await noa.tap(noa.t("offer-accept"), on=offer)
        assert late.text == noa.t("offer-already-withdrawn")
