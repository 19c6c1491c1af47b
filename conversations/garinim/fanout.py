"""Reaching a garin's people through the one outbox: invitations, group messages, relays.

Every recipient gets the text in their own language and form, once (the outbox key names
the message and the person); muted members and the author are left out; deleted people have
no membership row, so they are never on the list.
"""

from __future__ import annotations

from conversations.domain import dates
from conversations.domain.types import Choice, Outbound
from conversations.engine.context import Ctx
from conversations.garinim.group_link import post_to_group
from conversations.garinim.texts import place
from locales import Translator
from storage import garinim as repo
from storage.garin_models import Garin, GarinInvitation
from storage.models import Person

ACCEPT, DECLINE, WRITE, HOME = "garin.accept", "garin.decline", "garin.write", "garin.home"
ANNOUNCE, RELAY = "announce", "relay"
KINDS = {ANNOUNCE: "garin.announce", RELAY: "garin.relay"}
"""The outbox kind of each group message (named in locales/*/garin.ftl)."""


async def translator_for(ctx: Ctx, person_id: int) -> Translator:
    person = await ctx.db.get(Person, person_id)
    if person is None:
        return ctx.services.localizer.bind(ctx.settings.default_language, None)
    return ctx.services.localizer.bind(person.language, person.address_form)


async def send_invitation(ctx: Ctx, garin: Garin, invitation: GarinInvitation) -> bool:
    """The personal invitation, with accept / decline buttons; the garin's roster is not
    in it (members' names are for members)."""
    t = await translator_for(ctx, invitation.person_id)
    expires = (dates.long_date(invitation.expires_at, t.language, ctx.settings.timezone)
               if invitation.expires_at is not None else "")
    message = Outbound(t("garin-invitation", garin=garin.name, place=place(t, garin),
                         count=await repo.member_count(ctx.db, garin.id), expires=expires),
                       (Choice(t("garin-accept"), ACCEPT, str(invitation.id)),
                        Choice(t("garin-decline"), DECLINE, str(invitation.id))),
                       language=t.language)
    return await ctx.notify(invitation.person_id, kind="garin.invitation",
                            key=f"garin:{garin.id}:invite:{invitation.id}:"
                                f"{invitation.created_at.timestamp():.0f}",
                            message=message)


async def to_members(ctx: Ctx, garin: Garin, kind: str, text: str, *,
                     urgent: bool = False) -> int:
    """A group message (`announce`) or a member's note (`relay`) to every active, non-muted
    member but the author; returns how many were queued."""
    row = await repo.record_message(ctx.db, garin.id, ctx.person.id, kind, text, ctx.now,
                                    urgent=urgent)
    name = repo.first_name(ctx.person.display_name)
    sent = 0
    for member in await repo.active_members(ctx.db, garin.id, include_muted=False):
        if member.person_id == ctx.person.id:
            continue
        t = ctx.services.localizer.bind(member.language, member.form)
        key = "garin-announce" if kind == ANNOUNCE else "garin-relayed"
        message = Outbound(t(key, garin=garin.name, name=name or t("garin-someone"),
                             text=text, urgent=int(urgent)),
                           (Choice(t("garin-write"), WRITE, str(garin.id)),),
                           language=t.language)
        sent += await ctx.notify(member.person_id, kind=KINDS[kind],
                                 key=f"garin:{garin.id}:msg:{row.id}:person:{member.person_id}",
                                 message=message, urgent=urgent)
    if garin.telegram_chat_id is not None:  # and once into the linked Telegram group
        t = ctx.services.localizer.bind(ctx.settings.default_language, None)
        key = "garin-announce" if kind == ANNOUNCE else "garin-relayed"
        await post_to_group(ctx, garin, row.id, t(key, garin=garin.name,
                                                   name=name or t("garin-someone"),
                                                   text=text, urgent=int(urgent)))
    return sent
