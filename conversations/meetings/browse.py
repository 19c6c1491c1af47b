"""Participants: browse upcoming meetings by region, see one, sign up with a party size,
join the waitlist when full, cancel, and "my meetings"."""

from __future__ import annotations

from typing import Any

from conversations.domain.places import default_places
from conversations.engine.context import Ctx
from conversations.engine.flow import (
    Flow,
    Move,
    Reply,
    asks,
    finish,
    goto,
    handles,
    not_understood,
    retry,
    switch,
)
from conversations.meetings import ops
from conversations.meetings import text as mt
from storage import attributes
from storage import meetings as repo
from storage.meetings_models import CONFIRMED, WAITLISTED, Meeting

PAGE = 5
MAX_PARTY = 10
NAME_LIMIT = 60
INTEREST_FIELD = "region_interest"


def _meeting_target(meeting: Meeting) -> str:
    return f"m{meeting.id}"


def _meeting_id(target: str | None) -> int | None:
    if target and target.startswith("m") and target[1:].isdigit():
        return int(target[1:])
    return None


class MeetingsFlow(Flow):
    name = "meetings"
    initial = "list"
    states = ("region", "list", "details", "seats", "name", "offer_waitlist",
              "confirm_cancel", "mine")

    async def start(self, ctx: Ctx, **args: Any) -> str:
        if args.get("view") == "mine":
            ctx.data["back"] = "mine"
            return "mine"
        if args.get("meeting"):
            ctx.data["meeting"] = int(args["meeting"])
            return "details"
        known = set(default_places().regions)
        interests = (await attributes.values_of(ctx.db, ctx.person.id)).get(INTEREST_FIELD, [])
        regions = [r for r in interests if r in known]
        if not regions:
            return "region"
        ctx.data.update(regions=regions, page=0)
        return "list"

    # --- prompts --------------------------------------------------------------------------

    @asks("region")
    async def ask_region(self, ctx: Ctx) -> None:
        t = ctx.t
        choices = [(region, t(f"region-{region}")) for region in default_places().regions]
        choices.append(("all", t("meetings-all-regions")))
        choices.append(("menu", t("meetings-to-menu")))
        ctx.ask(t("meetings-pick-region"), choices)

    @asks("list")
    async def ask_list(self, ctx: Ctx) -> None:
        t = ctx.t
        regions = ctx.data.get("regions") or []
        page = ctx.data.get("page", 0)
        found, total = await repo.upcoming(ctx.db, ctx.now, regions=regions,
                                           offset=page * PAGE, limit=PAGE)
        where = ", ".join(t(f"region-in-{r}") for r in regions) or t("meetings-everywhere")
        if total == 0:
            choices = [("region", t("meetings-change-region"))]
            if regions:
                choices.append(("all", t("meetings-all-regions")))
            choices.append(("menu", t("meetings-to-menu")))
            ctx.ask(t("meetings-none", where=where), choices)
            return
        zone = ctx.settings.timezone
        choices = [(_meeting_target(m), mt.line(t, m, zone, ctx.now)) for m in found]
        if (page + 1) * PAGE < total:
            choices.append(("next", t("meetings-more")))
        if page > 0:
            choices.append(("prev", t("meetings-previous")))
        choices.append(("region", t("meetings-change-region")))
        choices.append(("mine", t("meetings-mine")))
        choices.append(("menu", t("meetings-to-menu")))
        pages = (total + PAGE - 1) // PAGE
        ctx.ask(t("meetings-list", where=where, count=total, page=page + 1, pages=pages),
                choices)

    @asks("details")
    async def ask_details(self, ctx: Ctx) -> None:
        t = ctx.t
        meeting = await repo.get(ctx.db, ctx.data.get("meeting", 0))
        if meeting is None:
            ctx.ask(t("meeting-gone"), [("back", t("meetings-back"))])
            return
        signup = await repo.signup_of(ctx.db, meeting.id, ctx.person.id)
        status = signup.status if signup else None
        text = mt.details(t, meeting, ctx.settings.timezone, ctx.now,
                          show_address=status == CONFIRMED,
                          holds_place=status in (CONFIRMED, WAITLISTED))
        open_now = meeting.display_status(ctx.now) in ("open", "full")
        choices = []
        if signup is not None and status == CONFIRMED:
            text += "\n\n" + t("meeting-you-are-in", seats=signup.seats)
            choices += [("calendar", t("meeting-calendar-again")),
                        ("cancel", t("meeting-cancel-seat"))]
        elif signup is not None and status == WAITLISTED:
            text += "\n\n" + t("meeting-you-wait", seats=signup.seats)
            choices.append(("cancel", t("meeting-leave-waitlist")))
        elif open_now and meeting.seats_left > 0:
            choices.append(("signup", t("meeting-sign-up")))
        elif open_now:
            choices.append(("waitlist", t("meeting-join-waitlist")))
        choices.append(("back", t("meetings-back")))
        ctx.ask(text, choices)

    @asks("seats")
    async def ask_seats(self, ctx: Ctx) -> None:
        t = ctx.t
        meeting = await repo.get(ctx.db, ctx.data.get("meeting", 0))
        most = MAX_PARTY if ctx.data.get("waitlist") or meeting is None else \
            max(1, min(MAX_PARTY, meeting.seats_left))
        ctx.ask(t("meeting-how-many"), [(str(n), str(n)) for n in range(1, min(most, 4) + 1)])

    @asks("name")
    async def ask_name(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-your-name"))

    @asks("offer_waitlist")
    async def ask_offer_waitlist(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask(t("meeting-full-offer"), [("yes", t("meeting-join-waitlist")),
                                          ("no", t("meetings-back"))])

    @asks("confirm_cancel")
    async def ask_confirm_cancel(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask(t("meeting-cancel-sure"), [("yes", t("meeting-cancel-yes")),
                                           ("no", t("meeting-cancel-no"))])

    @asks("mine")
    async def ask_mine(self, ctx: Ctx) -> None:
        t = ctx.t
        zone = ctx.settings.timezone
        mine = await repo.active_of(ctx.db, ctx.person.id, ctx.now)
        hosted = await repo.hosted_by(ctx.db, ctx.person.id,
                                      ops.managed_since(ctx.settings, ctx.now))
        choices = []
        for signup, meeting in mine:
            mark = "✅" if signup.status == CONFIRMED else "⏳"
            label = f"{mark} {mt.line(t, meeting, zone, ctx.now)}"
            choices.append((_meeting_target(meeting), label))
        for meeting in hosted:
            choices.append((f"h{meeting.id}", f"🔑 {mt.line(t, meeting, zone, ctx.now)}"))
        text = t("meetings-mine-title") if choices else t("meetings-mine-empty")
        choices.append(("browse", t("meetings-browse")))
        choices.append(("menu", t("meetings-to-menu")))
        ctx.ask(text, choices)

    # --- replies --------------------------------------------------------------------------

    @handles("region")
    async def on_region(self, ctx: Ctx, reply: Reply) -> Move:
        regions = default_places().regions
        if reply.choice == "all":
            ctx.data.update(regions=[], page=0)
            return goto("list")
        if reply.choice in regions:
            ctx.data.update(regions=[reply.choice], page=0)
            return goto("list")
        if reply.choice == "menu":
            return finish()
        return not_understood(ctx)

    @handles("list")
    async def on_list(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice
        meeting_id = _meeting_id(choice)
        if meeting_id is not None:
            ctx.data["meeting"] = meeting_id
            ctx.data["back"] = "list"
            return goto("details")
        if choice in ("next", "prev"):
            ctx.data["page"] = max(0, ctx.data.get("page", 0) + (1 if choice == "next" else -1))
            return goto("list")
        if choice == "region":
            return goto("region")
        if choice == "all":
            ctx.data.update(regions=[], page=0)
            return goto("list")
        if choice == "mine":
            ctx.data["back"] = "mine"
            return goto("mine")
        if choice == "menu":
            return finish()
        return not_understood(ctx)

    @handles("details")
    async def on_details(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice
        if choice == "back":
            return goto(ctx.data.get("back", "list"))
        meeting = await repo.get(ctx.db, ctx.data.get("meeting", 0))
        if meeting is None:
            return goto("list")
        if choice in ("signup", "waitlist"):
            ctx.data["waitlist"] = choice == "waitlist"
            return goto("seats")
        if choice == "cancel":
            return goto("confirm_cancel")
        if choice == "calendar":
            signup = await repo.signup_of(ctx.db, meeting.id, ctx.person.id)
            if signup is not None and signup.status == CONFIRMED:
                ctx.say(ctx.t("meeting-calendar-caption"),
                        document=ops.calendar_file(ctx.t, meeting, ctx.settings, ctx.now))
            return retry()
        return not_understood(ctx)

    @handles("seats")
    async def on_seats(self, ctx: Ctx, reply: Reply) -> Move:
        raw = (reply.choice or reply.text or "").strip()
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_PARTY:
            ctx.say(ctx.t("meeting-seats-invalid", most=MAX_PARTY))
            return retry()
        ctx.data["seats"] = int(raw)
        if not ctx.person.display_name:
            return goto("name")
        return await self._sign_up(ctx)

    @handles("name")
    async def on_name(self, ctx: Ctx, reply: Reply) -> Move:
        name = " ".join((reply.text or "").split())
        if not name or len(name) > NAME_LIMIT:
            ctx.say(ctx.t("meeting-name-invalid", most=NAME_LIMIT))
            return retry()
        ctx.person.display_name = name
        return await self._sign_up(ctx)

    @handles("offer_waitlist")
    async def on_offer_waitlist(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "yes":
            ctx.data["waitlist"] = True
            return await self._sign_up(ctx)
        if reply.choice == "no":
            return goto("list")
        return not_understood(ctx)

    @handles("confirm_cancel")
    async def on_confirm_cancel(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "no":
            return goto("details")
        if reply.choice != "yes":
            return not_understood(ctx)
        meeting_id = ctx.data.get("meeting", 0)
        signup, promoted = await repo.withdraw(ctx.db, meeting_id, ctx.person.id, ctx.now)
        meeting = await repo.get(ctx.db, meeting_id)
        if signup is None or meeting is None:
            ctx.say(ctx.t("meeting-nothing-to-cancel"))
            return finish()
        await ops.after_withdraw(ctx, meeting, signup, promoted)
        ctx.say(ctx.t("meeting-seat-cancelled"))
        return finish()

    @handles("mine")
    async def on_mine(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        meeting_id = _meeting_id(choice)
        if meeting_id is not None:
            ctx.data["meeting"] = meeting_id
            return goto("details")
        if choice.startswith("h") and choice[1:].isdigit():
            return switch("meeting_manage", meeting=int(choice[1:]))
        if choice == "browse":
            ctx.data["back"] = "list"
            return goto("list") if ctx.data.get("regions") else goto("region")
        if choice == "menu":
            return finish()
        return not_understood(ctx)

    async def _sign_up(self, ctx: Ctx) -> Move:
        t = ctx.t
        meeting_id = ctx.data.get("meeting", 0)
        seats = ctx.data.get("seats", 1)
        result = await repo.take_seats(ctx.db, meeting_id, ctx.person.id, seats, ctx.now,
                                       waitlist=bool(ctx.data.get("waitlist")))
        meeting = await repo.get(ctx.db, meeting_id)
        if result.outcome == "closed" or meeting is None:
            ctx.say(t("meeting-closed"))
            return goto("list")
        if result.outcome == "already":
            ctx.say(t("meeting-already"))
            return goto("details")
        if result.outcome == "full":
            return goto("offer_waitlist")
        if result.outcome == "waitlisted":
            position = len(await repo.signups(ctx.db, meeting_id, (WAITLISTED,)))
            ctx.say(t("meeting-waitlisted", position=position))
            await ops.tell_host(ctx, meeting, ctx.person.id, "waitlisted", seats)
            return finish()
        ctx.say(ops.confirmation_text(t, meeting, ctx.settings, ctx.now))
        ctx.say(t("meeting-calendar-caption"),
                document=ops.calendar_file(t, meeting, ctx.settings, ctx.now))
        await ops.note_attendance(ctx.db, ctx.person.id, "signed_up", ctx.now)
        await ops.tell_host(ctx, meeting, ctx.person.id, "signup", seats)
        return finish()
