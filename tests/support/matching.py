"""Drive the matching flows through the real PTB Application and the stand-in Bot API."""

from __future__ import annotations

from bot.delivery.outbox_worker import Delivery
from bot.delivery.scheduler import Scheduler
from locales import Localizer
from standins.telegram_api import Sent, TelegramStandIn
from tests.support.telegram import RunningBot

L = Localizer()


def label(language: str, key: str, form: str | None = None, **args: object) -> str:
    return L.format(language, key, form, **args)


class Chat:
    """One persona's chat: tap buttons by (part of) their label, type text, wait for replies."""

    def __init__(self, api: TelegramStandIn, user: int, language: str = "he",
                 form: str = "m") -> None:
        self.api = api
        self.user = user
        self.language = language
        self.form = form

    def t(self, key: str, **args: object) -> str:
        return label(self.language, key, self.form, **args)

    @property
    def messages(self) -> list[Sent]:
        return self.api.messages_to(self.user)

    @property
    def last(self) -> Sent:
        return self.messages[-1]

    def with_button(self, part: str) -> tuple[Sent, str]:
        for sent in reversed(self.messages):
            for text in sent.labels:
                if part in text:
                    return sent, text
        raise AssertionError(f"no button containing {part!r} for {self.user}: "
                             f"{[m.labels for m in self.messages[-3:]]}")

    async def tap(self, part: str, expect: int = 1) -> list[Sent]:
        """Press the newest button whose label contains `part`; wait for `expect` replies."""
        count = len(self.messages)
        sent, text = self.with_button(part)
        if any("callback_data" in b for b in sent.buttons):
            await self.api.press(self.user, sent, text, language=self.language)
        else:  # a reply keyboard: tapping sends the label as text
            await self.api.text(self.user, text, language=self.language)
        return (await self.api.wait_for(self.user, count + expect))[count:]

    async def tap_key(self, key: str, expect: int = 1, **args: object) -> list[Sent]:
        return await self.tap(self.t(key, **args), expect)

    async def say(self, text: str, expect: int = 1) -> list[Sent]:
        count = len(self.messages)
        await self.api.text(self.user, text, language=self.language)
        return (await self.api.wait_for(self.user, count + expect))[count:]

    async def share_phone(self, phone: str, expect: int = 1) -> list[Sent]:
        count = len(self.messages)
        await self.api.message(self.user, self.language, contact={
            "phone_number": phone, "first_name": "x", "user_id": self.user})
        return (await self.api.wait_for(self.user, count + expect))[count:]

    async def onboard(self) -> None:
        await self.say("/start")
        await self.tap(label(self.language, f"lang-{self.language}"))
        await self.tap(label(self.language, f"form-{self.form}"))
        await self.tap_key("consent-yes", expect=2)


async def deliver(bot: RunningBot) -> int:
    """Send everything the outbox holds now, as the runtime's worker would."""
    return await Delivery(bot.core.db, bot.core.clock, {"telegram": bot.channel}).run_once()


async def tick(bot: RunningBot) -> int:
    """Run due scheduled work (expiries, follow-ups) at the fake clock's time."""
    return await Scheduler(bot.core.db, bot.core.services, bot.core.clock).tick()


async def register_volunteer(chat: Chat, name: str, skills: list[str], regions: list[str],
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
    assert chat.t("vol-registered") in chat.messages[-2].text
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
