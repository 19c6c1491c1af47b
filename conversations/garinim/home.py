"""A member's garin home: who is in it, what is next, how to reach the lead, and buttons to
write to the group, mute it, or leave.

The home is composed of sections. This feature adds "members", "gatherings" and "lead";
other features add theirs (open decisions, the journey's next milestone) with
`registry.add_screen_section(HOME_SCREEN, name, section)`: `section(ctx, {"garin_id": id})`
returns lines (str) and `Choice` buttons. Features never import each other, so this name is
the whole contract.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from conversations.domain.types import Choice
from conversations.engine.context import Ctx
from conversations.engine.flow import Flow, Move, Reply, asks, finish, goto, handles, switch
from conversations.garinim import texts
from storage import garinim as repo
from storage.garin_models import Garin
from storage.meetings_models import CANCELLED, Meeting
from storage.models import Person

GATHERING = "garin.gathering"
"""The button opening one of the garin's gatherings in the house-meetings flow."""
HOME_SCREEN = "garin.home"
"""The screen name other features add sections to (see the module docstring)."""


async def members_section(ctx: Ctx, args: dict[str, Any]) -> list[Any]:
    members = await repo.active_members(ctx.db, args["garin_id"])
    names = [m.first_name or ctx.t("garin-someone") for m in members]
    return [ctx.t("garin-home-members", count=len(names), names=", ".join(names))]


async def lead_section(ctx: Ctx, args: dict[str, Any]) -> list[Any]:
    garin = await repo.get(ctx.db, args["garin_id"])
    if garin is None or garin.lead_person_id is None:
        return [ctx.t("garin-home-no-lead")]
    if garin.lead_person_id == ctx.person.id:
        return [ctx.t("garin-home-you-lead")]
    lead = await ctx.db.get(Person, garin.lead_person_id)
    return [ctx.t("garin-home-lead", name=repo.first_name(lead.display_name if lead else ""))]


async def gatherings_section(ctx: Ctx, args: dict[str, Any]) -> list[Any]:
    ids = await repo.gathering_ids(ctx.db, args["garin_id"])
    if not ids:
        return [ctx.t("garin-home-no-gatherings")]
    rows = list(await ctx.db.scalars(select(Meeting).where(
        Meeting.id.in_(ids), Meeting.starts_at > ctx.now, Meeting.status != CANCELLED)
        .order_by(Meeting.starts_at).limit(3)))
    if not rows:
        return [ctx.t("garin-home-no-gatherings")]
    zone = ZoneInfo(ctx.settings.timezone)
    lines: list[Any] = [ctx.t("garin-home-gathering", title=m.title,
                              when=f"{m.starts_at.astimezone(zone):%d.%m %H:%M}") for m in rows]
    return lines + [Choice(ctx.t("garin-gathering-open", title=m.title), GATHERING, str(m.id))
                    for m in rows]


async def compose(ctx: Ctx, garin: Garin) -> tuple[list[str], list[Choice]]:
    """Every registered section of the home, in order: text lines and extra buttons."""
    lines, buttons = [], []
    sections = ctx.services.registry.screen_sections.get(HOME_SCREEN, {})
    for section in sections.values():
        for item in await section(ctx, {"garin_id": garin.id}):
            if isinstance(item, Choice):
                buttons.append(item)
            elif item:
                lines.append(str(item))
    return lines, buttons


async def has_garin(ctx: Ctx) -> bool:
    return await repo.in_any(ctx.db, ctx.person.id)


class GarinHomeFlow(Flow):
    name = "garin_home"
    initial = "home"
    states = ("pick", "home", "confirm_leave")
    resting = frozenset({"home"})

    async def start(self, ctx: Ctx, **args: Any) -> str:
        if args.get("garin_id"):
            ctx.data["garin_id"] = int(args["garin_id"])
            return "home"
        mine = await repo.garinim_of(ctx.db, ctx.person.id)
        if len(mine) == 1:
            ctx.data["garin_id"] = mine[0].id
            return "home"
        return "pick"

    async def _garin(self, ctx: Ctx) -> Garin | None:
        garin_id = ctx.data.get("garin_id", 0)
        if not await repo.is_member(ctx.db, garin_id, ctx.person.id):
            return None
        return await repo.get(ctx.db, garin_id)

    @asks("pick")
    async def ask_pick(self, ctx: Ctx) -> None:
        mine = await repo.garinim_of(ctx.db, ctx.person.id)
        if not mine:
            ctx.ask(ctx.t("garin-home-none"), [("menu", ctx.t("garin-to-menu"))])
            return
        ctx.ask(ctx.t("garin-home-pick"), [*((str(g.id), g.name) for g in mine),
                                          ("menu", ctx.t("garin-to-menu"))])

    @handles("pick")
    async def on_pick(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice and reply.choice.isdigit():
            ctx.data["garin_id"] = int(reply.choice)
            return goto("home")
        return finish()

    @asks("home")
    async def ask_home(self, ctx: Ctx) -> None:
        t, garin = ctx.t, await self._garin(ctx)
        if garin is None:
            ctx.ask(t("garin-home-none"), [("menu", t("garin-to-menu"))])
            return
        member = await repo.membership(ctx.db, garin.id, ctx.person.id)
        lines, extra = await compose(ctx, garin)
        text = "\n".join([t("garin-home-title", garin=garin.name,
                            place=texts.place(t, garin)), *lines])
        choices: list[Choice | tuple[str, str]] = [("write", t("garin-write"))]
        if garin.lead_person_id == ctx.person.id:
            choices.append(("announce", t("garin-announce-button")))
        choices += extra
        choices.append(("unmute", t("garin-unmute")) if member and member.muted
                       else ("mute", t("garin-mute")))
        choices += [("leave", t("garin-leave")), ("menu", t("garin-to-menu"))]
        ctx.ask(text, choices)

    @handles("home")
    async def on_home(self, ctx: Ctx, reply: Reply) -> Move:
        garin = await self._garin(ctx)
        if garin is None or reply.choice == "menu":
            return finish()
        if reply.choice == "write":
            return switch("garin_write", garin_id=garin.id)
        if reply.choice == "announce":
            return switch("garin_message", garin_id=garin.id)
        if reply.choice in ("mute", "unmute"):
            await repo.set_muted(ctx.db, garin.id, ctx.person.id, reply.choice == "mute")
            ctx.say(ctx.t(f"garin-{reply.choice}d", garin=garin.name))
            return goto("home")
        if reply.choice == "leave":
            return goto("confirm_leave")
        return finish()

    @asks("confirm_leave")
    async def ask_leave(self, ctx: Ctx) -> None:
        garin = await self._garin(ctx)
        ctx.ask(ctx.t("garin-leave-confirm", garin=garin.name if garin else ""),
                [("yes", ctx.t("garin-leave-yes")), ("no", ctx.t("garin-leave-no"))])

    @handles("confirm_leave")
    async def on_leave(self, ctx: Ctx, reply: Reply) -> Move:
        garin = await self._garin(ctx)
        if garin is None:
            return finish()
        if reply.choice == "yes":
            await repo.leave(ctx.db, garin.id, ctx.person.id, ctx.now)
            ctx.say(ctx.t("garin-left", garin=garin.name))
            return finish()
        return goto("home")


async def open_gathering(ctx: Ctx, target: str) -> Move | None:
    """A gathering's button: its page in the house-meetings flow (sign-up, .ics,
    reminders and attendance are that feature's; storage lets only members take a seat)."""
    if target.isdigit() and await repo.may_attend(ctx.db, int(target), ctx.person.id):
        return switch("meetings", meeting=int(target))
    ctx.refuse(ctx.t("garin-not-member"))
    return None


async def open_home(ctx: Ctx, target: str) -> Move | None:
    """The "garin home" button under a group message."""
    return switch("garin_home", garin_id=int(target)) if target.isdigit() else None
