"""The public results page (PUBLIC_RESULTS=on): aggregates of the questions coordinators chose,
and no count under PUBLIC_MIN_COUNT (k) anywhere, so no one can be singled out.

A suppressed cell reads "fewer than k". When a question shows its total and only one of its
cells is suppressed, the next smallest is suppressed too, so the hidden one cannot be worked
out by subtraction. Filtered by `?region=` (where respondents live) for the link a broadcast
sends to a region's respondents.
"""

from __future__ import annotations

from typing import Any

from bot.web import charts
from bot.web.survey_page import active_survey, option_counts, option_label
from bot.web.tables import Table
from bot.web.view import Page, View
from conversations.domain.places import default_places
from conversations.domain.survey_def import CHOICE_TYPES
from conversations.survey.summary import summarise
from storage import dashboard, survey_counts


def suppress(counts: list[int], k: int) -> list[int | None]:
    """The counts with every cell under k (and, if only one, the next smallest) as None."""
    shown: list[int | None] = [None if 0 < n < k else n for n in counts]
    hidden = [i for i, n in enumerate(shown) if n is None]
    if len(hidden) == 1:
        rest = [(n, i) for i, n in enumerate(counts) if shown[i] is not None and n > 0]
        if rest:
            shown[min(rest)[1]] = None
    return shown


def regions_known() -> set[str]:
    return {*default_places().regions, "other"}


async def public_page(view: View, region: str | None) -> Page:
    survey = active_survey(view)
    k = view.settings.public_min_count
    fewer = view.t("dash-public-fewer", k=k)
    if survey is None:
        return Page("results", view.t("dash-public-title"), [], intro=view.t("dash-no-survey"))
    filters = [("residence_region", region)] if region else []
    summary = await summarise(view.db, survey, dashboard.response_scope(None, filters),
                              facet=survey_counts.facet_of(survey.id, None, filters))
    chosen = await dashboard.public_questions(view.db, survey.id)
    title = survey.text("title", view.language)
    if region:
        title = f"{title} · {view.region_name(region)}"
    if summary.finished < k:
        return Page("results", title, [], intro=view.t("dash-public-too-few", k=k))
    tables = []
    for q in survey.questions:
        if q.id not in chosen or q.type not in CHOICE_TYPES:
            continue
        items = option_counts(survey, q, summary)
        shown = suppress([n for _, n in items], k)
        answered = summary.reached[q.id] - summary.skipped[q.id]
        rows: list[list[Any]] = [[option_label(view, survey, q, key), fewer if n is None else n]
                                 for (key, _), n in zip(items, shown, strict=True)]
        tables.append(Table(
            f"q-{q.id}", survey.title(q, view.language),
            [view.t("dash-col-answer"), view.t("dash-col-people")], rows,
            chart=charts.bars([(str(row[0]), n or 0) for row, n in zip(rows, shown,
                                                                       strict=True)],
                              rtl=view.rtl, title=survey.title(q, view.language)),
            note=view.t("dash-answered", n=answered) if answered >= k else ""))
    return Page("results", title, tables,
                intro=view.t("dash-public-intro", finished=summary.finished, k=k))
