"""Offers withdrawn because the request is gone (issue 20, item 6), over Telegram.

A volunteer whose pending offer is withdrawn (the requester cancelled, or deleted their
data) is told so; pressing "I can" afterwards gets the same honest answer, never "someone
else already took it".
"""

from __future__ import annotations

from sqlalchemy import select

from storage.matching_models import Offer
from storage.models import OutboxMessage
from tests.support.matching import ask_for_a_ride, deliver, seed_volunteer
from tests.support.person import on_telegram
from tests.support.telegram import running_bot

NOA, RANA, YUSUF, SAMI = 1001, 1003, 1004, 1005


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
        await ask_for_a_ride(rana)
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
        await ask_for_a_ride(rana)
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


async def test_the_loser_of_a_race_is_told_once_and_a_not_yet_tells_the_helper_first(
        database_url, api, clock):
    from datetime import timedelta

    from tests.support.matching import tick

    async with running_bot(database_url, api, clock) as bot:
        for user, name in ((NOA, "Noa"), (YUSUF, "Yusuf"), (SAMI, "Sami")):
            await seed_volunteer(bot, user, name, ["rides"], ["galilee"],
                                 ["morning", "afternoon", "evening"], ["he", "ar"])
        noa, yusuf = on_telegram(api, NOA, "he", "m"), on_telegram(api, YUSUF, "he", "m")
        sami, rana = on_telegram(api, SAMI, "he", "m"), on_telegram(api, RANA, "ar", "f")
        await rana.onboard()
        await ask_for_a_ride(rana, urgency="today")  # urgent: two offers at once
        await deliver(bot)
        offer_to_noa = noa.last
        assert noa.t("offer-accept") in offer_to_noa.labels
        assert yusuf.t("offer-accept") in yusuf.last.labels

        await yusuf.tap_key("offer-accept")
        [lost] = await noa.tap(noa.t("offer-accept"), on=offer_to_noa)  # before any delivery
        assert lost.text == noa.t("offer-already-taken")
        [offer_now] = [m for m in api.shown_in(NOA) if m["message_id"] == offer_to_noa.message_id]
        assert offer_now["labels"] == []  # the refused press loses its keyboard …
        assert offer_now["text"] == offer_to_noa.text  # … and is not marked "✔️ ✅ I can"
        await deliver(bot)
        taken = {noa.t("offer-already-taken"), noa.t("offer-taken-later", number=1)}
        assert [m.text for m in noa.received if m.text in taken] == [lost.text]  # once

        clock.advance(timedelta(days=3, minutes=1))
        await tick(bot)
        await deliver(bot)
        sent_before = len(api.sent)
        released_at = clock.now()
        await rana.tap_key("followup-no")
        await deliver(bot)
        later = {s.chat_id: s for s in api.sent[sent_before:] if s.chat_id in (YUSUF, SAMI)}
        assert later[YUSUF].text == yusuf.t("request-released-volunteer", number=1)
        assert sami.t("offer-accept") in later[SAMI].labels
        # The helper hears it first: queued before the new offer and at least as urgently, so
        # the outbox never sends it later (one batch sends to different chats concurrently,
        # so the stand-in's arrival order between two chats is not the outbox's order).
        async with bot.core.db.transaction() as db:
            rows = list(await db.scalars(select(OutboxMessage).where(
                OutboxMessage.kind.in_(("help_released", "help_offer")),
                OutboxMessage.created_at >= released_at)))
        [released] = [row for row in rows if row.kind == "help_released"]
        offered = [row for row in rows if row.kind == "help_offer"]
        assert offered and all(released.id < row.id for row in offered)
        assert all(released.priority <= row.priority for row in offered)
