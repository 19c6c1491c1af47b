"""One person, several channels: phone numbers in E.164, and merging two records into one.

Features that ask for a phone (onboarding, meetings' hosts, help requests, volunteers) share
these helpers; they live in the engine so features never import each other. A merge runs every
feature's `on_merge` hook before the records become one.
"""

from __future__ import annotations

from conversations.engine.context import Ctx
from storage import people


def normalize_phone(raw: str, region: str = "IL") -> str | None:
    """E.164 for a valid number (Israeli numbers may be written locally), else None."""
    import phonenumbers  # on use: a resting bot need not hold it (bench/RESULTS.md, memory)

    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


async def link_phone(ctx: Ctx, phone: str) -> None:
    """Attach a phone to this person; if another person has it, merge into the older record."""
    other = await people.person_by_phone(ctx.db, phone)
    if other is None or other.id == ctx.person.id:
        ctx.person.phone = phone
        return
    keep, drop = (other, ctx.person) if other.id < ctx.person.id else (ctx.person, other)
    for hook in ctx.services.registry.on_merge:
        await hook(ctx.db, drop.id, keep.id, ctx.now)
    await people.move_identities(ctx.db, drop.id, keep.id)
    if keep.consented_at is None:
        keep.consented_at = drop.consented_at
    keep.address_form = keep.address_form or drop.address_form
    await people.delete_person(ctx.db, drop.id)
    await ctx.db.flush()
    ctx.memo.clear()  # the hooks moved and dropped records the step may have read
    keep.phone = phone
    if drop.id == ctx.person.id:
        keep.language = ctx.person.language
        ctx.person = keep
        ctx.session = await people.state_for(ctx.db, keep.id, ctx.now)
