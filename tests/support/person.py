"""One simulated person, speaking the same verbs over three transports.

    noa = on_core(core, "terminal:noa")           # calls the Handler, no network
    noa = on_telegram(api, 1001)                  # the stand-in Bot API, the real PTB app
    noa = on_whatsapp(bot, "+972502345678")       # webhooks signed like Twilio's

    menu = await noa.onboard()                 # greeting → language → form → consent
    replies = await noa.say("עזרה")            # what the bot answered to this message
    replies = await noa.tap("סיימתי")           # pick a choice on the last message
    replies = await noa.tap_key("choose-done") # the same, by locale key in her language/form
    replies = await noa.share_phone("+972 54-765-4321")
    report = await dana.receive(1)             # sent on the bot's own initiative

Every verb returns what the person received in answer to it, in the transport's own message
type (`Outbound`, the Bot API's `Sent`, Twilio's `SentMessage`), so assertions can look at
what only that channel has (inline buttons, numbered options, a document).

Where a channel really differs the driver keeps the difference visible:

* `tap` on the core presses the choice's button data; on Telegram it presses the inline
  button (or, on a reply keyboard, sends its label as text, as the Telegram client does); on
  WhatsApp it taps the native button or list item (`ButtonPayload` / `ListId`) when the
  message has them, and otherwise *types the option's number* from the numbered list
  (`on_whatsapp(typed=True)` always types).
  Everywhere `tap` picks from the last message received unless told `on=` another, by the
  exact label or else the first label containing it (`✅ עברית` for "עברית").
* On Telegram a tap that only moves a tick or turns a page edits the question in place: the
  edit is what the person received (`Sent` of `editMessageText`/`editMessageReplyMarkup`,
  its `text` the whole message after it); `api.shown_in(user)` is the chat as it reads now.
* `expect` is how many messages the answer holds. The core answers synchronously, so by
  default every reply is returned (and `expect`, when given, must match exactly). Telegram
  waits until at least `expect` (default 1) new messages arrived; `on_telegram(exact=True)`
  also checks, after a short pause, that no more came. WhatsApp waits until every webhook so
  far is handled and then requires exactly `expect` (default 1).
* `share_phone` exists on the core and Telegram; on WhatsApp the number is the address.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from bot.app import Core
from conversations.domain import buttons
from conversations.domain.types import Address, Inbound, Outbound, SharedContact
from locales import Localizer
from standins.telegram_api import Sent, TelegramStandIn
from standins.twilio_api import SentMessage, WhatsAppUser
from tests.support.whatsapp import RunningWhatsApp

M = TypeVar("M")

L = Localizer()


def label(language: str, key: str, form: str | None = None, **args: object) -> str:
    """The text a key has in a language (and form): what a person sees and taps."""
    return L.format(language, key, form, **args)


class Transport(Protocol[M]):
    """How one channel carries a person's actions to the bot and its answers back."""

    greeting: str

    def received(self) -> list[M]: ...

    def choices(self, message: M) -> Sequence[str]: ...

    async def send_text(self, text: str) -> None: ...

    async def choose(self, message: M, choice: str) -> None: ...

    async def share_phone(self, phone: str, own: bool) -> None: ...

    async def answer(self, before: int, expect: int | None) -> list[M]: ...


@dataclass
class CoreTransport:
    """Straight into `core.handler.handle`, as any channel adapter would: no network."""

    core: Core
    address: Address
    greeting: str = "/start"
    _received: list[Outbound] = field(default_factory=list)

    def received(self) -> list[Outbound]:
        return self._received

    def choices(self, message: Outbound) -> list[str]:
        return [choice.label for choice in message.choices]

    async def _handle(self, **content: Any) -> None:
        event = Inbound(self.address, self.core.clock.now(), **content)
        self._received.extend((await self.core.handler.handle(event)).replies)

    async def send_text(self, text: str) -> None:
        await self._handle(text=text)

    async def choose(self, message: Outbound, choice: str) -> None:
        picked = next(c for c in message.choices if c.label == choice)
        await self._handle(pressed=buttons.decode(buttons.encode(picked)))

    async def share_phone(self, phone: str, own: bool) -> None:
        await self._handle(contact=SharedContact(phone, is_own=own))

    async def answer(self, before: int, expect: int | None) -> list[Outbound]:
        replies = self._received[before:]
        assert expect is None or len(replies) == expect, [r.text[:80] for r in replies]
        return replies


@dataclass
class TelegramTransport:
    """A Telegram user talking to the real PTB Application through the stand-in Bot API."""

    api: TelegramStandIn
    user: int
    language_code: str | None = "he"
    """What the user's Telegram client reports (the bot's first guess at a language)."""
    exact: bool = False
    """Also require that no more than `expect` messages came (checked after a short pause)."""
    greeting: str = "/start"

    def received(self) -> list[Sent]:
        return self.api.prompts_to(self.user)

    def choices(self, message: Sent) -> list[str]:
        return message.labels

    async def send_text(self, text: str) -> None:
        await self.api.text(self.user, text, language=self.language_code)

    async def choose(self, message: Sent, choice: str) -> None:
        if any("callback_data" in b for b in message.buttons):
            await self.api.press(self.user, message, choice, language=self.language_code)
        else:  # a reply keyboard: tapping a key sends its label as text
            await self.send_text(choice)

    async def share_phone(self, phone: str, own: bool) -> None:
        owner = self.user if own else self.user + 1_000_000
        await self.api.message(self.user, self.language_code, contact={
            "phone_number": phone, "first_name": "x", "user_id": owner})

    async def answer(self, before: int, expect: int | None) -> list[Sent]:
        wanted = before + (1 if expect is None else expect)
        messages = await self.api.wait_for(self.user, wanted, prompts=True)
        if self.exact:
            await asyncio.sleep(0.05)
            assert len(self.received()) == wanted, "more messages than expected"
        return messages[before:]


@dataclass
class WhatsAppTransport:
    """A WhatsApp user posting signed webhooks to the real webhook app (stand-in Twilio)."""

    bot: RunningWhatsApp
    user: WhatsAppUser
    greeting: str = "שלום"
    typed: bool = False
    """Answer buttons and lists by typing the option's number instead of tapping."""

    @property
    def phone(self) -> str:
        return self.user.phone

    def received(self) -> list[SentMessage]:
        return self.bot.api.to(self.phone)

    def choices(self, message: SentMessage) -> list[str]:
        return message.options

    async def send_text(self, text: str) -> None:
        await self.user.says(text)

    async def choose(self, message: SentMessage, choice: str) -> None:
        if message.buttons and not self.typed:  # native buttons or a list: tap it
            await self.user.presses(message, choice)
        else:  # numbered text (or typing under buttons): the option's number
            await self.send_text(str(message.options.index(choice) + 1))

    async def share_phone(self, phone: str, own: bool) -> None:
        raise NotImplementedError("on WhatsApp the phone number is the address itself")

    async def answer(self, before: int, expect: int | None) -> list[SentMessage]:
        await self.bot.settle()
        answered = self.received()[before:]
        wanted = 1 if expect is None else expect
        assert len(answered) == wanted, [m.text[:80] for m in answered]
        return answered


@dataclass
class Person(Generic[M]):
    """Someone chatting with the bot in `language` ("he", "ar", …) and `form` ("m", "f", "p")."""

    transport: Transport[M]
    language: str = "he"
    form: str = "f"
    seen: int = field(default=0, init=False)
    """How many received messages a verb has returned so far (see `receive`)."""

    # --- on which channel ---------------------------------------------------------------

    @classmethod
    def on_core(cls, core: Core, urn: str, language: str = "he", form: str = "f"
                ) -> Person[Outbound]:
        channel, _, user_id = urn.partition(":")
        return Person(CoreTransport(core, Address(channel, user_id)), language, form)

    @classmethod
    def on_telegram(cls, api: TelegramStandIn, user: int, language: str = "he",
                    form: str = "f", *, language_code: str | None = None,
                    exact: bool = False) -> Person[Sent]:
        """`language_code` is what the client reports; by default the person's language."""
        transport = TelegramTransport(api, user, language_code or language, exact)
        return Person(transport, language, form)

    @classmethod
    def on_whatsapp(cls, bot: RunningWhatsApp, phone: str, language: str = "he",
                    form: str = "f", *, profile_name: str = "", typed: bool = False
                    ) -> Person[SentMessage]:
        """`typed`: answer buttons and lists by typing numbers, never tapping."""
        transport = WhatsAppTransport(bot, bot.user(phone, profile_name=profile_name),
                                      typed=typed)
        return Person(transport, language, form)

    # --- what they see ------------------------------------------------------------------

    @property
    def received(self) -> list[M]:
        """Everything the bot sent this person so far, oldest first."""
        return self.transport.received()

    @property
    def last(self) -> M:
        return self.received[-1]

    def t(self, key: str, **args: object) -> str:
        """A text in this person's language and form."""
        return label(self.language, key, self.form, **args)

    def choice_on(self, message: M, choice: str) -> str:
        """The label on `message` that is `choice`, or else the first that contains it
        (a ticked option reads `✅ עברית`, an unticked one `▫️ עברית`)."""
        labels = self.transport.choices(message)
        if choice in labels:
            return choice
        for text in labels:
            if choice in text:
                return text
        raise AssertionError(f"no choice {choice!r} in {list(labels)}")

    # --- what they do -------------------------------------------------------------------

    async def say(self, text: str, expect: int | None = None) -> list[M]:
        """Type `text`; returns the bot's answer to it."""
        before = len(self.received)
        await self.transport.send_text(text)
        return await self._answer(before, expect)

    async def tap(self, choice: str, expect: int | None = None, on: M | None = None
                  ) -> list[M]:
        """Pick `choice` on message `on`, by default the last one received."""
        message = self.last if on is None else on
        exact = self.choice_on(message, choice)
        before = len(self.received)
        await self.transport.choose(message, exact)
        return await self._answer(before, expect)

    async def tap_key(self, key: str, expect: int | None = None, **args: object) -> list[M]:
        """`tap` the choice whose text is locale `key` in this person's language and form."""
        return await self.tap(self.t(key, **args), expect)

    async def share_phone(self, phone: str, *, own: bool = True, expect: int | None = None
                          ) -> list[M]:
        """Share a contact card: their own number, or (`own=False`) somebody else's."""
        before = len(self.received)
        await self.transport.share_phone(phone, own)
        return await self._answer(before, expect)

    async def receive(self, expect: int | None = None) -> list[M]:
        """The next `expect` messages after those the verbs already returned: what the bot
        sent on its own (an outbox delivery, a reminder, a report), or in answer to something
        sent to the stand-in directly (media, a forged button). Counted as the verbs count."""
        return await self._answer(self.seen, expect)

    async def _answer(self, before: int, expect: int | None) -> list[M]:
        answered = await self.transport.answer(before, expect)
        self.seen = before + len(answered)
        return answered

    async def onboard(self, language: str | None = None, form: str | None = None,
                      consent: str | None = None, *, greeting: str | None = None) -> M:
        """Greeting → language → form → consent, up to the main menu; returns the menu.

        The labels default to this person's language and form as the locales spell them."""
        await self.say(greeting or self.transport.greeting)
        await self.tap(language or label(self.language, f"lang-{self.language}"))
        await self.tap(form or label(self.language, f"form-{self.form}"))
        await self.tap(consent or self.t("consent-yes"), expect=2)  # welcome, then the menu
        return self.last


on_core = Person.on_core
on_telegram = Person.on_telegram
on_whatsapp = Person.on_whatsapp
