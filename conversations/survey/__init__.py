"""The needs-mapping survey: a YAML-defined flow, nudges, exports and the coordinators' summary.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.engine.registry import MenuItem, Registry
from conversations.survey import commands, demo
from conversations.survey.flow import (
    SurveyFlow,
    check_surveys,
    continue_survey,
    export_person,
    status_is,
)
from conversations.survey.nudges import CONTINUE_ACTION, KIND, run_nudge
from conversations.survey.summary import send_summary
from storage import survey as repo


def register(registry: Registry) -> None:
    registry.add_flow(SurveyFlow())
    registry.checks.append(check_surveys)
    registry.add_action(CONTINUE_ACTION, continue_survey)
    registry.add_menu_item(MenuItem("menu-survey-start", CONTINUE_ACTION, "", order=10,
                                    visible=status_is(None)))
    registry.add_menu_item(MenuItem("menu-survey-continue", CONTINUE_ACTION, "", order=10,
                                    visible=status_is(repo.STARTED)))
    registry.add_menu_item(MenuItem("menu-survey-review", CONTINUE_ACTION, "", order=75,
                                    visible=status_is(repo.FINISHED)))
    registry.add_action("survey.summary", send_summary, coordinator_only=True)
    registry.add_menu_item(MenuItem("menu-survey-summary", "survey.summary", "", order=70,
                                    coordinator_only=True))
    registry.add_job(KIND, run_nudge)
    registry.on_delete.append(lambda db, person_id, _now: repo.anonymise_person(db, person_id))
    registry.on_merge.append(lambda db, from_id, to_id, _now:
                             repo.merge_people(db, from_id, to_id))
    registry.exporters["survey"] = export_person
    registry.add_commands(*commands.COMMANDS)
    registry.add_demo(demo.SECTION)
