"""Read and write people's segment fields (see `PersonAttribute`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import is_postgresql
from storage.models import PersonAttribute
from storage.survey_counts import counting, is_facet_attribute, responses_of


async def set_values(db: AsyncSession, person_id: int, name: str, values: Iterable[str],
                     now: datetime) -> None:
    """Replace every value of `name` for the person (an empty iterable clears it). A region
    or locality moves the person's survey responses between the dashboard's counted facets."""
    values = list(dict.fromkeys(str(v) for v in values))
    if is_facet_attribute(name) and sorted(values) != sorted(await db.scalars(
            select(PersonAttribute.value).where(PersonAttribute.person_id == person_id,
                                                PersonAttribute.name == name))):
        async with counting(db, await responses_of(db, [person_id])):
            await _replace(db, person_id, name, values, now)
    else:  # the survey sets every field after each answer: most are unchanged
        await _replace(db, person_id, name, values, now)


async def set_many(db: AsyncSession, person_id: int, fields: Mapping[str, Iterable[str]],
                   now: datetime) -> None:
    """`set_values` for several names at once, in the fewest statements: the survey sets
    every field it feeds after each answer (some twenty), and one at a time that was two
    statements per field per answer, most rewriting what was already there (py-spy, issue
    14). One SELECT reads them all; one upsert writes every wanted value (a new one
    inserted, a held one only has its `updated_at` touched, as a rewrite would have left
    it); a value no longer wanted is deleted, in a statement of its own only when there is
    one (an answer changed), inside `counting` if a facet moves.

    Without the session's autoflush: attributes are only written by statements that run at
    once (here) or flush where they add (`_replace`, the demo), so nothing pending can change
    what is read here, and the answer's pending touch of its response goes out in the
    response's one UPDATE of the step, not in an UPDATE of its own before these statements
    (14 statements an answer, issue 14). `counting` flushes for itself."""
    wanted = {name: list(dict.fromkeys(str(v) for v in values))
              for name, values in fields.items()}
    if wanted:
        with db.no_autoflush:
            await _set_many(db, person_id, wanted, now)


async def _set_many(db: AsyncSession, person_id: int, wanted: dict[str, list[str]],
                    now: datetime) -> None:
    held: dict[str, list[str]] = {name: [] for name in wanted}
    for name, value in await db.execute(_HELD, {"person_id": person_id}):
        if name in held:
            held[name].append(value)
    changed = [name for name in wanted if sorted(wanted[name]) != sorted(held[name])]
    gone = [{"b_person": person_id, "b_name": name, "b_value": value}
            for name in changed for value in held[name] if value not in wanted[name]]
    rows = [{"person_id": person_id, "name": name, "value": value, "updated_at": now}
            for name, values in wanted.items() for value in values]
    if any(is_facet_attribute(name) for name in changed):
        async with counting(db, await responses_of(db, [person_id])):
            await _write_many(db, gone, rows)
    else:
        await _write_many(db, gone, rows)


_HELD = select(PersonAttribute.name, PersonAttribute.value).where(
    PersonAttribute.person_id == bindparam("person_id"))
"""Every field of the person (a few dozen rows at most), filtered here: an IN of twenty
names would be expanded into the SQL anew on every answer."""
_TABLE: Table = PersonAttribute.__table__  # type: ignore[assignment]  # Core, not the ORM
_DROP = delete(_TABLE).where(_TABLE.c.person_id == bindparam("b_person"),
                             _TABLE.c.name == bindparam("b_name"),
                             _TABLE.c.value == bindparam("b_value"))
"""One executemany (Core: no ORM bulk machinery) for the values no longer held."""


@cache  # one statement per backend, not a new one per answer
def _upsert(postgres: bool) -> Any:
    statement = (postgresql if postgres else sqlite).insert(_TABLE)
    return statement.on_conflict_do_update(
        index_elements=["person_id", "name", "value"],
        set_={"updated_at": statement.excluded.updated_at})


async def _write_many(db: AsyncSession, gone: list[dict[str, Any]],
                      rows: list[dict[str, Any]]) -> None:
    if gone:
        await db.execute(_DROP, gone)
    if rows:
        await db.execute(_upsert(is_postgresql(db)), rows)


async def _replace(db: AsyncSession, person_id: int, name: str, values: list[str],
                   now: datetime) -> None:
    await db.execute(delete(PersonAttribute).where(PersonAttribute.person_id == person_id,
                                                   PersonAttribute.name == name))
    for value in values:
        db.add(PersonAttribute(person_id=person_id, name=name, value=value, updated_at=now))
    await db.flush()


async def values_of(db: AsyncSession, person_id: int) -> dict[str, list[str]]:
    rows = await db.scalars(select(PersonAttribute).where(PersonAttribute.person_id == person_id)
                            .order_by(PersonAttribute.name, PersonAttribute.value))
    found: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        found[row.name].append(row.value)
    return dict(found)


async def people_with(db: AsyncSession, name: str, value: str) -> list[int]:
    rows = await db.scalars(select(PersonAttribute.person_id).where(
        PersonAttribute.name == name, PersonAttribute.value == value))
    return list(rows)
