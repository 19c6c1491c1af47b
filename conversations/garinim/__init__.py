"""Settlement groups (גרעינים): leads, proposed cohorts, invitations, a garin's home, group
messages and the relay between members.

`register()` is how the bot learns about this feature (see conversations/features.py).
Other features add parts to a member's garin home with
`registry.add_screen_section(home.HOME_SCREEN, name, section)`.
"""

from __future__ import annotations

from conversations.engine.flow import Flow
from conversations.engine.registry import MenuItem, Registry
from conversations.garinim import (
    commands,
    expiry,
    group_link,
    home,
    invitations,
    messages,
    privacy,
)
from conversations.garinim.admin import GarinAdminFlow
from conversations.garinim.fanout import ACCEPT, DECLINE, HOME, WRITE
from storage import garinim as repo

HOME_SCREEN = home.HOME_SCREEN


def register(registry: Registry) -> None:
    flows: tuple[Flow, ...] = (GarinAdminFlow(), home.GarinHomeFlow(), messages.GarinMessageFlow(),
                               messages.GarinWriteFlow(), invitations.GarinJoinFlow())
    for flow in flows:
        registry.add_flow(flow)
    registry.add_action(ACCEPT, invitations.accept)
    registry.add_action(DECLINE, invitations.decline)
    registry.add_action(WRITE, messages.write)
    registry.add_action(HOME, home.open_home)
    registry.add_action(home.GATHERING, home.open_gathering)
    registry.add_action(group_link.LINK_CODE, group_link.link_code)
    registry.add_action(group_link.INVITE, group_link.invite_link)
    registry.add_group_handler(group_link.on_group_event)
    registry.add_job(expiry.EXPIRE_JOB, expiry.expire)
    registry.add_job(expiry.REMIND_JOB, expiry.remind)
    registry.add_menu_item(MenuItem("menu-garin", "flow", "garin_home", order=15,
                                    visible=home.has_garin, in_broadcasts=False))
    registry.add_menu_item(MenuItem("menu-garin-admin", "flow", "garin_admin", order=65,
                                    coordinator_only=True))
    registry.add_screen_section(HOME_SCREEN, "members", home.members_section)
    registry.add_screen_section(HOME_SCREEN, "gatherings", home.gatherings_section)
    registry.add_screen_section(HOME_SCREEN, "lead", home.lead_section)
    registry.add_screen_section(HOME_SCREEN, "telegram_group", group_link.group_section)
    registry.on_delete.append(privacy.forget)
    registry.on_merge.append(repo.merge_people)
    registry.exporters["garinim"] = privacy.export_person
    registry.add_commands(*commands.COMMANDS)
