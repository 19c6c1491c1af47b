"""The one place where features are listed: adding a feature adds one line here.

The order is the order their hooks run in (digest sections, "delete me", merges).
"""

from __future__ import annotations

from conversations import (
    broadcasts,
    dashboard,
    garin_decisions,
    garin_journey,
    garinim,
    matching,
    meetings,
    onboarding,
    outbox_report,
    survey,
)
from conversations.engine.demo import demo_command
from conversations.engine.registry import Registry

FEATURES = (onboarding, broadcasts, meetings, outbox_report, survey, matching, garinim,
            garin_decisions, garin_journey, dashboard)


def build_registry() -> Registry:
    registry = Registry()
    for feature in FEATURES:
        feature.register(registry)
    registry.add_command(demo_command(registry))
    return registry
