"""One-time login links and browser sessions for the dashboard, stored as token hashes.

A link's token is shown once (in the chat) and kept only as its SHA-256; redeeming it marks it
used in the same UPDATE that checks it is unused and unexpired, so two clicks at once open one
session at most.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dashboard_models import DashboardLogin, DashboardSession
from storage.db import affected


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Viewer:
    """Who is looking at the dashboard: the person and the identity the link was sent to."""

    person_id: int
    urn: str
    csrf: str


async def create_login(db: AsyncSession, *, person_id: int, urn: str, now: datetime,
                       ttl: timedelta) -> str:
    """A new login token (returned once, never stored as such)."""
    token = secrets.token_urlsafe(32)
    db.add(DashboardLogin(token_hash=digest(token), person_id=person_id, urn=urn,
                          created_at=now, expires_at=now + ttl))
    await db.flush()
    return token


async def redeem_login(db: AsyncSession, token: str, now: datetime) -> DashboardLogin | None:
    """The login, marked used; None if unknown, used already or expired."""
    hashed = digest(token)
    result = await db.execute(
        update(DashboardLogin)
        .where(DashboardLogin.token_hash == hashed, DashboardLogin.used_at.is_(None),
               DashboardLogin.expires_at > now)
        .values(used_at=now))
    if affected(result) != 1:
        return None
    return await db.get(DashboardLogin, hashed)


async def open_session(db: AsyncSession, login: DashboardLogin, now: datetime,
                       length: timedelta) -> str:
    token = secrets.token_urlsafe(32)
    db.add(DashboardSession(token_hash=digest(token), person_id=login.person_id,
                            urn=login.urn, csrf=secrets.token_urlsafe(24), created_at=now,
                            expires_at=now + length))
    await db.flush()
    return token


async def viewer(db: AsyncSession, token: str, now: datetime) -> Viewer | None:
    """The session's viewer while it lasts and has not been ended."""
    row = await db.scalar(select(DashboardSession).where(
        DashboardSession.token_hash == digest(token), DashboardSession.ended_at.is_(None),
        DashboardSession.expires_at > now))
    return Viewer(row.person_id, row.urn, row.csrf) if row is not None else None


async def end_session(db: AsyncSession, token: str, now: datetime) -> None:
    await db.execute(update(DashboardSession)
                     .where(DashboardSession.token_hash == digest(token))
                     .values(ended_at=now))


async def forget_expired(db: AsyncSession, now: datetime) -> int:
    """Drop links and sessions that can no longer be used (the daily cleanup); how many."""
    links = await db.execute(delete(DashboardLogin).where(DashboardLogin.expires_at < now))
    sessions = await db.execute(delete(DashboardSession).where(
        DashboardSession.expires_at < now))
    return affected(links) + affected(sessions)


async def forget_person(db: AsyncSession, person_id: int, _now: datetime) -> None:
    """"Delete me": their links and sessions go (the audit keeps the urn, not the person)."""
    await db.execute(delete(DashboardLogin).where(DashboardLogin.person_id == person_id))
    await db.execute(delete(DashboardSession).where(DashboardSession.person_id == person_id))
