"""Wire volunteer matching into the bot: flows, global buttons, jobs, menu, digest, privacy."""

from __future__ import annotations

from conversations.engine.context import Ctx
from conversations.engine.flow import Move, switch
from conversations.engine.jobs import JobContext
from conversations.matching import offers
from conversations.matching import texts as help_texts
from storage import outbox
from storage.matching_models import HelpRequest, Offer
from storage.models import ScheduledItem


async def _own_pending_offer(ctx: Ctx, target: str) -> Offer | None:
    offer = await ctx.db.get(Offer, int(target)) if target.isdigit() else None
    if offer is None or offer.volunteer_id != ctx.person.id:
        ctx.refuse(ctx.t("stale-button"))
        return None
    if offer.state != "pending":
        await _say_answered(ctx, offer)
        return None
    return offer


async def _say_answered(ctx: Ctx, offer: Offer) -> None:
    """Why an offer can no longer be answered, in its own words for each ending. Told now,
    the volunteer need not also get the queued notice saying the same (a lost race)."""
    ended = ("accepted", "declined", "expired", "taken", "withdrawn")
    ctx.refuse(ctx.t(f"offer-already-{offer.state}" if offer.state in ended
                     else "offer-already-taken"))
    if offer.state in ("taken", "withdrawn"):
        await outbox.cancel_message(ctx.db, key=f"offer-{offer.state}:offer:{offer.id}",
                                    now=ctx.now, reason="told in answer to the button")


async def on_accept(ctx: Ctx, target: str) -> Move | None:
    offer = await _own_pending_offer(ctx, target)
    if offer is not None:
        if await offers.accept(ctx, offer):
            ctx.say(ctx.t("offer-accepted"))
        else:
            await _say_answered(ctx, offer)
    return None


async def on_decline(ctx: Ctx, target: str) -> Move | None:
    offer = await _own_pending_offer(ctx, target)
    if offer is not None:
        if await offers.decline(ctx, offer):
            ctx.say(ctx.t("offer-declined-thanks"))
        else:
            await _say_answered(ctx, offer)
    return None


def _request_round(target: str) -> tuple[int, int] | None:
    number, _, round_no = target.partition(".")
    return (int(number), int(round_no)) if number.isdigit() and round_no.isdigit() else None


async def _on_followup(ctx: Ctx, target: str, resolved: bool) -> Move | None:
    parsed = _request_round(target)
    request = await ctx.db.get(HelpRequest, parsed[0]) if parsed else None
    parties = (request.volunteer_id, offers.requester_side(request)) if request else ()
    if request is None or parsed is None or ctx.person.id not in parties:
        ctx.refuse(ctx.t("stale-button"))
        return None
    if request.round != parsed[1] or request.state != "matched":
        ctx.refuse(ctx.t("followup-already", state=ctx.t(f"help-state-{request.state}")))
        return None
    await offers.close(ctx, request, resolved, ctx.person.id)
    ctx.say(ctx.t("followup-thanks-yes" if resolved else "followup-thanks-no"))
    return None


async def on_resolved(ctx: Ctx, target: str) -> Move | None:
    return await _on_followup(ctx, target, True)


async def on_unresolved(ctx: Ctx, target: str) -> Move | None:
    return await _on_followup(ctx, target, False)


async def on_assign(ctx: Ctx, target: str) -> Move | None:
    return switch("help_admin", request_id=target, pick=True) if target.isdigit() else None


async def on_search(ctx: Ctx, target: str) -> Move | None:
    request = await ctx.db.get(HelpRequest, int(target)) if target.isdigit() else None
    if request is None:
        ctx.refuse(ctx.t("stale-button"))
        return None
    relaxed = await offers.search_again(ctx, request, ctx.person.id)
    ctx.say(help_texts.searched(ctx.t, relaxed, request.state))
    return None


async def on_write(ctx: Ctx, target: str) -> Move | None:
    return switch("help_relay", request_id=target) if target.isdigit() else None


async def expiry_job(job: JobContext, item: ScheduledItem) -> None:
    offer = await job.db.get(Offer, int(item.payload.get("offer_id", 0)))
    if offer is None or offer.state != "pending":
        job.skip("offer already answered")
        return
    await offers.expire(job, offer)


async def followup_job(job: JobContext, item: ScheduledItem) -> None:
    request = await job.db.get(HelpRequest, int(item.payload.get("request_id", 0)))
    if request is None or request.state != "matched" or request.round != item.payload["round"]:
        job.skip("request no longer matched in that round")
        return
    await offers.follow_up(job, request)
