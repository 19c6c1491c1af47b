"""Turn an audience definition (conversations/domain/segments.py) into SQL, count it, save it.

Whatever the definition says, only people who consented, did not opt out and have at least
one reachable identity are ever recipients; deleted people have no row at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, not_, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from conversations.domain import topics
from conversations.domain.segments import Definition, validate
from storage.broadcast_models import Segment, Subscription
from storage.models import Identity, Person, PersonAttribute


def _reachable(channels: list[str] | None = None) -> ColumnElement[bool]:
    other = aliased(Identity)  # so it never correlates with an outer query on identities
    query = select(other.id).where(other.person_id == Person.id, other.unreachable_at.is_(None))
    if channels is not None:
        query = query.where(other.channel.in_(channels))
    return exists(query)


def _subscribed(topic_id: str) -> ColumnElement[bool]:
    def choice(value: bool) -> ColumnElement[bool]:
        return exists(select(Subscription.person_id).where(
            Subscription.person_id == Person.id, Subscription.topic == topic_id,
            Subscription.subscribed.is_(value)))

    topic = topics.get(topic_id)
    if topic is not None and topic.default:
        return not_(choice(False))
    return choice(True)


def condition(node: Definition) -> ColumnElement[bool]:
    """The WHERE clause on `people` for one (validated) definition tree."""
    if "all" in node:
        return and_(true(), *(condition(child) for child in node["all"]))
    if "any" in node:
        return or_(false(), *(condition(child) for child in node["any"]))
    if "not" in node:
        return not_(condition(node["not"]))
    if "attr" in node:
        return exists(select(PersonAttribute.person_id).where(
            PersonAttribute.person_id == Person.id, PersonAttribute.name == node["attr"],
            PersonAttribute.value.in_(node["in"])))
    if "topic" in node:
        return _subscribed(node["topic"])
    if "channel" in node:
        return _reachable(node["channel"])
    return Person.language.in_(node["language"])


def eligible() -> ColumnElement[bool]:
    """Who may receive any broadcast at all."""
    return and_(Person.consented_at.is_not(None), Person.opted_out_at.is_(None), _reachable())


def audience(definition: Definition, topic: str | None = None) -> ColumnElement[bool]:
    """The full filter: eligible, matching the definition and (if given) subscribed to topic."""
    parts = [eligible(), condition(validate(definition))]
    if topic:
        parts.append(_subscribed(topic))
    return and_(*parts)


async def recipients(db: AsyncSession, definition: Definition,
                     topic: str | None = None) -> list[tuple[int, str, str | None]]:
    """(person id, language, form of address) of every recipient, by id."""
    rows = await db.execute(select(Person.id, Person.language, Person.address_form)
                            .where(audience(definition, topic)).order_by(Person.id))
    return [(row[0], row[1], row[2]) for row in rows]


@dataclass
class Split:
    """How many people an audience reaches, by the channel they will get it on and language."""

    total: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)


async def split(db: AsyncSession, definition: Definition, topic: str | None = None) -> Split:
    """Count an audience; a person counts on their most recently active reachable channel."""
    rows = await db.execute(
        select(Identity.person_id, Identity.channel, Identity.last_inbound_at, Identity.id,
               Person.language)
        .join(Person, Person.id == Identity.person_id)
        .where(audience(definition, topic), Identity.unreachable_at.is_(None)))
    best: dict[int, tuple[Any, int, str, str]] = {}
    for person_id, channel, last_inbound, identity_id, language in rows:
        rank = (last_inbound is not None, last_inbound or datetime.min, identity_id)
        if person_id not in best or rank > best[person_id][0]:
            best[person_id] = (rank, identity_id, channel, language)
    channels = Counter(v[2] for v in best.values())
    languages = Counter(v[3] for v in best.values())
    return Split(len(best), dict(channels.most_common()), dict(languages.most_common()))


async def save(db: AsyncSession, name: str, definition: Definition, *, by: str,
               now: datetime) -> Segment:
    """Save (or replace) a named audience."""
    validate(definition)
    segment = await get(db, name)
    if segment is None:
        segment = Segment(name=name, definition=definition, created_by=by, created_at=now,
                          updated_at=now)
        db.add(segment)
    else:
        segment.definition = definition
        segment.created_by = by
        segment.updated_at = now
    await db.flush()
    return segment


async def get(db: AsyncSession, name: str) -> Segment | None:
    return await db.scalar(select(Segment).where(Segment.name == name))


async def all_saved(db: AsyncSession) -> list[Segment]:
    return list(await db.scalars(select(Segment).order_by(Segment.name)))


async def attribute_names(db: AsyncSession, limit: int = 30) -> list[str]:
    """The attribute names people have, alphabetically (to build an audience from)."""
    rows = await db.execute(
        select(PersonAttribute.name).group_by(PersonAttribute.name)
        .order_by(PersonAttribute.name).limit(limit))
    return [row[0] for row in rows]


async def attribute_values(db: AsyncSession, name: str, limit: int = 30) -> list[str]:
    rows = await db.execute(
        select(PersonAttribute.value).where(PersonAttribute.name == name)
        .group_by(PersonAttribute.value).order_by(PersonAttribute.value).limit(limit))
    return [row[0] for row in rows]
