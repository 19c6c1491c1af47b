"""The one place where features are composed into a registry."""

from __future__ import annotations

from conversations import (
    broadcasting,
    core_features,
    meetings,
    outbox_admin,
    survey,
    volunteering,
)
from conversations.registry import Registry


def build_registry() -> Registry:
    registry = Registry()
    core_features.register(registry)
    broadcasting.register(registry)
    meetings.register(registry)
    outbox_admin.register(registry)
    survey.register(registry)
    volunteering.register(registry)
    return registry
