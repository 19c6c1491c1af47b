"""House meetings (חוגי בית): browse and sign up, publish and manage, reminders and feedback.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.engine.registry import MenuItem, Registry
from conversations.meetings import commands, demo, jobs, ops
from conversations.meetings.browse import MeetingsFlow
from conversations.meetings.hooks import (
    REFILL_JOB,
    digest_lines,
    forget,
    has_meetings,
    my_meetings,
    refill,
)
from conversations.meetings.manage import ManageFlow
from conversations.meetings.new import NewMeetingFlow
from storage import meetings as repo


def register(registry: Registry) -> None:
    for flow in (MeetingsFlow(), ManageFlow(), NewMeetingFlow(), jobs.FeedbackFlow()):
        registry.add_flow(flow)
    registry.add_action("meeting.mine", my_meetings)
    registry.add_action(jobs.COME, jobs.still_coming)
    registry.add_action(jobs.CANT, jobs.cant_come)
    registry.add_action(jobs.RATE, jobs.rate)
    registry.add_action(jobs.MANAGE, jobs.manage)
    registry.add_menu_item(MenuItem("menu-meetings", "flow", "meetings", order=20))
    registry.add_menu_item(MenuItem("menu-my-meetings", "meeting.mine", order=21,
                                    visible=has_meetings))
    registry.add_menu_item(MenuItem("menu-meetings-admin", "flow", "meeting_manage", order=60,
                                    coordinator_only=True))
    # reminders and the feedback question only read and queue: run set-based
    registry.add_job(ops.REMINDER_JOB, jobs.remind, enqueue_only=True)
    registry.add_job(ops.FEEDBACK_JOB, jobs.ask_feedback, enqueue_only=True)
    registry.add_job(REFILL_JOB, refill)
    registry.digest_sections["meetings"] = digest_lines
    registry.on_delete.append(forget)
    registry.on_merge.append(lambda db, from_id, to_id, _now:
                             repo.merge_people(db, from_id, to_id))
    registry.exporters["meetings"] = repo.export_person
    registry.add_commands(*commands.COMMANDS)
    registry.add_demo(demo.SECTION)
