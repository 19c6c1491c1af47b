"""Seed many people straight into the database (bulk inserts), for the tests and bench.

It lives beside the stand-ins, outside tests/, so bench/ never imports the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert

from storage.db import Database
from storage.models import Identity, Person, PersonAttribute

FIRST_ID = 100_000  # far above the ids the app gives people who write in


@dataclass
class Seed:
    """One person to create: language, identities (channel, user id), attributes."""

    language: str = "he"
    identities: list[tuple[str, str]] = field(default_factory=list)
    attributes: dict[str, list[str]] = field(default_factory=dict)
    form: str | None = "m"
    consented: bool = True
    opted_out: bool = False
    unreachable: bool = False


async def seed(db: Database, people: list[Seed], now: datetime, first_id: int = FIRST_ID,
               batch: int = 2000) -> list[int]:
    """Insert everyone in a few statements; return their ids in order."""
    ids = list(range(first_id, first_id + len(people)))
    person_rows, identity_rows, attribute_rows = [], [], []
    for person_id, spec in zip(ids, people, strict=True):
        person_rows.append({"id": person_id, "language": spec.language,
                            "address_form": spec.form,
                            "consented_at": now if spec.consented else None,
                            "opted_out_at": now if spec.opted_out else None, "created_at": now})
        for channel, user_id in spec.identities:
            identity_rows.append({"person_id": person_id, "channel": channel,
                                  "user_id": user_id, "created_at": now,
                                  "unreachable_at": now if spec.unreachable else None})
        for name, values in spec.attributes.items():
            attribute_rows += [{"person_id": person_id, "name": name, "value": value,
                                "updated_at": now} for value in values]
    async with db.transaction() as session:
        for model, rows in ((Person, person_rows), (Identity, identity_rows),
                            (PersonAttribute, attribute_rows)):
            for start in range(0, len(rows), batch):
                if rows[start:start + batch]:
                    await session.execute(insert(model), rows[start:start + batch])
    return ids
