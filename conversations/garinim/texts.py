"""How garin screens name things: survey values, regions, a lead's line, a cohort's reasons.

Survey values (timing, household, any field) are labelled from the active survey's own
options, so a coordinator who changes the YAML changes these labels too.
"""

from __future__ import annotations

from conversations.domain.cohorts import Cohort
from conversations.domain.places import default_places
from conversations.domain.survey_def import Survey, catalog
from conversations.engine.context import Ctx
from locales import Translator
from storage.garin_leads import LeadView
from storage.garin_models import Garin


def survey(ctx: Ctx) -> Survey | None:
    return active_survey(ctx.settings.survey_dir, ctx.settings.survey_active)


def active_survey(survey_dir: str, survey_id: str) -> Survey | None:
    return catalog(survey_dir).get(survey_id)


def survey_label(found: Survey | None, language: str, name: str, value: str,
                 form: str | None = None) -> str:
    """The label of a segment field's value, as the survey words its option (else the id), in
    the form of address of the person it describes."""
    if found is not None:
        for q in found.questions:
            if any(s.name == name for s in q.segments) and value in q.option_ids:
                return found.option_text(q, value, language, form)
    return value


def field_title(ctx: Ctx, name: str) -> str:
    """A segment field as the survey names its question ("Family status")."""
    found = survey(ctx)
    if found is not None:
        for q in found.questions:
            if any(s.name == name for s in q.segments):
                return found.title(q, ctx.person.language)
    return name


def field_value(ctx: Ctx, name: str, value: str, form: str | None = None) -> str:
    if not value:
        return ctx.t("garin-any")
    return survey_label(survey(ctx), ctx.person.language, name, value, form)


def region(t: Translator, key: str) -> str:
    return t(f"region-{key}") if key and key in default_places().regions else (key or t(
        "garin-any"))


def place(t: Translator, garin: Garin) -> str:
    """The garin's target, as "Ofakim (the Negev)" or just the region."""
    locality = default_places().get(garin.target_locality) if garin.target_locality else None
    where = region(t, garin.target_region)
    if locality is None:
        return garin.target_locality or where
    return t("garin-place", locality=locality.display(t.language), region=where)


def lead_line(ctx: Ctx, lead: LeadView) -> str:
    t = ctx.t
    reasons = ", ".join(t(f"garin-reason-{r}") for r in lead.reasons)
    regions = ", ".join(region(t, r) for r in lead.regions) or t("garin-any")
    return t("garin-lead-line", name=lead.name or f"#{lead.person_id}", reasons=reasons,
             regions=regions, timing=field_value(ctx, "settle_time_frame", lead.timing),
             household=field_value(ctx, "family_status", lead.household, lead.form))


def cohort_reasons(ctx: Ctx, cohort: Cohort, target: int, extra_field: str) -> str:
    t, parts = ctx.t, []
    for kind, value in cohort.reasons(target):
        if kind == "region":
            parts.append(t("garin-why-region", region=region(t, str(value))))
        elif kind == "timing":
            parts.append(t("garin-why-timing",
                           timing=field_value(ctx, "settle_time_frame", str(value))))
        elif kind == "extra":
            parts.append(t("garin-why-extra", field=field_title(ctx, extra_field),
                           value=field_value(ctx, extra_field, str(value))))
        elif kind == "split":
            parts.append(t("garin-why-split", parts=int(value), part=cohort.part))
        elif kind == "small":
            parts.append(t("garin-why-small", target=int(value)))
    return "; ".join(parts)


def cohort_title(ctx: Ctx, cohort: Cohort) -> str:
    t = ctx.t
    return t("garin-cohort-line", region=region(t, cohort.region),
             timing=field_value(ctx, "settle_time_frame", cohort.timing), count=cohort.size)

