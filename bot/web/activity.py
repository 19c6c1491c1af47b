"""The meetings, matching and delivery pages (counts from storage/dashboard_activity.py)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from bot.web import charts
from bot.web.tables import Table
from bot.web.view import Page, View
from conversations.outbox_report.report import kind_name
from storage import dashboard_activity as activity

AGE_BUCKETS = ("day", "week", "month", "older")
DELIVERY_STATES = ("sent", "delivered", "read", "failed", "held", "skipped", "unknown",
                   "pending", "cancelled")


def _when(view: View, moment: Any) -> str:
    return moment.astimezone(ZoneInfo(view.settings.timezone)).strftime("%Y-%m-%d %H:%M")


def _category(view: View, key: str) -> str:
    name = f"help-cat-{key}"
    return view.t(name) if view.localizer.has("he", name) else key


async def meetings_page(view: View) -> Page:
    rows = await activity.meetings(view.db, view.region)
    fill = Table("meetings", view.t("dash-meetings"),
                 [view.t("dash-col-meeting"), view.t("dash-col-when"),
                  view.t("dash-col-locality"), view.t("dash-col-capacity"),
                  view.t("dash-col-confirmed"), view.t("dash-col-waitlist"),
                  view.t("dash-col-attended"), view.t("dash-col-feedback"),
                  view.t("dash-col-score")],
                 [[m.title, _when(view, m.starts_at), m.locality, m.capacity, m.seats,
                   m.waitlisted, m.attended, m.feedback, "" if m.score is None else m.score]
                  for m in rows],
                 chart=charts.bars([(m.title, m.seats) for m in rows], rtl=view.rtl,
                                   title=view.t("dash-col-confirmed")))
    said = Table("comments", view.t("dash-comments"),
                 [view.t("dash-col-meeting"), view.t("dash-col-score"),
                  view.t("dash-col-comment")],
                 [list(row) for row in await activity.comments(view.db, view.region)])
    return Page("meetings", view.t("dash-page-meetings"), [fill, said])


async def matching_page(view: View) -> Page:
    data = await activity.matching(view.db, view.region, view.now)
    ages = [view.t(f"dash-age-{bucket}") for bucket in AGE_BUCKETS]
    open_rows: list[list[Any]] = [
        [_category(view, category), *(counts.get(b, 0) for b in AGE_BUCKETS),
         sum(counts.values())] for category, counts in sorted(data.open_by_age.items())]
    opened = Table("open", view.t("dash-open-requests"),
                   [view.t("dash-col-category"), *ages, view.t("dash-col-total")], open_rows,
                   chart=charts.bars([(row[0], row[-1]) for row in open_rows], rtl=view.rtl,
                                     title=view.t("dash-open-requests")),
                   note=view.t("dash-no-personal"))
    hours = Table("times", view.t("dash-match-times"),
                  [view.t("dash-col-what"), view.t("dash-col-value")],
                  [[view.t("dash-hours-to-offer"), "" if data.hours_to_offer is None
                    else data.hours_to_offer],
                   [view.t("dash-hours-to-match"), "" if data.hours_to_match is None
                    else data.hours_to_match],
                   [view.t("dash-matched"), data.matched],
                   [view.t("dash-escalated"), data.escalated]])
    load_items = [(str(n), data.load[n]) for n in sorted(data.load)]
    load = Table("load", view.t("dash-volunteer-load"),
                 [view.t("dash-col-requests"), view.t("dash-col-volunteers")],
                 [[n, v] for n, v in load_items],
                 chart=charts.bars(load_items, rtl=view.rtl, title=view.t("dash-volunteer-load")))
    return Page("matching", view.t("dash-page-matching"), [opened, hours, load])


async def outbox_page(view: View) -> Page:
    deliveries = await activity.broadcasts(view.db, view.region)
    rows: list[list[Any]] = []
    reasons: list[list[Any]] = []
    for d in deliveries:
        b = d.broadcast
        rows.append([b.id, _when(view, b.scheduled_at), view.t(f"dash-state-{b.state}")
                     if view.localizer.has("he", f"dash-state-{b.state}") else b.state,
                     b.recipients, *(d.states.get(s, 0) for s in DELIVERY_STATES)])
        reasons += [[b.id, reason, n] for reason, n in d.reasons.most_common()]
    sent = Table("broadcasts", view.t("dash-broadcasts"),
                 [view.t("dash-col-broadcast"), view.t("dash-col-when"),
                  view.t("dash-col-state"), view.t("dash-col-recipients"),
                  *(view.t(f"dash-delivery-{s}") for s in DELIVERY_STATES)], rows)
    why = Table("reasons", view.t("dash-reasons"),
                [view.t("dash-col-broadcast"), view.t("dash-col-reason"),
                 view.t("dash-col-count")], reasons)
    translate = view.localizer.bind(view.language, view.form)
    quiet_items = [(kind_name(translate, kind), n)
                   for kind, n in await activity.waiting_for_quiet_hours(view.db, view.now)]
    quiet = Table("quiet", view.t("dash-quiet"),
                  [view.t("dash-col-kind"), view.t("dash-col-count")],
                  [[k, n] for k, n in quiet_items],
                  chart=charts.bars(quiet_items, rtl=view.rtl, title=view.t("dash-quiet")))
    return Page("outbox", view.t("dash-page-outbox"), [sent, why, quiet])
