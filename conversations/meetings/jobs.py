"""Timed work and its buttons: reminders ("still coming?"), the feedback question afterwards,
and the global actions that answer them from whatever flow the person is in."""

from __future__ import annotations

from typing import Any

from conversations.domain.types import Choice
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
from conversations.engine.jobs import JobContext
from conversations.meetings import ops
from conversations.meetings import text as mt
from storage import attributes
from storage import meetings as repo
from storage.meetings_models import CANCELLED, CONFIRMED
from storage.models import Person, ScheduledItem

COME = "meeting.come"
CANT = "meeting.cancel"
RATE = "meeting.rate"
MANAGE = "meeting.manage"
COMMENT_LIMIT = 1000


async def remind(job: JobContext, item: ScheduledItem) -> None:
    """Fan a meeting's reminder out to everyone with a confirmed seat, once each."""
    payload = item.payload
    meeting = await repo.get(job.db, int(payload["meeting_id"]))
    if meeting is None or meeting.status == CANCELLED:
        job.skip("meeting cancelled or gone")
        return
    if meeting.revision != payload.get("revision") or meeting.starts_at <= job.now:
        job.skip("meeting changed or already started")
        return
    label, ask = payload["label"], bool(payload.get("ask"))
    zone = job.services.settings.timezone
    for signup in await repo.signups(job.db, meeting.id, (CONFIRMED,)):
        key = (f"reminder:meeting:{meeting.id}:person:{signup.person_id}:{label}"
               f":r{meeting.revision}")
        person = await job.db.get(Person, signup.person_id)
        if person is None:
            continue
        t = ops.translator(job.services, person)
        choices: tuple[Choice, ...] = ()
        if ask:
            choices = (Choice(t("meeting-still-coming-yes"), COME, str(meeting.id)),
                       Choice(t("meeting-still-coming-no"), CANT, str(meeting.id)))

        def text(t: Any, ask: bool = ask) -> str:
            if ask:
                lead = t("meeting-reminder-ask",
                         day=mt.day(t, meeting.starts_at, job.now, zone))
            else:
                lead = t("meeting-reminder")
            return "\n\n".join([lead, mt.details(t, meeting, zone, job.now,
                                                 show_address=True, holds_place=True)])

        await ops.tell(job, signup.person_id, kind="meeting.reminder", key=key, text=text,
                       choices=choices, expires_at=meeting.starts_at)


async def ask_feedback(job: JobContext, item: ScheduledItem) -> None:
    """After the meeting: a 1–5 rating to those marked present, or, when nobody was, to
    everyone who had a seat and was not marked absent."""
    meeting = await repo.get(job.db, int(item.payload["meeting_id"]))
    if meeting is None or meeting.status == CANCELLED:
        job.skip("meeting cancelled or gone")
        return
    if meeting.revision != item.payload.get("revision"):
        job.skip("meeting changed")
        return
    confirmed = await repo.signups(job.db, meeting.id, (CONFIRMED,))
    present = [signup for signup in confirmed if signup.attended]
    for signup in present or [s for s in confirmed if s.attended is not False]:
        # ascending: on WhatsApp the typed number must be the score ("rate from 1 to 5")
        stars = [Choice("⭐" * score, RATE, f"{meeting.id}.{score}") for score in range(1, 6)]
        await ops.tell(job, signup.person_id, kind="meeting.feedback",
                       key=f"feedback:meeting:{meeting.id}:person:{signup.person_id}",
                       text=lambda t: t("meeting-feedback-ask", title=meeting.title),
                       choices=stars)


# --- global actions -----------------------------------------------------------------------

def _keep_flow(ctx: Ctx) -> Move | None:
    """Return to whatever the person was doing, or to the menu if nothing."""
    return None if ctx.session.flow else finish()


async def still_coming(ctx: Ctx, target: str) -> Move | None:
    if not target.isdigit():
        return _keep_flow(ctx)
    signup = await repo.reconfirm(ctx.db, int(target), ctx.person.id, ctx.now)
    ctx.say(ctx.t("meeting-see-you" if signup else "meeting-nothing-to-cancel"))
    return _keep_flow(ctx)


async def cant_come(ctx: Ctx, target: str) -> Move | None:
    """Free the seat at once: the waitlist moves up before this step commits."""
    if not target.isdigit():
        return _keep_flow(ctx)
    signup, promoted = await repo.withdraw(ctx.db, int(target), ctx.person.id, ctx.now)
    meeting = await repo.get(ctx.db, int(target))
    if signup is None or meeting is None:
        ctx.say(ctx.t("meeting-nothing-to-cancel"))
        return _keep_flow(ctx)
    await ops.after_withdraw(ctx, meeting, signup, promoted)
    ctx.say(ctx.t("meeting-seat-cancelled"))
    return _keep_flow(ctx)


async def rate(ctx: Ctx, target: str) -> Move | None:
    meeting_id, _, score = target.partition(".")
    if not (meeting_id.isdigit() and score.isdigit() and 1 <= int(score) <= 5):
        return _keep_flow(ctx)
    meeting = await repo.get(ctx.db, int(meeting_id))
    signup = await repo.signup_of(ctx.db, int(meeting_id), ctx.person.id)
    if meeting is None or signup is None:
        return _keep_flow(ctx)
    await repo.save_feedback(ctx.db, meeting.id, ctx.person.id, int(score), ctx.now)
    if signup.attended is None:  # rating it means they were there
        signup.attended = True
    await ops.note_attendance(ctx.db, ctx.person.id, "attended", ctx.now)
    return switch("meeting_feedback", meeting=meeting.id)


async def manage(ctx: Ctx, target: str) -> Move | None:
    if not target.isdigit():
        return _keep_flow(ctx)
    return switch("meeting_manage", meeting=int(target))


class FeedbackFlow(Flow):
    """After a rating: an optional comment, then "want to hear about a group forming?"."""

    name = "meeting_feedback"
    initial = "comment"
    states = ("comment", "lead")

    async def start(self, ctx: Ctx, **args: Any) -> str:
        ctx.data["meeting"] = int(args.get("meeting", 0))
        return "comment"

    @asks("comment")
    async def ask_comment(self, ctx: Ctx) -> None:
        ctx.ask(ctx.t("meeting-feedback-comment"), [("skip", ctx.t("meeting-feedback-skip"))])

    @asks("lead")
    async def ask_lead(self, ctx: Ctx) -> None:
        t = ctx.t
        meeting = await repo.get(ctx.db, ctx.data.get("meeting", 0))
        region = t(f"region-in-{meeting.region}") if meeting else ""
        ctx.ask(t("meeting-lead-ask", region=region),
                [("yes", t("meeting-lead-yes")), ("no", t("meeting-lead-no"))])

    @handles("comment")
    async def on_comment(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice != "skip":
            comment = (reply.text or "").strip()
            if not comment or len(comment) > COMMENT_LIMIT:
                ctx.say(ctx.t("meeting-comment-invalid", most=COMMENT_LIMIT))
                return retry()
            await repo.save_comment(ctx.db, ctx.data.get("meeting", 0), ctx.person.id, comment)
        ctx.say(ctx.t("meeting-feedback-thanks"))
        return goto("lead")

    @handles("lead")
    async def on_lead(self, ctx: Ctx, reply: Reply) -> Move:
        if reply.choice == "yes":
            meeting = await repo.get(ctx.db, ctx.data.get("meeting", 0))
            if meeting is not None:
                await repo.add_lead(ctx.db, ctx.person.id, meeting, ctx.now)
                current = (await attributes.values_of(ctx.db, ctx.person.id)).get(
                    ops.GROUP_FIELD, [])
                await attributes.set_values(ctx.db, ctx.person.id, ops.GROUP_FIELD,
                                            [*current, meeting.region], ctx.now)
            ctx.say(ctx.t("meeting-lead-saved"))
            return finish()
        if reply.choice == "no":
            ctx.say(ctx.t("meeting-lead-declined"))
            return finish()
        return not_understood(ctx)
