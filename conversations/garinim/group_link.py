"""A garin's Telegram group: linking it, posting group messages there, invite links.

How a group is linked (and why): the coordinator (or the garin lead) presses "link a
Telegram group" on the garin's screen in private chat and gets a one-time code; they add
the bot to the group as an admin and type `/link_garin <code>` there. The bot learns a
group's id only from inside it, and only the person the code was made for may use it, so
a stranger who adds the bot to their group, or copies the code, links nothing. In the group,
`/unlink_garin` (by that person, the lead, or a coordinator who sees the garin) ends it;
so does removing the bot (the coordinator is told). A group that becomes a supergroup keeps
its link under the new id.

Group messages are posted into the linked group once, through the outbox (a group
recipient, paced by Telegram's 20 a minute per group). Members on Telegram get a personal
invite link (one person, expiring) from their garin home; WhatsApp members are told that the
relayed messages here are their way in.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.types import INVITE_LINK, Choice, GroupChange, Outbound
from conversations.engine.context import Ctx
from conversations.engine.flow import Move
from conversations.engine.groups import GroupContext
from conversations.engine.jobs import tell
from storage import garin_groups as links
from storage import garinim as repo
from storage import outbox as outbox_repo
from storage.garin_models import Garin

LINK, UNLINK = "link_garin", "unlink_garin"
LINK_CODE, INVITE = "garin.link_code", "garin.invite_link"
TELEGRAM = "telegram"


def group_urn(chat_id: int) -> str:
    return f"{TELEGRAM}:{chat_id}"


async def may_manage(db: AsyncSession, garin: Garin, person_id: int, *, coordinator: bool,
                     region: str | None) -> bool:
    """The garin's lead (a member), or a coordinator whose scope covers it (the same rule as
    `scopes.visible_garin`, for a group event that has no chat `Ctx`)."""
    if garin.lead_person_id == person_id and await repo.is_member(db, garin.id, person_id):
        return True
    return coordinator and (region is None or garin.target_region == region)


# --- private chat: the code, the invite link --------------------------------------------

async def link_code(ctx: Ctx, target: str) -> Move | None:
    """The "link a Telegram group" button: a fresh one-time code and how to use it."""
    garin = await repo.get(ctx.db, int(target)) if target.isdigit() else None
    region = ctx.settings.coordinator_regions.get(ctx.identity.urn)
    if garin is None or not await may_manage(ctx.db, garin, ctx.person.id,
                                             coordinator=ctx.is_coordinator, region=region):
        ctx.refuse(ctx.t("garin-gone"))
        return None
    minutes = ctx.settings.garin_link_code_minutes
    code = await links.new_code(ctx.db, garin.id, ctx.person.id, ctx.now, minutes)
    ctx.say(ctx.t("garin-link-code", garin=garin.name, code=code.code, minutes=minutes))
    return None


async def invite_link(ctx: Ctx, target: str) -> Move | None:
    """A member on Telegram asks to join the linked group: a link for them alone."""
    garin = await repo.get(ctx.db, int(target)) if target.isdigit() else None
    if garin is None or not await repo.is_member(ctx.db, garin.id, ctx.person.id):
        ctx.refuse(ctx.t("garin-not-member"))
        return None
    if garin.telegram_chat_id is None:
        ctx.refuse(ctx.t("garin-group-none"))
        return None
    if ctx.identity.channel != TELEGRAM:
        ctx.say(ctx.t("garin-group-relayed", garin=garin.name))
        return None
    ctx.out.append(invite_message(ctx.t, garin, ctx.person.id, ctx.person.display_name,
                                  ctx.settings.garin_invite_link_hours, ctx.person.language))
    return None


def invite_message(t: Any, garin: Garin, person_id: int, name: str | None, hours: int,
                   language: str) -> Outbound:
    """The text with a one-person invite link the Telegram channel creates and adds."""
    label = f"{repo.first_name(name) or 'member'} #{person_id}"[:32]
    return Outbound(t("garin-group-invite", garin=garin.name, hours=hours), language=language,
                    extras={INVITE_LINK: {"chat": garin.telegram_chat_id, "name": label,
                                          "hours": hours}})


async def group_section(ctx: Ctx, args: dict[str, Any]) -> list[Any]:
    """The garin home's line about the Telegram group, with the member's way in."""
    garin = await repo.get(ctx.db, args["garin_id"])
    if garin is None:
        return []
    items: list[Any] = []
    if garin.telegram_chat_id is not None:
        if ctx.identity.channel == TELEGRAM:
            items.append(Choice(ctx.t("garin-group-join"), INVITE, str(garin.id)))
        else:
            items.append(ctx.t("garin-group-relayed", garin=garin.name))
    if garin.lead_person_id == ctx.person.id:
        items.append(Choice(ctx.t("garin-group-link-button"), LINK_CODE, str(garin.id)))
    return items


async def on_joined(ctx: Ctx, garin: Garin) -> None:
    """Just joined: on Telegram, the invite link to the garin's group comes with the welcome."""
    if garin.telegram_chat_id is not None and ctx.identity.channel == TELEGRAM:
        ctx.out.append(invite_message(ctx.t, garin, ctx.person.id, ctx.person.display_name,
                                      ctx.settings.garin_invite_link_hours,
                                      ctx.person.language))


# --- the group copy of a group message ----------------------------------------------------

async def post_to_group(ctx: Ctx, garin: Garin, message_id: int, text: str) -> bool:
    """Queue the group's copy of a group message (the bot's default language: a group has
    none of its own); once per message (the key), like the members' copies."""
    if garin.telegram_chat_id is None:
        return False
    t = ctx.services.localizer.bind(ctx.settings.default_language, None)
    return await outbox_repo.enqueue_to_chat(
        ctx.db, chat=group_urn(garin.telegram_chat_id), kind="garin.group_post",
        key=f"garin:{garin.id}:msg:{message_id}:group:{garin.telegram_chat_id}",
        message=Outbound(text, language=t.language), now=ctx.now)


# --- in the group --------------------------------------------------------------------------

async def on_group_event(ctx: GroupContext) -> list[Outbound] | None:
    """What a Telegram group event means for garinim; None: not ours."""
    event = ctx.event
    if event.group.channel != TELEGRAM:
        return None
    chat_id = int(event.group.user_id)
    if event.change == GroupChange.MIGRATED and event.new_group is not None:
        await links.migrate_chat(ctx.db, chat_id, int(event.new_group.user_id), ctx.now)
        return []
    if event.change == GroupChange.BOT_REMOVED:
        await _lost(ctx, chat_id, "bot removed")
        return []
    if event.change == GroupChange.BOT_DEMOTED:  # still posts, but no more invite links
        await _tell_owners(ctx, chat_id, "demoted", "garin-group-demoted")
        return []
    if event.change != GroupChange.COMMAND or event.command not in (LINK, UNLINK):
        return None
    t = ctx.t()
    if event.command == UNLINK:
        return [Outbound(await _unlink(ctx, chat_id), language=t.language)]
    return [Outbound(await _link(ctx, chat_id), language=t.language)]


async def _link(ctx: GroupContext, chat_id: int) -> str:
    t, event = ctx.t(), ctx.event
    code_text = links.normalise_code(event.argument)
    if not code_text:
        return t("garin-link-usage")
    if not event.bot_is_admin:
        return t("garin-link-not-admin")
    code = await links.usable_code(ctx.db, code_text, ctx.now)
    if code is None:
        return t("garin-link-bad-code")
    garin = await repo.get(ctx.db, code.garin_id)
    sender = ctx.sender
    if garin is None or sender is None or sender.id != code.created_by or not await may_manage(
            ctx.db, garin, sender.id, coordinator=ctx.sender_is_coordinator,
            region=_region(ctx)):
        return t("garin-link-not-allowed")
    if not await links.use_code(ctx.db, code.code, ctx.now):
        return t("garin-link-bad-code")
    await links.link(ctx.db, garin, chat_id, title=event.title, linked_by=sender.id,
                     now=ctx.now)
    return t("garin-link-done", garin=garin.name)


async def _unlink(ctx: GroupContext, chat_id: int) -> str:
    t = ctx.t()
    rows = await links.links_of_chat(ctx.db, chat_id)
    if not rows:
        return t("garin-unlink-none")
    done = []
    for row in rows:
        garin = await repo.get(ctx.db, row.garin_id)
        sender = ctx.sender
        if garin is None or sender is None or not (
                sender.id == row.linked_by or await may_manage(
                    ctx.db, garin, sender.id, coordinator=ctx.sender_is_coordinator,
                    region=_region(ctx))):
            continue
        await links.unlink(ctx.db, row, "unlinked", ctx.now)
        done.append(garin.name)
    if not done:
        return t("garin-link-not-allowed")
    return t("garin-unlink-done", garin=", ".join(done))


async def _lost(ctx: GroupContext, chat_id: int, reason: str) -> None:
    """The bot may no longer post in the group: unlink, and tell the garin's coordinator
    (and whoever linked it) once."""
    rows = await links.links_of_chat(ctx.db, chat_id)
    await _tell_owners(ctx, chat_id, "lost", "garin-group-lost")
    for row in rows:
        await links.unlink(ctx.db, row, reason, ctx.now)


async def _tell_owners(ctx: GroupContext, chat_id: int, what: str, text_key: str) -> None:
    """Tell each linked garin's coordinator, and whoever linked the group, once (a removed
    group is unlinked right after, so a repeated update finds nothing to tell)."""
    stamp = f"{ctx.now.timestamp():.0f}"
    for row in await links.links_of_chat(ctx.db, chat_id):
        garin = await repo.get(ctx.db, row.garin_id)
        if garin is None:
            continue
        for person_id in dict.fromkeys(p for p in (garin.coordinator_person_id, row.linked_by)
                                       if p is not None):
            await tell(ctx, person_id, kind=f"garin.group_{what}",
                       key=f"garin:{garin.id}:group:{row.id}:{what}:{stamp}:{person_id}",
                       text=partial(_owner_text, key=text_key, garin=garin.name))


def _owner_text(t: Any, *, key: str, garin: str) -> str:
    return str(t(key, garin=garin))


def _region(ctx: GroupContext) -> str | None:
    sender = ctx.event.sender
    return ctx.services.settings.coordinator_regions.get(sender.urn) if sender else None

