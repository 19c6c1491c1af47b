"""Volunteer matching: volunteer profiles, help requests, offers, the relay between the two sides,
and the coordinators' admin of requests.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.engine.flow import Flow
from conversations.engine.registry import MenuItem, Registry
from conversations.matching import commands, demo
from conversations.matching.admin import HelpAdminFlow
from conversations.matching.hooks import (
    expiry_job,
    followup_job,
    on_accept,
    on_assign,
    on_decline,
    on_resolved,
    on_search,
    on_unresolved,
    on_write,
)
from conversations.matching.privacy import (
    digest_section,
    export_person,
    on_delete,
    on_merge,
)
from conversations.matching.relay import HelpRelayFlow
from conversations.matching.requests import HelpRequestFlow
from conversations.matching.volunteers import VolunteerFlow


def register(registry: Registry) -> None:
    flows: tuple[Flow, ...] = (VolunteerFlow(), HelpRequestFlow(), HelpAdminFlow(),
                               HelpRelayFlow())
    for flow in flows:
        registry.add_flow(flow)
    registry.add_action("offer.accept", on_accept)
    registry.add_action("offer.decline", on_decline)
    registry.add_action("request.resolved", on_resolved)
    registry.add_action("request.unresolved", on_unresolved)
    registry.add_action("request.assign", on_assign, coordinator_only=True)
    registry.add_action("request.search", on_search, coordinator_only=True)
    registry.add_action("match.write", on_write)
    registry.add_job("offer_expiry", expiry_job)
    registry.add_job("help_followup", followup_job)
    registry.add_menu_item(MenuItem("menu-ask-help", "flow", "help_request", order=30))
    registry.add_menu_item(MenuItem("menu-volunteer", "flow", "volunteer", order=35))
    registry.add_menu_item(MenuItem("menu-help-requests", "flow", "help_admin", order=70,
                                    coordinator_only=True))
    registry.on_delete.append(on_delete)
    registry.on_merge.append(on_merge)
    registry.exporters["volunteering"] = export_person
    registry.digest_sections["volunteering"] = digest_section
    registry.add_commands(*commands.COMMANDS)
    registry.add_demo(demo.SECTION)
