"""How requests, places and score parts read, in the reader's language (never who asked)."""

from __future__ import annotations

from typing import Any

from conversations.domain.matcher import DAYS, PARTS, WEIGHTS, mask_days, mask_parts
from conversations.domain.places import default_places
from locales import Translator
from storage.matching_models import HelpRequest


def place(t: Translator, request: HelpRequest) -> str:
    region = t(f"region-{request.region}")
    loc = default_places().get(request.locality) if request.locality else None
    return f"{loc.display(t.language)}, {region}" if loc else region


def summary(t: Translator, request: HelpRequest) -> str:
    """Category, place, urgency, times and description: what a volunteer may see in an offer.

    A request not stored yet (the requester's preview) has no number to show."""
    key = "help-summary" if request.id is not None else "help-summary-new"
    text = t(key, category=t(f"help-cat-{request.category}"),
             place=place(t, request), urgency=t(f"help-urgency-{request.urgency}"),
             times=times(t, request.slots), number=request.id)
    if request.description:
        text += "\n" + t("quoted", text=request.description)
    return text


def times(t: Translator, mask: int) -> str:
    days = mask_days(mask)
    parts = ", ".join(t(f"help-part-{PARTS[p]}") for p in mask_parts(mask))
    if len(days) == len(DAYS):
        return parts
    return f"{', '.join(t(f'help-day-{DAYS[d]}') for d in days)} · {parts}"


def why(t: Translator, parts: dict[str, Any], score: float) -> str:
    """The score's parts as one line: 'proximity 1.00×0.35 · …' for coordinators."""
    shown = " · ".join(f"{t(f'help-part-name-{name}')} {float(parts.get(name, 0)):.2f}"
                       f"×{weight:.2f}" for name, weight in WEIGHTS.items())
    return f"{score:.2f} = {shown}"


def searched(t: Translator, relaxed: tuple[str, ...] | None, state: str) -> str:
    """What a coordinator's "search again" did: searched, widened (and how), or found nobody."""
    if relaxed is None:
        return t("admin-search-nobody")
    if relaxed:
        return t("admin-search-widened", state=t(f"help-state-{state}"),
                 relaxed=", ".join(t(f"help-relaxed-{name}") for name in relaxed))
    return t("admin-searching", state=t(f"help-state-{state}"))


def duration(t: Translator, hours: float) -> str:
    """A span as people say it («שעה», «שעתיים», «90 דקות», «72 שניות»): in the largest unit
    that counts it whole (hours, then minutes, else seconds), and the count passed to the text
    as an int, so that each language picks its own plural form."""
    seconds = round(hours * 3600)
    if seconds >= 3600 and seconds % 3600 == 0:
        return t("duration-hours", n=seconds // 3600)
    if seconds >= 60 and seconds % 60 == 0:
        return t("duration-minutes", n=seconds // 60)
    return t("duration-seconds", n=seconds)
