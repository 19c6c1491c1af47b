"""A garin's journey in chat: its progress and timeline for members and whoever accompanies
it; those who manage the garin start the journey and mark milestones done, with a note."""

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
from conversations.garin_journey import ops
from conversations.garin_journey import text as jt
from storage import garin_journey as repo
from storage import garin_roles, garinim
from storage.garin_models import Garin

NOTE_LIMIT = 1000
CHOOSE_LIMIT = 10


def scope(ctx: Ctx) -> str | None:
    return ctx.settings.coordinator_regions.get(ctx.identity.urn)


async def visible(ctx: Ctx) -> list[Garin]:
    return await garin_roles.visible(ctx.db, ctx.person.id, coordinator=ctx.is_coordinator,
                                     scope=scope(ctx))


async def has_garin(ctx: Ctx) -> bool:
    """The menu item shows to members of a garin and to whoever manages one (`visible`
    non-empty, asked in one statement)."""
    return await garin_roles.sees_any(ctx.db, ctx.person.id, coordinator=ctx.is_coordinator,
                                      scope=scope(ctx))


async def manages(ctx: Ctx, garin: Garin) -> bool:
    return await garin_roles.manages(ctx.db, garin, ctx.person.id,
                                     coordinator=ctx.is_coordinator, scope=scope(ctx))


class JourneyFlow(Flow):
    name = "garin_journey"
    initial = "pick"
    states = ("pick", "timeline", "choose")
    resting = frozenset({"pick", "timeline"})

    async def start(self, ctx: Ctx, **args: Any) -> str:
        garins = await visible(ctx)
        wanted = args.get("garin")
        if wanted in {g.id for g in garins}:
            ctx.data["garin"] = wanted
            return "timeline"
        if len(garins) == 1:
            ctx.data["garin"] = garins[0].id
            return "timeline"
        return "pick"

    async def _garin(self, ctx: Ctx) -> Garin | None:
        garin = await garinim.get(ctx.db, ctx.data.get("garin", 0))
        if garin is None or garin.id not in {g.id for g in await visible(ctx)}:
            return None
        return garin

    @asks("pick")
    async def ask_pick(self, ctx: Ctx) -> None:
        """Every garin the person sees on one screen: progress and overdue milestones."""
        garins = await visible(ctx)
        lines = [ctx.t("garin-journey-pick")]
        for garin in garins:
            rows = await repo.milestones(ctx.db, garin.id)
            if not rows:
                lines.append(ctx.t("garin-journey-overview-not-started", garin=garin.name))
                continue
            late = len(repo.overdue_of(rows, ctx.now))
            lines.append(ctx.t("garin-journey-overview", garin=garin.name,
                               percent=repo.progress_of(rows).percent, late=late))
        ctx.ask("\n".join(lines), [*((str(g.id), g.name) for g in garins),
                                   ("menu", ctx.t("garin-decisions-to-menu"))])

    @handles("pick")
    async def on_pick(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "menu":
            return finish()
        if reply.choice and reply.choice.isdigit():
            ctx.data["garin"] = int(reply.choice)
            return goto("timeline")
        return not_understood(ctx)

    @asks("timeline")
    async def ask_timeline(self, ctx: Ctx) -> None:
        garin = await self._garin(ctx)
        if garin is None:
            ctx.ask(ctx.t("garin-journey-gone"), [("menu", ctx.t("garin-decisions-to-menu"))])
            return
        rows = await repo.milestones(ctx.db, garin.id)
        may = await manages(ctx, garin)
        pairs = []
        if not rows:
            text = ctx.t("garin-journey-not-started", garin=garin.name)
            if may:
                pairs.append(("start", ctx.t("garin-journey-start")))
        else:
            text = jt.timeline(ctx.t, ops.journey_of(ctx.services), garin.name, rows, ctx.now,
                               ctx.settings.timezone)
            if may and any(m.done_at is None for m in rows):
                pairs.append(("done", ctx.t("garin-journey-mark-one")))
        pairs.append(("menu", ctx.t("garin-decisions-to-menu")))
        ctx.ask(text, pairs)

    @handles("timeline")
    async def on_timeline(self, ctx: Ctx, reply: Reply) -> Move:
        garin = await self._garin(ctx)
        if reply.choice == "menu" or garin is None:
            return finish()
        if reply.choice in ("start", "done") and not await manages(ctx, garin):
            ctx.say(ctx.t("not-allowed"))
            return retry()
        if reply.choice == "start":
            if await ops.start(ctx, garin, by=ctx.person.id):
                ctx.say(ctx.t("garin-journey-started", garin=garin.name))
            return retry()
        if reply.choice == "done":
            return goto("choose")
        return not_understood(ctx)

    @asks("choose")
    async def ask_choose(self, ctx: Ctx) -> None:
        garin = await self._garin(ctx)
        rows = await repo.milestones(ctx.db, garin.id) if garin else []
        journey = ops.journey_of(ctx.services)
        pairs = [(str(m.id), journey.milestone_title(m.milestone, ctx.person.language))
                 for m in rows if m.done_at is None][:CHOOSE_LIMIT]
        ctx.ask(ctx.t("garin-journey-choose"), [*pairs, ("back", ctx.t("garin-decisions-back"))])

    @handles("choose")
    async def on_choose(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "back":
            return goto("timeline")
        if reply.choice and reply.choice.isdigit():
            return switch("garin_milestone_done", milestone=int(reply.choice))
        return not_understood(ctx)


async def mark_done(ctx: Ctx, target: str) -> Move | None:
    """The "mark done" button under a check-in or an overdue notice."""
    if not target.isdigit():
        return None if ctx.session.flow else finish()
    return switch("garin_milestone_done", milestone=int(target))


class MilestoneDoneFlow(Flow):
    """Mark one milestone done, with an optional note of what was done."""

    name = "garin_milestone_done"
    initial = "note"
    states = ("note",)

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["milestone"] = int(args.get("milestone", 0))
        return "note"

    async def _milestone(self, ctx: Ctx) -> tuple[Any, Garin] | None:
        milestone = await repo.get(ctx.db, ctx.data.get("milestone", 0))
        garin = await garinim.get(ctx.db, milestone.garin_id) if milestone else None
        if milestone is None or garin is None:
            return None
        return milestone, garin

    @asks("note")
    async def ask_note(self, ctx: Ctx) -> None:
        found = await self._milestone(ctx)
        title = ops.title(ctx.services, found[0], ctx.person.language) if found else ""
        ctx.ask(ctx.t("garin-journey-note-ask", milestone=title),
                [("skip", ctx.t("garin-journey-note-skip")),
                 ("cancel", ctx.t("garin-cancel"))])

    @handles("note")
    async def on_note(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "cancel":
            return finish()
        note = None
        if reply.choice != "skip":
            note = (reply.text or "").strip()
            if not note or len(note) > NOTE_LIMIT:
                ctx.say(ctx.t("garin-journey-note-invalid", most=NOTE_LIMIT))
                return retry()
        found = await self._milestone(ctx)
        if found is None:
            ctx.say(ctx.t("garin-journey-gone"))
            return finish()
        milestone, garin = found
        if not await manages(ctx, garin):
            ctx.say(ctx.t("not-allowed"))
            return finish()
        title = ops.title(ctx.services, milestone, ctx.person.language)
        if not await repo.mark_done(ctx.db, milestone, by=ctx.person.id, note=note,
                                    now=ctx.now):
            ctx.say(ctx.t("garin-journey-already-done", milestone=title))
            return finish()
        progress = await repo.progress(ctx.db, garin.id)
        ctx.say(ctx.t("garin-journey-marked", milestone=title, percent=progress.percent,
                      garin=garin.name))
        return finish()
