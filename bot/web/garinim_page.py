"""The garinim page: per garin its members, lead, journey stage and progress, overdue
milestones and open decisions (counts from storage/dashboard_garinim.py)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from bot.web import charts
from bot.web.tables import Table
from bot.web.view import Page, View
from conversations.domain.journey_def import configured_journey
from conversations.garinim.texts import place
from storage import dashboard_garinim


def _date(view: View, moment: Any) -> str:
    return moment.astimezone(ZoneInfo(view.settings.timezone)).strftime("%Y-%m-%d")


async def garinim_page(view: View) -> Page:
    found = await dashboard_garinim.summaries(view.db, view.region, view.now)
    journey = configured_journey(view.settings.garin_journey_file)
    translate = view.localizer.bind(view.language, view.form)

    def stage(summary: dashboard_garinim.GarinSummary) -> str:
        if not summary.started:
            return view.t("dash-garin-stage-not-started")
        if summary.stage is None:
            return view.t("dash-garin-stage-done")
        return journey.stage_title(summary.stage, view.language)

    rows: list[list[Any]] = []
    for s in found:
        rows.append([s.garin.name, place(translate, s.garin), s.members,
                     view.t("dash-garin-lead-yes" if s.has_lead else "dash-garin-lead-no"),
                     stage(s), s.percent, len(s.overdue), len(s.decisions),
                     _date(view, s.decisions[0].deadline) if s.decisions else ""])
    title = view.t("dash-garinim")
    summary = Table("garinim", title,
                    [view.t(f"dash-garin-col-{key}") for key in
                     ("name", "target", "members", "lead", "stage", "progress", "overdue",
                      "decisions", "deadline")], rows,
                    chart=charts.bars([(s.garin.name, s.percent) for s in found],
                                      rtl=view.rtl, title=view.t("dash-garin-col-progress")))
    overdue = Table("overdue", view.t("dash-garin-overdue"),
                    [view.t("dash-garin-col-name"), view.t("dash-garin-col-milestone"),
                     view.t("dash-garin-col-due")],
                    [[s.garin.name, journey.milestone_title(m.milestone, view.language),
                      _date(view, m.due_at)] for s in found for m in s.overdue])
    decisions = Table("decisions", view.t("dash-garin-decisions"),
                      [view.t("dash-garin-col-name"), view.t("dash-garin-col-question"),
                       view.t("dash-garin-col-deadline")],
                      [[s.garin.name, d.question, _date(view, d.deadline)]
                       for s in found for d in s.decisions])
    return Page("garinim", view.t("dash-page-garinim"), [summary, overdue, decisions])
