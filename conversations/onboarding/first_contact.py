"""First contact: language → form of address → privacy notice and consent → main menu.

Before consent nothing personal is stored: the form of address waits in the session data and
moves to the person only on consent (and is dropped on refusal).
"""

from __future__ import annotations

from typing import Any

from conversations.domain.types import ChannelName
from conversations.engine.context import Ctx, labelled
from conversations.engine.flow import (
    Flow,
    Move,
    Reply,
    asks,
    finish,
    goto,
    handles,
    not_understood,
)
from conversations.engine.identity import link_phone
from locales import FORMS, LANGUAGES

LANGUAGE_CHOICES = [(lang, f"lang-{lang}") for lang in LANGUAGES]
FORM_CHOICES = [(form, f"form-{form}") for form in FORMS]


class OnboardingFlow(Flow):
    name = "onboarding"
    initial = "language"
    states = ("language", "form", "consent")
    requires_consent = False

    @asks("language")
    async def ask_language(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("language-prompt"), labelled(ctx.t, LANGUAGE_CHOICES))

    @asks("form")
    async def ask_form(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("form-prompt"), labelled(ctx.t, FORM_CHOICES))

    @asks("consent")
    async def ask_consent(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask(t("privacy-notice"), [("yes", t("consent-yes")), ("no", t("consent-no"))])

    @handles("language")
    async def on_language(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in LANGUAGES:
            return not_understood(ctx)
        ctx.person.language = reply.choice
        return goto("form")

    @handles("form")
    async def on_form(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in FORMS:
            return not_understood(ctx)
        ctx.data["_form"] = reply.choice
        return goto("consent")

    @handles("consent")
    async def on_consent(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "yes":
            ctx.person.address_form = ctx.data.pop("_form", None)
            ctx.person.consented_at = ctx.now
            if ctx.identity.channel == ChannelName.WHATSAPP and ctx.person.phone is None:
                # The WhatsApp address is the phone: record it, so sharing the same number
                # on Telegram later finds this person.
                await link_phone(ctx, ctx.identity.user_id)
            ctx.say(ctx.t("welcome"))
            return finish()
        if reply.choice == "no":
            ctx.data.pop("_form", None)
            ctx.say(ctx.t("consent-declined"))
            return finish(show_menu=False)
        return not_understood(ctx)


class SettingsFlow(Flow):
    """Change language and form of address after onboarding."""

    name = "settings"
    initial = "language"
    states = ("language", "form")

    # The same two questions as first contact; only a chosen form is stored differently.
    ask_language = OnboardingFlow.ask_language
    ask_form = OnboardingFlow.ask_form
    on_language = OnboardingFlow.on_language

    @handles("form")
    async def on_form(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in FORMS:
            return not_understood(ctx)
        ctx.person.address_form = reply.choice
        ctx.say(ctx.t("settings-done"))
        return finish()

    async def start(self, ctx: Ctx, **args: Any) -> str:
        return self.initial
