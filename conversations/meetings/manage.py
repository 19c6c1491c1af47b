"""Hosts and coordinators: all meetings with fill rates, one meeting's attendees, marking who
came; coordinators also edit, cancel and hand a meeting to a host."""

from __future__ import annotations

from typing import Any

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
from conversations.meetings.input import find_person, parse_when, positive_int
from storage import meetings as repo
from storage.meetings_models import CANCELLED, CONFIRMED, WAITLISTED, Meeting, Signup
from storage.models import Person

PAGE = 8
EDITABLE = ("starts_at", "address", "capacity", "duration", "title", "notes")


class ManageFlow(Flow):
    name = "meeting_manage"
    initial = "all"
    states = ("all", "overview", "attendees", "attendance", "edit", "edit_value", "host",
              "cancel_confirm")

    async def start(self, ctx: Ctx, **args: Any) -> str:
        if args.get("meeting"):
            ctx.data["meeting"] = int(args["meeting"])
            return "overview"
        ctx.data["page"] = 0
        return "all"

    async def _meeting(self, ctx: Ctx) -> Meeting | None:
        """The meeting in hand, if this person may manage it (its host or a coordinator)."""
        meeting = await repo.get(ctx.db, ctx.data.get("meeting", 0))
        if meeting is None:
            return None
        if ctx.is_coordinator or meeting.host_person_id == ctx.person.id:
            return meeting
        return None

    async def _managed(self, ctx: Ctx) -> Meeting:
        """The meeting in hand; `ask` and `handle` checked it before any state saw it."""
        meeting = await self._meeting(ctx)
        assert meeting is not None
        return meeting

    # --- prompts --------------------------------------------------------------------------

    async def ask(self, ctx: Ctx, state: str) -> None:
        """Every state but "all" is about one meeting, which must still be this person's."""
        if state != "all" and await self._meeting(ctx) is None:
            ctx.ask(ctx.t("meeting-not-yours"), [("menu", ctx.t("meetings-to-menu"))])
            return
        await super().ask(ctx, state)

    @asks("attendees")
    async def ask_attendees(self, ctx: Ctx) -> None:
        meeting = await self._managed(ctx)
        ctx.ask(await self._attendee_text(ctx, meeting), [("back", ctx.t("meetings-back"))])

    @asks("edit")
    async def ask_edit(self, ctx: Ctx) -> None:
        t = ctx.t
        ctx.ask(t("meeting-edit-which"),
                [(f, t(f"meeting-field-{f}")) for f in EDITABLE] + [("back", t("meetings-back"))])

    @asks("edit_value")
    async def ask_edit_value(self, ctx: Ctx) -> None:
        field = ctx.data.get("field", "title")
        ctx.ask(ctx.t(f"meeting-edit-prompt-{field}", example=mt.typing_example(ctx)),
                [("back", ctx.t("meetings-back"))])

    @asks("host")
    async def ask_host(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-host-prompt"), [("back", ctx.t("meetings-back"))])

    @asks("cancel_confirm")
    async def ask_cancel_confirm(self, ctx: Ctx) -> None:
        t = ctx.t
        meeting = await self._managed(ctx)
        ctx.ask(t("meeting-cancel-meeting-sure", count=meeting.seats_taken),
                [("yes", t("meeting-cancel-meeting-yes")), ("no", t("meetings-back"))])

    @asks("all")
    async def ask_all(self, ctx: Ctx) -> None:
        t = ctx.t
        if not ctx.is_coordinator:
            ctx.ask(t("not-allowed"), [("menu", t("meetings-to-menu"))])
            return
        page = ctx.data.get("page", 0)
        found, total = await repo.all_meetings(
            ctx.db, since=ops.managed_since(ctx.settings, ctx.now), offset=page * PAGE,
            limit=PAGE)
        zone = ctx.settings.timezone
        choices = []
        for meeting in found:
            waiting = await repo.waitlist_size(ctx.db, meeting.id)
            label = f"{mt.line(t, meeting, zone, ctx.now)} · {mt.fill(meeting)}"
            if waiting:
                label += f" · ⏳{waiting}"
            choices.append((f"m{meeting.id}", label))
        if (page + 1) * PAGE < total:
            choices.append(("next", t("meetings-more")))
        if page > 0:
            choices.append(("prev", t("meetings-previous")))
        if ctx.is_coordinator:
            choices.append(("new", t("meeting-new")))
        choices.append(("menu", t("meetings-to-menu")))
        ctx.ask(t("meetings-all-title", count=total) if total else t("meetings-all-empty"),
                choices)

    @asks("overview")
    async def ask_overview(self, ctx: Ctx) -> None:
        t = ctx.t
        meeting = await self._managed(ctx)
        confirmed = await repo.signups(ctx.db, meeting.id, (CONFIRMED,))
        text = "\n".join([
            mt.details(t, meeting, ctx.settings.timezone, ctx.now, show_address=True),
            t("meeting-fill", fill=mt.fill(meeting),
              waiting=await repo.waitlist_size(ctx.db, meeting.id),
              reconfirmed=sum(1 for s in confirmed if s.reconfirmed_at))])
        choices = [("attendees", t("meeting-attendees"))]
        if meeting.status != CANCELLED and ops.check_in_open(meeting, ctx.settings, ctx.now):
            choices.append(("attendance", t("meeting-mark-attendance")))
        if ctx.is_coordinator and meeting.status != CANCELLED:
            choices += [("edit", t("meeting-edit")), ("host", t("meeting-set-host")),
                        ("cancel", t("meeting-cancel-meeting"))]
        choices.append(("back", t("meetings-back")))
        ctx.ask(text, choices)

    async def _attendee_text(self, ctx: Ctx, meeting: Meeting) -> str:
        t = ctx.t
        lines = [t("meeting-attendees-title", title=meeting.title, fill=mt.fill(meeting))]
        rows = await repo.signups(ctx.db, meeting.id, (CONFIRMED, WAITLISTED))
        for number, signup in enumerate(rows, start=1):
            person = await ctx.db.get(Person, signup.person_id)
            marks = "✔️" if signup.reconfirmed_at else ""
            if signup.status == WAITLISTED:
                marks = "⏳"
            elif signup.attended is not None:
                marks += "✅" if signup.attended else "❌"
            lines.append(t("meeting-attendee-line", number=number,
                           name=ops.name_of(t, person), seats=signup.seats, marks=marks))
        if not rows:
            lines.append(t("meeting-no-attendees"))
        lines.append(t("meeting-attendee-legend"))
        return "\n".join(lines)

    @asks("attendance")
    async def ask_attendance(self, ctx: Ctx) -> None:
        t = ctx.t
        meeting = await self._managed(ctx)
        choices = []
        for signup in await repo.signups(ctx.db, meeting.id, (CONFIRMED,)):
            person = await ctx.db.get(Person, signup.person_id)
            mark = {True: "✅", False: "❌", None: "▫️"}[signup.attended]
            choices.append((f"s{signup.id}", f"{mark} {ops.name_of(t, person)}"))
        choices.append(("done", t("meeting-attendance-done")))
        ctx.ask(t("meeting-attendance-prompt"), choices)

    # --- replies --------------------------------------------------------------------------

    async def handle(self, ctx: Ctx, state: str, reply: Reply) -> Move:
        """Outside "all": leave if the meeting is no longer this person's; "back" climbs up."""
        if state != "all":
            if await self._meeting(ctx) is None:
                return finish()
            if reply.choice == "back":
                if state != "overview":
                    return goto("overview")
                return goto("all") if ctx.is_coordinator else switch("meetings", view="mine")
        return await super().handle(ctx, state, reply)

    @handles("overview")
    async def on_overview(self, ctx: Ctx, reply: Reply) -> Move:
        target = {"attendees": "attendees", "attendance": "attendance", "edit": "edit",
                  "host": "host", "cancel": "cancel_confirm"}.get(reply.choice or "")
        if target in ("edit", "host", "cancel_confirm") and not ctx.is_coordinator:
            target = None
        if target == "attendance" and not ops.check_in_open(await self._managed(ctx),
                                                            ctx.settings, ctx.now):
            target = None
        return goto(target) if target else not_understood(ctx)

    @handles("attendees")
    async def on_attendees(self, ctx: Ctx, reply: Reply) -> Move:
        return not_understood(ctx)  # only "back", which `handle` took

    @handles("edit")
    async def on_edit(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in EDITABLE:
            return not_understood(ctx)
        ctx.data["field"] = reply.choice
        return goto("edit_value")

    @handles("cancel_confirm")
    async def on_cancel_confirm(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice not in ("yes", "no"):
            return not_understood(ctx)
        if reply.choice == "yes":
            told = await ops.cancel(ctx, await self._managed(ctx))
            ctx.say(ctx.t("meeting-cancelled-done", count=told))
        return goto("overview")

    @handles("all")
    async def on_all(self, ctx: Ctx, reply: Reply) -> Move:
        choice = reply.choice or ""
        if not ctx.is_coordinator:
            return finish()
        if choice.startswith("m") and choice[1:].isdigit():
            ctx.data["meeting"] = int(choice[1:])
            return goto("overview")
        if choice in ("next", "prev"):
            ctx.data["page"] = max(0, ctx.data.get("page", 0) + (1 if choice == "next" else -1))
            return goto("all")
        if choice == "new" and ctx.is_coordinator:
            return switch("meeting_new")
        if choice == "menu":
            return finish()
        return not_understood(ctx)

    @handles("attendance")
    async def on_attendance(self, ctx: Ctx, reply: Reply) -> Move:
        meeting, choice = await self._managed(ctx), reply.choice or ""
        if choice == "done":
            ctx.say(ctx.t("meeting-attendance-saved"))
            return goto("overview")
        if not (choice.startswith("s") and choice[1:].isdigit()):
            return not_understood(ctx)
        signup = await ctx.db.get(repo.Signup, int(choice[1:]))
        if signup is None or signup.meeting_id != meeting.id:
            return retry()
        cycle = {None: True, True: False, False: None}  # came → didn't → unknown
        signup.attended, signup.updated_at = cycle[signup.attended], ctx.now
        if signup.attended:
            await ops.note_attendance(ctx.db, signup.person_id, "attended", ctx.now)
        return goto("attendance")

    @handles("edit_value")
    async def on_edit_value(self, ctx: Ctx, reply: Reply) -> Move:
        t = ctx.t
        meeting = await self._managed(ctx)
        field = ctx.data.get("field")
        text = (reply.text or "").strip()
        if not text:
            return not_understood(ctx)
        if field == "starts_at":
            starts = parse_when(text, ctx.now, ctx.settings.timezone)
            if starts is None or starts <= ctx.now:
                ctx.say(t("meeting-when-invalid", example=mt.typing_example(ctx)))
                return retry()
            meeting.starts_at = starts
            told = await ops.announce_change(ctx, meeting)
        elif field in ("address", "duration"):
            if field == "duration":
                minutes = positive_int(text, 24 * 60)
                if minutes is None:
                    ctx.say(t("meeting-number-invalid"))
                    return retry()
                meeting.duration_minutes = minutes
            else:
                meeting.address = text
            told = await ops.announce_change(ctx, meeting)
        elif field == "capacity":
            capacity = positive_int(text, 10_000)
            done, promoted = False, list[Signup]()
            if capacity is not None:
                done, promoted = await repo.set_capacity(ctx.db, meeting.id, capacity, ctx.now)
            if not done:
                ctx.say(t("meeting-capacity-invalid", taken=meeting.seats_taken))
                return retry()
            await ops.tell_promoted(ctx, meeting, promoted)
            told = len(promoted)
        else:
            if field == "title":
                meeting.title = text[:200]
            else:
                meeting.notes = text
            meeting.updated_at = ctx.now
            told = 0
        ctx.say(t("meeting-edit-saved", count=told))
        return goto("overview")

    @handles("host")
    async def on_host(self, ctx: Ctx, reply: Reply) -> Move:
        meeting = await self._managed(ctx)
        person_id = await find_person(ctx.db, reply.text or "")
        if person_id is None:
            ctx.say(ctx.t("meeting-host-unknown"))
            return retry()
        await ops.make_host(ctx, meeting, person_id)
        ctx.say(ctx.t("meeting-host-saved"))
        return goto("overview")
