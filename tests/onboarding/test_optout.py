"""STOP / START are universal words: they work on every channel, in every language."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from conversations.domain.types import Address, Inbound
from storage.models import Person

AVI = Address("telegram", "1002")


async def say(core, text: str) -> list[str]:
    handled = await core.handler.handle(Inbound(AVI, datetime.now(UTC), text=text,
                                                language_hint="en"))
    return [reply.text for reply in handled.replies]


async def opted_out(core) -> bool:
    async with core.db.transaction() as db:
        return (await db.scalar(select(Person))).opted_out_at is not None


async def test_stop_and_start_on_telegram(core):
    for text in ("hi", "3", "1", "1"):  # English, masculine, agree
        await say(core, text)
    assert (await say(core, "Stop."))[0].startswith("Done ✋ We will no longer send you")
    assert await opted_out(core)
    assert (await say(core, "menu"))[-1] == "What would you like to do?"
    resumed = await say(core, "START")
    assert resumed[0].startswith("Welcome back!") and resumed[-1] == "What would you like to do?"
    assert not await opted_out(core)
    await say(core, "стоп")
    assert await opted_out(core)
    await say(core, "unstop")
    assert not await opted_out(core)


async def test_cancel_still_cancels_and_stop_no_longer_does(core):
    for text in ("hi", "3", "1", "1", "1"):  # … and open settings
        await say(core, text)
    assert (await say(core, "cancel"))[0].startswith("Cancelled")
    settings = await say(core, "Language and form of address")  # the menu entry, by its words
    assert settings[0].startswith("Hello! 👋 Which language")
    assert not (await say(core, "stop"))[0].startswith("Cancelled")
