"""A person reads each answer whole, on WhatsApp too: while the messages answering their own
message are on their way, an outbox delivery for them (another person's action queued it)
waits for the last of them, and so does the answer to their next message.

The stand-in Twilio holds the answer's first message in flight (`hold_next`), so what would
cut in has every chance to: on the old adapter the outbox's message came before the answer
it interrupted. The answer to the next message waited already (a person's messages are
handled one at a time); the second test keeps it so, with the turns in between."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from sqlalchemy import select

from conversations.domain.types import Outbound
from standins.holds import Held
from standins.twilio_api import TwilioStandIn, WhatsAppUser
from storage import outbox
from storage.models import Person
from tests.support.whatsapp import RunningWhatsApp, running_whatsapp

NOA = "+972502345678"
WAIT = 1.0
"""How long a message that cuts in is given to arrive (it comes in milliseconds if it may;
with the answer in order it may not, and the wait ends empty)."""


@pytest.fixture
def api(twilio_api: TwilioStandIn) -> TwilioStandIn:
    return twilio_api


async def _consent_and_hold_the_answer(bot: RunningWhatsApp
                                       ) -> tuple[WhatsAppUser, Held, int]:
    """Up to consent by numbers; consent, and keep the answer's first message (the welcome)
    in flight. Returns Noa, the held call and how many messages she had then."""
    noa = bot.user(NOA)
    for text in ("שלום", "1", "2"):
        await noa.says(text)
        await bot.settle()
    held = bot.api.hold_next(NOA)
    await noa.says("1")
    await asyncio.wait_for(held.reached.wait(), 10)
    return noa, held, len(bot.api.to(NOA))


async def _nothing_cuts_in(api: TwilioStandIn, count: int) -> None:
    with contextlib.suppress(AssertionError):  # the stand-in's timeout: nothing came
        await api.wait_for(NOA, count + 1, timeout=WAIT)


async def test_an_outbox_delivery_waits_until_the_answer_in_flight_is_sent(
        database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        _, held, count = await _consent_and_hold_the_answer(bot)
        async with bot.core.db.transaction() as db:
            person = await db.scalar(select(Person))
            await outbox.enqueue(db, person_id=person.id, kind="news", key="n1",
                                 message=Outbound("NEWS", language="he"), now=clock.now())
        delivering = asyncio.create_task(bot.delivery().run_once())
        await _nothing_cuts_in(api, count)
        held.release()
        assert await delivering == 1
        await bot.settle()
        texts = [m.text[:40] for m in api.to(NOA)[count:]]
        assert len(texts) >= 3 and texts[-1] == "NEWS", texts  # after the answer, whole


async def test_the_answer_to_the_next_message_waits_for_the_whole_answer_before_it(
        database_url, api, clock):
    async with running_whatsapp(database_url, api, clock=clock) as bot:
        noa, held, count = await _consent_and_hold_the_answer(bot)
        await noa.says("/menu")
        await _nothing_cuts_in(api, count)
        held.release()
        await bot.settle()
        welcome, *rest = (m.text for m in api.to(NOA)[count:])
        menu = rest[-1]
        assert rest.count(menu) == 2 and rest[-2] == menu, [t[:40] for t in rest]
        assert welcome != menu
