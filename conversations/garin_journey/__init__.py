"""The garin accompaniment journey: stages and milestones from a YAML file a coordinator can
change (GARIN_JOURNEY_FILE), instantiated per garin; check-ins to owners before due dates,
overdue notices to the accompanying coordinator, milestones marked done with a note, and a
garin's progress and timeline in chat and in the export.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.engine.registry import MenuItem, Registry
from conversations.garin_journey import commands, hooks, jobs, ops
from conversations.garin_journey.flow import JourneyFlow, MilestoneDoneFlow, has_garin, mark_done
from storage import garin_journey as repo

GARIN_HOME = "garin.home"
"""The garin core's home screen (conversations/garinim/home.py), named, not imported."""


def register(registry: Registry) -> None:
    registry.add_flow(JourneyFlow())
    registry.add_flow(MilestoneDoneFlow())
    registry.add_action(ops.DONE, mark_done)
    registry.add_menu_item(MenuItem("menu-garin-journey", "flow", "garin_journey", order=27,
                                    visible=has_garin, in_broadcasts=False))
    # both only read and queue a message: run set-based
    registry.add_job(ops.CHECKIN_JOB, jobs.check_in, enqueue_only=True)
    registry.add_job(ops.OVERDUE_JOB, jobs.overdue, enqueue_only=True)
    registry.add_screen_section(GARIN_HOME, "journey", hooks.home_section)
    registry.on_delete.append(hooks.forget)
    registry.on_merge.append(lambda db, from_id, to_id, _now:
                             repo.merge_people(db, from_id, to_id))
    registry.checks.append(hooks.check_journey)
    registry.add_commands(*commands.COMMANDS)
