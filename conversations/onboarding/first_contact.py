"""First contact: language → form of address → privacy notice and consent → main menu.

Before consent nothing personal is stored: the form of address waits in the session data and
moves to the person only on consent (and is dropped on refusal).
"""

from __future__ import annotations

from typing import Any

from conversations.domain.types import ChannelName
from conversations.engine.context import Ctx, labelled
from conversations.engine.flow import Flow, Move, Reply, finish, goto, retry
from conversations.engine.identity import link_phone
from locales import FORMS, LANGUAGES

LANGUAGE_CHOICES = [(lang, f"lang-{lang}") for lang in LANGUAGES]
FORM_CHOICES = [(form, f"form-{form}") for form in FORMS]


class OnboardingFlow(Flow):
    name = "onboarding"
    initial = "language"
    states = ("language", "form", "consent")
    requires_consent = False

    async def ask(self, ctx: Ctx, state: str) -> None:
        t = ctx.t
        if state == "language":
            ctx.ask(t("language-prompt"), labelled(t, LANGUAGE_CHOICES))
        elif state == "form":
            ctx.ask(t("form-prompt"), labelled(t, FORM_CHOICES))
        elif state == "consent":
            ctx.ask(t("privacy-notice"), [("yes", t("consent-yes")), ("no", t("consent-no"))])

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        if state == "language":
            if reply.choice not in LANGUAGES:
                ctx.say(ctx.t("not-understood"))
                return retry()
            ctx.person.language = reply.choice
            return goto("form")
        if state == "form":
            if reply.choice not in FORMS:
                ctx.say(ctx.t("not-understood"))
                return retry()
            ctx.data["_form"] = reply.choice
            return goto("consent")
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
        ctx.say(ctx.t("not-understood"))
        return retry()


class SettingsFlow(Flow):
    """Change language and form of address after onboarding."""

    name = "settings"
    initial = "language"
    states = ("language", "form")

    async def ask(self, ctx: Ctx, state: str) -> None:
        await OnboardingFlow.ask(self, ctx, state)  # type: ignore[arg-type]

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        if state == "language" and reply.choice in LANGUAGES:
            ctx.person.language = reply.choice
            return goto("form")
        if state == "form" and reply.choice in FORMS:
            ctx.person.address_form = reply.choice
            ctx.say(ctx.t("settings-done"))
            return finish()
        ctx.say(ctx.t("not-understood"))
        return retry()

    async def start(self, ctx: Ctx, **args: Any) -> str:
        return self.initial
