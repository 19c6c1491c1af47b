"""First contact, settings and privacy: language, form of address, consent, "my data", "delete me",
phone linking, and the menu entries for them.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.engine.registry import MenuItem, Registry
from conversations.onboarding.first_contact import OnboardingFlow, SettingsFlow
from conversations.onboarding.hooks import my_data, open_flow, phone_not_linked
from conversations.onboarding.privacy import DeleteMeFlow, LinkPhoneFlow, on_shared_contact


def register(registry: Registry) -> None:
    for flow in (OnboardingFlow(), SettingsFlow(), DeleteMeFlow(), LinkPhoneFlow()):
        registry.add_flow(flow)
    registry.on_shared_contact = on_shared_contact
    registry.add_action("flow", open_flow)
    registry.add_action("mydata", my_data, requires_consent=False)
    registry.add_menu_item(MenuItem("menu-settings", "flow", "settings", order=80,
                                    in_broadcasts=False))
    registry.add_menu_item(MenuItem("menu-link-phone", "flow", "link_phone", order=85,
                                    visible=phone_not_linked, in_broadcasts=False))
    registry.add_menu_item(MenuItem("menu-mydata", "mydata", "", order=90))
    registry.add_menu_item(MenuItem("menu-deleteme", "flow", "deleteme", order=95,
                                    in_broadcasts=False))
