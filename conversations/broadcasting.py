"""Register broadcasts, topic subscriptions and the weekly digest."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from conversations import broadcast_control, broadcast_jobs, digest, subscriptions
from conversations.broadcast import BroadcastFlow
from conversations.broadcast_render import SUBSCRIBE, UNSUBSCRIBE
from conversations.registry import MenuItem, Registry
from conversations.subscriptions import SubscriptionsFlow
from storage import subscriptions as subscription_store
from storage.broadcast_models import Broadcast


async def _merge_sender(db: AsyncSession, from_id: int, to_id: int, _now: datetime) -> None:
    await db.execute(update(Broadcast).where(Broadcast.created_by_person_id == from_id)
                     .values(created_by_person_id=to_id))


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
