"""Register the core: first contact, settings, privacy, phone linking and the menu entries."""

from __future__ import annotations

from conversations.context import Ctx
from conversations.flow import Move, switch
from conversations.onboarding import OnboardingFlow, SettingsFlow
from conversations.privacy import DeleteMeFlow, LinkPhoneFlow, send_my_data
from conversations.registry import MenuItem, Registry


async def open_flow(ctx: Ctx, target: str) -> Move | None:
    """The menu's action: start the named flow (the engine checks consent and roles)."""
    return switch(target)


async def my_data(ctx: Ctx, target: str) -> Move | None:
    await send_my_data(ctx)
    return None


async def phone_not_linked(ctx: Ctx) -> bool:
    """Offer linking only while no number is known (a WhatsApp identity brings its own)."""
    return ctx.person.phone is None


def register(registry: Registry) -> None:
    for flow in (OnboardingFlow(), SettingsFlow(), DeleteMeFlow(), LinkPhoneFlow()):
        registry.add_flow(flow)
    registry.add_action("flow", open_flow)
    registry.add_action("mydata", my_data, requires_consent=False)
    registry.add_menu_item(MenuItem("menu-settings", "flow", "settings", order=80))
    registry.add_menu_item(MenuItem("menu-link-phone", "flow", "link_phone", order=85,
                                    visible=phone_not_linked))
    registry.add_menu_item(MenuItem("menu-mydata", "mydata", "", order=90))
    registry.add_menu_item(MenuItem("menu-deleteme", "flow", "deleteme", order=95))
