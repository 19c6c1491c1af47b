"""Garin decisions: proposals (agree / abstain / disagree / block), choose-one and
multi-choice polls and "when can we meet" time polls, each with a deadline, an optional
quorum, one reminder to those who have not answered, and an announced, recorded outcome.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.engine.registry import MenuItem, Registry
from conversations.garin_decisions import commands, hooks, jobs, ops
from conversations.garin_decisions.new import NewDecisionFlow
from conversations.garin_decisions.text import VOTE
from conversations.garin_decisions.view import DecisionsFlow, has_garin
from conversations.garin_decisions.voting import VoteCommentFlow, vote
from storage import garin_decisions as repo

GARIN_HOME = "garin.home"
"""The garin core's home screen (conversations/garinim/home.py), named, not imported."""


def register(registry: Registry) -> None:
    for flow in (DecisionsFlow(), NewDecisionFlow(), VoteCommentFlow()):
        registry.add_flow(flow)
    registry.add_action(VOTE, vote)
    registry.add_menu_item(MenuItem("menu-garin-decisions", "flow", "garin_decisions",
                                    order=26, visible=has_garin, in_broadcasts=False))
    # the reminder only reads and queues; closing records the outcome, so runs alone
    registry.add_job(ops.REMIND_JOB, jobs.remind, enqueue_only=True)
    registry.add_job(ops.CLOSE_JOB, jobs.close)
    registry.add_screen_section(GARIN_HOME, "decisions", hooks.home_section)
    registry.on_delete.append(hooks.forget)
    registry.on_merge.append(lambda db, from_id, to_id, _now:
                             repo.merge_people(db, from_id, to_id))
    registry.exporters["garin_decisions"] = repo.export_person
    registry.add_commands(*commands.COMMANDS)
