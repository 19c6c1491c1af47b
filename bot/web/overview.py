"""The overview page: who is here (channel, language, consent), activity by week, the funnel."""

from __future__ import annotations

from typing import Any

from bot.web import charts
from bot.web.tables import Table
from bot.web.view import Page, View
from conversations.domain.places import default_places
from storage import dashboard
from storage.all_models import metadata

CONSENT = ("consented", "not_yet", "opted_out")


def _counted(view: View, key: str, title_key: str, items: list[tuple[str, int]]) -> Table:
    title = view.t(title_key)
    return Table(key, title, [view.t("dash-col-what"), view.t("dash-col-people")],
                 [[label, n] for label, n in items],
                 chart=charts.bars(items, rtl=view.rtl, title=title))


async def overview(view: View) -> Page:
    data = await dashboard.overview(view.db, region=view.region,
                                    survey=view.settings.survey_active, now=view.now,
                                    tables=set(metadata.tables))
    funnel = [(view.t(f"dash-funnel-{key}"), n) for key, n in data.funnel]
    channels = [(view.t(f"channel-{c}") if view.localizer.has("he", f"channel-{c}") else c, n)
                for c, n in data.channels.most_common()]
    languages = [(view.t(f"lang-{lang}") if view.localizer.has("he", f"lang-{lang}") else lang,
                  n) for lang, n in data.languages.most_common()]
    consent = [(view.t(f"dash-consent-{key}"), data.consent.get(key, 0)) for key in CONSENT]
    title = view.t("dash-activity")
    activity = Table("activity", title,
                     [view.t("dash-col-week"), view.t("dash-col-new"),
                      view.t("dash-col-finished")],
                     [[week.strftime("%Y-%m-%d"), new, done]
                      for week, new, done in data.weeks],
                     chart=charts.columns([(week.strftime("%d/%m"), (new, done))
                                           for week, new, done in data.weeks],
                                          rtl=view.rtl, title=title),
                     note=view.t("dash-activity-note"))
    return Page("overview", view.t("dash-page-overview"), [
        _counted(view, "funnel", "dash-funnel", funnel),
        _counted(view, "channels", "dash-channels", channels),
        _counted(view, "languages", "dash-languages", languages),
        _counted(view, "consent", "dash-consent", consent),
        activity])


async def regions(view: View) -> Page:
    """Where people live and where they want to go, by region, and the largest localities."""
    places = default_places()
    live = dict(await dashboard.attribute_counts(view.db, "residence_region", view.region))
    want = dict(await dashboard.attribute_counts(view.db, "region_interest", view.region))
    keys = list(dict.fromkeys([*places.regions, "other", *live, *want]))
    title = view.t("dash-regions")
    table = Table("regions", title, [view.t("dash-col-region"), view.t("dash-col-live"),
                                     view.t("dash-col-want")],
                  [[view.region_name(k), live.get(k, 0), want.get(k, 0)] for k in keys
                   if live.get(k) or want.get(k) or k in places.regions])
    table.chart = charts.bars([(row[0], row[1]) for row in table.rows], rtl=view.rtl,
                              title=view.t("dash-col-live"))
    field = f"survey:{view.settings.survey_active}:locality"
    top = await dashboard.attribute_counts(view.db, field, view.region, limit=20)
    localities: list[list[Any]] = []
    for key, n in top:
        place = places.get(key)
        localities.append([place.display(view.language) if place else key,
                           view.region_name(place.region) if place else "", n])
    biggest = Table("localities", view.t("dash-localities"),
                    [view.t("dash-col-locality"), view.t("dash-col-region"),
                     view.t("dash-col-people")], localities,
                    chart=charts.bars([(row[0], row[2]) for row in localities], rtl=view.rtl,
                                      title=view.t("dash-localities")))
    return Page("regions", view.t("dash-page-regions"), [table, biggest])
