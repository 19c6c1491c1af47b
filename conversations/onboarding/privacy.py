""""My data" and "delete me", plus linking a phone number so two channels are one person."""

from __future__ import annotations

import json

from conversations.domain.types import Document, SharedContact
from conversations.engine.context import Ctx
from conversations.engine.flow import (
    Flow,
    Move,
    Reply,
    asks,
    finish,
    handles,
    not_understood,
    retry,
)
from conversations.engine.identity import link_phone, normalize_phone
from storage import attributes, people


async def send_my_data(ctx: Ctx, _target: str = "") -> None:
    """Send everything stored about the person as a JSON file; the current flow carries on."""
    identities = await people.identities_of(ctx.db, ctx.person.id)
    export = people.core_export(ctx.person, identities)
    export["attributes"] = await attributes.values_of(ctx.db, ctx.person.id)
    for section, exporter in ctx.services.registry.exporters.items():
        export[section] = await exporter(ctx.db, ctx.person.id)
    content = json.dumps(export, ensure_ascii=False, indent=2, default=str).encode()
    document = Document("my-data.json", content, "application/json")
    ctx.say(ctx.t("mydata-caption"), document=document)


class DeleteMeFlow(Flow):
    """Ask for confirmation, then erase the person for good (feature hooks anonymise first)."""

    name = "deleteme"
    initial = "confirm"
    states = ("confirm",)
    requires_consent = False

    @asks("confirm")
    async def ask_confirm(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask(t("deleteme-confirm"), [("yes", t("deleteme-yes")), ("no", t("deleteme-no"))])

    @handles("confirm")
    async def on_confirm(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "yes":
            farewell = ctx.t("deleteme-done")
            for hook in ctx.services.registry.on_delete:
                await hook(ctx.db, ctx.person.id, ctx.now)
            await people.delete_person(ctx.db, ctx.person.id)
            ctx.deleted = True
            ctx.say(farewell)
            return finish(show_menu=False)
        if reply.choice == "no":
            ctx.say(ctx.t("deleteme-kept"))
            return finish()
        return not_understood(ctx)


async def on_shared_contact(ctx: Ctx, contact: SharedContact) -> Move:
    """A contact shared outside any flow: link it if it is the person's own number."""
    if not contact.is_own:
        ctx.say(ctx.t("link-phone-not-own"))
        return retry()
    phone = normalize_phone(contact.phone)
    if phone is None:
        ctx.say(ctx.t("link-phone-invalid"))
        return retry()
    await link_phone(ctx, phone)
    ctx.say(ctx.t("link-phone-done"))
    return finish()


class LinkPhoneFlow(Flow):
    """Ask for the person's own number (Telegram's contact button) and link identities."""

    name = "link_phone"
    initial = "ask"
    states = ("ask",)

    @asks("ask")
    async def ask_phone(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("link-phone-prompt"), [("cancel", ctx.t("deleteme-no"))],
                request_contact=True)

    @handles("ask")
    async def on_phone(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.contact is not None:
            return await on_shared_contact(ctx, reply.contact)
        if reply.choice == "cancel":
            return finish()
        return not_understood(ctx)
