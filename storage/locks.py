"""Per-person locks that hold across processes (PostgreSQL advisory transaction locks).

`pg_advisory_xact_lock` is taken inside the unit of work and released by its commit or
rollback, so a process that dies mid-event frees the lock with its connection. SQLite has one
sending process (bot/runtime.py refuses a second) and relies on the in-process lock.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import is_postgresql

NAMESPACE = b"kehila:person:"


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a name (an identity's `channel:user_id`)."""
    digest = hashlib.blake2b(NAMESPACE + name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


async def hold_in_transaction(db: AsyncSession, name: str) -> bool:
    """Wait for the cluster-wide lock on `name` until this transaction ends.

    True if a lock was taken (PostgreSQL), False where the backend has none (SQLite).
    """
    if not is_postgresql(db):
        return False
    await db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
    return True
