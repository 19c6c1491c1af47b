"""The matching flows' pieces: run the outbox and the scheduler, register or seed volunteers."""

from __future__ import annotations

from typing import Any

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from tests.support.person import Person, label
from tests.support.telegram import RunningBot
from tests.support.whatsapp import RunningWhatsApp


async def deliver(bot: RunningBot) -> int:
    """Send everything the outbox holds now, as the runtime's worker would."""
    return await Delivery(bot.core.db, bot.core.clock, {"telegram": bot.channel}).run_once()


async def tick(bot: RunningBot) -> int:
    """Run due scheduled work (expiries, follow-ups) at the fake clock's time."""
    return await Scheduler(bot.core.db, bot.core.services, bot.core.clock).tick()


async def register_volunteer(chat: Person, name: str, skills: list[str], regions: list[str],
                             parts: list[str], languages: list[str], *,
                             all_week: bool = True) -> None:
    """Walk the whole profile flow from the menu: name, skills, places, times, languages."""
    await chat.tap_key("menu-volunteer", expect=2)
    await chat.say(name)
    for skill in skills:
        await chat.tap_key(f"help-cat-{skill}")
    await chat.tap_key("choose-done")
    for region in regions:
        await chat.tap(chat.t("vol-remote") if region == "remote" else chat.t(f"region-{region}"))
    await chat.tap_key("choose-done")
    await chat.tap_key("choose-done")  # no particular localities
    await chat.tap_key("vol-every-day" if all_week else "choose-done")
    for part in parts:
        await chat.tap_key(f"help-part-{part}")
    await chat.tap_key("choose-done")
    for language in languages:
        await chat.tap(label(chat.language, f"lang-{language}"))
    await chat.tap_key("choose-done")
    await chat.tap("2")
    await chat.tap_key("ask-phone-skip", expect=2)
    assert chat.t("vol-registered") in chat.received[-2].text
    await chat.tap_key("vol-finish")


async def seed_volunteer(bot: RunningBot, user: int, name: str, skills: list[str],
                         regions: list[str], parts: list[str], languages: list[str],
                         language: str = "he", form: str = "m") -> int:
    """A consented Telegram user with a profile, written directly (keeps tests short)."""
    from conversations.domain.matcher import PARTS, slot_mask
    from conversations.domain.types import Address
    from storage import matching as repo
    from storage import people
    from storage.matching_models import VolunteerProfile

    now = bot.core.clock.now()
    async with bot.core.db.transaction() as db:
        identity = await people.identity_for(db, Address("telegram", str(user)),
                                             language=language, now=now)
        person = await people.person(db, identity.person_id)
        assert person is not None
        person.display_name, person.address_form, person.consented_at = name, form, now
        mask = slot_mask(range(7), [PARTS.index(p) for p in parts])
        profile = VolunteerProfile(person_id=person.id, skills=skills, regions=regions,
                                   localities=[], remote=False, availability=mask,
                                   languages=languages, max_open=2, paused=False,
                                   accepted=0, declined=0, expired=0, created_at=now)
        await repo.save_profile(db, profile, now)
        return person.id


async def ask_for_a_ride(rana: Person, *, urgency: str = "week",
                        send: bool = True) -> list[Any]:
    """An onboarded person asks for a ride from Yirka (this week unless `urgency` says
    otherwise), any time of day, in Arabic, with no phone; returns the preview, and with
    `send` also sends it (ending after "sent" and the menu)."""
    await rana.tap_key("menu-ask-help")
    await rana.say("Rana")
    await rana.tap_key("help-cat-rides")
    await rana.tap_key("req-skip")
    await rana.say("ירכא")
    await rana.tap("يركا")  # the town in her script
    await rana.tap_key(f"help-urgency-{urgency}")
    await rana.tap_key("req-any-time")
    await rana.tap("العربية")
    preview = list(await rana.tap_key("req-phone-skip"))
    if send:
        await rana.tap_key("req-send", expect=2)
    return preview


async def seed_whatsapp_volunteer(bot: RunningWhatsApp, phone: str, name: str) -> None:
    """A consented WhatsApp volunteer for rides in the Galilee (Arabic, Hebrew), any time,
    inside WhatsApp's 24-hour window."""
    from conversations.domain.matcher import slot_mask
    from conversations.domain.types import Address
    from storage import matching as repo
    from storage import people
    from storage.matching_models import VolunteerProfile

    now = bot.core.clock.now()
    async with bot.core.db.transaction() as db:
        identity = await people.identity_for(db, Address("whatsapp", phone), language="he",
                                             now=now)
        identity.last_inbound_at = now
        person = await people.person(db, identity.person_id)
        assert person is not None
        person.display_name, person.phone, person.consented_at = name, phone, now
        person.address_form = "m"
        await repo.save_profile(db, VolunteerProfile(
            person_id=person.id, skills=["rides"], regions=["galilee"], localities=[],
            remote=False, availability=slot_mask(range(7), [0, 1, 2]), languages=["ar", "he"],
            max_open=2, paused=False, accepted=0, declined=0, expired=0, created_at=now), now)
