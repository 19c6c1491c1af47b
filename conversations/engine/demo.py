"""`kehila demo` and `kehila demo --clear`: clearly marked sample data for trying the bot.

Every feature contributes its own part through `registry.add_demo(DemoSection(...))`; the
engine names no feature. Demo people are the only thing that marks demo data: each has one
identity on the channel "demo" (which no sender serves, so nothing is ever sent to them) and
the attribute `demo=1`. A section's rows hang off those people (a meeting's creator, a help
request's requester, a survey response's respondent), so `--clear` finds exactly what the
sections made, removes it, then removes the demo people; nobody else's rows are touched.

Loading twice does not duplicate anything: when demo people exist, `kehila demo` says so and
changes nothing (`kehila demo --clear` first, to load fresh sample data).
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from conversations.engine.commands import Command, CommandContext
from storage.models import Identity, Person, PersonAttribute

if TYPE_CHECKING:
    from conversations.engine.context import Services
    from conversations.engine.registry import Registry

DEMO_CHANNEL = "demo"
"""The channel of every demo identity: no channel adapter sends on it."""
DEMO_ATTRIBUTE = "demo"
NAME_MARK = " (דמו)"
"""Appended to every demo person's display name and every demo title, so nobody mistakes
sample data for the real thing."""


@dataclass
class DemoContext:
    """What a demo section is given: the open transaction, the time, the services, and the
    demo people (made on first use, shared by every section under the same key)."""

    db: AsyncSession
    now: datetime
    services: Services
    people: dict[str, int] = field(default_factory=dict)

    async def person(self, key: str, name: str, *, language: str = "he",
                     form: str = "f") -> int:
        """The demo person `key` (e.g. "host_negev"), created if need be; their id."""
        if key in self.people:
            return self.people[key]
        found = await self.db.scalar(select(Identity.person_id).where(
            Identity.channel == DEMO_CHANNEL, Identity.user_id == key))
        if found is None:
            person = Person(language=language, address_form=form,
                            display_name=name + NAME_MARK, consented_at=self.now,
                            created_at=self.now)
            self.db.add(person)
            await self.db.flush()
            self.db.add(Identity(person_id=person.id, channel=DEMO_CHANNEL, user_id=key,
                                 created_at=self.now))
            self.db.add(PersonAttribute(person_id=person.id, name=DEMO_ATTRIBUTE, value="1",
                                        updated_at=self.now))
            await self.db.flush()
            found = person.id
        self.people[key] = found
        return found


DemoLoad = Callable[[DemoContext], Awaitable[str]]
"""Add the section's sample rows; returns one line for the operator ("3 house meetings")."""
DemoClear = Callable[[AsyncSession, list[int]], Awaitable[int]]
"""Remove the section's rows that belong to these demo people (before they are deleted);
returns how many were removed."""


@dataclass(frozen=True)
class DemoSection:
    name: str
    load: DemoLoad
    clear: DemoClear


async def demo_people(db: AsyncSession) -> list[int]:
    """Ids of every demo person (an identity on the demo channel)."""
    rows = await db.scalars(select(Identity.person_id).where(Identity.channel == DEMO_CHANNEL)
                            .order_by(Identity.person_id))
    return sorted(set(rows))


async def load(db: AsyncSession, services: Services, now: datetime,
               sections: list[DemoSection]) -> list[str] | None:
    """Every section's sample data, or None when demo data is already there."""
    if await demo_people(db):
        return None
    context = DemoContext(db, now, services)
    return [f"{section.name}: {await section.load(context)}" for section in sections]


async def clear(db: AsyncSession, sections: list[DemoSection]) -> dict[str, int]:
    """Remove what the sections made for the demo people, then the demo people."""
    people = await demo_people(db)
    removed: dict[str, int] = {}
    if not people:
        return removed
    for section in reversed(sections):
        removed[section.name] = await section.clear(db, people)
    await db.execute(delete(Person).where(Person.id.in_(people)))
    removed["people"] = len(people)
    return removed


def demo_command(registry: Registry) -> Command:
    """`kehila demo [--clear]`, over the sections the features registered."""

    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--clear", action="store_true",
                            help="remove the demo data (and nothing else)")

    async def run(ctx: CommandContext, args: argparse.Namespace) -> None:
        sections = list(registry.demo_sections.values())
        async with ctx.db.transaction() as db:
            if args.clear:
                removed = await clear(db, sections)
                if not removed:
                    ctx.print("no demo data to remove")
                    return
                ctx.print("demo data removed: " + ", ".join(
                    f"{name} {count}" for name, count in removed.items()))
                return
            lines = await load(db, ctx.services, ctx.now(), sections)
        if lines is None:
            ctx.print("demo data is already loaded (kehila demo --clear removes it)")
            return
        ctx.print("demo data loaded (marked \"(דמו)\"; kehila demo --clear removes it):")
        for line in lines:
            ctx.print(f"  {line}")

    return Command("demo", "load sample data to try the bot (--clear removes it)", run=run,
                   configure=configure)
