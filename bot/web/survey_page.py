"""The survey page: answers per question, drop-off per question, filters; the same counts as
the chat summary and `kehila export survey` (conversations/survey/summary.py's `summarise`,
given the viewer's scope and filters). Everyone, one region and one region or locality filter
are read from the counters kept as answers arrive (storage/survey_counts.py); other
combinations of filters are grouped from the answers' indexes."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bot.web import charts
from bot.web.tables import Table
from bot.web.view import Page, View
from conversations.domain.places import default_places
from conversations.domain.survey_def import CHOICE_TYPES, Question, Survey, catalog
from conversations.survey.summary import Summary, summarise
from storage import dashboard, survey_counts

REGION_FIELDS = ("residence_region", "region_interest")


def active_survey(view: View) -> Survey | None:
    return catalog(view.settings.survey_dir).get(view.settings.survey_active)


def filter_fields(survey: Survey) -> set[str]:
    """What `?f=` may filter on: the regions and every choice or locality question."""
    return {*REGION_FIELDS, *(f"survey:{survey.id}:{q.id}" for q in survey.questions
                              if q.type in CHOICE_TYPES or q.type == "locality")}


def option_label(view: View, survey: Survey, q: Question, value: str) -> str:
    if q.type == "locality":
        return view.region_name(value)
    text = survey.option_text(q, value, view.language)
    if q.type == "yesno" and text == value:
        return view.t(f"survey-{value}")
    return text


def option_counts(survey: Survey, q: Question, summary: Summary) -> list[tuple[str, int]]:
    """(value, count) in the question's order; a multi-select counts each chosen option."""
    counts = summary.options.get(q.id, Counter())
    keys = sorted(counts) if q.type == "locality" else list(q.option_ids)
    return [(key, counts.get(key, 0)) for key in keys]


def answer_table(view: View, survey: Survey, q: Question, summary: Summary) -> Table:
    title = survey.title(q, view.language)
    answered = summary.reached[q.id] - summary.skipped[q.id]
    items = [(option_label(view, survey, q, key), n)
             for key, n in option_counts(survey, q, summary)]
    share = [[label, n, round(100 * n / answered) if answered else 0] for label, n in items]
    note = view.t("dash-multi-note", n=answered) if q.type == "multi" else \
        view.t("dash-answered", n=answered)
    return Table(f"q-{q.id}", title, [view.t("dash-col-answer"), view.t("dash-col-people"),
                                      view.t("dash-col-percent")], share,
                 chart=charts.bars(items, rtl=view.rtl, title=title), note=note)


def dropoff_table(view: View, survey: Survey, summary: Summary) -> Table:
    rows: list[list[Any]] = [[view.t("dash-started"), summary.started, "", ""]]
    for q in survey.questions:
        rows.append([survey.title(q, view.language), summary.reached[q.id],
                     summary.skipped[q.id], summary.stopped_at.get(q.id, 0)])
    rows.append([view.t("dash-finished"), summary.finished, "", ""])
    title = view.t("dash-dropoff")
    return Table("dropoff", title, [view.t("dash-col-question"), view.t("dash-col-reached"),
                                    view.t("dash-col-skipped"), view.t("dash-col-stopped")],
                 rows, chart=charts.bars([(r[0], r[1]) for r in rows], rtl=view.rtl,
                                         title=title))


def filter_choices(view: View, survey: Survey) -> list[tuple[str, list[tuple[str, str]]]]:
    """The filter menus: (group label, [(name=value, label)]) for regions and answers."""
    places = default_places()
    regions = [(f"residence_region={key}", view.region_name(key))
               for key in [*places.regions, "other"]]
    groups = [(view.t("dash-filter-region"), regions)]
    for q in survey.questions:
        if q.type in CHOICE_TYPES:
            groups.append((survey.title(q, view.language),
                           [(f"survey:{survey.id}:{q.id}={o}", option_label(view, survey, q, o))
                            for o in q.option_ids]))
    return groups


async def locality_choices(view: View, survey: Survey) -> list[tuple[str, str]]:
    field = f"survey:{survey.id}:locality"
    places = default_places()
    found = []
    for key, _n in await dashboard.attribute_counts(view.db, field, view.region, limit=30):
        place = places.get(key)
        found.append((f"{field}={key}", place.display(view.language) if place else key))
    return found


async def survey_page(view: View) -> Page:
    survey = active_survey(view)
    if survey is None:
        return Page("survey", view.t("dash-page-survey"), [], intro=view.t("dash-no-survey"))
    summary = await summarise(view.db, survey,
                              dashboard.response_scope(view.region, view.filters),
                              facet=survey_counts.facet_of(survey.id, view.region,
                                                           view.filters))
    tables = [dropoff_table(view, survey, summary)]
    tables += [answer_table(view, survey, q, summary) for q in survey.questions
               if q.type in CHOICE_TYPES or q.type == "locality"]
    groups = filter_choices(view, survey)
    localities = await locality_choices(view, survey)
    if localities:
        groups.insert(1, (view.t("dash-filter-locality"), localities))
    public = await dashboard.public_questions(view.db, survey.id)
    rate = round(100 * summary.finished / summary.started) if summary.started else 0
    return Page("survey", survey.text("title", view.language), tables,
                intro=view.t("dash-survey-intro", started=summary.started,
                             finished=summary.finished, rate=rate),
                extra={"filter_groups": groups,
                       "chosen": [f"{n}={v}" for n, v in view.filters],
                       "public": {
                           "enabled": view.settings.public_results,
                           "questions": [(q.id, survey.title(q, view.language), q.id in public)
                                         for q in survey.questions if q.type in CHOICE_TYPES],
                           "regions": [(key, view.region_name(key))
                                       for key in [*default_places().regions, "other"]]}})
