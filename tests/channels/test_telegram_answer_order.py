"""A person reads each answer whole, on Telegram: while its messages are on their way, what
else is for the same chat waits for the last of them — an outbox delivery (another person's
action queued it) and the answer to the person's next update alike.

The stand-in holds the answer's first message in flight (`hold_next`), so what would cut in
has every chance to: on the old code both came before the answer they interrupted."""

from __future__ import annotations

import asyncio
import contextlib

from conversations.domain.types import Address, Outbound
from standins.telegram_api import Held, TelegramStandIn
from storage import outbox, people
from tests.support.matching import deliver
from tests.support.person import Person, on_telegram
from tests.support.telegram import running_bot

NOA = 1001
WAIT = 1.0
"""How long a message that cuts in is given to arrive (it comes in milliseconds if it
may; with the answer in order it may not, and the wait ends empty)."""


async def _press_consent_and_hold_the_answer(api: TelegramStandIn, noa: Person
                                             ) -> tuple[Held, int]:
    """Up to consent; press it, and keep the answer's first message (the welcome) in
    flight. Returns the held call and how many messages the chat had then."""
    await noa.say("/start")
    await noa.tap_key("lang-he")
    await noa.tap_key("form-f")
    held = api.hold_next("sendMessage", NOA)
    await api.press(NOA, noa.last, noa.t("consent-yes"))
    await asyncio.wait_for(held.reached.wait(), 10)
    return held, len(api.messages_to(NOA))


async def _nothing_cuts_in(api: TelegramStandIn, count: int) -> None:
    with contextlib.suppress(AssertionError):  # the stand-in's timeout: nothing came
        await api.wait_for(NOA, count + 1, timeout=WAIT)


async def test_an_outbox_delivery_waits_until_the_answer_in_flight_is_sent(
        database_url, api, clock):
    async with running_bot(database_url, api, clock) as bot:
        noa = on_telegram(api, NOA, "he", "f")
        held, count = await _press_consent_and_hold_the_answer(api, noa)
        async with bot.core.db.transaction() as db:
            identity = await people.identity_for(db, Address("telegram", str(NOA)),
                                                 language="he", now=clock.now())
            await outbox.enqueue(db, person_id=identity.person_id, kind="news", key="n1",
                                 message=Outbound("NEWS"), now=clock.now())
        delivering = asyncio.create_task(deliver(bot))
        await _nothing_cuts_in(api, count)
        held.release()
        assert await delivering == 1
        texts = [s.text[:40] for s in await api.wait_for(NOA, count + 3)][count:]
        assert texts[-1] == "NEWS", texts  # after the welcome and the menu, not between


async def test_the_answer_to_the_next_update_waits_for_the_whole_answer_before_it(
        database_url, api, clock):
    async with running_bot(database_url, api, clock):
        noa = on_telegram(api, NOA, "he", "f")
        held, count = await _press_consent_and_hold_the_answer(api, noa)
        await api.text(NOA, "/menu")
        await _nothing_cuts_in(api, count)
        held.release()
        sent = (await api.wait_for(NOA, count + 3))[count:]
        welcome, menu, menu_again = (s.text for s in sent)
        assert menu == menu_again, [s.text[:40] for s in sent]  # the menu, twice, at the end
        assert welcome != menu
