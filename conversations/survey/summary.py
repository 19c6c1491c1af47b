"""What coordinators see: counts per option and region, the completion funnel, PNG charts.

Aggregated by the database (GROUP BY question and value), so 20,000 respondents cost a few
grouped queries and no answer rows in Python; the dashboard's common views read the same
groups from the counters kept as answers arrive (storage/survey_counts.py) instead.
Charts use matplotlib's object API (a `Figure` renders with Agg, no pyplot state shared
between requests). matplotlib neither shapes Arabic nor reorders right-to-left text: Arabic
letters are first given their joined forms (arabic-reshaper: initial, medial, final,
lam-alef), then Hebrew and Arabic labels are put in visual order; DejaVu Sans, the default
font, has the Arabic presentation forms, so an Arabic coordinator reads Arabic charts.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.domain.survey_def import CHOICE_TYPES, Survey, catalog
from conversations.domain.types import Document
from conversations.engine.context import Ctx
from conversations.engine.flow import Move, finish
from locales import Localizer
from storage import survey as repo
from storage import survey_counts
from storage.survey_models import COUNTED, COUNTED_KINDS, SurveyAnswer, SurveyResponse

if TYPE_CHECKING:
    from matplotlib.figure import Figure

RTL_RUN = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]")
LTR_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:%/\-–]*[A-Za-z0-9%]|[A-Za-z0-9]")


@dataclass
class Summary:
    started: int = 0
    finished: int = 0
    reached: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    stopped_at: Counter[str] = field(default_factory=Counter)
    options: dict[str, Counter[str]] = field(default_factory=dict)


async def summarise(db: AsyncSession, survey: Survey,
                    where: ColumnElement[bool] | None = None, *,
                    facet: str | None = None) -> Summary:
    """The counts over every response, or those `where` selects (the dashboard's scopes and
    filters, `storage.dashboard.response_scope`). Given a `facet` (`survey_counts.facet_of`)
    they are read from the counters kept as answers arrive instead of grouped anew."""
    kinds = {q.id: q.type for q in survey.questions}
    counted = [qid for qid, kind in kinds.items() if kind in COUNTED_KINDS]
    if facet is not None:
        rows = await survey_counts.counts(db, survey.id, facet)
        return _summary(
            kinds, [(value, n) for metric, _, value, n in rows if metric == "status"],
            [(question, n) for metric, question, _, n in rows if metric == "stop"],
            [(question, value == "1", n) for metric, question, value, n in rows
             if metric == "reached"],
            [(question, json.loads(value), n) for metric, question, value, n in rows
             if metric == "value" and question in counted])
    chosen = [SurveyResponse.survey_id == survey.id] + ([] if where is None else [where])
    statuses = await db.execute(select(SurveyResponse.status, func.count())
                                .where(*chosen)
                                .group_by(SurveyResponse.status))
    stops = await db.execute(select(SurveyResponse.current_question, func.count())
                             .where(*chosen, SurveyResponse.status == repo.STARTED)
                             .group_by(SurveyResponse.current_question))
    picked = [] if where is None else [
        SurveyAnswer.response_id.in_(select(SurveyResponse.id).where(*chosen))]
    answers = [SurveyAnswer.survey_id == survey.id, *picked]
    # Counted by the database: how many reached and skipped each question, and each distinct
    # value of the choice and locality questions (a multi-select's distinct sets of options),
    # so no answer row travels to Python.
    reached = await db.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.skipped, func.count())
        .where(*answers).group_by(SurveyAnswer.question_id, SurveyAnswer.skipped))
    values = await db.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.value, func.count())
        .where(*answers, text(COUNTED), SurveyAnswer.skipped.is_(False),
               SurveyAnswer.question_id.in_(counted))
        .group_by(SurveyAnswer.question_id, SurveyAnswer.value))
    return _summary(kinds, list(statuses), list(stops), list(reached), list(values))


def _summary(kinds: dict[str, str], statuses: Iterable[Any], stops: Iterable[Any],
             reached: Iterable[Any], values: Iterable[Any]) -> Summary:
    """The summary from the grouped rows, whether grouped now or kept as counters."""
    summary = Summary()
    for status, count in statuses:
        summary.started += count
        if status == repo.FINISHED:
            summary.finished += count
    for question_id, count in stops:
        summary.stopped_at[question_id or ""] += count
    for question_id, skipped, count in reached:
        if question_id in kinds:  # not a question a later version removed
            summary.reached[question_id] += count
            if skipped:
                summary.skipped[question_id] += count
    for question_id, value, count in values:
        if value is None:
            summary.skipped[question_id] += count  # stored without a value: not an answer
            continue
        counts = summary.options.setdefault(question_id, Counter())
        kind = kinds[question_id]
        if kind == "multi":
            for option in value:
                counts[option] += count
        elif kind == "locality":
            counts[value["region"]] += count
        else:
            counts[str(value)] += count
    return summary


def _label(survey: Survey, localizer: Localizer, language: str, qid: str, value: str) -> str:
    q = survey.question(qid)
    assert q is not None
    if q.type == "locality":
        return localizer.format(language, f"region-{value}")
    if q.type == "yesno" and survey.option_text(q, value, language) == value:
        return localizer.format(language, f"survey-{value}")
    return survey.option_text(q, value, language)


def summary_text(summary: Summary, survey: Survey, localizer: Localizer,
                 language: str) -> str:
    """A short message: the funnel, where people stop, and the regions."""
    def t(key: str, **args: Any) -> str:
        return localizer.format(language, key, **args)

    rate = round(100 * summary.finished / summary.started) if summary.started else 0
    lines = [t("survey-summary-title", title=survey.text("title", language)),
             t("survey-summary-funnel", started=summary.started, finished=summary.finished,
               rate=rate)]
    stops = [(q, n) for qid, n in summary.stopped_at.most_common(3)
             if (q := survey.question(qid)) is not None]
    if stops:
        lines.append(t("survey-summary-stops") + " " + ", ".join(
            f"{survey.title(q, language)} ({n})" for q, n in stops))
    for q in survey.questions:
        if q.type == "locality" or any(s.name == "region_interest" for s in q.segments):
            counts = summary.options.get(q.id, Counter())
            if counts:
                lines.append(f"{survey.title(q, language)}: " + ", ".join(
                    f"{_label(survey, localizer, language, q.id, v)} {n}"
                    for v, n in counts.most_common()))
    return "\n".join(lines)


def visual(text: str) -> str:
    """Hebrew or Arabic in visual order for a renderer without bidi or shaping: Arabic letters
    joined (presentation forms), then reversed, keeping LTR runs as they read."""
    if not RTL_RUN.search(text):
        return text
    import arabic_reshaper  # on use, with the charts: it loads fontTools (2 MiB)

    flipped = arabic_reshaper.reshape(text)[::-1]
    return LTR_RUN.sub(lambda m: m.group(0)[::-1], flipped)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return buffer.getvalue()


def charts(summary: Summary, survey: Survey, localizer: Localizer,
           language: str) -> list[Document]:
    """Three PNGs: the funnel per question, the regions, and every choice question."""
    from matplotlib.figure import Figure  # on use: it costs the bot's memory at rest otherwise

    def t(key: str, **args: Any) -> str:
        return visual(localizer.format(language, key, **args))

    documents = []
    titles = [visual(survey.title(q, language)) for q in survey.questions]
    values = [summary.reached[q.id] for q in survey.questions]
    figure = Figure(figsize=(7, 0.35 * len(titles) + 1.5))
    axis = figure.subplots()
    axis.barh([t("survey-chart-started"), *titles, t("survey-chart-finished")],
              [summary.started, *values, summary.finished], color="#4C72B0")
    axis.invert_yaxis()
    axis.set_title(t("survey-chart-funnel"))
    documents.append(Document("survey-funnel.png", _png(figure), "image/png"))

    regional = [q for q in survey.questions
                if q.type == "locality" or any(s.name == "region_interest" for s in q.segments)]
    if regional:
        figure = Figure(figsize=(5 * len(regional), 3.5))
        axes = figure.subplots(1, len(regional), squeeze=False)
        for axis, q in zip(axes[0], regional, strict=True):
            counts = summary.options.get(q.id, Counter())
            keys = list(q.option_ids) if q.type != "locality" else sorted(counts)
            axis.bar([visual(_label(survey, localizer, language, q.id, k)) for k in keys],
                     [counts.get(k, 0) for k in keys], color="#55A868")
            axis.set_title(visual(survey.title(q, language)))
            axis.tick_params(axis="x", labelrotation=30)
        documents.append(Document("survey-regions.png", _png(figure), "image/png"))

    choice = [q for q in survey.questions if q.type in CHOICE_TYPES]
    if choice:
        columns = 3
        rows = (len(choice) + columns - 1) // columns
        figure = Figure(figsize=(15, 3.2 * rows))
        axes = figure.subplots(rows, columns, squeeze=False)
        for index, axis in enumerate(axes.flat):
            if index >= len(choice):
                axis.axis("off")
                continue
            q = choice[index]
            counts = summary.options.get(q.id, Counter())
            axis.barh([visual(_label(survey, localizer, language, q.id, o))
                       for o in q.option_ids], [counts.get(o, 0) for o in q.option_ids],
                      color="#C44E52")
            axis.invert_yaxis()
            axis.set_title(visual(survey.title(q, language)), fontsize=10)
        figure.tight_layout()
        documents.append(Document("survey-answers.png", _png(figure), "image/png"))
    return documents


async def send_summary(ctx: Ctx, target: str) -> Move | None:
    """The coordinators' menu entry: the summary text, then each chart as an image."""
    survey = catalog(ctx.settings.survey_dir).get(target or ctx.settings.survey_active)
    if survey is None:
        ctx.say(ctx.t("survey-unknown"))
        return finish()
    summary = await summarise(ctx.db, survey)
    localizer = ctx.services.localizer
    ctx.say(summary_text(summary, survey, localizer, ctx.person.language))
    if summary.started:
        for document in charts(summary, survey, localizer, ctx.person.language):
            ctx.say(ctx.t("survey-chart-caption"), document=document)
    return finish()
