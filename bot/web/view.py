"""What a dashboard page is built from: the request's database session, the viewer's language,
form of address and scope, and the filters in the query string."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from markupsafe import Markup
from sqlalchemy.ext.asyncio import AsyncSession

from bot.settings import Settings
from bot.web.tables import Table
from locales import RTL_LANGUAGES, Localizer

MAX_FILTERS = 6


@dataclass
class View:
    db: AsyncSession
    settings: Settings
    localizer: Localizer
    language: str
    form: str | None
    region: str | None
    """The coordinator's scope (`COORDINATOR_SCOPES`), or None for everything."""
    now: datetime
    filters: list[tuple[str, str]] = field(default_factory=list)
    """(attribute, value) pairs from `?f=name=value`, ANDed."""

    @property
    def rtl(self) -> bool:
        return self.language in RTL_LANGUAGES

    def t(self, key: str, **args: Any) -> str:
        return self.localizer.format(self.language, key, self.form, **args)

    def region_name(self, key: str) -> str:
        name = f"region-{key}"
        return self.t(name) if self.localizer.has("he", name) else key


@dataclass
class Page:
    key: str
    title: str
    tables: list[Table]
    intro: str = ""
    form: Markup | None = None
    """Extra controls above the tables (the survey's filters)."""
    extra: dict[str, Any] = field(default_factory=dict)


def parse_filters(values: list[str], allowed: set[str]) -> list[tuple[str, str]]:
    """`name=value` pairs whose name is a known field; anything else is ignored."""
    found = []
    for raw in values[:MAX_FILTERS]:
        name, sep, value = raw.rpartition("=")
        if sep and name in allowed and value and len(value) <= 200:
            found.append((name, value))
    return found
