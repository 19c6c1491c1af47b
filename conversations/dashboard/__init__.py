"""The chat side of the web dashboard: "🖥️ Dashboard" in the coordinators' menu sends a link.

The web pages themselves are in `bot/web/` (the HTTP edge); this feature only issues the
one-time login link (storage/dashboard_auth.py) and says it in the coordinator's language.
`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.dashboard.link import ACTION, send_login_link
from conversations.engine.registry import MenuItem, Registry
from storage import dashboard_auth


def register(registry: Registry) -> None:
    registry.add_action(ACTION, send_login_link, coordinator_only=True)
    registry.add_menu_item(MenuItem("menu-dashboard", ACTION, order=71,
                                    coordinator_only=True))
    registry.on_delete.append(dashboard_auth.forget_person)
