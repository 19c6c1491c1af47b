"""Register the core: first contact, settings, privacy, phone linking and the menu entries."""

from __future__ import annotations

from conversations.engine.context import Ctx
from conversations.engine.flow import Move, switch
from conversations.onboarding.privacy import send_my_data


async def open_flow(ctx: Ctx, target: str) -> Move | None:
    """The menu's action: start the named flow (the engine checks consent and roles)."""
    return switch(target)


async def my_data(ctx: Ctx, target: str) -> Move | None:
    await send_my_data(ctx)
    return None


async def phone_not_linked(ctx: Ctx) -> bool:
    """Offer linking only while no number is known (a WhatsApp identity brings its own)."""
    return ctx.person.phone is None
