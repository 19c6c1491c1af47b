"""The coordinators' delivery report: what was sent, what waits and why.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.engine.registry import MenuItem, Registry
from conversations.outbox_report import commands
from conversations.outbox_report.hooks import show_status


def register(registry: Registry) -> None:
    registry.add_action("outbox.status", show_status, coordinator_only=True)
    registry.add_menu_item(MenuItem("menu-outbox-status", "outbox.status", order=70,
                                    coordinator_only=True))
    registry.add_commands(*commands.COMMANDS)
