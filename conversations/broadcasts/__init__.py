"""Broadcasts to segments, topic subscriptions and the weekly digest.

`register()` is how the bot learns about this feature (see conversations/features.py).
"""

from __future__ import annotations

from conversations.broadcasts import commands, digest, subscriptions
from conversations.broadcasts import control as broadcast_control
from conversations.broadcasts import jobs as broadcast_jobs
from conversations.broadcasts.compose import BroadcastFlow
from conversations.broadcasts.hooks import _merge_sender
from conversations.broadcasts.render import SUBSCRIBE, UNSUBSCRIBE
from conversations.broadcasts.subscriptions import SubscriptionsFlow
from conversations.engine.registry import MenuItem, Registry
from storage import subscriptions as subscription_store


def register(registry: Registry) -> None:
    registry.add_flow(BroadcastFlow())
    registry.add_flow(SubscriptionsFlow())
    registry.add_action(UNSUBSCRIBE, subscriptions.unsubscribe)
    registry.add_action(SUBSCRIBE, subscriptions.subscribe)
    for name, handler in (("bc.pause", broadcast_control.pause),
                          ("bc.resume", broadcast_control.resume),
                          ("bc.cancel", broadcast_control.cancel),
                          ("bc.export", broadcast_control.export)):
        registry.add_action(name, handler, coordinator_only=True)
    registry.add_job(broadcast_jobs.SEND, broadcast_jobs.on_send)
    registry.add_job(broadcast_jobs.PROGRESS, broadcast_jobs.on_progress)
    registry.add_job(digest.KIND, digest.on_digest)
    registry.add_menu_item(MenuItem("menu-broadcast", "flow", "broadcast", order=60,
                                    coordinator_only=True))
    registry.add_menu_item(MenuItem("menu-subscriptions", "flow", "subscriptions", order=75))
    registry.on_merge.append(lambda db, from_id, to_id, _now:
                             subscription_store.merge(db, from_id, to_id))
    registry.on_merge.append(_merge_sender)
    registry.exporters["subscriptions"] = subscription_store.export
    registry.add_commands(*commands.COMMANDS)
