"""Settings for a test: the given database, quiet logs, and two coordinators."""

from __future__ import annotations

from bot.settings import Settings, load_settings


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {"database_url": database_url, "log_level": "WARNING",
                                 "coordinators": "tg:7001,terminal:dana"}
    values.update(overrides)
    return load_settings(None, **values)
